import { badgePages } from './badge-pages.ts';
import type { FilterGroupDefinition, FilterGroupKey } from './filters.ts';
import { LISTING_PAGE_SIZE, pageCount, pageHref } from './paginate.ts';
import { DEFAULT_SORT, SORT_VALUES, sortedHref, type SortOrder } from './upstream-view.ts';

/*
 * The route families of the listings: which pages each kind of listing pre-renders, and with
 * what props. One rest parameter per family renders them all (`src/pages/tools/[...listing].astro`,
 * `src/pages/categories/[...listing].astro`), so a new sort order, facet or category adds data
 * here, never a route file. Addresses are built by the same helpers as the links to them
 * (`sortedHref`, `pageHref`), so what is built and what is linked cannot drift apart.
 */

/** One listing of a family. */
export interface Listing<P> {
  /** Its address under the family's root, without slashes: '' for the root, 'license/open-source'. */
  readonly path: string;
  /** How many entries it lists, which decides how many pages it fills. */
  readonly total: number;
  /** The orders it is pre-rendered in: the default at its own address, each other at `sorted/<order>/`. */
  readonly orders: readonly SortOrder[];
  /** What its page needs besides its order and page number. */
  readonly props: P;
}

/** One pre-rendered page: the rest parameter of its address (`undefined` for the family's root) and its props. */
export interface ListingRoute<P> {
  readonly params: { listing: string | undefined };
  readonly props: P & { readonly order: SortOrder; readonly page: number };
}

/** Every page of every listing: each order of each listing, split into pages (`page/2/`…). */
export function listingRoutes<P>(
  listings: readonly Listing<P>[],
  size = LISTING_PAGE_SIZE,
): ListingRoute<P>[] {
  return listings.flatMap(({ path, total, orders, props }) =>
    orders.flatMap((order) =>
      Array.from({ length: pageCount(total, size) }, (_, index) => {
        const page = index + 1;
        const address = pageHref(sortedHref(path ? `/${path}/` : '/', order), page);
        return { params: { listing: restParam(address) }, props: { ...props, order, page } };
      }),
    ),
  );
}

/** The rest parameter of an address under its family's root: `undefined` for the root itself. */
function restParam(address: string): string | undefined {
  const trimmed = address.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? undefined : trimmed;
}

/** What a page of the all-tools family renders: the listing of every tool, or one filter option's tools. */
export type ToolListing<T> =
  | { readonly kind: 'all' }
  | { readonly kind: 'badge'; readonly group: FilterGroupKey; readonly value: string; readonly entries: T[] };

/**
 * The all-tools family under `/tools/`: every tool in each order (`sorted/stars/`…), and one
 * listing per filter option in A to Z order (`license/open-source/`, the filters' fallback without
 * JavaScript), each with its later pages. No address has exactly one segment, so a tool's own page
 * (`/tools/<slug>/`, a route of its own) is never one of them.
 */
export function toolListingRoutes<T extends object>(
  tools: readonly T[],
  groups: readonly FilterGroupDefinition[],
  { orders = SORT_VALUES, size = LISTING_PAGE_SIZE }: { orders?: readonly SortOrder[]; size?: number } = {},
): ListingRoute<ToolListing<T>>[] {
  const all: Listing<ToolListing<T>> = { path: '', total: tools.length, orders, props: { kind: 'all' } };
  const badges = badgePages(tools, groups).map(({ props }): Listing<ToolListing<T>> => ({
    path: `${props.group}/${props.value}`,
    total: props.entries.length,
    orders: [DEFAULT_SORT],
    props: { kind: 'badge', ...props },
  }));
  return listingRoutes([all, ...badges], size);
}

/**
 * The category family under `/categories/`: each category's listing (`model-serving/`) in each
 * order, with its later pages. `totalOf` is how many tools a category lists (its own and those
 * placed in it).
 */
export function categoryListingRoutes<C extends { readonly id: string }>(
  categories: readonly C[],
  totalOf: (category: C) => number,
  { orders = SORT_VALUES, size = LISTING_PAGE_SIZE }: { orders?: readonly SortOrder[]; size?: number } = {},
): ListingRoute<{ readonly category: C }>[] {
  return listingRoutes(
    categories.map((category) => ({
      path: category.id,
      total: totalOf(category),
      orders,
      props: { category },
    })),
    size,
  );
}

/**
 * The listings' filter data, `/data/listing/<listing>/<order>.json` (`src/lib/listing-index.ts`):
 * the all-tools listing (`all`) and each category's, in every order their pages offer.
 */
export function listingDataRoutes<C extends { readonly id: string }>(
  categories: readonly C[],
  orders: readonly SortOrder[] = SORT_VALUES,
): { params: { listing: string; order: SortOrder }; props: { listing: 'all' | C; order: SortOrder } }[] {
  const listings: ('all' | C)[] = ['all', ...categories];
  return listings.flatMap((listing) =>
    orders.map((order) => ({
      params: { listing: listing === 'all' ? 'all' : listing.id, order },
      props: { listing, order },
    })),
  );
}
