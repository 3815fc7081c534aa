/**
 * The public base URL for canonical FHIR URLs. Until the shared config helper
 * for VERBIND_PUBLIC_URL lands, this one function reads it (default
 * http://HOST:PORT, as `npm start` serves); switch here when it does.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.VERBIND_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  return `http://${env.HOST ?? '127.0.0.1'}:${env.PORT ?? 3000}`;
}
