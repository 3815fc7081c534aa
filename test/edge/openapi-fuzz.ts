/**
 * Generates invalid and boundary requests for every operation of an OpenAPI
 * 3.1 document: hostile values for each parameter (all at once and one by
 * one), malformed JSON bodies, and for each body property the wrong type, an
 * unknown enum value, NUL, a lone surrogate, a huge or very long value. No
 * dependency: the document's own schemas say what to break.
 */

type Schema = { const?: unknown; type?: string | string[]; format?: string; pattern?: string; enum?: unknown[]; properties?: Record<string, Schema>; items?: Schema; required?: string[]; default?: unknown; minimum?: number; anyOf?: Schema[]; oneOf?: Schema[] };
interface Parameter { name: string; in: 'query' | 'path' | 'header' | 'cookie'; schema?: Schema }
interface Operation { operationId?: string; parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }
export interface OpenApiDoc { paths: Record<string, Record<string, Operation>> }

export interface FuzzCase {
  operation: string;
  label: string;
  method: string;
  url: string;
  body?: string;
  contentType?: string;
}

/** Hostile parameter values, already percent-encoded as they travel in a URL. */
export const HOSTILE_VALUES: { label: string; encoded: string }[] = [
  { label: 'empty', encoded: '' },
  { label: 'space', encoded: '%20' },
  { label: 'negative', encoded: '-1' },
  { label: 'zero', encoded: '0' },
  { label: 'huge integer', encoded: '99999999999999999999999999999' },
  { label: 'beyond double', encoded: '1e309' },
  { label: 'NaN', encoded: 'NaN' },
  { label: 'fraction', encoded: '1.5' },
  { label: 'boolean', encoded: 'true' },
  { label: 'null', encoded: 'null' },
  { label: 'NUL', encoded: '%00' },
  { label: 'NUL inside', encoded: 'ab%00cd' },
  { label: 'lone surrogate (CESU-8)', encoded: '%ED%A0%80' },
  { label: 'invalid UTF-8', encoded: '%FF%FE' },
  { label: 'broken escape', encoded: '%E0%A4%A' },
  { label: 'very long', encoded: 'a'.repeat(20_000) },
  { label: 'long list', encoded: 'x,'.repeat(5_000) },
  { label: 'unknown enum value', encoded: 'zz_unknown_zz' },
  { label: 'commas only', encoded: '%2C%2C%2C' },
  { label: 'SQL', encoded: "'%20OR%201%3D1--" },
  { label: 'markup', encoded: '%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { label: 'path traversal', encoded: '..%2F..%2Fetc%2Fpasswd' },
  { label: 'impossible date', encoded: '2024-02-30' },
  { label: 'emoji', encoded: '%F0%9F%98%80' },
  { label: 'tsquery syntax', encoded: '%26%7C!()%3A*' },
];

/** Values for one JSON body property that break its schema. */
function hostileJson(schema: Schema | undefined): { label: string; json: string }[] {
  const out = [
    { label: 'null', json: 'null' },
    { label: 'number', json: '12345678901234567890' },
    { label: 'negative', json: '-1' },
    { label: 'beyond double', json: '1e400' },
    { label: 'boolean', json: 'true' },
    { label: 'object', json: '{"a":{"b":[1,2,3]}}' },
    { label: 'array of objects', json: '[{},{}]' },
    { label: 'empty string', json: '""' },
    { label: 'NUL', json: '"a\\u0000b"' },
    { label: 'lone surrogate', json: '"a\\ud800b"' },
    { label: 'very long string', json: JSON.stringify('x'.repeat(100_000)) },
    { label: 'unknown enum value', json: '"zz_unknown_zz"' },
  ];
  const t = [schema?.type].flat();
  if (t.includes('array')) out.push({ label: 'scalar for an array', json: '"older"' }, { label: 'array of NUL', json: '["\\u0000"]' }, { label: 'huge array', json: JSON.stringify(Array.from({ length: 5_000 }, () => 'x')) });
  else out.push({ label: 'array for a scalar', json: '["a","b"]' });
  return out;
}

/** A plausible valid value from a schema, as a base that one property at a time is broken in. */
export function example(schema: Schema | undefined): unknown {
  if (!schema) return 'x';
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const alt = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (alt) return example(alt);
  const t = [schema.type].flat()[0];
  if (t === 'object') return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, example(s)]));
  if (t === 'array') return [example(schema.items)];
  if (t === 'integer' || t === 'number') return schema.minimum ?? 1;
  if (t === 'boolean') return false;
  if (schema.format === 'email') return 'a@example.org';
  if (schema.format === 'uri') return 'https://example.org/';
  if (schema.format === 'date') return '2024-01-01';
  return 'x';
}

const MALFORMED_BODIES: { label: string; body: string; contentType?: string }[] = [
  { label: 'empty body', body: '' },
  { label: 'unterminated object', body: '{' },
  { label: 'unterminated array', body: '[' },
  { label: 'truncated', body: '{"name":' },
  { label: 'not JSON', body: 'nul' },
  { label: 'a string', body: '"x"' },
  { label: 'a number', body: '123' },
  { label: 'null', body: 'null' },
  { label: 'an array', body: '[]' },
  { label: 'empty object', body: '{}' },
  { label: 'deep nesting', body: `${'['.repeat(5_000)}${']'.repeat(5_000)}` },
  { label: 'deep object nesting', body: `${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}` },
  { label: '__proto__', body: '{"__proto__":{"polluted":true}}' },
  { label: 'constructor.prototype', body: '{"constructor":{"prototype":{"polluted":true}}}' },
  { label: 'byte-order mark', body: '\uFEFF{}' },
  { label: 'NUL outside strings', body: '{\u0000}' },
  { label: 'form body', body: 'name=x&description=y', contentType: 'application/x-www-form-urlencoded' },
  { label: 'plain text', body: 'hello', contentType: 'text/plain' },
  { label: 'multipart without boundary', body: '--x\r\n', contentType: 'multipart/form-data' },
  { label: 'unknown content type', body: '{}', contentType: 'application/x-unknown' },
];

export function fuzzCases(doc: OpenApiDoc): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const operation = `${method.toUpperCase()} ${path}`;
      const params = (op.parameters ?? []).filter((p) => p.in === 'query' || p.in === 'path');
      const query = params.filter((p) => p.in === 'query');
      const valid = (p: Parameter) => encodeURIComponent(String(example(p.schema)));
      const url = (values: Map<string, string>, extra = '') => {
        let u = path.replace(/\{([^}]+)\}/g, (_, name: string) => values.get(name) ?? 'x');
        const qs = query.filter((p) => values.has(p.name)).map((p) => `${p.name}=${values.get(p.name)}`);
        if (extra) qs.push(extra);
        return qs.length ? `${u}?${qs.join('&')}` : u;
      };
      const add = (label: string, u: string, body?: string, contentType?: string) => cases.push({ operation, label, method: method.toUpperCase(), url: u, ...(body !== undefined ? { body, contentType: contentType ?? 'application/json' } : {}) });
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const validBody = bodySchema ? JSON.stringify(example(bodySchema)) : undefined;

      // Every hostile value in every parameter at once (or as an unknown parameter when there are none).
      for (const h of HOSTILE_VALUES) {
        const all = new Map(params.map((p) => [p.name, h.encoded]));
        add(`all parameters ${h.label}`, url(all, params.length ? '' : `unexpected=${h.encoded}`), validBody);
      }
      // One parameter at a time (path parameters valid): repeated (an array), bracketed (an object), NUL, huge.
      for (const p of params) {
        const base = new Map(params.filter((x) => x.in === 'path').map((x) => [x.name, valid(x)]));
        for (const h of HOSTILE_VALUES.filter((v) => ['NUL', 'huge integer', 'very long', 'unknown enum value', 'negative'].includes(v.label))) {
          add(`${p.name} ${h.label}`, url(new Map(base).set(p.name, h.encoded)), validBody);
        }
        if (p.in === 'query') {
          const sep = url(base).includes('?') ? '&' : '?';
          add(`${p.name} repeated`, `${url(base)}${sep}${p.name}=a&${p.name}=b`, validBody);
          add(`${p.name} as an object`, `${url(base)}${sep}${p.name}[x]=1`, validBody);
        }
      }
      // Bodies: malformed, then each property broken in an otherwise valid body.
      if (bodySchema) {
        const u = url(new Map(params.map((x) => [x.name, valid(x)])));
        for (const m of MALFORMED_BODIES) add(`body ${m.label}`, u, m.body, m.contentType);
        const objectSchema = bodySchema.properties ? bodySchema : (bodySchema.oneOf ?? bodySchema.anyOf ?? [])[0] ?? bodySchema;
        const base = example(objectSchema) as Record<string, unknown>;
        for (const [prop, schema] of Object.entries(objectSchema.properties ?? {})) {
          for (const h of hostileJson(schema)) {
            const rest = JSON.stringify({ ...base, [prop]: '__HOLE__' });
            add(`body.${prop} ${h.label}`, u, rest.replace('"__HOLE__"', h.json));
          }
        }
        add('body with an unknown property', u, JSON.stringify({ ...base, unexpected: 'x' }));
        add('body without required properties', u, '{"lang":"nl"}');
      }
    }
  }
  return cases;
}
