/**
 * Where to go after signing in. Only a path on this site is accepted, so a
 * crafted link cannot send people to a look-alike site (open redirect).
 *
 * The answer is the path as the URL parser normalised it, checked once more
 * afterwards: normalisation can turn a harmless-looking input into a
 * protocol-relative one ("/.//evil.example" becomes "//evil.example", which
 * a browser reads as another host).
 */
export function localPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length === 0 || next.length > 1000) return undefined;
  // Control characters (tab, newline, NUL…) are dropped by browsers' URL
  // parsers, so "/\t/evil.example" would become "//evil.example".
  if (/[\u0000-\u001f\u007f]/.test(next)) return undefined;
  if (!isSingleSlashPath(next)) return undefined;
  try {
    const base = 'http://verbind.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return undefined;
    const path = url.pathname + url.search + url.hash;
    return isSingleSlashPath(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

// "/x" yes; "//x", "/\x" and anything not starting with "/" no (browsers
// read a backslash as a slash in http URLs).
function isSingleSlashPath(path: string): boolean {
  return path.startsWith('/') && path[1] !== '/' && path[1] !== '\\';
}
