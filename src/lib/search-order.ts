/**
 * Search results in an order other than relevance (`/search/?sort=stars`), without Pagefind's
 * sort keys: those live in the index's metadata, which every first search downloads, and cost
 * about 22 KB gzipped per order at 10,000 tools. Instead the build writes, per order, the
 * Pagefind page ids of the tools in that order (`/data/search-order/<order>.json`), and the
 * search page fetches that one file only when someone picks the order.
 *
 * The order itself is the listings' (`sortTools`), published as tool slugs in
 * `/data/order/<order>.json`; the search-index integration turns slugs into page ids once
 * Pagefind has written the index.
 */
import type { SortOrder } from './upstream-view.ts';

/** `/data/order/<order>.json`: the directory's tools in one order, by slug. */
export interface ToolOrder {
  readonly order: SortOrder;
  readonly tools: readonly string[];
}

/** `/data/search-order/<order>.json`: the same order as Pagefind page ids. */
export interface SearchOrder {
  readonly order: SortOrder;
  readonly ids: readonly string[];
}

/** Folders (from the site root) of the two kinds of order file. */
export const TOOL_ORDER_DIR = 'data/order';
export const SEARCH_ORDER_DIR = 'data/search-order';

/**
 * The page ids of an order's tools. Every tool page is indexed, so a slug without a page id
 * means the index and the pages disagree: an error, never a silently shorter order.
 */
export function searchOrderOf(order: ToolOrder, pageIdOfSlug: ReadonlyMap<string, string>): SearchOrder {
  const missing = order.tools.filter((slug) => !pageIdOfSlug.has(slug));
  if (missing.length > 0) {
    throw new Error(
      `order "${order.order}": no search page for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`,
    );
  }
  return { order: order.order, ids: order.tools.map((slug) => pageIdOfSlug.get(slug) ?? '') };
}

/**
 * Results that have a place in the order, in that order. Only tools have one, so a sorted
 * search lists tools only, as the order menu says.
 */
export function inSearchOrder<T extends { readonly id: string }>(
  results: readonly T[],
  ids: readonly string[],
): T[] {
  const rank = new Map(ids.map((id, index) => [id, index]));
  return results
    .filter((result) => rank.has(result.id))
    .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}
