/**
 * The site's size budgets, declared once: `npm test` (tests/e2e/content/budgets.spec.ts and the
 * scale spec) checks them and `npm run bench` reports against them. All sizes are gzipped bytes.
 */
const KB = 1024;

export const BUDGETS = {
  /** Every HTML page: what fits in the first round trips of a slow connection. */
  html: 14 * KB,
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
   */
  filterJs: 4.5 * KB,
  /**
   * What a listing loads with the first selection (`src/scripts/listing-results.ts`): decoding
   * the listing's filter data, fetching and placing cards, the pages of the results.
   */
  listingJs: 3 * KB,
} as const;

export const formatKb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;
