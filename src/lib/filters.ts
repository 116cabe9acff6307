import { FACETS, MISSING_VALUE, type FacetKey, type VocabularyTerm } from '../vocabulary.ts';
import * as filterState from './filter-state.ts';
import { NOT_RATED_VALUE, type FilterGroupValues } from './filter-state.ts';

/**
 * The site's badge filter groups, with their labels, icons and descriptions, for the pages the
 * build renders (panels, counts, badge pages). The label-free logic, which the browser uses
 * with the groups it reads from the form, is in filter-state.ts.
 */

export interface FilterOption {
  readonly value: string;
  readonly label: string;
  readonly icon: string;
  readonly description: string;
}

export interface FilterGroupDefinition {
  /** URL parameter and entry field of the group. */
  readonly key: string;
  /** Fieldset legend. */
  readonly legend: string;
  /** The options in display order, "not rated" last. */
  readonly options: readonly FilterOption[];
}

function groupOf(key: FacetKey): FilterGroupDefinition & { key: FacetKey } {
  const facet = FACETS[key];
  const terms: Record<string, VocabularyTerm> = facet.terms;
  return {
    key,
    legend: facet.legend,
    options: [
      ...Object.entries(terms).map(([value, term]) => ({ value, ...term })),
      { value: MISSING_VALUE, icon: '', label: facet.missing.label, description: facet.missing.description },
    ],
  };
}

/** Every facet as a filter group, in display order, each "not rated" / "unknown" option last. */
export const FILTER_GROUPS = (['license', 'difficulty', 'deployment', 'status'] as const).map(groupOf);

export type FilterGroupKey = FacetKey;

/** The groups that apply to tools, and to learning resources (which have no deployment or status). */
export const TOOL_FILTER_KEYS: readonly FilterGroupKey[] = ['license', 'difficulty', 'deployment', 'status'];
export const RESOURCE_FILTER_KEYS: readonly FilterGroupKey[] = ['license', 'difficulty'];

/** The group definitions for the given keys, in display order. */
export function filterGroups(keys: readonly FilterGroupKey[]) {
  return FILTER_GROUPS.filter((group) => keys.includes(group.key));
}

/** Every group's key and values, in canonical order: what the URL and the browser need. */
export const FILTER_GROUP_VALUES: readonly FilterGroupValues<FilterGroupKey>[] = FILTER_GROUPS.map(
  (group) => ({
    key: group.key,
    values: group.options.map((option) => option.value),
  }),
);

export type FilterState = filterState.FilterState<FilterGroupKey>;
export type FacetValues = filterState.FacetValues<FilterGroupKey>;

// The label-free logic of filter-state.ts, bound to this site's groups.

export function facetValuesOf(entry: Partial<Record<FilterGroupKey, string | undefined>>): FacetValues {
  return filterState.facetValuesOf(entry, FILTER_GROUP_VALUES);
}

export function serializeFilterState(state: FilterState): string {
  return filterState.serializeFilterState(state, FILTER_GROUP_VALUES);
}

export function facetCounts(
  entries: readonly FacetValues[],
  state: FilterState,
): Record<FilterGroupKey, Map<string, number>> {
  return filterState.facetCounts(entries, state, FILTER_GROUP_VALUES);
}

export { NOT_RATED_VALUE, resultSummary } from './filter-state.ts';

/** Heading for a pre-rendered badge page: "Open source tools", "Tools not rated for difficulty". */
export function badgePageTitle(key: FilterGroupKey, value: string, noun: string): string {
  const group = FILTER_GROUPS.find((candidate) => candidate.key === key);
  const option = group?.options.find((candidate) => candidate.value === value);
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  if (!option) return capitalised;
  if (value === NOT_RATED_VALUE) return FACETS[key].missing.pageTitle(capitalised);
  return `${option.label} ${noun}`;
}

const countsCache = new WeakMap<readonly object[], Record<FilterGroupKey, Map<string, number>>>();

/**
 * Option counts of a whole listing with nothing selected. Every badge page shows the counts of
 * the full directory, so they are computed once per list of entries, not once per page.
 */
export function unfilteredCounts(
  entries: readonly Partial<Record<FilterGroupKey, string | undefined>>[],
): Record<FilterGroupKey, Map<string, number>> {
  const cached = countsCache.get(entries);
  if (cached) return cached;
  const counts = facetCounts(entries.map(facetValuesOf), {});
  countsCache.set(entries, counts);
  return counts;
}
