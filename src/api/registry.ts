/**
 * JSON API routes declared once with zod schemas: the same schemas validate
 * requests, type the handlers and generate the OpenAPI 3.1 document.
 */
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseOrThrow, ProblemError } from '../platform/problem.js';
import type { UserRole } from '../db/schema.js';

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface ApiRoute<Q extends AnyObject | undefined, P extends AnyObject | undefined, B extends z.ZodType | undefined, R extends z.ZodType> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify path, e.g. /api/v1/initiatives/:id */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: Q;
  params?: P;
  body?: B;
  /** Parses the body instead of the schema alone (e.g. to name fields the contract's way); the schema still documents it. */
  parseBody?: (data: unknown, req: FastifyRequest) => B extends z.ZodType ? z.output<B> : undefined;
  /** More media types the body may come in, each with its schema (documented beside application/json). */
  bodyMediaTypes?: Record<string, z.ZodType>;
  response: R;
  /** Media type of a successful answer (default application/json). */
  mediaType?: string;
  /** HTTP status of a successful answer (default 200). */
  status?: number;
  /** Role needed; none means public. */
  role?: UserRole;
  /** Per-route rate limit (@fastify/rate-limit), e.g. for public writes. */
  rateLimit?: { max: number; timeWindow: string };
  handler: (input: {
    query: Q extends AnyObject ? z.output<Q> : undefined;
    params: P extends AnyObject ? z.output<P> : undefined;
    body: B extends z.ZodType ? z.output<B> : undefined;
    req: FastifyRequest;
    reply: FastifyReply;
  }) => Promise<z.input<R>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SomeRoute = ApiRoute<any, any, any, any>;

const registered = new WeakMap<FastifyInstance, SomeRoute[]>();

/**
 * Another representation of a registered route's answer (e.g. JSON-LD beside JSON), chosen by
 * the request's Accept header; added by the capability that makes it, documented in OpenAPI.
 */
export interface Representation {
  mediaType: string;
  schema: z.ZodType;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handler: (input: { params: any; query: any; req: FastifyRequest; reply: FastifyReply }) => Promise<unknown>;
}

const representations = new WeakMap<FastifyInstance, Map<string, Representation[]>>();
const routeKey = (method: string, path: string) => `${method} ${path}`;

/** Offers `rep` on the route `method path` (registered before or after) when a request's Accept header prefers it. */
export function addRepresentation(app: FastifyInstance, method: SomeRoute['method'], path: string, rep: Representation): void {
  const all = representations.get(app) ?? new Map<string, Representation[]>();
  all.set(routeKey(method, path), [...(all.get(routeKey(method, path)) ?? []), rep]);
  representations.set(app, all);
}

/** Quality the Accept header gives a media type (RFC 9110 §12.5.1: the most specific range that matches); 1 when absent. */
export function acceptQuality(accept: string | undefined, mediaType: string): number {
  if (!accept?.trim()) return 1;
  const [type] = mediaType.split('/');
  let best = { specificity: -1, q: 0 };
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    const specificity = range === mediaType ? 2 : range === `${type}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    best = { specificity, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 };
  }
  return best.q;
}

/** The representation the request prefers over the route's own media type, if any (a tie keeps the route's own). */
function negotiated(app: FastifyInstance, route: SomeRoute, req: FastifyRequest): Representation | undefined {
  const reps = representations.get(app)?.get(routeKey(route.method, route.path));
  if (!reps?.length) return undefined;
  const accept = req.headers.accept;
  let chosen: Representation | undefined;
  let bestQ = acceptQuality(accept, route.mediaType ?? 'application/json');
  for (const rep of reps) {
    const q = acceptQuality(accept, rep.mediaType);
    if (q > bestQ) [chosen, bestQ] = [rep, q];
  }
  return chosen;
}

export function defineApiRoute<Q extends AnyObject | undefined, P extends AnyObject | undefined, B extends z.ZodType | undefined, R extends z.ZodType>(
  route: ApiRoute<Q, P, B, R>,
): ApiRoute<Q, P, B, R> {
  return route;
}

export function registerApiRoute(app: FastifyInstance, route: SomeRoute): void {
  const list = registered.get(app) ?? [];
  list.push(route);
  registered.set(app, list);
  app.route({
    method: route.method,
    url: route.path,
    ...(route.rateLimit ? { config: { rateLimit: route.rateLimit } } : {}),
    handler: async (req, reply) => {
      if (route.role) {
        const user = req.user;
        if (!user) throw new ProblemError(401, 'Unauthorized', 'Sign in first.');
        if (route.role === 'admin' && user.role !== 'admin') throw new ProblemError(403, 'Forbidden', 'This needs the admin role.');
      }
      const query = route.query ? parseOrThrow(route.query, req.query, 'query') : undefined;
      const params = route.params ? parseOrThrow(route.params, req.params, 'path') : undefined;
      const body = route.body ? (route.parseBody ? route.parseBody(req.body, req) : parseOrThrow(route.body, req.body, 'body')) : undefined;
      if (representations.get(app)?.has(routeKey(route.method, route.path))) reply.header('vary', 'Accept');
      const other = negotiated(app, route, req);
      if (other) {
        const result = await other.handler({ query, params, req, reply });
        reply.code(route.status ?? 200).type(other.mediaType);
        return result;
      }
      const result = await route.handler({ query, params, body, req, reply });
      reply.code(route.status ?? 200).type(route.mediaType ?? 'application/json; charset=utf-8');
      return result;
    },
  });
}

const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } }, required: ['field', 'message'] },
    },
  },
  required: ['title', 'status'],
};

const toSchema = (s: z.ZodType, io: 'input' | 'output') => {
  const js = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  delete js.$schema;
  return js;
};

function parameters(obj: AnyObject | undefined, where: 'query' | 'path') {
  if (!obj) return [];
  return Object.entries(obj.shape).map(([name, field]) => {
    const schema = toSchema(field as z.ZodType, 'output');
    const optional = (field as z.ZodType).safeParse(undefined).success;
    return {
      name,
      in: where,
      required: where === 'path' ? true : !optional,
      ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
      schema,
      ...(schema.type === 'array' ? { style: 'form', explode: false } : {}),
    };
  });
}

/** The OpenAPI 3.1 document for every route registered on this app. */
export function openApiDocument(app: FastifyInstance, info: { title: string; version: string; description: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of registered.get(app) ?? []) {
    const path = r.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = {
      operationId: r.operationId,
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      tags: r.tags,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: toSchema(r.body, 'input') },
                ...Object.fromEntries(Object.entries((r.bodyMediaTypes ?? {}) as Record<string, z.ZodType>).map(([type, schema]) => [type, { schema: toSchema(schema, 'input') }])),
              },
            },
          }
        : {}),
      responses: {
        [String(r.status ?? 200)]: {
          description: 'OK',
          content: {
            [r.mediaType ?? 'application/json']: { schema: toSchema(r.response, 'output') },
            ...Object.fromEntries((representations.get(app)?.get(routeKey(r.method, r.path)) ?? []).map((rep) => [rep.mediaType, { schema: toSchema(rep.schema, 'output') }])),
          },
        },
        '400': { description: 'Invalid input', content: { 'application/problem+json': { schema: problemSchema } } },
        ...(r.path.includes(':') ? { '404': { description: 'Not found', content: { 'application/problem+json': { schema: problemSchema } } } } : {}),
        ...(r.role ? { '401': { description: 'Not signed in' }, '403': { description: 'Role not allowed' } } : {}),
        ...(r.rateLimit ? { '429': { description: `Too many requests (at most ${r.rateLimit.max} per ${r.rateLimit.timeWindow})` } } : {}),
      },
      ...(r.role ? { security: [{ session: [] }] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info,
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    paths,
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'vb_session' } } },
  };
}
