import { FACETS, MISSING_VALUE, type FacetKey, type VocabularyTerm } from '../vocabulary.ts';
import * as filterState from './filter-state.ts';
import type { FilterGroupValues, RawFacetValue } from './filter-state.ts';
import { memoized } from './maps.ts';

/**
 * The site's filter groups, with their labels, icons and descriptions, for the pages the build
 * renders (panels, counts, badge pages). The label-free logic, which the browser uses with the
 * groups it reads from the form, is in filter-state.ts.
 *
 * Most groups are a facet of the vocabulary (license, difficulty…). The category group takes its
 * values from the content (the categories), so the groups of a listing are built with the
 * directory as context: `filterGroups(keys, directory)`.
 */

export interface FilterOption {
  readonly value: string;
  readonly label: string;
  readonly icon: string;
  readonly description: string;
}

/** A key of a filter group: a facet of the vocabulary, or the category an entry is listed in. */
export type FilterGroupKey = FacetKey | typeof CATEGORY_KEY;

/** The category facet's URL parameter: the same key the search page uses. */
export const CATEGORY_KEY = 'category';

/** An entry as the filters read it: its facet fields, and for tools their placements. */
export type Filterable = object;

export interface FilterGroupDefinition {
  /** URL parameter and entry field of the group. */
  readonly key: FilterGroupKey;
  /** Fieldset legend. */
  readonly legend: string;
  /** The options in display order, "not rated" last where an entry can lack a value. */
  readonly options: readonly FilterOption[];
  /** The entry's values for this group (one or several). */
  readonly valuesOf: (entry: Filterable) => RawFacetValue;
  /** Whether its values follow a rubric worth reading before filtering by them. */
  readonly explained: boolean;
}

/** What the content-driven groups need: the directory's categories. */
export interface FilterContext {
  readonly categories: readonly { readonly id: string; readonly name: string }[];
}

const field =
  (key: string) =>
  (entry: Filterable): RawFacetValue =>
    (entry as Record<string, RawFacetValue>)[key];

/** Where an entry keeps each facet's value(s): mostly a field of the same name. */
const FACET_FIELDS: Partial<Record<FacetKey, (entry: Filterable) => RawFacetValue>> = {
  maintainer: (entry) => (entry as { maintainer?: { kind?: string } }).maintainer?.kind,
  language: (entry) => (entry as { languages?: { sdk?: readonly string[] } }).languages?.sdk,
};

function facetGroup(key: FacetKey): FilterGroupDefinition {
  const facet = FACETS[key];
  const terms: Record<string, VocabularyTerm> = facet.terms;
  return {
    key,
    legend: facet.legend,
    options: [
      ...Object.entries(terms).map(([value, term]) => ({ value, ...term })),
      { value: MISSING_VALUE, icon: '', label: facet.missing.label, description: facet.missing.description },
    ],
    valuesOf: FACET_FIELDS[key] ?? field(key),
    explained: key === 'license' || key === 'difficulty' || key === 'status',
  };
}

/** Every category an entry is listed in: its own and those of its `alsoIn` placements. */
function categoriesOf(entry: Filterable): readonly string[] | undefined {
  const { category, alsoIn } = entry as {
    category?: string;
    alsoIn?: readonly { category: string }[] | undefined;
  };
  if (!category) return undefined;
  return [...new Set([category, ...(alsoIn ?? []).map((placement) => placement.category)])];
}

function categoryGroup(context: FilterContext): FilterGroupDefinition {
  return {
    key: CATEGORY_KEY,
    legend: 'Category',
    // No description: a category's name says what it holds, and its intro would weigh on every listing.
    options: context.categories.map((category) => ({
      value: category.id,
      label: category.name,
      icon: '',
      description: '',
    })),
    valuesOf: categoriesOf,
    explained: false,
  };
}

/** The vocabulary's facets as filter groups, in display order, each "not rated" option last. */
export const FILTER_GROUPS: readonly FilterGroupDefinition[] = (
  ['license', 'difficulty', 'deployment', 'status', 'maintainer', 'language'] as const
).map(facetGroup);

/**
 * The groups that apply to tools, and to learning resources (which have no deployment or status):
 * the license and difficulty badges first, the filters people come for; then the category, whose
 * eleven values would push them off a phone's screen.
 */
export const TOOL_FILTER_KEYS: readonly FilterGroupKey[] = [
  'license',
  'difficulty',
  CATEGORY_KEY,
  'deployment',
  'status',
  'maintainer',
  'language',
];
export const RESOURCE_FILTER_KEYS: readonly FilterGroupKey[] = ['license', 'difficulty'];

/**
 * The group definitions for the given keys, in the order given. The category group needs the
 * directory's categories; without them it is left out.
 */
export function filterGroups(
  keys: readonly FilterGroupKey[],
  context?: FilterContext,
): FilterGroupDefinition[] {
  return keys.flatMap((key) => {
    if (key === CATEGORY_KEY) return context ? [categoryGroup(context)] : [];
    return FILTER_GROUPS.filter((group) => group.key === key);
  });
}

const valuesCache = new WeakMap<readonly FilterGroupDefinition[], FilterGroupValues<FilterGroupKey>[]>();

/**
 * Every group's key and values, in canonical order: what the URL and the browser need. Kept per
 * list of groups, since every card of every listing asks for it.
 */
export function groupValues(groups: readonly FilterGroupDefinition[]): FilterGroupValues<FilterGroupKey>[] {
  const cached = valuesCache.get(groups);
  if (cached) return cached;
  const values = groups.map((group) => ({
    key: group.key,
    values: group.options.map((option) => option.value),
  }));
  valuesCache.set(groups, values);
  return values;
}

/** The vocabulary's groups' keys and values (the category group depends on the content). */
export const FILTER_GROUP_VALUES: readonly FilterGroupValues<FilterGroupKey>[] = groupValues(FILTER_GROUPS);

export type FilterState = filterState.FilterState<FilterGroupKey>;
export type FacetValues = filterState.FacetValues<FilterGroupKey>;

// The label-free logic of filter-state.ts, bound to the groups' definitions.

/** An entry's values for each group, read through the group's own accessor. */
export function facetValuesOf(
  entry: Filterable,
  groups: readonly FilterGroupDefinition[] = FILTER_GROUPS,
): FacetValues {
  const raw: Partial<Record<FilterGroupKey, RawFacetValue>> = {};
  for (const group of groups) raw[group.key] = group.valuesOf(entry);
  return filterState.facetValuesOf(raw, groupValues(groups));
}

/** The `data-*` attributes a card carries so `<badge-filter>` can read its values. */
export function filterDataAttributes(
  entry: Filterable,
  groups: readonly FilterGroupDefinition[],
): Record<`data-${string}`, string> {
  const values = facetValuesOf(entry, groups);
  return Object.fromEntries(groups.map((group) => [`data-${group.key}`, values[group.key].join(' ')]));
}

export function serializeFilterState(
  state: FilterState,
  groups: readonly FilterGroupDefinition[] = FILTER_GROUPS,
): string {
  return filterState.serializeFilterState(state, groupValues(groups));
}

export function facetCounts(
  entries: readonly FacetValues[],
  state: FilterState,
  groups: readonly FilterGroupDefinition[] = FILTER_GROUPS,
): Record<FilterGroupKey, Map<string, number>> {
  return filterState.facetCounts(entries, state, groupValues(groups));
}

export { resultSummary } from './filter-state.ts';

/** Heading for a pre-rendered badge page: "Open source tools", "Tools not rated for difficulty". */
export function badgePageTitle(
  key: FilterGroupKey,
  value: string,
  noun: string,
  groups: readonly FilterGroupDefinition[] = FILTER_GROUPS,
): string {
  const option = groups.find((group) => group.key === key)?.options.find((item) => item.value === value);
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  if (!option) return capitalised;
  if (key === CATEGORY_KEY) return `${capitalised} for ${option.label}`;
  if (value === MISSING_VALUE) return FACETS[key].missing.pageTitle(capitalised);
  return `${option.label} ${noun}`;
}

const entryValuesCache = new WeakMap<Filterable, Map<readonly FilterGroupDefinition[], FacetValues>>();

/**
 * An entry's values for the groups, computed once per entry and list of groups however many
 * listings show it: cached per listing, the values of 10,000 tools were held once for each
 * listing and order (65 MB of a large build's memory).
 */
function sharedFacetValues(entry: Filterable, groups: readonly FilterGroupDefinition[]): FacetValues {
  return memoized(entryValuesCache, entry, groups, () => facetValuesOf(entry, groups));
}

const listValuesCache = new WeakMap<
  readonly object[],
  Map<readonly FilterGroupDefinition[], FacetValues[]>
>();

/** Every entry's values for the groups, listed once per list of entries and of groups. */
function facetValuesList(
  entries: readonly Filterable[],
  groups: readonly FilterGroupDefinition[],
): FacetValues[] {
  return memoized(listValuesCache, entries, groups, () =>
    entries.map((entry) => sharedFacetValues(entry, groups)),
  );
}

type Counts = Record<FilterGroupKey, Map<string, number>>;

const countsCache = new WeakMap<
  readonly object[],
  Map<readonly FilterGroupDefinition[], Map<string, Counts>>
>();

/**
 * Option counts of a whole listing with nothing selected, or with a badge page's one option
 * (`state`). Every page of a listing shows the counts of the whole listing, so they are computed
 * once per list of entries, groups and selection, not once per page.
 */
export function listingCounts(
  entries: readonly Filterable[],
  groups: readonly FilterGroupDefinition[] = FILTER_GROUPS,
  state: FilterState = {},
): Counts {
  const byState = memoized(countsCache, entries, groups, () => new Map<string, Counts>());
  const key = serializeFilterState(state, groups);
  const cached = byState.get(key);
  if (cached) return cached;
  const values = facetValuesList(entries, groups);
  const option = singleOption(state);
  let counts: Counts;
  if (option) {
    const keys = groupValues(groups);
    const table = memoized(optionCountsCache, values, keys, () =>
      filterState.singleOptionCounts(values, keys),
    );
    counts = filterState.singleOptionCountsOf(table, keys, option.group, option.value);
  } else {
    counts = facetCounts(values, state, groups);
  }
  byState.set(key, counts);
  return counts;
}

/**
 * The counts of every one-option selection of a list of entries: a listing has a badge page per
 * option, and counting them together takes one pass over its entries instead of one per page.
 */
const optionCountsCache = new WeakMap<
  readonly FacetValues[],
  Map<readonly FilterGroupValues<FilterGroupKey>[], filterState.OptionCounts<FilterGroupKey>>
>();

/** The one option a state selects, if it selects exactly one. */
function singleOption(state: FilterState): { group: FilterGroupKey; value: string } | undefined {
  const selected = (Object.keys(state) as FilterGroupKey[]).filter((key) => (state[key]?.length ?? 0) > 0);
  const [group] = selected;
  if (group === undefined || selected.length > 1) return undefined;
  const [value, ...others] = state[group] ?? [];
  return value !== undefined && others.length === 0 ? { group, value } : undefined;
}

/**
 * `groups` with only the options some of `entries` carries: a selection can only narrow what is
 * there, so an option nobody carries ("Free" where no tool is free) could never match.
 */
export function carriedOptions(
  groups: readonly FilterGroupDefinition[],
  entries: readonly Filterable[],
): FilterGroupDefinition[] {
  const counts = listingCounts(entries, groups);
  return groups.map((group) => ({
    ...group,
    options: group.options.filter((option) => (counts[group.key].get(option.value) ?? 0) > 0),
  }));
}
