/** Run-time configuration, from the environment. */
import { databaseOptionsFromEnv, type DatabaseOptions } from './db/client.js';

export interface Config {
  port: number;
  host: string;
  database: DatabaseOptions;
  /** Mark cookies Secure (set VERBIND_SECURE_COOKIES=true behind HTTPS). */
  secureCookies: boolean;
  /** Log level for Fastify's logger (requests are logged without query strings or bodies). */
  logLevel: string;
  /** VERBIND_TRUST_PROXY: the reverse proxy's address(es), e.g. "127.0.0.1" or "10.0.0.0/8"; unset = trust none. */
  trustProxy: string | boolean;
  /** Who publishes this instance, shown in every page's footer and the statements (never invented: unset = said so). */
  site: SiteInfo;
}

/** VERBIND_PUBLISHER and VERBIND_CONTACT_EMAIL; each may be missing, and the pages say so plainly. */
export interface SiteInfo {
  publisher?: string | undefined;
  contactEmail?: string | undefined;
}

export function siteFromEnv(env: NodeJS.ProcessEnv = process.env): SiteInfo {
  const publisher = env.VERBIND_PUBLISHER?.trim();
  const contactEmail = env.VERBIND_CONTACT_EMAIL?.trim();
  return { publisher: publisher || undefined, contactEmail: contactEmail || undefined };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    database: databaseOptionsFromEnv(env),
    // Not tied to NODE_ENV: `npm start` on http://127.0.0.1 must still be able to sign in.
    secureCookies: env.VERBIND_SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.VERBIND_TRUST_PROXY ? (env.VERBIND_TRUST_PROXY === 'true' ? true : env.VERBIND_TRUST_PROXY) : false,
    site: siteFromEnv(env),
  };
}
