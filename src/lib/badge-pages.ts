import { facetValuesOf, type FilterGroupDefinition, type FilterGroupKey } from './filters.ts';

export interface BadgePage<T> {
  readonly params: { group: FilterGroupKey; value: string };
  readonly props: { group: FilterGroupKey; value: string; entries: T[] };
}

/**
 * One pre-rendered page per filter option (`<listing>/license/open-source/`,
 * `<listing>/category/model-serving/`), listing the entries that carry it: the filters' fallback
 * when JavaScript is off. An entry with several values of a group is on each of their pages.
 */
export function badgePages<T extends object>(
  entries: readonly T[],
  groups: readonly FilterGroupDefinition[],
): BadgePage<T>[] {
  const values = entries.map((entry) => facetValuesOf(entry, groups));
  return groups.flatMap((group) =>
    group.options.map((option) => ({
      params: { group: group.key, value: option.value },
      props: {
        group: group.key,
        value: option.value,
        entries: entries.filter((_, index) => values[index]?.[group.key].includes(option.value)),
      },
    })),
  );
}
