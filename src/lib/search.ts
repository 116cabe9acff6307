/**
 * Search state and its translation to Pagefind: what the search page reads from and writes to
 * its URL (`?q=…&license=a,b&category=c`), and the filter objects Pagefind expects. Facet
 * names and values are the badge filters' ones, so one URL convention serves both.
 */
import { SORT_PARAM, isSortOrder, type SortOrder } from './upstream-view.ts';
import { readAllowed, readableQuery } from './url-list.ts';

/** Allowed values per facet key, in display order. */
export type FacetVocabulary = Readonly<Record<string, readonly string[]>>;

export interface SearchState {
  readonly query: string;
  /** Selected values per facet, only allowed ones, in vocabulary order. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** An order other than relevance (`?sort=stars`): tools only, the whole directory. */
  readonly sort?: SortOrder | undefined;
}

/**
 * Up to this many searchable pages, the search page counts every facet's options with the first
 * search. Counting needs Pagefind's whole filter index (about 2 KB gzipped per facet per 1,000
 * pages); beyond it the counts load once the person reaches for the filters, which keeps a first
 * search at 10,000 tools within its budget.
 */
export const EAGER_FACET_COUNTS_MAX_PAGES = 1000;

/** How many results the page shows at first and adds per "Show more". */
export const RESULTS_PAGE_SIZE = 10;

export function parseSearchState(search: string | URLSearchParams, vocabulary: FacetVocabulary): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Record<string, string[]> = {};
  for (const [key, allowed] of Object.entries(vocabulary)) {
    const values = readAllowed(params, key, allowed);
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get(SORT_PARAM);
  return {
    query: (params.get('q') ?? '').trim().replace(/\s+/g, ' '),
    filters,
    ...(isSortOrder(sort) ? { sort } : {}),
  };
}

/** `q=…&license=a,b`, facets in vocabulary order; empty parts left out. */
export function serializeSearchState(state: SearchState, vocabulary: FacetVocabulary): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [key, allowed] of Object.entries(vocabulary)) {
    const selected = new Set(state.filters[key] ?? []);
    const values = allowed.filter((value) => selected.has(value));
    if (values.length > 0) params.set(key, values.join(','));
  }
  if (state.sort) params.set(SORT_PARAM, state.sort);
  return readableQuery(params);
}

export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Pagefind filters for a selection: OR within a facet (`any`), AND across facets. `except`
 * leaves one facet out, which is how that facet's own option counts are obtained.
 */
export function toPagefindFilters(filters: SearchState['filters'], except?: string): PagefindFilters {
  const result: PagefindFilters = {};
  for (const [key, values] of Object.entries(filters)) {
    if (key !== except && values.length > 0) result[key] = { any: [...values] };
  }
  return result;
}

/** Results without repeats of the same page (Pagefind can return a URL once per sub-result). */
export function uniqueByUrl<T extends { url: string }>(results: readonly T[]): T[] {
  const seen = new Set<string>();
  return results.filter((result) => {
    const key = result.url.replace(/[#?].*$/, '').replace(/\/?$/, '/');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The sentence announced after every search. */
/**
 * "12 results for “model” · filtered by Open source, Beginner": the count and the active filters,
 * read before the results and the filter panel. `filters` are the labels of the options on.
 */
export function searchSummary(count: number, query: string, filters: readonly string[]): string {
  const noun = count === 1 ? 'result' : 'results';
  const about = query ? ` for “${query}”` : '';
  const narrowed = filters.length > 0 ? ` · filtered by ${filters.join(', ')}` : '';
  return `${count} ${noun}${about}${narrowed}`;
}

/** True when the state asks for nothing: no words and no filters. */
export function isBlankSearch(state: SearchState): boolean {
  return (
    state.query === '' && !state.sort && Object.values(state.filters).every((values) => values.length === 0)
  );
}

/** A name as people type it: case, accents, punctuation and spacing ignored ("W&B" = "w b"). */
export function comparableName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Meta key holding an entry's aliases, as a JSON list of strings. */
export const ALIASES_META = 'aliases';

/** Meta key of the status label of a tool that is not active ("Discontinued"). */
export const STATUS_LABEL_META = 'statusLabel';

/**
 * A list as one Pagefind meta value: JSON, with the commas and colons inside its strings escaped
 * (`\u002c`, `\u003a`) so no part of a value can read as a further `key:value` pair.
 */
export function metaList(items: readonly string[]): string {
  return JSON.stringify(items).replace(/"(?:[^"\\]|\\.)*"/g, (text) =>
    text.replace(/,/g, '\\u002c').replace(/:/g, '\\u003a'),
  );
}

/** A list recorded with `metaList` (or as plain JSON); anything malformed counts as none. */
export function readMetaList(recorded: string | undefined): string[] {
  if (!recorded) return [];
  try {
    const parsed: unknown = JSON.parse(recorded);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * A result's facet values, as Pagefind records its page's filters ("license" → ["open-source"]).
 * Facets are filters only, never meta: Pagefind indexes every meta value as words of the page,
 * and "not rated", "tool" or "beginner" on thousands of pages weighed down every search.
 */
export type ResultFilters = Readonly<Record<string, readonly string[] | undefined>>;

/** The first value a result records for a facet, or undefined. */
export function facetOf(filters: ResultFilters | undefined, key: string): string | undefined {
  return filters?.[key]?.[0];
}

/** The aliases recorded in a result's meta; anything malformed counts as none. */
export function aliasesOf(meta: Readonly<Record<string, string | undefined>>): string[] {
  return readMetaList(meta[ALIASES_META]);
}
