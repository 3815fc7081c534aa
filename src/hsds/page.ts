/** The HSDS 3.0 API's page object (openapi.json components/schemas/Page) and its query parameters. */
import { z } from 'zod';

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(1000).default(50),
});

export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  /** Number of items on this page. */
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function pageOf<T>(contents: T[], total: number, page: number, perPage: number): Page<T> {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** Pages a list already in memory (taxonomies, terms, organisations: small). */
export function pageOfList<T>(all: readonly T[], page: number, perPage: number): Page<T> {
  return pageOf(all.slice((page - 1) * perPage, page * perPage), all.length, page, perPage);
}
