import { defineMessages } from '../i18n/index.js';

export const vocabularyMessages = defineMessages({ nl: {}, fr: {}, en: {} });
