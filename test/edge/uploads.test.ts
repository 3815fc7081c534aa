/**
 * No upload can stall the server (issue 11, item 2). Before: an 11.8 KB XLSX
 * (A1–A500 plus one cell at XFD1) took 322 s on the main thread and 2.6 GB;
 * a 2 MB zip inflating to 2 GB was refused only after 18.5 s at 2.66 GB; one
 * inflating to 300 MB was accepted. Now: checked before inflating, refused with
 * the place and the limit, parsed in a worker thread while the server answers.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { readTable, readTableOffThread, TableReadError } from '../../src/intake/bulk/read-table.js';
import { readPopulationFile } from '../../src/monitor/files/population.js';
import { readBoundaries } from '../../src/areas/service/read-boundaries.js';
import { ImportError } from '../../src/platform/located-problem.js';
import { buildApp } from '../../src/http/app.js';
import { freshDatabase } from '../support/databases.js';
import { DATA } from '../areas/files.js';
import { runInWorker, WorkerLimitError } from '../../src/edge/worker.js';
import { openTextSource } from '../../src/monitor/files/text-source.js';
import { wideSheet, withoutDimension, zeroBomb } from './files.js';

const refusal = async (p: Promise<unknown>, re: RegExp, kind = 'limit') => {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof TableReadError, String(e));
    assert.equal(e.kind, kind);
    assert.match(e.message, re);
    return true;
  });
};

describe('survey exports beyond the limits', () => {
  it('the issue\'s ~12 KB XLSX with a cell at XFD1 is refused from its <dimension>, in a worker', async () => {
    const xlsx = await wideSheet();
    assert.ok(xlsx.byteLength < 16_000, `${xlsx.byteLength} bytes`);
    await refusal(readTableOffThread(xlsx, 'breed.xlsx'), /^breed\.xlsx › xl\/worksheets\/sheet1\.xml \(the sheet spans A1:XFD500\): 16,384 columns; at most 1,000 are read$/);
  });

  it('without a <dimension>, the cell itself is named (XFD1); under a higher column limit the sheet reads in moments, not minutes', async () => {
    const xlsx = await withoutDimension(await wideSheet());
    await refusal(readTable(xlsx, 'breed.xlsx'), /^breed\.xlsx, cell XFD1: column 16,384; at most 1,000 columns are read$/);
    const narrow = await readTable(xlsx, 'breed.xlsx', { ...limitsFor(20_000) });
    assert.equal(narrow.headers.length, 16_384, 'read within a higher limit, still only cells that exist');
    assert.equal(narrow.rows.length, 499);
  });

  it('an XLSX whose sheet inflates to 300 MB is refused by ratio before inflating', async () => {
    const bomb = zeroBomb('bom.xlsx', 300, 'xl/worksheets/sheet1.xml');
    await refusal(readTableOffThread(bomb, 'bom.xlsx'), /^bom\.xlsx: xl\/worksheets\/sheet1\.xml would inflate from 0\.3 MB to 300 MB \(1,0\d\d:1\); more than 200:1 is refused as a possible zip bomb$/);
  });

  it('a CSV with more columns or rows than the limits is refused, located', async () => {
    const wide = `${Array.from({ length: 1_001 }, (_, i) => `c${i}`).join(',')}\n${'x,'.repeat(1_000)}x\n`;
    await refusal(readTableOffThread(new TextEncoder().encode(wide), 'breed.csv'), /^breed\.csv: 1,001 columns; at most 1,000 are read$/);
  });

  it('a cell with a NUL character is a located error', async () => {
    await refusal(readTable(new TextEncoder().encode('Q1 Naam;Q3\nBuddy;ok\nBab\u0000bel;ok\n'), 'nul.csv'), /^nul\.csv, row 3, column A \("Q1 Naam"\): contains a NUL character/, 'text');
  });
});

describe('zips of the import commands are checked before inflating', () => {
  it('population: a 2 MB zip inflating to 2 GB and one inflating to 300 MB are refused as zip bombs', async () => {
    for (const mib of [2048, 300]) {
      const bomb = zeroBomb('bom.zip', mib, 'TF_SOC_POP_STRUCT_2024.txt');
      await assert.rejects(readPopulationFile(bomb, { label: 'bom.zip' }), /^Error: bom\.zip: TF_SOC_POP_STRUCT_2024\.txt would inflate from [\d.]+ MB to [\d,]+ MB \(1,0\d\d:1\); more than 200:1 is refused as a possible zip bomb$/);
    }
  });

  it('boundaries: a zipped Shapefile whose .shp is a bomb is refused, located', async () => {
    const bomb = zeroBomb('x', 300, 'gemeenten.shp');
    await assert.rejects(readBoundaries(bomb, { level: 'municipality', label: 'gemeenten.zip' }), (e: unknown) => {
      assert.ok(e instanceof ImportError);
      assert.match(e.problems[0]!.message, /^gemeenten\.shp would inflate .* possible zip bomb$/);
      return true;
    });
  });

  it('Statbel\'s population zip (103 MB of text at 36:1) passes the check and streams', async () => {
    const src = await openTextSource(`${DATA}population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip`);
    for await (const chunk of src.chunks) {
      assert.match(chunk.split('\n', 1)[0]!, /CD_REFNIS/);
      break; // the first chunk is enough: nothing else is inflated
    }
  });
});

describe('the worker limits', () => {
  const busy = new URL('./busy.ts', import.meta.url);
  it('a parse that never ends is stopped at its time limit', async () => {
    await assert.rejects(runInWorker(busy, 'spin', [], { timeMs: 1_500, memoryMb: 64 }), (e: unknown) => e instanceof WorkerLimitError && e.limit === 'time' && /longer than 2 s/.test(e.message));
  });
  it('a parse that keeps allocating is stopped at its memory limit, and the server\'s heap is untouched', async () => {
    const before = process.memoryUsage().heapUsed;
    await assert.rejects(runInWorker(busy, 'hog', [], { timeMs: 60_000, memoryMb: 64 }), (e: unknown) => e instanceof WorkerLimitError && e.limit === 'memory');
    assert.ok(process.memoryUsage().heapUsed - before < 64 * 1024 * 1024);
  });
});

describe('the server answers while a worker parses', () => {
  let app: FastifyInstance;
  let drop: () => Promise<void>;
  before(async () => {
    const d = await freshDatabase('pglite');
    drop = d.drop;
    app = await buildApp({ database: d, logLevel: 'silent' });
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await app?.close();
    await drop?.();
  });

  it('/healthz completes before the parse of a 40,000-row export does', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `${i};Initiatief ${i};Een wekelijkse ontmoeting in de buurt;Lokaal;Ouderen`);
    const csv = new TextEncoder().encode(['ID;Naam;Wat;Waar;Leeftijd', ...rows].join('\n'));
    const order: string[] = [];
    const parse = readTableOffThread(csv, 'groot.csv').then((t) => {
      order.push('parse');
      return t;
    });
    const { port } = app.server.address() as { port: number };
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    order.push('healthz');
    assert.equal(health.status, 200);
    const table = await parse;
    assert.equal(table.rows.length, 40_000);
    assert.deepEqual(order, ['healthz', 'parse'], 'the event loop was free while the file was read');
  });
});

function limitsFor(maxColumns: number) {
  return { maxFileBytes: 10 * 1024 * 1024, maxRows: 50_000, maxColumns, maxCells: 10_000_000, maxParseMs: 30_000, maxParseMemoryMb: 512 } as const;
}
