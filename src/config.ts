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
  /** VERBIND_PUBLIC_URL: where people reach this site; every absolute link is built from it (publicUrlFor). */
  publicUrl: string;
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

/**
 * The site's public address, the base of every absolute link (a submission's
 * status link, later e-mails, QR codes, FHIR canonical URLs): VERBIND_PUBLIC_URL,
 * else http://HOST:PORT. Never taken from a request's Host or X-Forwarded-*
 * headers, which a client (or a misconfigured proxy) controls. No trailing slash.
 */
export function publicUrlFor(env: NodeJS.ProcessEnv, host: string, port: number): string {
  const given = env.VERBIND_PUBLIC_URL?.trim();
  if (!given) return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`VERBIND_PUBLIC_URL is not a URL: "${given}" (expected e.g. https://verbind.example.be)`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password) {
    throw new Error(`VERBIND_PUBLIC_URL must be an http(s) address without query, fragment or credentials: "${given}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The app's public URL: as `serve` configured it, else from the environment (an app built in a test or script). */
export function sitePublicUrl(app: { config: { publicUrl?: string } }): string {
  return app.config.publicUrl ?? publicUrlFor(process.env, process.env.HOST ?? '127.0.0.1', Number(process.env.PORT ?? 3000));
}

/** An absolute link to a path on this site, from the app's public URL. */
export function siteUrl(app: { config: { publicUrl?: string } }, path: string): string {
  return absoluteUrl(sitePublicUrl(app), path);
}

/** An absolute link to a path on this site ("/nl/survey/s/…"), from the public URL. */
export function absoluteUrl(publicUrl: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`not a site path: ${path}`);
  return `${publicUrl}${path}`;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? '127.0.0.1';
  return {
    port,
    host,
    publicUrl: publicUrlFor(env, host, port),
    database: databaseOptionsFromEnv(env),
    // Not tied to NODE_ENV: `npm start` on http://127.0.0.1 must still be able to sign in.
    secureCookies: env.VERBIND_SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.VERBIND_TRUST_PROXY ? (env.VERBIND_TRUST_PROXY === 'true' ? true : env.VERBIND_TRUST_PROXY) : false,
    site: siteFromEnv(env),
  };
}
