/**
 * Where to go after signing in. Only a path on this site is accepted, so a
 * crafted link cannot send people to a look-alike site (open redirect).
 */
export function localPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length === 0 || next.length > 1000) return undefined;
  // "//evil.example" and "/\evil.example" are read by browsers as other hosts.
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (/[\u0000-\u001f\u007f]/.test(next)) return undefined;
  try {
    const base = 'http://verbind.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return undefined;
    return url.pathname + url.search + url.hash;
  } catch {
    return undefined;
  }
}
