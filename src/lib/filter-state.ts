/**
 * The badge-filter logic that needs no labels: which entries a selection keeps, how many each
 * option would keep, and how a selection is written in a URL. The groups and their values are
 * passed in, so the browser can take them from the filter form and load none of the vocabulary's
 * labels, icons and descriptions (`filters.ts` binds them to the site's groups for the build).
 */
import { readAllowed, writeList } from './url-list.ts';

import { MISSING_VALUE } from '../vocabulary-core.ts';

/** A filter group as the URL knows it: its key and its values in canonical order. */
export interface FilterGroupValues<Key extends string = string> {
  readonly key: Key;
  readonly values: readonly string[];
}

/** Selected values per group; an absent or empty group does not filter. */
export type FilterState<Key extends string = string> = Partial<Record<Key, readonly string[]>>;

/**
 * The facet values of one entry, "not-rated" where it has none. Most facets hold one value; some
 * hold several (a tool listed in two categories, an SDK in three languages).
 */
export type FacetValues<Key extends string = string> = Record<Key, readonly string[]>;

/**
 * An entry's values as the build or a card's `data-*` attributes give them: one value, a list,
 * or several values in one space-separated attribute.
 */
export type RawFacetValue = string | readonly string[] | undefined;

export function facetValuesOf<Key extends string>(
  entry: Partial<Record<Key, RawFacetValue>>,
  groups: readonly FilterGroupValues<Key>[],
): FacetValues<Key> {
  const values = {} as FacetValues<Key>;
  for (const { key } of groups) values[key] = valueList(entry[key]);
  return values;
}

function valueList(raw: RawFacetValue): readonly string[] {
  const list = typeof raw === 'string' ? raw.split(/\s+/) : (raw ?? []);
  const values = list.filter((value) => value !== '');
  return values.length > 0 ? values : [MISSING_VALUE];
}

/** Reads filters from a query string. Accepts `a,b` and repeated keys; ignores unknown values. */
export function parseFilterState<Key extends string>(
  search: string | URLSearchParams,
  groups: readonly FilterGroupValues<Key>[],
): FilterState<Key> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: FilterState<Key> = {};
  for (const group of groups) {
    const values = readAllowed(params, group.key, group.values);
    if (values.length > 0) state[group.key] = values;
  }
  return state;
}

/** Writes filters as `license=a,b&difficulty=c`, groups and values in their canonical order. */
export function serializeFilterState<Key extends string>(
  state: FilterState<Key>,
  groups: readonly FilterGroupValues<Key>[],
): string {
  return groups
    .flatMap((group) => {
      const selected = new Set(state[group.key] ?? []);
      const values = group.values.filter((value) => selected.has(value));
      return values.length > 0 ? [writeList(group.key, values)] : [];
    })
    .join('&');
}

/** True when nothing is selected. */
export function isEmptyState(state: FilterState): boolean {
  return Object.values<readonly string[] | undefined>(state).every((values) => (values ?? []).length === 0);
}

/** Whether an entry passes every group except `ignoredGroup` (OR within a group, AND across). */
export function matchesFilters<Key extends string>(
  values: FacetValues<Key>,
  state: FilterState<Key>,
  ignoredGroup?: Key,
): boolean {
  return (Object.keys(state) as Key[]).every((key) => {
    if (key === ignoredGroup) return true;
    const selected = state[key] ?? [];
    return selected.length === 0 || selected.some((value) => values[key].includes(value));
  });
}

/**
 * For every option, how many entries the listing would show if that option were added to (or
 * already part of) the selection: entries that pass the other groups and carry this value.
 * An entry with several values of a group counts once under each.
 */
export function facetCounts<Key extends string>(
  entries: readonly FacetValues<Key>[],
  state: FilterState<Key>,
  groups: readonly FilterGroupValues<Key>[],
): Record<Key, Map<string, number>> {
  const counts = {} as Record<Key, Map<string, number>>;
  // Only the groups with a selection filter anything (a directory's badge pages count each of
  // thousands of entries once per group, so the test is kept to them).
  const selected = (Object.keys(state) as Key[]).filter((key) => (state[key] ?? []).length > 0);
  const passes = (entry: FacetValues<Key>, ignoredGroup?: Key) =>
    selected.every(
      (key) => key === ignoredGroup || (state[key] ?? []).some((value) => entry[key].includes(value)),
    );
  // A group with nothing selected counts over the entries that pass every group: found once.
  const passing = selected.length === 0 ? entries : entries.filter((entry) => passes(entry));
  for (const group of groups) {
    const groupCounts = new Map<string, number>(group.values.map((value) => [value, 0]));
    const pool = selected.includes(group.key) ? entries.filter((entry) => passes(entry, group.key)) : passing;
    for (const entry of pool) {
      for (const value of entry[group.key]) groupCounts.set(value, (groupCounts.get(value) ?? 0) + 1);
    }
    counts[group.key] = groupCounts;
  }
  return counts;
}

/** The counts of every one-option selection of some entries (`singleOptionCounts`). */
export interface OptionCounts<Key extends string> {
  /** Keyed `${group}=${value}`; an option no entry carries is absent. */
  readonly byOption: ReadonlyMap<string, Record<Key, Map<string, number>>>;
  /** The counts with nothing selected. */
  readonly all: Record<Key, Map<string, number>>;
}

/**
 * `facetCounts` for each selection of a single option (what a badge page counts), found in one
 * pass over the entries instead of one pass per option: an entry with value `v` in group `g`
 * adds each of its other groups' values to the counts of `g = v`. The selected group itself
 * counts every entry, as `facetCounts` does.
 */
export function singleOptionCounts<Key extends string>(
  entries: readonly FacetValues<Key>[],
  groups: readonly FilterGroupValues<Key>[],
): OptionCounts<Key> {
  const all = facetCounts(entries, {}, groups);
  const byOption = new Map<string, Record<Key, Map<string, number>>>();
  const countsOf = (group: FilterGroupValues<Key>, value: string) => {
    const key = `${group.key}=${value}`;
    let counts = byOption.get(key);
    if (!counts) byOption.set(key, (counts = emptyCounts(groups, group.key, all)));
    return counts;
  };
  for (const entry of entries) {
    for (const group of groups) {
      const own = entry[group.key];
      // An entry passes a selection once, however often it holds the value.
      for (const value of own.length < 2 ? own : new Set(own)) {
        const counts = countsOf(group, value);
        for (const other of groups) {
          if (other.key === group.key) continue;
          const otherCounts = counts[other.key];
          for (const otherValue of entry[other.key])
            otherCounts.set(otherValue, (otherCounts.get(otherValue) ?? 0) + 1);
        }
      }
    }
  }
  return { byOption, all };
}

/**
 * The counts of selecting `value` alone in `group`: an option no entry carries leaves every
 * other group at zero.
 */
export function singleOptionCountsOf<Key extends string>(
  table: OptionCounts<Key>,
  groups: readonly FilterGroupValues<Key>[],
  group: Key,
  value: string,
): Record<Key, Map<string, number>> {
  return table.byOption.get(`${group}=${value}`) ?? emptyCounts(groups, group, table.all);
}

/** Zero for every value of every group but `selected`, which keeps the counts of all entries. */
function emptyCounts<Key extends string>(
  groups: readonly FilterGroupValues<Key>[],
  selected: Key,
  everything: Record<Key, Map<string, number>>,
): Record<Key, Map<string, number>> {
  const counts = {} as Record<Key, Map<string, number>>;
  for (const group of groups) {
    counts[group.key] =
      group.key === selected
        ? new Map(everything[group.key])
        : new Map(group.values.map((value) => [value, 0]));
  }
  return counts;
}

/** "12 of 37 tools", or "37 tools" when nothing is filtered out. */
export function resultSummary(shown: number, total: number, noun: string): string {
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}

/** How a listing shows its tools: as cards, or one line per tool (`?view=compact`). */
export type ListingView = 'cards' | 'compact';

export const VIEW_PARAM = 'view';

export function parseView(search: string | URLSearchParams): ListingView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return params.get(VIEW_PARAM) === 'compact' ? 'compact' : 'cards';
}

/**
 * The query of a listing's address: its filters and view, after any other parameters the address
 * had (which are kept as they were). '' when there is nothing to say.
 */
export function listingQuery<Key extends string>(
  base: string | URLSearchParams,
  state: FilterState<Key>,
  groups: readonly FilterGroupValues<Key>[],
  view: ListingView = 'cards',
): string {
  const params = new URLSearchParams(base);
  for (const group of groups) params.delete(group.key);
  params.delete(VIEW_PARAM);
  const parts = [
    params.toString(),
    serializeFilterState(state, groups),
    view === 'compact' ? `${VIEW_PARAM}=compact` : '',
  ];
  const query = parts.filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
