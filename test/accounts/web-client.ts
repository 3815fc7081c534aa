/**
 * A tiny browser for app.inject: keeps cookies, reads the CSRF token from a
 * form page and posts url-encoded forms, as a person's browser would.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import type { Database } from '../../src/db/client.js';
import { createUser } from '../../src/accounts/store/users.js';
import type { UserRole } from '../../src/db/schema.js';

export type FormFields = Record<string, string | readonly string[] | undefined>;

export class WebClient {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly app: FastifyInstance,
    readonly ip = '127.0.0.1',
  ) {}

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const gone = c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() }, remoteAddress: this.ip });
    this.remember(res);
    return res;
  }

  async post(url: string, fields: FormFields): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) continue;
      for (const one of typeof v === 'string' ? [v] : v) body.append(k, one);
    }
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
      remoteAddress: this.ip,
    });
    this.remember(res);
    return res;
  }

  /** GETs a page with a form and returns its CSRF token. */
  async csrf(url: string): Promise<string> {
    const res = await this.get(url);
    const token = csrfToken(res.body);
    if (!token) throw new Error(`No CSRF token on ${url} (status ${res.statusCode})`);
    return token;
  }

  /** Opens a form page, then posts it with its CSRF token, like submitting it. */
  async submit(formPage: string, action: string, fields: FormFields): Promise<LightMyRequestResponse> {
    const _csrf = await this.csrf(formPage);
    return this.post(action, { _csrf, ...fields });
  }

  async signIn(email: string, password: string, lang = 'nl'): Promise<LightMyRequestResponse> {
    return this.submit(`/${lang}/sign-in`, `/${lang}/sign-in`, { email, password });
  }
}

export function csrfToken(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}

export const PASSWORD = 'correct horse battery';

export async function testApp(database: Database, extra: { signInRateLimit?: number } = {}): Promise<FastifyInstance> {
  return buildApp({ database, logLevel: 'silent', signInRateLimit: extra.signInRateLimit ?? 1000 });
}

let counter = 0;
/** A fresh account with a unique address, and a client signed in as it. */
export async function signedIn(app: FastifyInstance, role: UserRole, name = `${role} ${++counter}`) {
  const email = `${role}-${Date.now()}-${++counter}@example.test`;
  const user = await createUser(app.database.db, { email, role, name, password: PASSWORD });
  const client = new WebClient(app);
  const res = await client.signIn(email, PASSWORD);
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
  return { user, client, email };
}
