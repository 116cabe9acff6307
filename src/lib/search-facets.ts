import { FILTER_GROUPS, type FilterOption } from './filters.ts';

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
 * The facets of the search page: what kind of page, which category, and the two badge groups
 * with the same keys and values as the listing filters.
 */
export function searchFacets(categories: readonly { id: string; name: string }[]): SearchFacet[] {
  return [
    { key: 'kind', legend: 'Type', options: KIND_OPTIONS },
    {
      key: 'category',
      legend: 'Category',
      options: categories.map((category) => ({ value: category.id, label: category.name, icon: '' })),
    },
    ...FILTER_GROUPS,
  ];
}
