/** The study's matrix: its labels in nl, fr and en (its pages are the catalogue's). */
import type { CapabilityModule } from '../platform/module.js';
import { vocabularyMessages } from './messages.js';

const messages = [vocabularyMessages] as const;

export const vocabularyModule: CapabilityModule<typeof messages> = { name: 'vocabulary', messages };
