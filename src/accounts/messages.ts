import { defineMessages } from '../i18n/index.js';

export const accountMessages = defineMessages({ nl: {}, fr: {}, en: {} });
