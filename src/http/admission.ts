/**
 * A bounded queue in front of the request handlers (issue 11). The embedded database answers one
 * query at a time: beyond its capacity, waiting only makes every request late and an orchestrator
 * restart the instance. So at most `active` requests run at once, at most `queue` wait, none waits
 * longer than `waitMs`; the rest get 503 with Retry-After at once. /healthz, /readyz and the static
 * assets never queue (they do not touch the database).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Database } from '../db/client.js';

export interface AdmissionLimits {
  active: number;
  queue: number;
  waitMs: number;
}

/**
 * Defaults per engine, each overridable (VERBIND_MAX_ACTIVE, VERBIND_MAX_QUEUE, VERBIND_MAX_WAIT_MS).
 * PGlite: a few in flight keep its one session busy; a short queue, 1 s at most (bench/load.ts).
 * PostgreSQL: 8 at once (its pool has 10 connections), the rest wait in order, up to 512 for up to 5 s. Without
 * a bound, 50 searches at once each queued several times for a pool connection (once per query) and
 * the event loop held them all: under the same load (bench/load.ts, 2 cores at load average ~24) the
 * tail was p99 4.4–9.1 s with timeouts; with 8 at once (a 9 s wait) p99 4.2 s and none. Waiting in order makes
 * every request about as late as the queue, not the unlucky ones much later.
 */
export function admissionLimits(kind: Database['kind'], env: NodeJS.ProcessEnv = process.env): AdmissionLimits {
  const d = kind === 'pglite' ? { active: 4, queue: 16, waitMs: 1000 } : { active: 8, queue: 512, waitMs: 5000 };
  const n = (v: string | undefined, fallback: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : fallback);
  return { active: n(env.VERBIND_MAX_ACTIVE, d.active), queue: n(env.VERBIND_MAX_QUEUE, d.queue), waitMs: n(env.VERBIND_MAX_WAIT_MS, d.waitMs) };
}

const EXEMPT = /^\/(healthz|readyz|assets\/|favicon)/;

export function registerAdmission(app: FastifyInstance, limits: AdmissionLimits): void {
  let active = 0;
  const waiting: { admit(): void }[] = [];
  const refuse = (reply: FastifyReply, why: string) =>
    reply.code(503).header('retry-after', '1').type('application/problem+json').send({ type: 'about:blank', title: 'Service unavailable', status: 503, detail: `The server is busy (${why}). Try again in a second.` });
  const release = () => {
    const next = waiting.shift();
    if (next) next.admit();
    else active--;
  };

  app.addHook('onRequest', (req, reply, done) => {
    if (EXEMPT.test(req.url)) return done();
    let released = false;
    const admitted = () => {
      reply.raw.once('close', () => {
        if (released) return;
        released = true;
        release();
      });
      done();
    };
    if (active < limits.active) {
      active++;
      return admitted();
    }
    if (waiting.length >= limits.queue) return refuse(reply, 'queue full');
    const entry = {
      admit: () => {
        clearTimeout(timer);
        admitted();
      },
    };
    const timer = setTimeout(() => {
      const i = waiting.indexOf(entry);
      if (i >= 0) waiting.splice(i, 1);
      refuse(reply, 'waited too long');
    }, limits.waitMs);
    waiting.push(entry);
    // A client that gives up while queued leaves the queue.
    req.raw.once('close', () => {
      const i = waiting.indexOf(entry);
      if (i >= 0 && req.raw.destroyed) {
        waiting.splice(i, 1);
        clearTimeout(timer);
      }
    });
  });
}
