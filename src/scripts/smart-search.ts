import { editDistance } from '../lib/suggest.ts';
import {
  aliasesOf,
  comparableName,
  rankFirstResults,
  RESULTS_PAGE_SIZE,
  type PagefindFilters,
} from '../lib/search.ts';
import { understandQuery } from '../lib/query-understanding.ts';
import { toolSlugOf } from '../lib/routes.ts';

export { facetOffers, searchWords } from '../lib/query-understanding.ts';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind.ts';

/** A link offered above the results: the comparison a query asks for, a tool's rivals. */
export interface SearchOffer {
  readonly label: string;
  readonly href: string;
}

export interface SmartResults {
  /** The first results, loaded and ranked. */
  readonly first: PagefindResultData[];
  /** The rest, loaded when shown. */
  readonly rest: readonly PagefindResult[];
  readonly offers: SearchOffer[];
}

export interface SmartSearchOptions {
  readonly filters?: PagefindFilters;
  readonly sort?: Record<string, 'asc' | 'desc'> | undefined;
  /** `/compare/` and `/tools/` of the site, for offers. */
  readonly compareBase: string;
}

const isTool = (result: PagefindResultData) => result.meta['kind'] === 'tool';
const slugOf = (result: PagefindResultData) => toolSlugOf(result.url);

/** Words as they are, then, for one misspelt word, the names that start alike and are close. */
async function wordsSearch(pagefind: Pagefind, words: string, options: SmartSearchOptions) {
  const response = await pagefind.search(words, {
    ...(options.filters ? { filters: options.filters } : {}),
    sort: options.sort,
  });
  const first = rankFirstResults(
    await Promise.all(response.results.slice(0, RESULTS_PAGE_SIZE).map((result) => result.data())),
    words,
  );
  const wanted = comparableName(words);
  const exact = (result: PagefindResultData) =>
    [result.meta['title'] ?? '', ...aliasesOf(result.meta)].some((name) => comparableName(name) === wanted);
  // A single word that names nothing exactly may be a typo ("mlfow"): try names that begin like it.
  if (!options.sort && /^\S{5,}$/.test(wanted) && !first.some(exact)) {
    const prefix = await pagefind.search(
      wanted.slice(0, 3),
      options.filters ? { filters: options.filters } : {},
    );
    const candidates = await Promise.all(
      prefix.results.slice(0, RESULTS_PAGE_SIZE).map((result) => result.data()),
    );
    const names = (result: PagefindResultData) =>
      [result.meta['title'] ?? '', ...aliasesOf(result.meta)].map(comparableName);
    const nearest = (result: PagefindResultData) =>
      Math.min(...names(result).map((name) => editDistance(name, wanted)));
    // Names whose first word is within two edits, the closest whole name first.
    const close = candidates
      .filter((result) => names(result).some((name) => editDistance(name.split(' ')[0] ?? '', wanted) <= 2))
      .sort((a, b) => nearest(a) - nearest(b));
    const seen = new Set(close.map((result) => result.url));
    return {
      first: [...close, ...first.filter((result) => !seen.has(result.url))],
      rest: response.results.slice(RESULTS_PAGE_SIZE),
    };
  }
  return { first, rest: response.results.slice(RESULTS_PAGE_SIZE) };
}

/**
 * A search that understands what the query asks: "X vs Y" offers their comparison and puts both
 * first, "alternatives to X" lists the tools of X's section, anything else searches its words
 * (joining words left out, a likely typo corrected).
 */
export async function smartSearch(
  pagefind: Pagefind,
  query: string,
  options: SmartSearchOptions,
): Promise<SmartResults> {
  const intent = understandQuery(query);
  if (intent.kind === 'compare') {
    const [left, right] = await Promise.all(intent.sides.map((side) => wordsSearch(pagefind, side, options)));
    // Each side must name its tool, so "open source or managed" is no comparison.
    const named = (side: string) => (result: PagefindResultData) =>
      isTool(result) &&
      [result.meta['title'] ?? '', ...aliasesOf(result.meta)].some((name) =>
        ` ${comparableName(name)} `.includes(` ${comparableName(side)} `),
      );
    const a = left?.first.find(named(intent.sides[0]));
    const b = right?.first.find(named(intent.sides[1]));
    if (a && b && a.url !== b.url) {
      const both = [a, b];
      const others = [...(left?.first ?? []), ...(right?.first ?? [])].filter(
        (result, index, all) =>
          !both.includes(result) && all.findIndex((other) => other.url === result.url) === index,
      );
      const slugs = [slugOf(a), slugOf(b)];
      return {
        first: [a, b, ...others].slice(0, RESULTS_PAGE_SIZE),
        rest: [],
        offers: slugs.every(Boolean)
          ? [
              {
                label: `Compare ${a.meta['title'] ?? ''} and ${b.meta['title'] ?? ''}`,
                href: `${options.compareBase}?tools=${slugs.join(',')}`,
              },
            ]
          : [],
      };
    }
  }
  if (intent.kind === 'alternatives') {
    const found = await wordsSearch(pagefind, intent.of, options);
    const tool = found.first.find(isTool);
    const section = tool?.meta['category'];
    if (tool && section) {
      const mates = await pagefind.search(null, {
        filters: { ...options.filters, kind: { any: ['tool'] }, category: { any: [section] } },
      });
      const data = await Promise.all(
        mates.results.slice(0, RESULTS_PAGE_SIZE + 1).map((result) => result.data()),
      );
      return {
        first: data.filter((result) => result.url !== tool.url).slice(0, RESULTS_PAGE_SIZE),
        rest: mates.results.slice(RESULTS_PAGE_SIZE + 1),
        offers: [{ label: `Rivals of ${tool.meta['title'] ?? ''}, compared`, href: `${tool.url}#rivals` }],
      };
    }
  }
  const words = intent.kind === 'words' ? intent.words : query;
  return { ...(await wordsSearch(pagefind, words, options)), offers: [] };
}

/**
 * Why a result matched: Pagefind's excerpt, whose only markup is <mark> around the matched
 * words, rebuilt as text and <mark> elements so no other markup can get in.
 */
export function excerptOf(excerpt: string | undefined): HTMLElement | undefined {
  if (!excerpt || !excerpt.includes('<mark>')) return undefined;
  const paragraph = document.createElement('p');
  paragraph.className = 'result-excerpt';
  const decode = (text: string) => new DOMParser().parseFromString(text, 'text/html').body.textContent ?? '';
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1] ?? '');
      paragraph.append(mark);
    } else if (part) paragraph.append(decode(part.replace(/<[^>]*>/g, '')));
  });
  return paragraph;
}
