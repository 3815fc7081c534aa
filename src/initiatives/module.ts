/**
 * The initiatives: the one way into the initiatives table, their access facts and the form that
 * asks them (the coders' form and the survey share it). No pages or commands of their own; the
 * catalogue, the coders and the survey show and edit them.
 */
import type { CapabilityModule } from '../platform/module.js';
import { accessFormMessages } from './access-form/messages.js';

const messages = [accessFormMessages] as const;

export const initiativesModule: CapabilityModule<typeof messages> = {
  name: 'initiatives',
  messages,
};
