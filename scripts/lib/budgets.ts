/**
 * The site's size budgets, declared once: `npm test` (tests/e2e/content/budgets.spec.ts and the
 * scale spec) checks them and `npm run bench` reports against them. All sizes are gzipped bytes.
 */
const KB = 1024;

export const BUDGETS = {
  /** Every HTML page: what fits in the first round trips of a slow connection. */
  html: 14 * KB,
  /**
   * A page of a listing (all tools, a category, a badge page, in any order, any page of them):
   * forty cards and the filters, however large the directory grows.
   */
  listingHtml: 10 * KB,
  /** A page above this is named in the report, though within budget. */
  htmlNotice: 7 * KB,
  /** The one shared stylesheet. */
  css: 10 * KB,
  /** Pages without a script of their own load the header search box only. */
  headerJs: 2 * KB,
  /**
   * A page with a script of its own: its script, the header search and their static imports.
   * Raised from 5.5 KB when the compare page began rendering capability rows with a searchable
   * picker and the stack builder constraints and searchable choices; what only a search needs
   * loads with Pagefind. Raised from 6.25 KB when the picker became a keyboard combobox and the
   * stack builder began offering a replacement for each choice that breaks a constraint.
   */
  pageJs: 7 * KB,
  /**
   * The badge filter of the listings, on its own: URL state, counts, active-filter chips, the
   * compact view and the way from page to page. Raised from 3 KB when filters began to act on
   * the whole listing rather than the page shown; what only a selection needs loads on demand.
   * Raised from 4.5 KB when it began making each option's checkbox from its link: 0.15 KB of
   * script, cached, against 0.55 KB less HTML on every listing page.
   */
  filterJs: 4.75 * KB,
  /**
   * What a listing loads with the first selection (`src/scripts/listing-results.ts`): decoding
   * the listing's filter data, fetching and placing cards, the pages of the results.
   */
  listingJs: 3 * KB,
} as const;

/**
 * What a first search transfers (Pagefind's script, WebAssembly, index chunks, filters and result
 * fragments, and the search page's own scripts; `npm run bench` measures it): at most 150 KB up
 * to 2,000 searchable pages, 250 KB beyond (the index grows with the directory).
 */
export const FIRST_SEARCH = { pages: 2000, small: 150 * KB, large: 250 * KB } as const;

/** The first-search transfer budget of a site with `indexedPages` searchable pages. */
export function firstSearchBudgetOf(indexedPages: number): number {
  return indexedPages <= FIRST_SEARCH.pages ? FIRST_SEARCH.small : FIRST_SEARCH.large;
}

/**
 * The URL paths of listing pages (`/tools/`, `/categories/<id>/`, `/resources/`, their sorted
 * orders, badge pages, shortlists and later pages), relative to the site's base.
 */
export const LISTING_PAGE =
  /^\/(tools\/|resources\/|categories\/[^/]+\/)(sorted\/[a-z]+\/|[a-z]+\/[a-z0-9-]+\/)?(page\/\d+\/)?$/;

/** The gzipped HTML budget of the page at `urlPath` ("/tools/", "/tools/mlflow/"). */
export function htmlBudgetOf(urlPath: string): number {
  return LISTING_PAGE.test(urlPath) ? BUDGETS.listingHtml : BUDGETS.html;
}

export const formatKb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;
