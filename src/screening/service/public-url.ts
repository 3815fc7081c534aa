import { sitePublicUrl } from '../../config.js';

/**
 * The public base URL for canonical FHIR URLs: the app's public URL
 * (VERBIND_PUBLIC_URL, default http://HOST:PORT; config.ts), never the
 * request's Host or X-Forwarded-* headers.
 */
export function publicBaseUrl(app: { config: { publicUrl?: string } }): string {
  return sitePublicUrl(app);
}
