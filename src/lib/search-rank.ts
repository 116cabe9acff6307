/**
 * The order a practitioner expects of search results, on top of Pagefind's word scores. Pagefind
 * scores words; it cannot know that a shut-down service should not lead "experiment tracking", that
 * a tool listed under "Feature Stores" answers "feature store" better than one that mentions
 * the words, or that one feature store is the one the guides' checklists name. Each tool page
 * publishes those facts in its search record (status, the subcategories it is listed in, a small
 * standing score); this module orders a window of results by them. Pure, so the header
 * suggestions and the search page share it, and tested on its own.
 *
 * Order, most important first:
 * 1. a result whose name or alias is the query (a named tool comes first, even a retired one);
 * 2. living tools before unmaintained ones (dormant, deprecated, archived, discontinued);
 * 3. tools whose own subcategory is the job asked for, then those also listed under it, before
 *    tools that merely mention the words; the more established first in each;
 * 4. the rest by Pagefind's score, near ties broken by standing.
 */
import { isUnmaintainedStatus } from '../vocabulary-core.ts';
import { JOINING_WORDS } from './query-understanding.ts';
import {
  aliasesOf,
  comparableName,
  facetOf,
  readMetaList,
  uniqueByUrl,
  type ResultFilters,
} from './search.ts';

/** Meta keys of a tool's search record that ranking reads. */
export const RANK_META = {
  /** JSON list of subcategory names, its own first, then those of `alsoIn`. */
  jobs: 'jobs',
  /** Whole number, 0 and up: how established the tool is (see `searchStanding`). */
  standing: 'standing',
  /** JSON list of the slugs of its successors, for "alternatives to" a retired tool. */
  successors: 'successors',
} as const;

/**
 * How many results are ordered at once: Pagefind's first results, loaded (about 0.8 KB gzipped
 * each) so their records can be read; the first page's worth, so a first search loads no more
 * than it shows. The index weighs an established, living tool's job words more (`jobWeight`),
 * which brings the tools this order puts first into that window.
 */
export const RANK_WINDOW = 10;

/** Results beyond the window that score within this share of its last one are near ties. */
const NEAR_TIE = 0.9;

/**
 * How many of Pagefind's first results to read and order: the window, and beyond it (up to twice
 * the window) the results that score almost as well as its last one. Pagefind's order among near
 * ties is arbitrary ("kubernetes" scores twenty tools within 5% of each other), and standing
 * breaks them only among the results read.
 */
export function rankWindowSize(scores: readonly number[]): number {
  const edge = scores[RANK_WINDOW - 1];
  if (edge === undefined) return scores.length;
  let size = RANK_WINDOW;
  while (size < 2 * RANK_WINDOW && (scores[size] ?? 0) >= NEAR_TIE * edge && scores[size] !== undefined)
    size++;
  return size;
}

/** How much each point of standing raises a score among results that are not the job's tools. */
const STANDING_WEIGHT = 0.05;

type Meta = Readonly<Record<string, string | undefined>>;

export interface RankCandidate {
  readonly url: string;
  readonly meta: Meta;
  /** Its facet values; a tool's status among them. */
  readonly filters?: ResultFilters | undefined;
  /** Pagefind's score; results without one keep their place among equals. */
  readonly score?: number | undefined;
}

/** The subcategories a result is listed in, its own first. */
export function jobsOf(meta: Meta): string[] {
  return readMetaList(meta[RANK_META.jobs]);
}

export function successorsOf(meta: Meta): string[] {
  return readMetaList(meta[RANK_META.successors]);
}

export function standingOf(meta: Meta): number {
  const value = Number(meta[RANK_META.standing] ?? 0);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

export function isUnmaintained(result: Pick<RankCandidate, 'filters'>): boolean {
  return isUnmaintainedStatus(facetOf(result.filters, 'status'));
}

/** Joining words, and "ML", which names of jobs and queries about them add or leave out at will. */
const NOT_THE_JOB = new Set([...JOINING_WORDS, 'ml']);

/** A word's comparable stem: "registries" = "registry", "stores" = "store", "servers" = "server". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The meaningful words of a text, stemmed. */
export function jobWords(text: string): string[] {
  return comparableName(text)
    .split(' ')
    .filter((word) => word !== '' && !NOT_THE_JOB.has(word))
    .map(stem);
}

/**
 * Whether a query asks for a job: the query holds every word of the job's name ("open source
 * feature store" asks for Feature Stores) or is part of it ("model registry" asks for Model
 * Registries and Hubs, "monitoring" for Drift and Performance Monitoring).
 */
export function asksForJob(query: string, job: string): boolean {
  const asked = new Set(jobWords(query));
  const named = jobWords(job);
  if (asked.size === 0 || named.length === 0) return false;
  return named.every((word) => asked.has(word)) || [...asked].every((word) => named.includes(word));
}

/** 2 when the result's own subcategory is the job asked for, 1 when another listing of it is, else 0. */
export function jobMatch(query: string, meta: Meta): 0 | 1 | 2 {
  const [own, ...further] = jobsOf(meta);
  if (own !== undefined && asksForJob(query, own)) return 2;
  return further.some((job) => asksForJob(query, job)) ? 1 : 0;
}

/** Whether the query is exactly the result's name or one of its aliases. */
export function namesResult(query: string, meta: Meta): boolean {
  const wanted = comparableName(query);
  return (
    wanted !== '' && [meta['title'] ?? '', ...aliasesOf(meta)].some((name) => comparableName(name) === wanted)
  );
}

/**
 * Results in the order described above, each page once. `job` is the job the query asks for,
 * the query itself by default ("alternatives to X" passes X's subcategory).
 */
export function rankResults<T extends RankCandidate>(
  results: readonly T[],
  query: string,
  { job = query }: { job?: string } = {},
): T[] {
  const keyed = uniqueByUrl(results).map((result, position) => {
    const named = namesResult(query, result.meta);
    const match = jobMatch(job, result.meta);
    const standing = standingOf(result.meta);
    return {
      result,
      position,
      named,
      living: !isUnmaintained(result),
      match,
      standing,
      weighted: (result.score ?? 0) * (1 + STANDING_WEIGHT * standing),
    };
  });
  keyed.sort(
    (a, b) =>
      Number(b.named) - Number(a.named) ||
      Number(b.living) - Number(a.living) ||
      b.match - a.match ||
      (a.match > 0 ? b.standing - a.standing : 0) ||
      b.weighted - a.weighted ||
      a.position - b.position,
  );
  return keyed.map((item) => item.result);
}

/**
 * The Pagefind weight of the words of a tool's job (its subcategories, topics and capabilities):
 * Pagefind ranks only the pages it scores first, so the established and living tools that do a
 * job must already score above those that merely mention it. 5 plus half a point per point of
 * standing (up to 8); an unmaintained tool's job words weigh 3, below any living tool's.
 */
export function jobWeight(standing: number, unmaintained: boolean): number {
  return unmaintained ? 3 : 5 + Math.min(standing, 6) / 2;
}

/** The facts of a tool that make it established, as recorded in the guide. */
export interface StandingFacts {
  /** How many checklist items of the guides name it. */
  readonly checklistMentions: number;
  /** Its foundation level, for foundation projects. */
  readonly maturity?: string | undefined;
  /** Year of its first public release. */
  readonly firstReleaseYear?: number | undefined;
  /** GitHub stars, when collected. */
  readonly stars?: number | null | undefined;
  /** In how many of the major curated lists it is (the coverage snapshot), when read. */
  readonly curatedLists?: number | undefined;
}

/**
 * How established a tool is, as a small whole number: named by the guides' checklists (up to 3),
 * a graduated (2) or incubating (1) foundation project, released years before the directory's
 * newest tool (1 at five years, 2 at ten), widely starred (1 from 10,000), and included by the
 * major curated lists (1 from two lists, 2 from four). Relative to the directory's own newest
 * first release, so the same content always ranks the same.
 */
export function searchStanding(facts: StandingFacts, newestReleaseYear: number): number {
  const maturity = facts.maturity === 'graduated' || facts.maturity === 'top-level' ? 2 : 0;
  const incubating = facts.maturity === 'incubating' ? 1 : 0;
  const age = facts.firstReleaseYear === undefined ? 0 : newestReleaseYear - facts.firstReleaseYear;
  const aged = age >= 10 ? 2 : age >= 5 ? 1 : 0;
  const starred = (facts.stars ?? 0) >= 10_000 ? 1 : 0;
  const lists = facts.curatedLists ?? 0;
  const listed = lists >= 4 ? 2 : lists >= 2 ? 1 : 0;
  return Math.min(facts.checklistMentions, 3) + maturity + incubating + aged + starred + listed;
}
