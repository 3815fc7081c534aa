/**
 * The one way to write a link's query string. Every page link that keeps the reader's choices
 * (a filter, a sort, a page) goes through here, so an empty choice never shows up as `x=` and a
 * link with nothing to keep has no lone `?`.
 *
 * A value is left out when it is undefined, null, '' or an empty list; a list is written
 * comma-separated (the catalogue's convention: OR within one parameter); a boolean or number as
 * its text (`false` is kept: it is a choice). Parameters stay in the order given; give entries
 * instead of an object to repeat a name (the landscape's `crosstab`).
 */
export type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>> | Iterable<readonly [string, QueryValue]>;

export function searchParams(params: QueryParams): URLSearchParams {
  const p = new URLSearchParams();
  const entries: Iterable<readonly [string, QueryValue]> = Symbol.iterator in params ? (params as Iterable<readonly [string, QueryValue]>) : Object.entries(params);
  for (const [name, value] of entries) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'object') {
      if (value.length) p.append(name, value.join(','));
    } else p.append(name, String(value));
  }
  return p;
}

/** The query string without its `?` ('' when nothing is set). */
export const queryString = (params: QueryParams): string => searchParams(params).toString();

/** A path with its query string: `/nl/coding?status=draft`, or just `/nl/coding`. */
export function withQuery(path: string, params: QueryParams): string {
  const s = queryString(params);
  return s ? `${path}?${s}` : path;
}
