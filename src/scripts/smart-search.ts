import { editDistance } from '../lib/suggest.ts';
import {
  aliasesOf,
  comparableName,
  facetOf,
  RESULTS_PAGE_SIZE,
  type PagefindFilters,
} from '../lib/search.ts';
import {
  RANK_WINDOW,
  jobsOf,
  namesResult,
  rankResults,
  rankWindowSize,
  successorsOf,
} from '../lib/search-rank.ts';
import { bestExcerpt, sentencesOf, type ExcerptPart } from '../lib/search-excerpt.ts';
import { understandQuery } from '../lib/query-understanding.ts';
import { toolSlugOf } from '../lib/routes.ts';

export { facetOffers, searchWords } from '../lib/query-understanding.ts';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind.ts';

/** A link offered above the results: the comparison a query asks for, a tool's rivals. */
export interface SearchOffer {
  readonly label: string;
  readonly href: string;
}

/** A loaded result with its Pagefind score, as ranking reads it. */
export type ScoredResult = PagefindResultData & { readonly score: number };

export interface SmartResults {
  /** The first results (up to RANK_WINDOW), loaded and ranked. */
  readonly first: ScoredResult[];
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

const isTool = (result: PagefindResultData) => facetOf(result.filters, 'kind') === 'tool';
const slugOf = (result: PagefindResultData) => toolSlugOf(result.url);

/** Loads the first results of a response (their records are what ranking reads). */
const loadWindow = (results: readonly PagefindResult[], size = RANK_WINDOW): Promise<ScoredResult[]> =>
  Promise.all(
    results.slice(0, size).map(async (result) => ({ ...(await result.data()), score: result.score })),
  );

/** The alternatives to a tool are read from twice the window, so its successors are in it. */
const ALTERNATIVES_WINDOW = 2 * RANK_WINDOW;

/** Words as they are, then, for one misspelt word, the names that start alike and are close. */
async function wordsSearch(pagefind: Pagefind, words: string, options: SmartSearchOptions, asked = words) {
  const response = await pagefind.search(words, {
    ...(options.filters ? { filters: options.filters } : {}),
    sort: options.sort,
  });
  // Ranked by the query as typed, so "git for data" still names the tool aliased so.
  const size = rankWindowSize(response.results.map((result) => result.score));
  const first = rankResults(await loadWindow(response.results, size), asked, { job: words });
  const wanted = comparableName(words);
  const exact = (result: PagefindResultData) => namesResult(words, result.meta);
  // A single word that names nothing exactly may be a typo ("mlfow"): try names that begin like it.
  if (!options.sort && /^\S{5,}$/.test(wanted) && !first.some(exact)) {
    const prefix = await pagefind.search(
      wanted.slice(0, 3),
      options.filters ? { filters: options.filters } : {},
    );
    const candidates = await Promise.all(
      prefix.results
        .slice(0, RESULTS_PAGE_SIZE)
        .map(async (result) => ({ ...(await result.data()), score: result.score })),
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
      rest: response.results.slice(size),
    };
  }
  return { first, rest: response.results.slice(size) };
}

/**
 * A search that understands what the query asks: "X vs Y" offers their comparison and puts both
 * first, "alternatives to X" lists the tools of X's category, anything else searches its words
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
    const named = (side: string) => (result: ScoredResult) =>
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
    const category = tool?.meta['category'];
    if (tool && category) {
      // The tools of its category, those that do its job first: searched by its subcategory's name,
      // then the rest of the category.
      const [job = ''] = jobsOf(tool.meta);
      const filters = { ...options.filters, kind: { any: ['tool'] }, category: { any: [category] } };
      const [byJob, all] = await Promise.all([
        job ? pagefind.search(job, { filters }) : undefined,
        pagefind.search(null, { filters }),
      ]);
      const seen = new Set<string>();
      const mates = [...(byJob?.results ?? []), ...all.results].filter((result) =>
        seen.has(result.id) ? false : (seen.add(result.id), true),
      );
      const loaded = (await loadWindow(mates, ALTERNATIVES_WINDOW)).filter(
        (result) => result.url !== tool.url,
      );
      // A retired tool's successors lead, in the order its entry gives them.
      const successors = successorsOf(tool.meta);
      const place = (result: ScoredResult) => {
        const index = successors.indexOf(slugOf(result) ?? '');
        return index < 0 ? successors.length : index;
      };
      const ranked = rankResults(loaded, '', { job }).sort((a, b) => place(a) - place(b));
      return {
        first: ranked,
        rest: mates.slice(ALTERNATIVES_WINDOW),
        offers: [{ label: `Rivals of ${tool.meta['title'] ?? ''}, compared`, href: `${tool.url}#rivals` }],
      };
    }
  }
  const words = intent.kind === 'words' ? intent.words : query;
  return { ...(await wordsSearch(pagefind, words, options, query)), offers: [] };
}

/** Parts of a sentence as text and <mark> elements, so no other markup can get in. */
function appendParts(element: HTMLElement, parts: readonly ExcerptPart[]): HTMLElement {
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      element.append(mark);
    } else element.append(part.text);
  }
  return element;
}

/**
 * What a result shows under its name: its tagline, and the sentence of its page that holds most
 * of the query's words, both with those words marked (text and <mark> elements only). Sentences
 * come from the page's own text, never from the words its search record adds for ranking.
 */
export function resultText(result: PagefindResultData, query: string): HTMLElement[] {
  const paragraph = (className: string, parts: readonly ExcerptPart[]) => {
    const element = document.createElement('p');
    element.className = className;
    return appendParts(element, parts);
  };
  const sentences = sentencesOf(result.meta, result.content);
  const best = bestExcerpt(sentences, query);
  const shown: HTMLElement[] = [];
  const [tagline = ''] = sentences;
  if (tagline)
    shown.push(
      paragraph('result-tagline', best?.index === 0 ? best.parts : [{ text: tagline, marked: false }]),
    );
  if (best && best.index > 0) shown.push(paragraph('result-excerpt', best.parts));
  return shown;
}
