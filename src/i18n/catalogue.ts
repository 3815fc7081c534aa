/** All messages, merged from each capability's module (src/modules.ts). */
import type { MessageBundle } from './index.js';
import { MODULES } from '../modules.js';

type Bundles = NonNullable<(typeof MODULES)[number]['messages']>;
const bundles: readonly MessageBundle[] = MODULES.flatMap((m): readonly MessageBundle[] => m.messages ?? []);

/** The keys of every bundle above: `t()` accepts only these (see MessageKeys). */
type KeysOf<B> = B extends MessageBundle<infer K> ? K : never;
export type CatalogueKey = KeysOf<Bundles[number]>;
declare module './index.js' {
  interface MessageKeys extends Record<CatalogueKey, true> {}
}

function merge(list: readonly MessageBundle[]): MessageBundle {
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
