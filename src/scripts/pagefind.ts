import type { PagefindFilters, ResultFilters } from '../lib/search.ts';

/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) this site uses. */
export interface PagefindResultData {
  readonly url: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  /** The page's facet values (`data-pagefind-filter`). */
  readonly filters?: ResultFilters;
  /** Where the words matched: page text with each match in <mark>, otherwise escaped. */
  readonly excerpt?: string;
  /** The page's indexed text, blocks ended with full stops. */
  readonly content?: string;
}

export interface PagefindResult {
  readonly id: string;
  /** Pagefind's relevance score for the query (higher is better). */
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface PagefindResponse {
  readonly results: readonly PagefindResult[];
  readonly filters: FilterCounts;
}

export interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> | undefined },
  ): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
  preload(term: string): Promise<void>;
}

let loading: Promise<Pagefind | undefined> | undefined;

/**
 * Loads Pagefind once, on demand. Resolves to undefined where no index exists (`astro dev`),
 * so callers can say so instead of failing. `filters: true` also loads the filter index up
 * front, which only facet counts need (searches started before it arrives report no counts);
 * the header suggestions and the pickers leave it out, which at 10,000 tools saves most of a
 * first search's transfer.
 */
export async function loadPagefind({ filters = false }: { filters?: boolean } = {}): Promise<
  Pagefind | undefined
> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)
    .then(async (module: Pagefind) => {
      // Search runs in the page, not in Pagefind's web worker: the worker is a second copy of
      // the search code (12 KB gzipped, a twelfth of a first search's transfer), and the same
      // WebAssembly answers from the same index either way.
      await module.options({ baseUrl: base, noWorker: true });
      await module.init();
      return module;
    })
    .catch(() => {
      // A failed load (a dropped connection) is tried again by the next search, not remembered.
      loading = undefined;
      return undefined;
    });
  const module = await loading;
  if (filters) await module?.filters();
  return module;
}
