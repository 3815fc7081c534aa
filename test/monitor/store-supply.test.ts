import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import { importAreaHierarchy } from '../../src/areas/service/import.js';
import { importPopulation } from '../../src/monitor/store/population.js';
import { EFFECTIVE_ELEMENTS, supplyByArea } from '../../src/monitor/service/supply.js';
import { rankAreas } from '../../src/monitor/service/ranking.js';
import { populationText, REFNIS_SMALL, SECTORS_2025_SMALL } from '../areas/files.js';

const enc = (s: string) => new TextEncoder().encode(s);

describeDatabases('monitor service: supply of initiatives per area, and need against supply', (ctx) => {
  const db = () => ctx.database.db;

  it('counts published initiatives per area: local ones (old and sector codes placed on the areas of 2025) and, beside them, those covering it from above (a region)', async () => {
    await importAreaHierarchy(ctx.database, REFNIS_SMALL, { label: 'TU_COM_REFNIS.txt' });
    await importAreaHierarchy(ctx.database, SECTORS_2025_SMALL, { label: 'sectors-2025.csv' });
    await saveInitiatives(
      db(),
      [
        initiative({ id: 'A', areas: ['46003'], elements: ['meeting', 'social_activities'], age_groups: ['older'] }),
        initiative({ id: 'B', areas: ['46030', '11002'], elements: ['befriending'], age_groups: ['all_ages'] }),
        initiative({ id: 'C', areas: ['11007A00-'], elements: ['psychological'], age_groups: ['youth'] }),
        initiative({ id: 'D', areas: ['02000'], elements: ['social_support'], age_groups: ['adults'] }),
        initiative({ id: 'E', areas: ['46030'], elements: ['mindfulness'], status: 'draft' } as never),
        initiative({ id: 'F', areas: ['12041'], elements: ['animals'], age_groups: ['older'] }),
        initiative({ id: 'G', areas: ['99998'], elements: ['meeting'] }),
        initiative({ id: 'H', areas: [], elements: ['meeting'] }),
      ],
      { actor: SYSTEM, defaultSource: 'test' },
    );
    const s = await supplyByArea(db(), { level: 'municipality' });
    assert.equal(s.areasYear, 2025);
    assert.equal(s.initiativesWithAreas, 6, 'E is a draft, H names no area');
    const by = new Map(s.areas.map((a) => [a.code, a]));
    assert.deepEqual([...by.keys()], ['11002', '12041', '46030']);
    const bkz = by.get('46030')!;
    assert.deepEqual([bkz.initiatives, bkz.effective], [2, 1], 'A (old code 46003), B; not the draft E');
    assert.deepEqual(bkz.wider, { initiatives: 1, effective: 1 }, 'D serves the whole Flemish Region: wider, with an effective element (social support)');
    assert.equal(bkz.byCategory.social_facilitation, 1);
    assert.equal(bkz.byCategory.befriending, 1, 'B (befriending); D (social support) is wider supply');
    assert.equal(bkz.byCategory.psychological_therapy, 0);
    assert.deepEqual([bkz.byElement.social_activities, bkz.byElement.social_support, bkz.byElement.mindfulness], [1, 0, 0]);
    assert.deepEqual([bkz.byAgeGroup.older, bkz.byAgeGroup.all_ages, bkz.byAgeGroup.adults], [1, 1, 0]);
    const antwerpen = by.get('11002')!;
    assert.deepEqual([antwerpen.initiatives, antwerpen.effective], [2, 1], 'B, C (a Borsbeek sector)');
    assert.deepEqual([by.get('12041')!.initiatives, by.get('12041')!.effective, by.get('12041')!.wider.initiatives], [1, 0, 1]);
    assert.deepEqual(s.unplaced, [{ code: '99998', initiatives: 1 }]);

    const z = await supplyByArea(db(), { level: 'zone' });
    assert.deepEqual(z.areas.map((a) => [a.code, a.initiatives, a.wider.initiatives]), [['elz1a', 2, 1], ['elz20', 1, 1], ['elz29', 2, 1]]);
    const sec = await supplyByArea(db(), { level: 'sector' });
    const borsbeek = sec.areas.find((a) => a.code === '11007A00-')!;
    assert.deepEqual([borsbeek.initiatives, borsbeek.wider.initiatives], [1, 2], 'C for the sector itself; B (Antwerpen) and D (the region) cover it from above');
    const kern = sec.areas.find((a) => a.code === '11002A00-')!;
    assert.deepEqual([kern.initiatives, kern.wider.initiatives], [0, 2], 'C named only the Borsbeek sector');
    const old = await supplyByArea(db(), { level: 'municipality', areasYear: 2024 });
    assert.deepEqual(
      old.areas.map((a) => [a.code, a.initiatives, a.wider.initiatives]),
      [['11002', 1, 1], ['11007', 1, 1], ['11056', 0, 2], ['12041', 1, 1], ['46003', 1, 2], ['46013', 0, 2]],
      'in 2024 a 2025 code (B: 46030) covers the municipalities it was made of from above, and the Borsbeek sector serves Borsbeek',
    );
    assert.ok(EFFECTIVE_ELEMENTS.includes('social_support') && !EFFECTIVE_ELEMENTS.includes('befriending'));
  });

  it('ranks areas by estimated need per initiative with an effective element, and names what is missing', async () => {
    await importPopulation(db(), enc(populationText()), { label: 'TF_SOC_POP_STRUCT_2024.txt' });
    const r = await rankAreas(db(), { level: 'municipality' });
    assert.equal(r.indicator, 'loneliness_often');
    assert.match(r.rule, /no local initiative offers an effective element come first \(highest estimated share first\)/);
    assert.deepEqual(r.excluded.map((x) => x.code), ['73028']);
    // First the two areas without a local initiative offering an effective element, by estimated share (need), not by size.
    const first = r.areas.slice(0, 2);
    assert.deepEqual(first.map((a) => a.code).sort(), ['12041', '21004'], 'Brussel (nothing) and Puurs-Sint-Amands (F: animals only)');
    assert.ok(first[0]!.need.percent >= first[1]!.need.percent, `${first[0]!.need.percent} ≥ ${first[1]!.need.percent}`);
    const brussel = r.areas.find((a) => a.code === '21004')!;
    assert.equal(brussel.perEffectiveInitiative, null);
    assert.deepEqual(brussel.missing.effectiveElements, [...EFFECTIVE_ELEMENTS]);
    assert.deepEqual(brussel.missing.ageGroups, ['young_adults', 'adults', 'older'], 'the loneliness rates start at 18');
    const puurs = r.areas.find((a) => a.code === '12041')!;
    assert.equal(puurs.perEffectiveInitiative, null);
    assert.deepEqual(puurs.supply.wider, { initiatives: 1, effective: 1 }, 'D offers one across the Flemish Region: shown beside, not counted (local supply rule)');
    const rest = r.areas.slice(2);
    assert.deepEqual(rest.map((a) => a.code).sort(), ['11002', '46030']);
    for (let i = 1; i < rest.length; i++) assert.ok(rest[i - 1]!.perEffectiveInitiative! >= rest[i]!.perEffectiveInitiative!);
    const bkz = r.areas.find((a) => a.code === '46030')!;
    assert.equal(bkz.perEffectiveInitiative, bkz.need.count / 1, 'A (social activities) is the one local initiative with an effective element');
    assert.deepEqual(bkz.missing.categories, ['psychological_therapy', 'welfare_health', 'animals', 'skills_leisure']);
    assert.deepEqual(bkz.missing.ageGroups, [], 'B serves all ages');
    assert.deepEqual(r.areas.map((a) => a.rank), [1, 2, 3, 4]);
  });
});
