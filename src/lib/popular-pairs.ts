import { hasAdoption, type Adoption } from './adoption.ts';
import { compareIds } from './order.ts';
import { pushTo } from './maps.ts';
import type { Tool } from './tool-view.ts';
import { isUnmaintainedStatus } from '../vocabulary-core.ts';

/** What choosing pairs reads of a tool. */
type Paired = Pick<Tool, 'slug' | 'name' | 'category' | 'subcategory' | 'status'>;

interface Category {
  readonly id: string;
  readonly name: string;
  readonly subcategories: readonly { readonly id: string; readonly name: string }[];
}

/** How many pairs each subcategory suggests; the list stays short however large the guide grows. */
export const POPULAR_PER_SUBCATEGORY = 2;

export interface PopularPairs<T> {
  readonly groups: { readonly label: string; readonly pairs: [T, T][] }[];
  /** What the order rests on, in a sentence for the reader: only signals that are present. */
  readonly basis: string;
}

const NONE: Adoption = { integratedBy: 0 };

/**
 * Suggested comparisons: for each subcategory, its pre-rendered rival pairs whose tools both do
 * that job and are still recommended, ranked by the adoption the directory records (see
 * adoption.ts): first by the less adopted tool of the pair, so one well-known name does not carry
 * an obscure rival, then by both together. A pair with no signal at all is not suggested: the
 * list claims what it has, nothing more.
 */
export function popularPairs<T extends Paired>(
  categories: readonly Category[],
  pairs: readonly (readonly [T, T])[],
  signals: ReadonlyMap<string, Adoption>,
  perSubcategory = POPULAR_PER_SUBCATEGORY,
): PopularPairs<T> {
  const of = (tool: T) => signals.get(tool.slug) ?? NONE;
  const weight = (tool: T) => of(tool).integratedBy;
  const stars = (tool: T) => of(tool).stars ?? 0;
  const listed = (tool: T) => of(tool).lists?.count ?? 0;
  const bySubcategory = new Map<string, [T, T][]>();
  for (const [a, b] of pairs) {
    if (a.category !== b.category || a.subcategory !== b.subcategory) continue;
    if (isUnmaintainedStatus(a.status) || isUnmaintainedStatus(b.status)) continue;
    if (!hasAdoption(of(a)) && !hasAdoption(of(b))) continue;
    const key = `${a.category}/${a.subcategory}`;
    pushTo(bySubcategory, key, [a, b]);
  }
  const groups = categories.flatMap((category) =>
    category.subcategories.flatMap((subcategory) => {
      const candidates = bySubcategory.get(`${category.id}/${subcategory.id}`) ?? [];
      if (candidates.length === 0) return [];
      const ranked = [...candidates].sort(
        ([a1, b1], [a2, b2]) =>
          Math.min(listed(a2), listed(b2)) - Math.min(listed(a1), listed(b1)) ||
          listed(a2) + listed(b2) - (listed(a1) + listed(b1)) ||
          Math.min(weight(a2), weight(b2)) - Math.min(weight(a1), weight(b1)) ||
          weight(a2) + weight(b2) - (weight(a1) + weight(b1)) ||
          Math.min(stars(a2), stars(b2)) - Math.min(stars(a1), stars(b1)) ||
          compareIds(a1.slug, a2.slug) ||
          compareIds(b1.slug, b2.slug),
      );
      return [{ label: `${category.name}: ${subcategory.name}`, pairs: ranked.slice(0, perSubcategory) }];
    }),
  );
  const starsKnown = groups.some((group) => group.pairs.some((pair) => pair.some((tool) => of(tool).stars)));
  const lists = [...signals.values()].find((signal) => signal.lists)?.lists;
  const basis =
    (lists
      ? `Per job, the rivals the most of the ${lists.of} curated lists the guide reads include, then those most other tools in the guide document an integration with`
      : 'Per job, the rivals most other tools in the guide document an integration with') +
    (starsKnown
      ? ', then the most GitHub stars where collected.'
      : '. GitHub stars are not collected yet, so they play no part.') +
    ' Tools that are dormant or have ended are left out.';
  return { groups, basis };
}
