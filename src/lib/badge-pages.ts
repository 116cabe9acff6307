import { facetValuesOf, filterGroups, type FilterGroupKey } from './filters.ts';

export interface BadgePage<T> {
  readonly params: { group: FilterGroupKey; value: string };
  readonly props: { group: FilterGroupKey; value: string; entries: T[] };
}

/**
 * One pre-rendered page per badge option (`<listing>/license/open-source/`), listing the entries
 * that carry it: the filters' fallback when JavaScript is off.
 */
export function badgePages<T extends Partial<Record<FilterGroupKey, string | undefined>>>(
  entries: readonly T[],
  keys: readonly FilterGroupKey[],
): BadgePage<T>[] {
  return filterGroups(keys).flatMap((group) =>
    group.options.map((option) => ({
      params: { group: group.key, value: option.value },
      props: {
        group: group.key,
        value: option.value,
        entries: entries.filter((entry) => facetValuesOf(entry)[group.key] === option.value),
      },
    })),
  );
}
