import { defineMessages } from '../i18n/index.js';

export const codingMessages = defineMessages({ nl: {}, fr: {}, en: {} });
