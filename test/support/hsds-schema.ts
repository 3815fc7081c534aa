/**
 * Validates answers of the /hsds API against the official Open Referral HSDS 3.0
 * JSON schemas in ../shared/spec/hsds/ (draft 2020-12, see its README), exactly as
 * the specification's openapi.json declares each endpoint's 200 response: the
 * page object (components/schemas/Page) around compiled/*_list.json items for
 * lists, compiled/service.json for one service, and so on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';

const HSDS_DIR = new URL('../../../shared/spec/hsds/', import.meta.url);
/** The base the specification's own references use (openapi.json). */
const BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
const PAGE_ID = `${BASE}openapi.json/components/schemas/Page`;

/** Keywords of the Open Referral schemas that are annotations for their tabular (CSV) form, not JSON Schema. */
const ANNOTATIONS = ['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'core', 'example', 'tabular_required'];

const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;

/** Replaces the openapi.json-local reference to the Page schema with its registered id. */
function pointPageRef(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(pointPageRef);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && v === '#/components/schemas/Page' ? PAGE_ID : pointPageRef(v)]));
}

export type HsdsPath =
  | '/'
  | '/services'
  | '/services/{id}'
  | '/organizations'
  | '/organizations/{id}'
  | '/taxonomies'
  | '/taxonomies/{id}'
  | '/taxonomy_terms'
  | '/taxonomy_terms/{id}'
  | '/service_at_locations'
  | '/service_at_locations/{id}';

export interface HsdsValidator {
  /** The schema errors of `body` as the 200 answer of `path`; empty when it validates. */
  errors(path: HsdsPath, body: unknown): ErrorObject[];
}

export function hsdsValidator(): HsdsValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  formatsModule.default(ajv);
  ajv.addVocabulary(ANNOTATIONS);
  for (const dir of ['', 'compiled/']) {
    for (const file of readdirSync(new URL(dir, HSDS_DIR)).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
      ajv.addSchema({ ...readJson(new URL(dir + file, HSDS_DIR)), $id: BASE + dir + file });
    }
  }
  const openapi = readJson(new URL('openapi.json', HSDS_DIR)) as {
    paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
    components: { schemas: { Page: Record<string, unknown> } };
  };
  ajv.addSchema({ ...openapi.components.schemas.Page, $id: PAGE_ID });

  const byPath = new Map<string, ValidateFunction>();
  const forPath = (path: HsdsPath) => {
    let v = byPath.get(path);
    if (!v) {
      // The specification's openapi.json gives /service_at_locations/{id} the service schema (compiled/service.json,
      // which requires a name and a status); a service-at-location entry is what that path returns, so it is validated as one.
      const schema =
        path === '/service_at_locations/{id}'
          ? { $ref: `${BASE}compiled/service_at_location.json` }
          : pointPageRef(openapi.paths[path]!.get.responses['200']!.content['application/json']!.schema);
      v = ajv.compile(schema as object);
      byPath.set(path, v);
    }
    return v;
  };
  const run = (v: ValidateFunction, body: unknown) => (v(body) ? [] : [...(v.errors ?? [])]);
  return {
    errors: (path, body) => run(forPath(path), body),
  };
}

/** Errors as short readable lines for an assertion message. */
export function describeErrors(errors: readonly ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
