/** The review page's pure helpers, the duplicate prefilter's words and the import's column guessing. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codingFromForm, fieldsFromAnswers, formFromCoding, formFromSuggestions, highlight, hitsIn, idFromName, splitPartners, suggestionsFor } from '../../src/coding/review-model.js';
import { searchWords } from '../../src/coding/service/duplicate-search.js';
import { mergeInitiative } from '../../src/coding/store/submission-queue.js';
import { fittingMapping, guessColumns, mappingFormFromBody, mappingFromForm } from '../../src/intake/store/uploads.js';
import { surveyMappingSchema } from '../../src/intake/bulk/mapping.js';
import { initiative } from '../support/fixtures.js';
import { nameTokens } from '../../src/coding/duplicates.js';

const answers = {
  name: 'Praatcafé De Zon',
  description: 'Buurtbewoners ontmoeten elkaar bij een tas koffie. Ontmoeten is het doel.',
  location_level: 'municipality' as const,
  municipalities: ['44021'],
  initiator: 'OCMW Gent',
  partners: 'CAW; Bib\nVrijwilligers, Okra',
  age_groups: ['older' as const],
  target: ['everyone' as const],
  evaluated: 'no' as const,
};

describe('review page helpers', () => {
  it('cuts an answer into plain and highlighted pieces, merging overlapping triggers', () => {
    const text = 'Samen ontmoeten bij koffie';
    const pieces = highlight(text, [
      { field: 'description', start: 6, end: 15, text: 'ontmoeten' },
      { field: 'description', start: 6, end: 12, text: 'ontmoe' },
      { field: 'description', start: 20, end: 26, text: 'koffie' },
    ]);
    assert.deepEqual(pieces, [
      { text: 'Samen ', mark: false },
      { text: 'ontmoeten', mark: true },
      { text: ' bij ', mark: false },
      { text: 'koffie', mark: true },
    ]);
    assert.equal(pieces.map((p) => p.text).join(''), text, 'nothing is lost or repeated');
    assert.deepEqual(highlight('abc', [{ field: 'x', start: 2, end: 99, text: '' }]), [{ text: 'abc', mark: false }], 'a hit outside the text is ignored');
  });

  it('finds every trigger of an answer, over all suggestions, and only in free-text answers', () => {
    const s = suggestionsFor(answers);
    const hits = hitsIn('description', s);
    assert.ok(hits.some((h) => h.text === 'ontmoeten'));
    assert.ok(hits.every((h) => answers.description.slice(h.start, h.end) === h.text), 'positions point into the original text');
    assert.deepEqual(hitsIn('age_groups', s), [], 'closed answers are explained, not highlighted');
  });

  it('fills the form from the answers: initiator → organisation, municipalities → areas, partners one per line, never the contact', () => {
    const f = fieldsFromAnswers(answers, 'praatcafe-de-zon');
    assert.equal(f.organisation, 'OCMW Gent');
    assert.equal(f.areas, '44021');
    assert.equal(f.partners, 'CAW\nBib\nVrijwilligers\nOkra');
    assert.equal(f.contact, '');
    assert.deepEqual(splitPartners(' a ,, b\r\nc;'), ['a', 'b', 'c']);
    assert.equal(idFromName('Praatcafé "De Zon" – Gent!'), 'praatcafe-de-zon-gent');
    assert.equal(idFromName('§§§'), 'initiative');
  });

  it('ticks every suggested code, one per single-choice axis, and leaves social isolation to the coder', () => {
    const s = suggestionsFor(answers);
    const form = formFromSuggestions(fieldsFromAnswers(answers, 'x'), s, 'form');
    assert.ok(form.axes.elements.includes('meeting'));
    assert.deepEqual(form.axes.prevention, ['primary']);
    assert.deepEqual(form.axes.geographic_level, ['local']);
    assert.deepEqual(form.axes.approach, ['organised'], 'no suggestion: the usual default');
    assert.equal(form.social_isolation, '');
    assert.equal(form.source, 'form');
  });

  it('stores a coding as the agreement figures read it, and gets the same form back', () => {
    const form = formFromSuggestions(fieldsFromAnswers(answers, 'x'), suggestionsFor(answers), 'form');
    form.social_isolation = 'no';
    form.axes.elements.push('not-a-code');
    const coding = codingFromForm(form);
    assert.equal(coding.prevention, 'primary');
    assert.ok(Array.isArray(coding.elements) && !coding.elements.includes('not-a-code'));
    assert.equal(coding.social_isolation, false);
    assert.equal(coding.fields?.organisation, 'OCMW Gent');
    const back = formFromCoding(coding, fieldsFromAnswers(answers, 'y'), 'form');
    assert.deepEqual(back.axes.prevention, ['primary']);
    assert.equal(back.id, 'x');
    assert.equal(back.social_isolation, 'no');
  });
});

describe('duplicate prefilter words', () => {
  it('searches each word of the name and its other spellings, both ways', () => {
    const fr = searchWords('Rencontres au CPAS de Bruxelles');
    for (const w of ['rencontres', 'ontmoeting', 'cpas', 'ocmw', 'bruxelles', 'brussel']) assert.ok(fr.includes(w), `${w} in ${fr.join(' ')}`);
    const nl = searchWords('Ontmoeting OCMW Brussel');
    for (const w of ['rencontre', 'rencontres', 'cpas', 'bruxelles']) assert.ok(nl.includes(w), `${w} in ${nl.join(' ')}`);
    assert.ok(!fr.includes('de') && !fr.includes('au'), 'articles are left out');
  });

  it('groups spellings exactly as the duplicate scoring does', () => {
    for (const w of searchWords('Binôme Solitude Gand Louvain Malines')) {
      const canonical = nameTokens(w)[0];
      assert.ok(canonical, w);
    }
    assert.ok(searchWords('Binome').includes('maatje'));
  });
});

describe('merging a submission into an initiative', () => {
  it('takes filled-in texts and the coding from the form, adds partners and areas, keeps id, source and empty fields', () => {
    const existing = { ...initiative({ id: 'OLD', name: 'Buurtkar', organisation: 'OCMW', partners: ['CAW'], areas: ['44021'], description: 'Oud', source: 'studie', elements: ['meeting'] }), status: 'published' as const };
    const form = initiative({ id: 'new-id', name: 'Buurtkar Gent', partners: ['Bib', 'CAW'], areas: ['44084'], description: 'Nieuw', elements: ['befriending'], source: 'form' });
    const m = mergeInitiative(existing, form);
    assert.equal(m.id, 'OLD');
    assert.equal(m.name, 'Buurtkar Gent');
    assert.equal(m.description, 'Nieuw');
    assert.equal(m.organisation, 'OCMW');
    assert.equal(m.source, 'studie');
    assert.deepEqual(m.partners, ['CAW', 'Bib']);
    assert.deepEqual(m.areas, ['44021', '44084']);
    assert.deepEqual(m.elements, ['befriending']);
    assert.equal((m as { status?: string }).status, undefined, 'the status stays as it is');
  });
});

describe('import column mapping', () => {
  const headers = ['Response ID', 'Q1 Naam', 'Q3 Wat houdt het in', 'Q5 Waar', 'Q8 Leeftijd', 'Q9 Voor wie', 'Q10 Geevalueerd', 'Q10 Hoe', 'Naam contact', 'E-mail'];

  it('guesses the columns of a QuestionPro-like export from their names, one column per field', () => {
    assert.deepEqual(guessColumns(headers), {
      name: 'Q1 Naam',
      description: 'Q3 Wat houdt het in',
      location_level: 'Q5 Waar',
      age_groups: 'Q8 Leeftijd',
      target: 'Q9 Voor wie',
      evaluated: 'Q10 Geevalueerd',
      evaluation: 'Q10 Hoe',
      contact_name: 'Naam contact',
      contact_email: 'E-mail',
    });
    const fr = guessColumns(['Nom du projet', 'Description', 'Groupe d’âge', 'Pour qui ?', 'Courriel']);
    assert.equal(fr.name, 'Nom du projet');
    assert.equal(fr.description, 'Description');
    assert.equal(fr.target, 'Pour qui ?');
    assert.equal(fr.contact_email, 'Courriel');
  });

  it('remembers by name: a saved mapping fits a file that has all its columns', () => {
    const saved = surveyMappingSchema.parse({ name: 'QP', columns: { name: 'Q1 Naam', description: 'Q3 Wat houdt het in' } });
    const other = surveyMappingSchema.parse({ name: 'Ander', columns: { name: 'Titel' } });
    assert.equal(fittingMapping([other, saved], headers)?.name, 'QP');
    assert.equal(fittingMapping([other], headers), undefined);
  });

  it('reads the mapping form, one column per answer included, and names what is wrong', () => {
    const body = { mapping_name: 'Ronde 2', separator: ';', col_name: 'Q1 Naam', col_description: 'Q3 Wat houdt het in', opt_age_groups_older: 'Q8 Leeftijd', col_age_groups: 'Q5 Waar', col_goal: 'Weg' };
    const form = mappingFormFromBody(body);
    assert.deepEqual(form.columns.age_groups, { older: 'Q8 Leeftijd' }, 'per-answer columns win over one column');
    const r = mappingFromForm(form, headers, []);
    assert.equal(r.ok, false);
    if (!r.ok) assert.deepEqual(r.problems.map((p) => [p.field, p.key]), [['goal', 'upload.mapping.error.noColumn']]);
    const ok = mappingFromForm({ ...form, columns: { ...form.columns, goal: undefined } as never }, headers, [surveyMappingSchema.parse({ name: 'Ronde 2', columns: {}, values: { target: { Senioren: 'at_risk' } } })]);
    assert.ok(ok.ok);
    if (ok.ok) {
      assert.equal(ok.mapping.separator, ';');
      assert.deepEqual(ok.mapping.values, { target: { Senioren: 'at_risk' } }, 'extra wordings of a remembered mapping are kept');
    }
    const empty = mappingFromForm(mappingFormFromBody({}), headers, []);
    assert.ok(!empty.ok && empty.problems.some((p) => p.field === 'mapping_name') && empty.problems.some((p) => p.field === 'name'));
  });
});
