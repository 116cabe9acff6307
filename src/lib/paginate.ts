/**
 * Listing pages are split into pages of this many entries, so each stays within the HTML budget
 * however large the directory grows, with room for the filter panel (whose groups grow with the
 * vocabulary and the categories).
 */
export const LISTING_PAGE_SIZE = 40;

/** Number of pages for `total` entries (at least one, so an empty listing still has a page). */
export function pageCount(total: number, size = LISTING_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The entries of 1-based page `page`. */
export function pageSlice<T>(entries: readonly T[], page: number, size = LISTING_PAGE_SIZE): T[] {
  return entries.slice((page - 1) * size, page * size);
}

/** URL of page `page` of a listing at `base`: page 1 is the listing itself, then `page/2/`… */
export function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** What a listing's title and heading add on a listing of several pages: ", page 2 of 3". */
export function pageSuffix(page: number, count: number): string {
  return count > 1 ? `, page ${page} of ${count}` : '';
}

/** Page numbers to link to: first, last, and the current page with two neighbours each side. */
export function pageLinks(current: number, count: number): (number | 'gap')[] {
  const wanted = [...new Set([1, count, ...[-2, -1, 0, 1, 2].map((offset) => current + offset)])]
    .filter((page) => page >= 1 && page <= count)
    .sort((a, b) => a - b);
  return wanted.flatMap((page, index) => {
    const previous = wanted[index - 1];
    return previous !== undefined && page - previous > 1 ? ['gap' as const, page] : [page];
  });
}

/** The 1-based page on which the entry at `index` of a listing appears. */
export function pageOfIndex(index: number, size = LISTING_PAGE_SIZE): number {
  return Math.floor(Math.max(0, index) / size) + 1;
}
