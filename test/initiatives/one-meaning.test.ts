/**
 * One meaning of "serves this area" (issue 9): one selection gives the same initiatives, with the
 * same coverage (local or wider), through the catalogue API (SQL path and facet index), the
 * landscape (its API's N and its selection of rows) and the monitor's supply, for an area given
 * as a pre-2025 municipality code, a 2025 code, a care zone, a province and a statistical sector.
 * The areas: Statbel's REFNIS codes and the 2025 sector table (test/areas/files.ts, the
 * Beveren-Kruibeke-Zwijndrecht merger of 1 January 2025 and care zone elz29 Waasland NO).
 */
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import { importAreaHierarchy } from '../../src/areas/service/import.js';
import { searchCatalogue } from '../../src/initiatives/store/search.js';
import { catalogueQuerySchema } from '../../src/catalogue/query-schema.js';
import { loadCodings, selectionConditions } from '../../src/initiatives/store/landscape-counts.js';
import { resolveAreaScope } from '../../src/initiatives/store/area-scope.js';
import { initiativesServing } from '../../src/initiatives/store/serving.js';
import { selectionSchema } from '../../src/initiatives/selection.js';
import { supplyByArea } from '../../src/monitor/service/supply.js';
import type { AreaLevel } from '../../src/areas/levels.js';
import { REFNIS_SMALL, SECTORS_2025_SMALL } from '../areas/files.js';

/** The area, the monitor level and year it is an area of, and who serves it (by the table of issue 9). */
const CASES: { area: string; level: AreaLevel; year?: number; local: string[]; wider: string[] }[] = [
  // Beveren before the merger: its own code and its sector are inside; the merged municipality, zone, province, region and country cover it.
  { area: '46003', level: 'municipality', year: 2024, local: ['A', 'S'], wider: ['B', 'D', 'N', 'P', 'R', 'Z'] },
  // Beveren-Kruibeke-Zwijndrecht (2025): Beveren's code and sector lie inside it.
  { area: '46030', level: 'municipality', local: ['A', 'B', 'S'], wider: ['D', 'N', 'P', 'R', 'Z'] },
  { area: 'elz29', level: 'zone', local: ['A', 'B', 'S', 'Z'], wider: ['D', 'N', 'P', 'R'] },
  { area: '40000', level: 'province', local: ['A', 'B', 'P', 'S', 'Z'], wider: ['D', 'N', 'R'] },
  // A sector: only an initiative naming the sector itself is local; Beveren (A) covers it from above.
  { area: '46003A00-', level: 'sector', local: ['S'], wider: ['A', 'B', 'D', 'N', 'P', 'R', 'Z'] },
];

const SELECTION = { age_groups: 'older' };

describeDatabases('one meaning of "serves this area": catalogue, landscape and monitor agree', (ctx) => {
  const h = useApp(ctx);
  before(async () => {
    await importAreaHierarchy(ctx.database, REFNIS_SMALL, { label: 'TU_COM_REFNIS.txt' });
    await importAreaHierarchy(ctx.database, SECTORS_2025_SMALL, { label: 'sectors-2025.csv' });
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'A', areas: ['46003'] }),
        initiative({ id: 'B', areas: ['46030', '11002'] }),
        initiative({ id: 'C', areas: ['11007A00-'] }),
        initiative({ id: 'D', areas: ['02000'], geographic_level: 'regional' }),
        initiative({ id: 'F', areas: ['12041'] }),
        initiative({ id: 'H', areas: [], geographic_level: 'local' }),
        initiative({ id: 'N', areas: [], geographic_level: 'national' }),
        initiative({ id: 'P', areas: ['40000'], geographic_level: 'supralocal' }),
        initiative({ id: 'R', areas: [], geographic_level: 'regional' }),
        initiative({ id: 'S', areas: ['46003A00-'], geographic_level: 'neighbourhood' }),
        initiative({ id: 'Y', areas: ['46003'], age_groups: ['youth'] }),
        initiative({ id: 'Z', areas: ['elz29'], geographic_level: 'supralocal' }),
      ],
      { actor: SYSTEM, defaultSource: 'test' },
    );
  });

  for (const c of CASES) {
    it(`area=${c.area} (${c.level}${c.year ? ` of ${c.year}` : ''})`, async () => {
      const want = Object.fromEntries([...c.local.map((id) => [id, 'local']), ...c.wider.map((id) => [id, 'wider'])]);
      const all = [...c.local, ...c.wider].sort();

      // The catalogue API (small catalogue: counted in SQL), and the same query through the facet index.
      const res = await h.app.inject(`/api/v1/initiatives?area=${encodeURIComponent(c.area)}&age_groups=older&pageSize=100`);
      assert.equal(res.statusCode, 200, res.body);
      const api = res.json() as { total: number; items: { id: string; coverage: string }[] };
      assert.deepEqual(Object.fromEntries(api.items.map((i) => [i.id, i.coverage])), want, 'catalogue API');
      assert.equal(api.total, all.length);
      const indexed = await searchCatalogue(ctx.database, catalogueQuerySchema.parse({ area: c.area, ...SELECTION, pageSize: '100' }), { indexMin: 0, waitForIndex: true });
      assert.deepEqual(Object.fromEntries(indexed.items.map((i) => [i.id, i.coverage])), want, 'facet index');

      // The landscape API's N, and the landscape's own selection of rows.
      const land = await h.app.inject(`/api/v1/landscape?area=${encodeURIComponent(c.area)}&age_groups=older`);
      assert.equal(land.statusCode, 200, land.body);
      assert.equal((land.json() as { n: number }).n, all.length, 'landscape API');
      const selection = selectionSchema.parse({ area: c.area, ...SELECTION });
      const rows = await loadCodings(ctx.database, selectionConditions(selection, await resolveAreaScope(ctx.database, [c.area])));
      assert.deepEqual(rows.map((r) => r.id).sort(), all, 'landscape rows');

      // The monitor's supply of the area (every age group: the monitor does not filter; Y is for youth).
      const supply = await supplyByArea(ctx.database.db, { level: c.level, areasYear: c.year, withIds: true });
      const mine = supply.areas.find((a) => a.code === c.area);
      assert.ok(mine, `the monitor lists ${c.area}`);
      assert.deepEqual({ local: mine.ids!.local.filter((id) => id !== 'Y'), wider: mine.ids!.wider.filter((id) => id !== 'Y') }, { local: [...c.local].sort(), wider: [...c.wider].sort() }, 'monitor supply');
      assert.equal(mine.initiatives, c.local.length + (mine.ids!.local.includes('Y') ? 1 : 0));
      assert.equal(mine.wider.initiatives, c.wider.length + (mine.ids!.wider.includes('Y') ? 1 : 0));

      // What screening asks: the same initiatives, local ones first.
      const serving = await initiativesServing(ctx.database, c.area, { age_groups: ['older'] });
      assert.deepEqual(Object.fromEntries(serving.items.map((i) => [i.id, i.coverage])), want, 'initiativesServing');
      assert.ok(serving.items.findIndex((i) => i.coverage === 'wider') >= c.local.length);
    });
  }

  it('a care zone code is no longer refused by the catalogue API, and an initiative without areas at the local level serves no area', async () => {
    const res = await h.app.inject('/api/v1/initiatives?area=elz29');
    assert.equal(res.statusCode, 200);
    assert.ok(!(res.json() as { items: { id: string }[] }).items.some((i) => i.id === 'H'));
  });
});
