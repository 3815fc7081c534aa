import { after, before, it } from 'node:test';
import { initiatives } from '../../src/db/schema.js';
import assert from 'node:assert/strict';
import { describeDatabases, freshDatabase } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives, setStatus } from '../../src/initiatives/store/repository.js';
import { exportInitiatives } from '../../src/interchange/service/export.js';
import { importInitiatives } from '../../src/interchange/service/import.js';

const items = [
  initiative({
    id: 'RT-1',
    name: 'Buurtkar; "Koffie", taart',
    description: 'Meerdere regels\nmet ; en , en "quotes"',
    goal: 'Ontmoeting',
    location: 'Gent, Brugse Poort',
    organisation: 'OCMW Gent',
    partners: ['CAW Oost-Vlaanderen', 'Samenlevingsopbouw, Gent'],
    areas: ['44021'],
    contact: 'info@buurtkar.example',
    url: 'https://buurtkar.example/',
    elements: ['meeting', 'practical_support'],
    dimensions: ['social', 'emotional'],
    risk_factors: ['poverty'],
    social_isolation: true,
    evidence: 'level1_described',
    course: 'chronic',
    access: {
      places: [{ name: 'Buurthuis "De Kring"', street: 'Kerkstraat', number: '12', postcode: '9000', municipality: '44021', lat: 51.05, lon: 3.72, hearing_loop: true }],
      modes: ['in_person', 'at_home'],
      schedules: [{ repeat: 'monthly', nth: -1, weekday: 'friday', start: '09:30', end: '11:00', from: '2026-01-01' }],
      languages: ['nl', 'tr'],
      cost: { free: true },
      entry: 'contact_first',
      accompaniment: true,
      referral_contact: { email: 'onthaal@buurtkar.example', phone: '+32 9 222 33 44' },
      capacity: { status: 'has_room', set_on: '2026-11-30' },
      verified_on: '2026-06-01',
    },
  }),
  initiative({ id: 'RT-2', name: 'Café Contact — ça va ?', source: 'partner list', elements: [], dimensions: [], age_groups: [] }),
  initiative({ id: 'RT-3', name: 'Concept in voorbereiding' }),
  initiative({ id: 'RT-4', name: 'Gestopt initiatief' }),
];

describeDatabases('interchange round trip', (ctx) => {
  /** A second, empty bank to restore into. */
  let other: Awaited<ReturnType<typeof freshDatabase>>;
  after(async () => other?.drop());
  before(async () => {
    other = await freshDatabase(ctx.engine);
    await saveInitiatives(ctx.database.db, items, { actor: SYSTEM, defaultSource: 'seed.json' });
    await setStatus(ctx.database.db, 'RT-3', 'draft', SYSTEM);
    await setStatus(ctx.database.db, 'RT-4', 'archived', SYSTEM);
  });

  for (const format of ['json', 'csv'] as const) {
    it(`${format}: importing an export changes nothing, and exporting again gives the same bytes`, async () => {
      const first = await exportInitiatives(ctx.database, format, { all: true });
      assert.equal(first.count, 4);
      const result = await importInitiatives(ctx.database, `backup.${format}`, first.content, { actor: SYSTEM });
      assert.deepEqual(result, { created: 0, updated: 0, unchanged: 4 });
      const second = await exportInitiatives(ctx.database, format, { all: true });
      assert.equal(second.content, first.content);
    });

    it(`${format}: an export imported into an empty bank exports to the same bytes`, async () => {
      const first = await exportInitiatives(ctx.database, format);
      assert.equal(first.count, 2, 'published only by default');
      await other.db.delete(initiatives);
      const result = await importInitiatives(other, `export.${format}`, Buffer.from(first.content), { actor: SYSTEM });
      assert.deepEqual(result, { created: 2, updated: 0, unchanged: 0 });
      assert.equal((await exportInitiatives(other, format)).content, first.content);
    });
  }

  it('restores a backup (export --all) into an empty bank with drafts and archived initiatives kept private', async () => {
    const backup = await exportInitiatives(ctx.database, 'csv', { all: true });
    await other.db.delete(initiatives);
    await importInitiatives(other, 'backup.csv', backup.content, { actor: SYSTEM });
    const publicNow = await exportInitiatives(other, 'json');
    assert.deepEqual((JSON.parse(publicNow.content) as { id: string }[]).map((i) => i.id), ['RT-1', 'RT-2']);
    assert.equal((await exportInitiatives(other, 'csv', { all: true })).content, backup.content);
  });

  it('keeps the record\'s own source through the round trip', async () => {
    const { content } = await exportInitiatives(ctx.database, 'json');
    const sources = (JSON.parse(content) as { id: string; source: string }[]).map((i) => [i.id, i.source]);
    assert.deepEqual(sources, [['RT-1', 'seed.json'], ['RT-2', 'partner list']]);
  });
});

