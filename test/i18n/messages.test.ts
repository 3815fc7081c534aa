import { it, describe } from 'node:test';
import assert from 'node:assert/strict';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUE } from '../../src/i18n/catalogue.js';
import { makeTranslator, negotiateLang } from '../../src/i18n/index.js';
import { AXES, AXIS_NAMES } from '../../src/vocabulary/matrix.js';

describe('messages nl/fr/en', () => {
  it('every Dutch message exists in French and English, and every message is valid ICU', () => {
    for (const key of Object.keys(CATALOGUE.nl)) {
      for (const lang of ['fr', 'en'] as const) assert.ok(CATALOGUE[lang][key], `${lang} lacks ${key}`);
    }
    for (const lang of ['nl', 'fr', 'en'] as const) {
      assert.deepEqual(Object.keys(CATALOGUE[lang]).sort(), Object.keys(CATALOGUE.nl).sort(), `${lang} has no extra keys`);
      for (const [k, v] of Object.entries(CATALOGUE[lang])) assert.doesNotThrow(() => new IntlMessageFormat(v, lang), `${lang} ${k}`);
    }
  });

  it('every matrix code has a label in each language', () => {
    for (const axis of AXIS_NAMES) for (const c of AXES[axis].codes) for (const lang of ['nl', 'fr', 'en'] as const) assert.ok(c.label[lang].trim(), `${axis}.${c.code}.${lang}`);
  });

  it('negotiates the language from Accept-Language, Dutch by default', () => {
    assert.equal(negotiateLang(undefined), 'nl');
    assert.equal(negotiateLang('de-DE,fr;q=0.8,en;q=0.9'), 'en');
    assert.equal(negotiateLang('fr-BE'), 'fr');
    assert.equal(negotiateLang('de'), 'nl');
  });

  it('message keys are typed: a mistyped key fails `npm run typecheck`, a known one translates', () => {
    const t = makeTranslator(CATALOGUE, 'en');
    assert.equal(typeof t('search.title'), 'string');
    // @ts-expect-error "serach.title" is not a message key: if this line stops being a type error, keys are no longer typed.
    assert.throws(() => t('serach.title'), /Missing message "serach.title"/);
  });
});
