/**
 * Every visible string in the page's language (issue 14): the public pages rendered in French and
 * English must not show Dutch words outside elements marked lang="nl" (Dutch content such as a
 * description or a quoted Dutch title) or translate="no" (proper names: initiatives,
 * organisations, places), nor "..". French pages follow French typography: a non-breaking space
 * (U+00A0 or the narrow U+202F) before : ; ? ! and inside « », never a regular one. And one form
 * of address per language: "u" in Dutch (not je/jij/jouw), "vous" in French (not tu/ton/ta).
 *
 * The first part (matrix, search, initiative pages) found "Studie 003, tabel 1" and the Dutch
 * source titles and a record's Dutch location ("Bij de oudere thuis", now lang="nl"); the landscape (citations of the study's Dutch headings, prevalence sources), the
 * monitor (notes, sources, table headers) and the area sheet are rendered here with a small
 * population (test/areas/files.ts) so their notes and tables are on the page. The matching and
 * self-check pages, in Dutch and French, cite their rules' sources with the reference marked lang="en".
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { FastifyInstance } from 'fastify';
import { freshDatabase } from '../support/databases.js';
import { buildApp } from '../../src/http/app.js';
import { seedIfEmpty } from '../../src/seed/service/seed.js';
import { importAreaHierarchy } from '../../src/areas/service/import.js';
import { importPopulation } from '../../src/monitor/store/population.js';
import { CATALOGUE } from '../../src/i18n/catalogue.js';
import { DESCRIPTIONS, type CodeDescription } from '../../src/vocabulary/descriptions.js';
import { AXES } from '../../src/vocabulary/matrix.js';
import { populationText, REFNIS_SMALL, SECTORS_2025_SMALL } from '../areas/files.js';

const DUTCH = ['het', 'een', 'voor', 'niet', 'zijn', 'wordt', 'naar', 'bij', 'ook', 'uw', 'jouw', 'studie', 'tabel', 'deel', 'categorie', 'gemeente', 'bron', 'werkzaam', 'werkzame', 'eenzaamheid', 'eenzaam', 'inspirerende', 'praktijken', 'Vlaanderen', 'onaangepaste', 'leeftijdsgroep', 'onderschat', 'verdeling', 'aanpak', 'doel', 'Studie'];
const WORD = new RegExp(`(?<![\\p{L}-])(${DUTCH.join('|')})(?![\\p{L}-])`, 'giu');

/** Visible text outside Dutch-marked content and proper names; runs of ordinary white space become one space (non-breaking spaces are kept). */
export function visibleText(html: string): string {
  const d = new JSDOM(html).window.document;
  d.querySelectorAll('[lang="nl"], [translate="no"], script, style, template').forEach((e) => e.remove());
  // Text node by text node, with a space between: body.textContent glues adjacent elements ("<dt>Où</dt><dd>Bij …" gave "OùBij", which hid the Dutch word).
  // Runs of ordinary white space become one space; non-breaking spaces (French typography) are kept.
  const texts: string[] = [];
  const walker = d.createTreeWalker(d.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? '');
  return texts.join(' ').replace(/[ \t\r\n]+/g, ' ');
}

const around = (text: string, i: number) => `…${text.slice(Math.max(0, i - 40), i + 40)}…`;

/** Each Dutch word (or "..") with some text around it, to say where it leaked. */
export function leaks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(`"${m[1]}" in ${around(text, m.index)}`);
  for (const m of text.matchAll(/(?<!\.)\.\.(?!\.)/g)) out.push(`".." in ${around(text, m.index)}`);
  return out;
}

/** French typography: a regular or no space before : ; ? ! or inside « », or a " quotation, each with its place. */
export function frenchTypography(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/ [:;?!»]|« /g)) out.push(`regular space in "${m[0]}" in ${around(text, m.index)}`);
  // A word followed straight by ; ? ! or by ":" and a space ("Source: …"); not "14:00", "https://", "?q=".
  for (const m of text.matchAll(/[\p{L})][;?!](?=\s|$)|[\p{L})]:(?=\s)/gu)) out.push(`no space in "${m[0]}" in ${around(text, m.index)}`);
  for (const m of text.matchAll(/[“”"]/g)) out.push(`${m[0]} instead of « » in ${around(text, m.index)}`);
  return out;
}

const ENGLISH = ['the', 'and', 'with', 'after', 'developed', 'research', 'updated', 'guidance', 'used', 'level', 'risk', 'factors'];
const ENGLISH_WORD = new RegExp(`(?<![\\p{L}-])(${ENGLISH.join('|')})(?![\\p{L}-])`, 'gu');

/** English words on a Dutch or French page outside elements marked lang="en" (a reference cited as published) or translate="no". */
export function englishLeaks(html: string): string[] {
  const d = new JSDOM(html).window.document;
  d.querySelectorAll('[lang="en"], [translate="no"], script, style, template').forEach((e) => e.remove());
  const text = (d.body.textContent ?? '').replace(/\s+/g, ' ');
  return [...text.matchAll(ENGLISH_WORD)].map((m) => `"${m[1]}" in ${around(text, m.index)}`);
}

/** Pages whose rules cite their sources (matching, self-check): read in Dutch and French for English outside lang="en". */
const CITING_PAGES = ['/matches?elements=befriending', '/self-check'];

const ADDRESS = {
  nl: /(?<![\p{L}'’-])(je|jij|jou|jouw|jezelf)(?![\p{L}'’-])/giu,
  // "veux-tu" counts: the hyphen is no word boundary here.
  fr: /(?<![\p{L}'’])(tu|toi|ton|ta|tes)(?![\p{L}'’])/giu,
} as const;

/** Messages that address the reader as "je" (Dutch) or "tu" (French): Verbind says "u" and "vous". */
export function addressLeaks(bundle: Record<'nl' | 'fr', Record<string, string>>): string[] {
  const out: string[] = [];
  for (const lang of ['nl', 'fr'] as const) {
    for (const [key, text] of Object.entries(bundle[lang])) {
      for (const m of text.matchAll(ADDRESS[lang])) out.push(`${lang} ${key}: "${m[1]}" in ${around(text, m.index)}`);
    }
  }
  return out;
}

const PAGES = [
  '/',
  '/initiatives/voorbeeld-raket',
  '/initiatives/voorbeeld-hello-jenny',
  '/matrix',
  '/matrix/elements/befriending',
  '/matrix/elements/meeting',
  '/matrix/elements/social_cognitive_training',
  '/about',
  '/self-check',
  '/survey',
  '/landscape',
  '/landscape?crosstab=elements:meeting,age_groups:older&crosstab=prevention,geographic_level',
  '/monitor',
  '/monitor?level=zone',
  '/monitor/area/46030',
];

describe('every visible string in the page’s language', () => {
  let app: FastifyInstance;
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const bodies = new Map<string, string>();
  before(async () => {
    db = await freshDatabase('pglite');
    await seedIfEmpty(db);
    await importAreaHierarchy(db, REFNIS_SMALL, { label: 'TU_COM_REFNIS.txt' });
    await importAreaHierarchy(db, SECTORS_2025_SMALL, { label: 'sectors-2025.csv' });
    await importPopulation(db.db, new TextEncoder().encode(populationText()), { label: 'TF_SOC_POP_STRUCT_2024.txt' });
    app = await buildApp({ database: db, logLevel: 'silent' });
    for (const lang of ['nl', 'fr']) {
      for (const path of CITING_PAGES) {
        const res = await app.inject(`/${lang}${path}`);
        assert.equal(res.statusCode, 200, `/${lang}${path}`);
        bodies.set(`/${lang}${path}`, res.body);
      }
    }
    for (const lang of ['fr', 'en']) {
      for (const path of PAGES) {
        const res = await app.inject(`/${lang}${path}`);
        assert.equal(res.statusCode, 200, `/${lang}${path}`);
        bodies.set(`/${lang}${path}`, res.body);
      }
    }
  });
  after(async () => {
    await app?.close();
    await db?.drop();
  });

  it('the checks find a Dutch word, "..", French spacing and address forms, and ignore lang="nl" and proper names', () => {
    assert.equal(leaks(visibleText('<p>Voir le tabel 1..</p>')).length, 2);
    assert.deepEqual(leaks(visibleText('<dl><dt>Où</dt><dd>Bij de oudere thuis</dd></dl>')).length, 1, 'a word right after another element is found');
    assert.deepEqual(leaks(visibleText('<p>Voir <q lang="nl">Studie 003, tabel 1</q>. <span translate="no">Je staat niet alleen</span>…</p>')), []);
    assert.equal(frenchTypography(visibleText('<p>Source : “étude” ; « ici » ?</p>')).length, 7);
    assert.equal(frenchTypography(visibleText('<p>Source: ici; là? Oui! À 14:00, https://example.org/?q=1.</p>')).length, 4);
    assert.deepEqual(frenchTypography(visibleText('<p>Source\u00a0: «\u00a0étude\u00a0»\u202f; ici\u202f?</p>')), []);
    assert.equal(addressLeaks({ nl: { a: 'Wat wil je zien?', b: 'Uw gemeente' }, fr: { a: 'Que veux-tu voir ?', b: 'Ta commune', c: 'Votre commune' } }).length, 3);
  });

  it('the monitor pages show the population’s notes and sources, so the checks below read them', () => {
    assert.match(bodies.get('/fr/monitor')!, /Population au 1er janvier 2024/);
    assert.match(bodies.get('/en/monitor/area/46030')!, /Beveren/);
  });

  for (const lang of ['fr', 'en']) {
    it(`${lang}: the pages show no Dutch outside lang="nl" and no ".."`, () => {
      const found: string[] = [];
      for (const path of PAGES) for (const l of leaks(visibleText(bodies.get(`/${lang}${path}`)!))) found.push(`/${lang}${path}: ${l}`);
      assert.deepEqual(found, []);
    });
  }

  it('nl, fr: the sources of the matching\'s and the self-check\'s rules are cited in the page\'s words, the reference itself marked lang="en"', () => {
    assert.equal(englishLeaks('<p>Bron: Hughes et al. (2004), the survey <span lang="en">after Research on Aging</span></p>').length, 1, 'the check finds English outside lang="en"');
    const found: string[] = [];
    for (const lang of ['nl', 'fr']) {
      for (const path of CITING_PAGES) {
        const body = bodies.get(`/${lang}${path}`)!;
        assert.match(body, /<span lang="en">/, `/${lang}${path} cites a source`);
        for (const l of englishLeaks(body)) found.push(`/${lang}${path}: ${l}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('fr: French typography, non-breaking spaces before : ; ? ! and inside « », no " quotations', () => {
    const found: string[] = [];
    for (const path of PAGES) for (const l of frenchTypography(visibleText(bodies.get(`/fr${path}`)!))) found.push(`/fr${path}: ${l}`);
    assert.deepEqual(found, []);
  });

  it('one form of address: "u" in the Dutch messages and texts, "vous" in the French ones; French texts with the typographic apostrophe', () => {
    assert.deepEqual(addressLeaks(CATALOGUE), []);
    // The vocabulary's descriptions (matrix pages, search) are texts of their own, outside the bundles.
    const texts: Record<'nl' | 'fr', Record<string, string>> = { nl: {}, fr: {} };
    for (const [axis, codes] of Object.entries(DESCRIPTIONS)) {
      for (const [code, d] of Object.entries(codes as Record<string, CodeDescription>)) {
        for (const [field, v] of [['summary', d.summary], ['evidence', d.evidence]] as const) {
          if (!v) continue;
          texts.nl[`${axis}.${code}.${field}`] = v.nl;
          texts.fr[`${axis}.${code}.${field}`] = v.fr;
        }
      }
    }
    assert.ok(Object.keys(texts.nl).length > 50, 'the descriptions are read');
    assert.deepEqual(addressLeaks(texts), []);
    // The typographic apostrophe in French (d’âge): the messages get it where they are compiled (frenchSpacing); the matrix's labels and descriptions are written with it.
    // (Area names are Statbel's data, shown as published: "Province d'Anvers".)
    for (const axis of Object.values(AXES)) for (const label of [axis.label.fr, ...axis.codes.map((c) => c.label.fr)]) texts.fr[`label ${label}`] = label;
    const straight = Object.entries(texts.fr).filter(([, v]) => /\p{L}'\p{L}/u.test(v)).map(([k, v]) => `${k}: ${v}`);
    assert.deepEqual(straight, [], 'straight apostrophes in French');
  });
});
