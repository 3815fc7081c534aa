import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BELGIUM_ISOLATION_2024,
  BRUSSELS_OLDEST_OLD,
  BRUSSELS_WALLONIA_SUPPORT_2024,
  DEFAULT_TABLES,
  FLANDERS_2021,
  SOCIAL_TYPOLOGY,
  STATBEL_2024,
  STATBEL_2024_OVERALL,
  defaultModel,
} from '../../src/monitor/default-rates.js';
import { buildModel, RateModelError, type IndicatorId, type RateTable } from '../../src/monitor/rates.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(SEEDS);
const seed = (prefix: string) => {
  const f = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  assert.ok(f, `seed ${prefix}`);
  return readFileSync(SEEDS + f, 'utf8');
};
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The rates of one indicator in a table, keyed "from-to|sex". */
function rates(t: RateTable, indicator: IndicatorId): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of t.rules.filter((x) => x.indicator === indicator)) out[`${r.ageFrom ?? ''}-${r.ageTo ?? ''}${r.sex ? `|${r.sex}` : ''}`] = r.rate;
  return out;
}
const pct = (s: string) => Math.round(Number(s.replace(',', '.')) * 10) / 1000;
const close = (a: number | undefined, b: number, what: string) => assert.ok(a !== undefined && Math.abs(a - b) < 1e-12, `${what}: ${a} ≠ ${b}`);

describe('default rate tables equal the seeds’ printed figures', () => {
  it('Statbel 2024 by age group (seed 004)', () => {
    // Seed 004: "Leeftijdsgroep  Soms Meestal tot altijd
    //            18-24 jaar  24,3% 6,8% / 25-49 jaar  25,4% 9,5% / 50-64 jaar 22,9% 9,6% / 65-74 jaar  23,8% 10,2%"
    assert.deepEqual(rates(STATBEL_2024, 'loneliness_sometimes'), { '18-24': 0.243, '25-49': 0.254, '50-64': 0.229, '65-74': 0.238 });
    assert.deepEqual(rates(STATBEL_2024, 'loneliness_often'), { '18-24': 0.068, '25-49': 0.095, '50-64': 0.096, '65-74': 0.102 });
    const more = rates(STATBEL_2024, 'loneliness_sometimes_or_more');
    close(more['18-24'], 0.243 + 0.068, '18-24');
    close(more['25-49'], 0.254 + 0.095, '25-49');
    close(more['50-64'], 0.229 + 0.096, '50-64');
    close(more['65-74'], 0.238 + 0.102, '65-74');
    // "9,1% van de Belgen tussen 16 en 74 jaar [...] meestal tot altijd eenzaam [...], 24,2% soms. In totaal [...] 33,3%"
    assert.deepEqual(STATBEL_2024_OVERALL, { ageFrom: 16, ageTo: 74, often: 0.091, sometimes: 0.242, sometimesOrMore: 0.333 });
    assert.ok(STATBEL_2024.rules.every((r) => r.low === undefined && r.high === undefined), 'no bounds are printed');
    assert.deepEqual([STATBEL_2024.coverage.ageFrom, STATBEL_2024.coverage.ageTo, STATBEL_2024.coverage.year], [18, 74, '2024']);
  });

  it('Statbel 2024 rules match the table parsed from the seed text', { skip: !haveSeeds && 'shared/seeds not present' }, () => {
    const rows = [...seed('004').matchAll(/^(\d\d)-(\d\d) jaar\s+(\d+,\d)% (\d+,\d)%/gm)];
    assert.equal(rows.length, 4);
    for (const [, from, to, soms, vaak] of rows) {
      assert.equal(rates(STATBEL_2024, 'loneliness_sometimes')[`${from}-${to}`], pct(soms!), `${from}-${to} soms`);
      assert.equal(rates(STATBEL_2024, 'loneliness_often')[`${from}-${to}`], pct(vaak!), `${from}-${to} meestal tot altijd`);
    }
  });

  it('Flanders 2021 by age group (seed 003, table 2, N=1044)', () => {
    // Seed 003: "Tabel 2 Eenzaamheid naar leeftijdsgroep, Vlaanderen (N=1044)
    //            18-34 jaar 35-49 jaar 50-64 jaar 65 jaar of ouder
    //            Vaak 24% 18% 9% 13% / Soms 48% 43% 41% 40% / (Bijna) nooit 28% 39% 50% 48%"
    assert.deepEqual(rates(FLANDERS_2021, 'loneliness_often'), { '18-34': 0.24, '35-49': 0.18, '50-64': 0.09, '65-': 0.13 });
    assert.deepEqual(rates(FLANDERS_2021, 'loneliness_sometimes'), { '18-34': 0.48, '35-49': 0.43, '50-64': 0.41, '65-': 0.4 });
    assert.deepEqual(rates(FLANDERS_2021, 'loneliness_sometimes_or_more'), { '18-34': 0.72, '35-49': 0.61, '50-64': 0.5, '65-': 0.53 });
    if (haveSeeds) {
      const t = seed('003');
      assert.match(t, /Tabel 2 Eenzaamheid naar leeftijdsgroep, Vlaanderen \(N=1044\)/);
      const row = (label: string) => new RegExp(`^${label} (\\d+)% (\\d+)% (\\d+)% (\\d+)%`, 'm').exec(t)!.slice(1).map((x) => Number(x) / 100);
      assert.deepEqual(row('Vaak'), Object.values(rates(FLANDERS_2021, 'loneliness_often')));
      assert.deepEqual(row('Soms'), Object.values(rates(FLANDERS_2021, 'loneliness_sometimes')));
    }
  });

  it('Brusano synthesis, people aged 80+ (seed 000)', () => {
    // Seed 000: "bij vrouwen boven de 80 (22%) veel meer eenzaamheid zijn dan bij mannen (16%)"
    assert.deepEqual(rates(BRUSSELS_OLDEST_OLD, 'loneliness_unspecified'), { '80-|F': 0.22, '80-|M': 0.16 });
    // "ongeveer een derde van de 80-plussers te maken heeft met (objectief) sociaal isolement"
    close(rates(BRUSSELS_OLDEST_OLD, 'social_isolation')['80-'], 1 / 3, '80+ isolation');
    assert.ok(BRUSSELS_OLDEST_OLD.rules.every((r) => r.low === undefined), 'point values only');
    // "Bij vluchtelingen [...] zou de eenzaamheid tussen 16 en 48% schommelen, en het sociaal isolement tussen 10 en 61%."
    const refugees = BRUSSELS_OLDEST_OLD.reference!.filter((f) => f.group.startsWith('refugees'));
    assert.deepEqual(refugees.map((f) => [f.indicator, f.low, f.high]), [['loneliness_unspecified', 0.16, 0.48], ['social_isolation', 0.1, 0.61]]);
    if (haveSeeds) {
      const t = flat(seed('000'));
      assert.ok(t.includes('bij vrouwen boven de 80 (22%) veel meer eenzaamheid zijn dan bij mannen (16%)'));
      assert.ok(t.includes('de eenzaamheid tussen 16 en 48% schommelen, en het sociaal isolement tussen 10 en 61%'));
    }
  });

  it('chronic loneliness, few contacts and weak support (seed 002)', () => {
    // Seed 002: "bijna 1 op de 10 Belgen zich altijd of meestal eenzaam voelt (chronische eenzaamheid).
    //  Zo heeft 12% van de Belgen minder dan één keer per week sociale contacten.
    //  Ruim 15% van de Belgen ervaart bovendien zwakke sociale ondersteuning."
    assert.deepEqual(rates(BELGIUM_ISOLATION_2024, 'chronic_loneliness'), { '16-74': 0.1 });
    assert.deepEqual(rates(BELGIUM_ISOLATION_2024, 'social_isolation'), { '15-': 0.12 });
    assert.deepEqual(rates(BELGIUM_ISOLATION_2024, 'weak_social_support'), { '15-': 0.15 });
    // "in de Brusselse (en Waalse) context 1 op 5 zich sociaal zwak ondersteund weet."
    assert.deepEqual(rates(BRUSSELS_WALLONIA_SUPPORT_2024, 'weak_social_support'), { '15-': 0.2 });
  });

  it('typology of social contacts (seed 001)', () => {
    // Seed 001: "sociaal weerbaren [...] (64%) / contactarmen [...] (8%) / eenzamen [...] (22%) / sociaal geisoleerden [...] (6%)"
    const shares = SOCIAL_TYPOLOGY.rules.map((r) => [r.indicator, r.rate]);
    assert.deepEqual(shares, [
      ['typology_socially_resilient', 0.64],
      ['typology_few_contacts', 0.08],
      ['typology_lonely', 0.22],
      ['typology_socially_isolated', 0.06],
    ]);
    close(SOCIAL_TYPOLOGY.rules.reduce((s, r) => s + r.rate, 0), 1, 'shares add up to 100%');
  });

  it('every table quotes its seed verbatim, cites a source, and says whom it covers', { skip: !haveSeeds && 'shared/seeds not present' }, () => {
    const texts = ['000', '001', '002', '003', '004'].map((p) => flat(seed(p)));
    for (const t of DEFAULT_TABLES) {
      assert.ok(t.citation.length > 20 && t.covers.nl && t.covers.fr && t.covers.en, t.id);
      assert.ok(t.rules.every((r) => r.source === t.citation), `${t.id}: each rule carries the citation`);
      const fragments = [t.quote, ...(t.reference ?? []).map((r) => r.quote)].flatMap((q) => q.split(/ \| | \[\.\.\.\] | - /)).map(flat);
      for (const f of fragments) assert.ok(texts.some((s) => s.includes(f)), `${t.id}: "${f}" is not in the seeds`);
    }
  });
});

describe('default model', () => {
  it('builds, and its tables do not conflict', () => {
    const m = defaultModel();
    assert.deepEqual(m.tables.map((t) => t.id), ['statbel-2024', 'odisee-2024-belgium', 'brusano-80plus', 'social-typology']);
    assert.ok(m.indicators.includes('loneliness_often'));
    assert.ok(m.indicators.includes('social_isolation'));
  });

  it('refuses two alternative tables for the same indicators together', () => {
    assert.throws(() => buildModel([STATBEL_2024, FLANDERS_2021]), (e: unknown) => {
      assert.ok(e instanceof RateModelError);
      assert.match(e.message, /table statbel-2024 and table flanders-2021 overlap for loneliness_often/);
      return true;
    });
    assert.throws(() => buildModel([BELGIUM_ISOLATION_2024, BRUSSELS_WALLONIA_SUPPORT_2024]), /duplicate/);
    assert.doesNotThrow(() => buildModel([FLANDERS_2021, BELGIUM_ISOLATION_2024, BRUSSELS_OLDEST_OLD]));
  });
});

describe('the built-in tables cite their sources in nl, fr and en', () => {
  it('each text names the same Dutch titles, and those are the titles of the English citation (the rules’ source)', () => {
    for (const t of DEFAULT_TABLES) {
      assert.ok(t.cite, `${t.id} has its citation in three languages`);
      const names = Object.keys(t.cite.dutch ?? {}).sort();
      for (const lang of ['nl', 'fr', 'en'] as const) {
        assert.deepEqual([...t.cite.text[lang].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), names, `${t.id} ${lang}: its placeholders`);
        // Authors and years stay as published in every language.
        assert.ok(t.cite.text[lang].startsWith(t.citation.slice(0, 6)) || t.id === 'social-typology', `${t.id} ${lang} starts as the citation does`);
      }
      for (const d of Object.values(t.cite.dutch ?? {})) assert.ok(t.citation.includes(typeof d === 'string' ? d : d.name), `${t.id}: "${JSON.stringify(d)}" is in the citation`);
    }
  });
});
