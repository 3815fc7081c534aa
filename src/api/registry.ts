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
      const result = await route.handler({ query, params, body, req, reply });
      reply.code(route.status ?? 200).type('application/json; charset=utf-8');
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
        [String(r.status ?? 200)]: { description: 'OK', content: { 'application/json': { schema: toSchema(r.response, 'output') } } },
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
