import { it, describe } from 'node:test';
import assert from 'node:assert/strict';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUE } from '../../src/i18n/catalogue.js';
import { frenchSpacing, makeTranslator, negotiateLang, partsText, placeParts, PLACE, withDutch } from '../../src/i18n/index.js';
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

  it('French messages do not put "de" before a place or an axis name: "de Anvers", "de Éléments" need the elision no message can know (d’Anvers)', () => {
    const bad = Object.entries(CATALOGUE.fr).filter(([k, v]) => /\b(de|que|le|la) \{(place|axis)\}/.test(v) || (k === 'areaSheet.linkFor' && /\bde \{name\}/.test(v)));
    assert.deepEqual(bad.map(([k, v]) => `${k}: ${v}`), []);
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

  it('French messages get French spacing where they are compiled; the values put in them are left as given', () => {
    assert.equal(frenchSpacing('Source : « étude » ; oui ? non !'), 'Source\u00a0: «\u00a0étude\u00a0»\u202f; oui\u202f? non\u202f!');
    assert.equal(frenchSpacing('14:00, https://x.be/?q=1'), '14:00, https://x.be/?q=1');
    assert.equal(frenchSpacing("Groupes d'âge, l'isolement"), 'Groupes d’âge, l’isolement', 'the typographic apostrophe between letters');
    assert.equal(frenchSpacing("'{'n'}' d'un"), "'{'n'}' d’un", 'ICU quoting (an apostrophe beside a brace) is left alone');
    const t = makeTranslator({ nl: { k: 'Bron: {x}' }, fr: { k: 'Source : {x}' }, en: { k: 'Source: {x}' } }, 'fr');
    assert.equal(t('k' as never, { x: 'a ; b' }), 'Source\u00a0: a ; b');
  });

  it('text with Dutch titles: parts marked Dutch, quoted as each language quotes', () => {
    const dutch = { note: 'Samen tegen eenzaamheid', journal: { name: 'Samenleving & Politiek' } };
    const fr = withDutch('Note {note} : voir {journal}.', 'fr', dutch);
    assert.deepEqual(fr, ['Note ', { nl: 'Samen tegen eenzaamheid', quoted: true }, '\u00a0: voir ', { nl: 'Samenleving & Politiek', quoted: false }, '.']);
    assert.equal(partsText(fr, 'fr'), 'Note «\u00a0Samen tegen eenzaamheid\u00a0»\u00a0: voir Samenleving & Politiek.');
    assert.equal(partsText(withDutch('Note {note}.', 'en', dutch), 'en'), 'Note “Samen tegen eenzaamheid”.');
    assert.throws(() => withDutch('{missing}', 'en', dutch), /no Dutch part "missing"/);
    assert.deepEqual(placeParts(`Based on ${PLACE}.`, [{ nl: 'x', quoted: true }]), ['Based on ', { nl: 'x', quoted: true }, '.']);
  });
});
