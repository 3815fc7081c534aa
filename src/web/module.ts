/** The site itself: the layout's messages and the privacy and accessibility statements. */
import type { CapabilityModule } from '../platform/module.js';
import { webMessages } from './messages.js';

const messages = [webMessages] as const;

export const siteModule: CapabilityModule<typeof messages> = {
  name: 'web',
  messages,
  routes: async () => [(await import('./statement-pages.js')).registerStatementPages], // /{lang}/privacy, /{lang}/accessibility
};
