/**
 * The boundaries of docs/architecture.md, checked over the import graph of src/ (every relative
 * `import … from`, `export … from` and `import()` of every .ts/.tsx file):
 *
 *  1. nothing outside the shell (src/http, src/cli, the composition lists) imports the shell;
 *  2. no capability imports another capability's doors: its `web/` (pages, API routes) or its `cli/` (commands);
 *  3. layers only import downwards: platform ← ui ← core capabilities ← feature capabilities ← shell;
 *  4. a feature capability imports another feature capability only where ALLOWED says so, and why.
 *
 * A new import that breaks a rule fails this test with the file, the import and the rule.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(new URL('../../src', import.meta.url).pathname);

/** Shared plumbing with no knowledge of any capability. */
const PLATFORM = ['platform', 'edge', 'db', 'api', 'audit', 'search', 'config.ts', 'i18n/index.ts'];
/** Shared presentation: components, layout, charts and maps. */
const UI = ['ui', 'web', 'maps'];
/** Capabilities others build on: the matrix, areas, the initiatives table, accounts, the study's seed content. */
const CORE = ['vocabulary', 'areas', 'initiatives', 'accounts', 'seed'];
/** Capabilities people use: every other top folder of src/ (a new capability needs no entry here). */
/** The shell composes everything: HTTP server, CLI, and the composition lists. */
const SHELL = ['http', 'cli', 'i18n/catalogue.ts', 'modules.ts'];

/** Imports across capabilities (sideways, or core → a feature's pure core) that are allowed, each with its reason. Keep this list small. */
const ALLOWED: { from: string; to: string; why: string }[] = [
  { from: 'initiatives/store/hsds-rows.ts', to: 'hsds/', why: 'the one way into the initiatives table (issue 9) builds HSDS rows with the HSDS pure mapping' },
  { from: 'initiatives/store/landscape-counts.ts', to: 'landscape/', why: 'the one way into the initiatives table (issue 9) counts with the landscape pure specs' },
  { from: 'interchange/service/export.ts', to: 'hsds/mapping.ts', why: 'export --format hsds writes the HSDS mapping' },
  { from: 'catalogue/web/InitiativePage.tsx', to: 'hsds/schema-org.ts', why: "each public initiative page carries its schema.org JSON-LD, made by the open-data mapping" },
  { from: 'landscape/prevalence.ts', to: 'monitor/', why: "the prevalence evidence exists once, as the monitor's cited rate tables; the landscape maps their age bands" },
  { from: 'screening/', to: 'matching/', why: "the screening's nearby initiatives and its link to the professionals' page come from the matching (issue 13): one ranking, with its rules" },
  { from: 'catalogue/', to: 'matching/', why: "the search's \"near\" order and its map use the matching's one distance and the centroids of the imported municipality outlines (issue 13)" },
  { from: 'coding/', to: 'intake/', why: "the coders review what the survey brought in: submissions through intake's store and service, its workflow, its answer schema and its spreadsheet reader" },
  { from: 'intake/service/submission-service.ts', to: 'coding/', why: "the submission workflow's one service writes the coders' decisions (coding, publish, merge, reject) through the coders' queue store, in the shape the review keeps them" },
];

type Layer = 'platform' | 'ui' | 'core' | 'feature' | 'shell';
const RANK: Record<Layer, number> = { platform: 0, ui: 1, core: 2, feature: 3, shell: 4 };

const under = (path: string, prefixes: string[]) => prefixes.some((p) => path === p || path.startsWith(p.endsWith('.ts') ? p : `${p}/`));

export function layerOf(path: string): Layer {
  if (under(path, SHELL)) return 'shell';
  if (under(path, PLATFORM)) return 'platform';
  if (under(path, UI)) return 'ui';
  if (under(path, CORE)) return 'core';
  if (!path.includes('/')) throw new Error(`src/${path}: a file at the root of src/ belongs to no capability; put it in a folder`);
  return 'feature';
}

/** The capability (top folder) of a path, or undefined for shared layers. */
const capabilityOf = (path: string) => (['core', 'feature'].includes(layerOf(path)) ? path.split('/')[0] : undefined);

/** A capability's doors: its pages and HTTP API (`web/`) and its commands (`cli/`); only the shell composes them. */
export const isWeb = (path: string) => /^[^/]+\/(web|cli)\//.test(path);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'migrations' ? [] : files(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm;

function imports(): { from: string; to: string }[] {
  const edges: { from: string; to: string }[] = [];
  for (const file of files(SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1]!).replace(/\.js$/, '');
      const to = ['.ts', '.tsx', '/index.ts'].map((ext) => target + ext).find((f) => {
        try {
          return statSync(f).isFile();
        } catch {
          return false;
        }
      });
      if (!to) continue; // not a source file (e.g. a JSON asset)
      edges.push({ from: relative(SRC, file), to: relative(SRC, to) });
    }
  }
  return edges;
}

export function violations(edges: { from: string; to: string }[]): string[] {
  const out: string[] = [];
  for (const { from, to } of edges) {
    const lf = layerOf(from);
    const lt = layerOf(to);
    const cf = capabilityOf(from);
    const ct = capabilityOf(to);
    const edge = `src/${from} → src/${to}`;
    if (lt === 'shell' && lf !== 'shell') out.push(`${edge}: only the shell may import the shell (src/http, src/cli, src/modules.ts)`);
    else if (lf !== 'shell' && isWeb(to) && ct && ct !== cf) out.push(`${edge}: a capability's web/ and cli/ are its own doors; call its service instead`);
    else if (ALLOWED.some((a) => from.startsWith(a.from) && to.startsWith(a.to)) && !isWeb(to)) continue;
    else if (RANK[lt] > RANK[lf]) out.push(`${edge}: ${lf} may not import ${lt} (layers import downwards only)`);
    else if (lf === 'feature' && lt === 'feature' && cf !== ct)
      out.push(`${edge}: capability ${cf} may not import capability ${ct}; move what both need down, or add it to ALLOWED with a reason`);
  }
  return out;
}

describe('architecture boundaries', () => {
  const edges = imports();

  it('reads the import graph of src/', () => {
    assert.ok(edges.length > 300, `only ${edges.length} imports found: is the pattern still right?`);
    assert.ok(edges.some((e) => e.from === 'http/app.ts' && e.to === 'platform/problem.ts'));
  });

  it('every import respects the layers, the shell and the web boundary', () => {
    const bad = violations(edges);
    assert.deepEqual(bad, [], `\n${bad.join('\n')}`);
  });

  it('every ALLOWED exception is still used (stale ones are removed)', () => {
    for (const a of ALLOWED) assert.ok(edges.some((e) => e.from.startsWith(a.from) && e.to.startsWith(a.to)), `${a.from} → ${a.to} is no longer imported: remove it from ALLOWED`);
  });

  it('the rules catch what they should', () => {
    assert.deepEqual(violations([{ from: 'monitor/web/api.ts', to: 'cli/main.ts' }]).length, 1, 'shell');
    assert.deepEqual(violations([{ from: 'vocabulary/pages.tsx', to: 'catalogue/search.ts' }]).length, 1, 'upwards');
    assert.deepEqual(violations([{ from: 'monitor/web/pages.tsx', to: 'landscape/web/pages.tsx' }]).length, 1, 'web');
    assert.deepEqual(violations([{ from: 'monitor/service/x.ts', to: 'areas/cli/import-areas.ts' }]).length, 1, 'cli is a door too');
    assert.deepEqual(violations([{ from: 'monitor/service/x.ts', to: 'landscape/gaps.ts' }]).length, 1, 'sideways');
    assert.deepEqual(violations([{ from: 'intake/web/SurveyForm.tsx', to: 'coding/form-model.ts' }]).length, 1, 'an ALLOWED pair covers only the file it names');
    assert.deepEqual(violations([{ from: 'platform/x.ts', to: 'ui/table.tsx' }]).length, 1, 'platform knows no UI');
    assert.deepEqual(violations([{ from: 'monitor/web/pages.tsx', to: 'monitor/service/estimate.ts' }]), [], 'own layers');
    assert.deepEqual(violations([{ from: 'http/routes.ts', to: 'monitor/web/pages.tsx' }]), [], 'the shell composes');
  });
});
