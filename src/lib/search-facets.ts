import { TOOL_FILTER_KEYS, filterGroups, type FilterContext, type FilterOption } from './filters.ts';

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
 * every facet of the vocabulary) with the same keys and values.
 */
export function searchFacets(categories: FilterContext['categories']): SearchFacet[] {
  return [
    { key: 'kind', legend: 'Type', options: KIND_OPTIONS },
    ...filterGroups(TOOL_FILTER_KEYS, { categories }),
  ];
}
