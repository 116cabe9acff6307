import type { Page } from '@playwright/test';
import { RANK_WINDOW } from '../../src/lib/search-rank.ts';
import type { PagefindFilters } from '../../src/lib/search.ts';
import type { Pagefind, PagefindResponse, PagefindResultData } from '../../src/scripts/pagefind.ts';
import { smartSearch } from '../../src/scripts/smart-search.ts';

interface Found {
  readonly ids: readonly { readonly id: string; readonly score: number }[];
  /** The data of the first results, loaded in the same round trip. */
  readonly data: Readonly<Record<string, PagefindResultData>>;
  readonly filters: PagefindResponse['filters'];
}

declare global {
  interface Window {
    /** The results of the site's Pagefind by id, so Node can load any of them. */
    searchResults?: Map<string, { data(): Promise<PagefindResultData> }>;
  }
}

/**
 * The site's own search (`smartSearch`, as the header suggestions and the search page run it),
 * run from Node against the Pagefind index of the page open in the browser. Each query costs a
 * few round trips instead of a page load, so invariants can ask hundreds of queries.
 */
export function browserPagefind(page: Page): Pagefind {
  const search = async (term: string | null, options?: { filters?: PagefindFilters }) => {
    const found = await page.evaluate(
      async ([term, filters, window]): Promise<Found> => {
        const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as {
          search(
            term: string | null,
            options: object,
          ): Promise<{
            results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
            filters: PagefindResponse['filters'];
          }>;
        };
        const response = await pagefind.search(term, filters ? { filters } : {});
        const results = (globalThis.window.searchResults ??= new Map());
        for (const result of response.results) results.set(result.id, result);
        const first = await Promise.all(
          response.results
            .slice(0, window + 1)
            .map(async (result) => [result.id, await result.data()] as const),
        );
        return {
          ids: response.results.map((result) => ({ id: result.id, score: result.score })),
          data: Object.fromEntries(first),
          filters: response.filters,
        };
      },
      [term, options?.filters, RANK_WINDOW] as const,
    );
    return {
      filters: found.filters,
      results: found.ids.map(({ id, score }) => ({
        id,
        score,
        data: async () =>
          found.data[id] ??
          (await page.evaluate(async (id) => {
            const result = window.searchResults?.get(id);
            if (!result) throw new Error(`no search result ${id}`);
            return result.data();
          }, id)),
      })),
    };
  };
  return {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    filters: () => Promise.resolve({}),
    preload: () => Promise.resolve(),
    search,
  };
}

/** The titles of the first results of a query, in the order the site shows them. */
export async function searchTitles(pagefind: Pagefind, query: string): Promise<string[]> {
  const { first } = await smartSearch(pagefind, query, { compareBase: '/compare/' });
  return first.map((result) => result.meta['title'] ?? result.url);
}
