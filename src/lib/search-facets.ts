import {
  TOOL_FILTER_KEYS,
  carriedOptions,
  filterGroups,
  type FilterContext,
  type Filterable,
  type FilterOption,
} from './filters.ts';

export interface SearchFacet {
  readonly key: string;
  readonly legend: string;
  readonly options: readonly (Pick<FilterOption, 'value' | 'label' | 'icon'> & { singular?: string })[];
}

export const KIND_OPTIONS = [
  { value: 'tool', label: 'Tools', singular: 'Tool', icon: '' },
  { value: 'resource', label: 'Courses and books', singular: 'Course or book', icon: '' },
  { value: 'guide', label: 'Best-practice guides', singular: 'Guide', icon: '' },
] as const;

/**
 * The facets of the search page: what kind of page, then the tool listings' groups (category and
 * every facet of the vocabulary) with the same keys and values, each offering only the options
 * some searchable entry (`entries`: its tools and resources) carries.
 */
export function searchFacets(
  categories: FilterContext['categories'],
  entries: readonly Filterable[],
): SearchFacet[] {
  return [
    { key: 'kind', legend: 'Type', options: KIND_OPTIONS },
    ...carriedOptions(filterGroups(TOOL_FILTER_KEYS, { categories }), entries),
  ];
}
