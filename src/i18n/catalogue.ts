/** All messages, merged from each capability's messages.ts. */
import type { MessageBundle } from './index.js';
import { webMessages } from '../web/messages.js';
import { catalogueMessages } from '../catalogue/messages.js';
import { resultsMessages } from '../catalogue/results-messages.js';
import { searchMapMessages } from '../catalogue/map-messages.js';
import { vocabularyMessages } from '../vocabulary/messages.js';
import { accountMessages } from '../accounts/messages.js';
import { codingMessages } from '../coding/messages.js';
import { accessFormMessages } from '../coding/access-messages.js';
import { intakeMessages } from '../intake/messages.js';
import { surveyPhoneMessages } from '../intake/survey-phone-messages.js';
import { landscapeMessages } from '../landscape/messages.js';
import { intakeCodingMessages } from '../coding/submission-messages.js';
import { monitorPageMessages } from '../monitor/pages-messages.js';
import { areaSheetMessages } from '../monitor/area-sheet-messages.js';
import { screeningMessages } from '../screening/messages.js';
import { matchingMessages } from '../matching/messages.js';

const bundles = [webMessages, catalogueMessages, resultsMessages, searchMapMessages, vocabularyMessages, accountMessages, codingMessages, accessFormMessages, intakeMessages, surveyPhoneMessages, intakeCodingMessages, landscapeMessages, monitorPageMessages, areaSheetMessages, screeningMessages, matchingMessages];

/** The keys of every bundle above: `t()` accepts only these (see MessageKeys). */
type KeysOf<B> = B extends MessageBundle<infer K> ? K : never;
export type CatalogueKey = KeysOf<(typeof bundles)[number]>;
declare module './index.js' {
  interface MessageKeys extends Record<CatalogueKey, true> {}
}

function merge(list: MessageBundle[]): MessageBundle {
  const out: MessageBundle = { nl: {}, fr: {}, en: {} };
  for (const b of list) {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      for (const [k, v] of Object.entries(b[lang])) {
        if (k in out[lang]) throw new Error(`Message key "${k}" is defined twice`);
        out[lang][k] = v;
      }
    }
  }
  return out;
}

export const CATALOGUE: MessageBundle = merge(bundles);
