/** The shared select with its label, hint and error (src/ui/form-fields.tsx: Select, SelectField). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Select, SelectField } from '../../src/ui/form-fields.js';
import { PageContext } from '../../src/web/page-context.js';
import { makeTranslator } from '../../src/i18n/index.js';
import { CATALOGUE } from '../../src/i18n/catalogue.js';

const page = (children: ReactNode) => renderToStaticMarkup(<PageContext.Provider value={{ lang: 'nl', t: makeTranslator(CATALOGUE, 'nl'), user: null, pathWithoutLang: '/' }}>{children}</PageContext.Provider>);

describe('select field', () => {
  it('writes the label, then the select with its options; the chosen one is selected, no describedby without hint or error', () => {
    const html = page(<SelectField id="m-measure" name="measure" label="Toon" value="count" options={[{ value: 'percent', label: 'Aandeel' }, { value: 'count', label: 'Aantal' }]} />);
    assert.equal(html, '<div class="field"><label for="m-measure">Toon</label><select id="m-measure" name="measure"><option value="percent">Aandeel</option><option value="count" selected="">Aantal</option></select></div>');
  });

  it('is described by its hint and its error, marked invalid with an error, so an error summary link (#id) lands on it', () => {
    const html = page(<SelectField id="f-age" name="age" label="Leeftijd" hint="Mag leeg blijven." error="Kies een leeftijdsgroep." value="" options={[{ value: '', label: '— niet opgegeven —' }, { value: 'older', label: 'Ouderen' }]} />);
    assert.equal(
      html,
      '<div class="field"><label for="f-age">Leeftijd</label><p class="hint" id="f-age-hint">Mag leeg blijven.</p>' +
        '<p class="error-text" id="f-age-error"><span class="visually-hidden">Fout: </span>Kies een leeftijdsgroep.</p>' +
        '<select id="f-age" name="age" aria-describedby="f-age-hint f-age-error" aria-invalid="true"><option value="" selected="">— niet opgegeven —</option><option value="older">Ouderen</option></select></div>',
    );
  });

  it('groups options under headings, chooses several with multiple, and marks an option in another language', () => {
    const html = page(
      <SelectField
        className="field wide"
        id="l-area"
        name="area"
        label="Gebied"
        multiple
        size={6}
        value={['44021', 'elz1']}
        options={[
          { group: 'Zorgzones', options: [{ value: 'elz1', label: 'Zorgzone 1' }] },
          { group: 'Gemeenten', options: [{ value: '44021', label: 'Gent' }, { value: '11002', label: 'Antwerpen' }] },
          { value: 'x', label: 'Étude', lang: 'fr' },
        ]}
      />,
    );
    assert.equal(
      html,
      '<div class="field wide"><label for="l-area">Gebied</label><select id="l-area" name="area" multiple="" size="6">' +
        '<optgroup label="Zorgzones"><option value="elz1" selected="">Zorgzone 1</option></optgroup>' +
        '<optgroup label="Gemeenten"><option value="44021" selected="">Gent</option><option value="11002">Antwerpen</option></optgroup>' +
        '<option value="x" lang="fr">Étude</option></select></div>',
    );
  });

  it('stands alone beside a label written elsewhere, still tied to an error shown beside it', () => {
    const html = renderToStaticMarkup(<Select id="col-name" name="col-name" error="Deze kolom is nodig." value="Naam" options={[{ value: '', label: '—' }, { value: 'Naam', label: 'Naam' }]} />);
    assert.equal(html, '<select id="col-name" name="col-name" aria-describedby="col-name-error" aria-invalid="true"><option value="">—</option><option value="Naam" selected="">Naam</option></select>');
  });
});
