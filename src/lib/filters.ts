import {
  DEPLOYMENTS,
  DEPLOYMENT_VALUES,
  DIFFICULTIES,
  DIFFICULTY_VALUES,
  LICENSES,
  LICENSE_VALUES,
  NOT_RATED,
  STATUSES,
  STATUS_VALUES,
} from '../vocabulary.ts';

/**
 * Badge filters: which entries a set of selected badge values keeps, how many each option would
 * keep, and how the selection is written in a URL. Pure and shared by the pages (counts at build
 * time) and the browser (live filtering).
 */

/** Value standing for "this entry has no badge in this group". */
export const NOT_RATED_VALUE = 'not-rated';

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

const notRatedOption: FilterOption = { value: NOT_RATED_VALUE, icon: '', ...NOT_RATED };
/** For facts rather than ratings (deployment, status) a missing value is "unknown". */
const unknownOption: FilterOption = {
  value: NOT_RATED_VALUE,
  icon: '',
  label: 'Unknown',
  description: 'The guide does not know this yet.',
};

export const FILTER_GROUPS = [
  {
    key: 'license',
    legend: 'Licence and pricing',
    options: [...LICENSE_VALUES.map((value) => ({ value, ...LICENSES[value] })), notRatedOption],
  },
  {
    key: 'difficulty',
    legend: 'Difficulty',
    options: [...DIFFICULTY_VALUES.map((value) => ({ value, ...DIFFICULTIES[value] })), notRatedOption],
  },
  {
    key: 'deployment',
    legend: 'Deployment',
    options: [...DEPLOYMENT_VALUES.map((value) => ({ value, ...DEPLOYMENTS[value] })), unknownOption],
  },
  {
    key: 'status',
    legend: 'Status',
    options: [...STATUS_VALUES.map((value) => ({ value, ...STATUSES[value] })), unknownOption],
  },
] as const satisfies readonly FilterGroupDefinition[];

export type FilterGroupKey = (typeof FILTER_GROUPS)[number]['key'];

/** The groups that apply to tools, and to learning resources (which have no deployment or status). */
export const TOOL_FILTER_KEYS: readonly FilterGroupKey[] = ['license', 'difficulty', 'deployment', 'status'];
export const RESOURCE_FILTER_KEYS: readonly FilterGroupKey[] = ['license', 'difficulty'];

/** The group definitions for the given keys, in display order. */
export function filterGroups(keys: readonly FilterGroupKey[]) {
  return FILTER_GROUPS.filter((group) => keys.includes(group.key));
}

/** Selected values per group; an absent or empty group does not filter. */
export type FilterState = Partial<Record<FilterGroupKey, readonly string[]>>;

/** The badge values of one entry, "not-rated" where it has none. */
export type FacetValues = Record<FilterGroupKey, string>;

export function facetValuesOf(entry: Partial<Record<FilterGroupKey, string | undefined>>): FacetValues {
  return {
    license: entry.license ?? NOT_RATED_VALUE,
    difficulty: entry.difficulty ?? NOT_RATED_VALUE,
    deployment: entry.deployment ?? NOT_RATED_VALUE,
    status: entry.status ?? NOT_RATED_VALUE,
  };
}

/** Reads filters from a query string. Accepts `a,b` and repeated keys; ignores unknown values. */
export function parseFilterState(search: string | URLSearchParams): FilterState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: FilterState = {};
  for (const group of FILTER_GROUPS) {
    const requested = new Set(
      params
        .getAll(group.key)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim().toLowerCase()),
    );
    const values = group.options.map((option) => option.value).filter((value) => requested.has(value));
    if (values.length > 0) state[group.key] = values;
  }
  return state;
}

/** Writes filters as `license=a,b&difficulty=c`, groups and values in their canonical order. */
export function serializeFilterState(state: FilterState): string {
  return FILTER_GROUPS.flatMap((group) => {
    const selected = new Set(state[group.key] ?? []);
    const values = group.options.map((option) => option.value).filter((value) => selected.has(value));
    return values.length > 0 ? [`${group.key}=${values.join(',')}`] : [];
  }).join('&');
}

/** True when nothing is selected. */
export function isEmptyState(state: FilterState): boolean {
  return FILTER_GROUPS.every((group) => (state[group.key] ?? []).length === 0);
}

/** Whether an entry passes every group except `ignoredGroup` (OR within a group, AND across). */
export function matchesFilters(
  values: FacetValues,
  state: FilterState,
  ignoredGroup?: FilterGroupKey,
): boolean {
  return FILTER_GROUPS.every((group) => {
    if (group.key === ignoredGroup) return true;
    const selected = state[group.key] ?? [];
    return selected.length === 0 || selected.includes(values[group.key]);
  });
}

/**
 * For every option, how many entries the listing would show if that option were added to (or
 * already part of) the selection: entries that pass the other groups and carry this value.
 */
export function facetCounts(
  entries: readonly FacetValues[],
  state: FilterState,
): Record<FilterGroupKey, Map<string, number>> {
  const counts = {} as Record<FilterGroupKey, Map<string, number>>;
  for (const group of FILTER_GROUPS) {
    const groupCounts = new Map<string, number>(group.options.map((option) => [option.value, 0]));
    for (const entry of entries) {
      if (!matchesFilters(entry, state, group.key)) continue;
      const value = entry[group.key];
      groupCounts.set(value, (groupCounts.get(value) ?? 0) + 1);
    }
    counts[group.key] = groupCounts;
  }
  return counts;
}

/** "12 of 37 tools", or "37 tools" when nothing is filtered out. */
export function resultSummary(shown: number, total: number, noun: string): string {
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}

/** Heading for a pre-rendered badge page: "Open source tools", "Tools not rated for difficulty". */
export function badgePageTitle(key: FilterGroupKey, value: string, noun: string): string {
  const group = FILTER_GROUPS.find((candidate) => candidate.key === key);
  const option = group?.options.find((candidate) => candidate.value === value);
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  if (!option) return capitalised;
  if (value === NOT_RATED_VALUE) {
    return option.label === 'Unknown'
      ? `${capitalised} of unknown ${group?.legend.toLowerCase()}`
      : `${capitalised} not rated for ${group?.legend.toLowerCase()}`;
  }
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
