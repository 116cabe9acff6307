/**
 * Scoring a search against a relevance set: whether the tools a query must find are in the first
 * 3 and the first 10 results, and the reciprocal rank of the first one. Pure, so the runner
 * (`npm run bench:search`) and its tests share it.
 */

/** A relevance set: its queries and the content they are asked of. */
export interface RelevanceSet {
  readonly id: 'fixture' | 'real';
  readonly label: string;
  /** The queries, relative to the repository. */
  readonly file: string;
  /** The content the site is built from, relative to the repository. */
  readonly contentDir: string;
}

/**
 * The frozen fixture's set measures the engine on content that never changes; the real guide's
 * set measures what people get today, and changes with the entries it names.
 */
export const RELEVANCE_SETS: readonly RelevanceSet[] = [
  {
    id: 'fixture',
    label: 'Fixture site',
    file: 'tests/fixtures/search-relevance.yaml',
    contentDir: 'tests/fixtures/content',
  },
  {
    id: 'real',
    label: 'Real guide',
    file: 'tests/fixtures/search-relevance-real.yaml',
    contentDir: 'content',
  },
];

export interface RelevanceQuery {
  readonly query: string;
  /** Tools that must be among the first 3 results. */
  readonly top3?: readonly string[];
  /** Tools that must be among the first 10 (those of top3 too). */
  readonly top10?: readonly string[];
}

export interface QueryOutcome {
  readonly query: string;
  /** Result names in order, as the page shows them. */
  readonly ranked: readonly string[];
  /** Undefined when the query names no top-3 tool. */
  readonly hit3: boolean | undefined;
  readonly hit10: boolean;
  /** 1 / rank of the first expected tool (the first of top3, else of top10); 0 when absent. */
  readonly reciprocalRank: number;
}

export interface RelevanceSummary {
  readonly queries: number;
  /** Share of queries with a top-3 list whose tools all rank in the first 3. */
  readonly successAt3: number;
  /** Share of queries whose expected tools all rank in the first 10. */
  readonly successAt10: number;
  readonly meanReciprocalRank: number;
}

const within = (ranked: readonly string[], limit: number, wanted: readonly string[]) =>
  wanted.every((name) => ranked.slice(0, limit).includes(name));

export function scoreQuery(query: RelevanceQuery, ranked: readonly string[]): QueryOutcome {
  const top3 = query.top3 ?? [];
  const top10 = [...top3, ...(query.top10 ?? [])];
  const first = top10[0];
  const rank = first === undefined ? -1 : ranked.indexOf(first);
  return {
    query: query.query,
    ranked,
    hit3: top3.length > 0 ? within(ranked, 3, top3) : undefined,
    hit10: within(ranked, 10, top10),
    reciprocalRank: rank < 0 ? 0 : 1 / (rank + 1),
  };
}

export function summarize(outcomes: readonly QueryOutcome[]): RelevanceSummary {
  const withTop3 = outcomes.filter((outcome) => outcome.hit3 !== undefined);
  const share = (hits: number, total: number) => (total === 0 ? 0 : hits / total);
  return {
    queries: outcomes.length,
    successAt3: share(withTop3.filter((outcome) => outcome.hit3).length, withTop3.length),
    successAt10: share(outcomes.filter((outcome) => outcome.hit10).length, outcomes.length),
    meanReciprocalRank: share(
      outcomes.reduce((sum, outcome) => sum + outcome.reciprocalRank, 0),
      outcomes.length,
    ),
  };
}
