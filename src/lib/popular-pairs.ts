import { compareIds } from './order.ts';

interface PairTool {
  readonly slug: string;
  readonly name: string;
  readonly category: string;
  readonly subcategory: string;
  readonly upstream?: { readonly stars: number | null } | undefined;
}

interface Section {
  readonly id: string;
  readonly name: string;
  readonly subcategories: readonly { readonly id: string; readonly name: string }[];
}

/** How many pairs each subsection suggests; the list stays short however large the guide grows. */
export const POPULAR_PER_SUBSECTION = 2;

const stars = (tool: PairTool) => tool.upstream?.stars ?? 0;

/**
 * Suggested comparisons: for each subsection, its pre-rendered rival pairs whose tools both do
 * that job, the pairs of the most-starred tools first (by the less-starred tool of the pair, so
 * one famous name does not carry an obscure rival).
 */
export function popularPairs<T extends PairTool>(
  sections: readonly Section[],
  pairs: readonly (readonly [T, T])[],
  perSubsection = POPULAR_PER_SUBSECTION,
): { label: string; pairs: [T, T][] }[] {
  const bySubsection = new Map<string, [T, T][]>();
  for (const [a, b] of pairs) {
    if (a.category !== b.category || a.subcategory !== b.subcategory) continue;
    const key = `${a.category}/${a.subcategory}`;
    bySubsection.set(key, [...(bySubsection.get(key) ?? []), [a, b]]);
  }
  return sections.flatMap((section) =>
    section.subcategories.flatMap((subsection) => {
      const candidates = bySubsection.get(`${section.id}/${subsection.id}`) ?? [];
      if (candidates.length === 0) return [];
      const ranked = [...candidates].sort(
        ([a1, b1], [a2, b2]) =>
          Math.min(stars(a2), stars(b2)) - Math.min(stars(a1), stars(b1)) ||
          compareIds(a1.slug, a2.slug) ||
          compareIds(b1.slug, b2.slug),
      );
      return [{ label: `${section.name}: ${subsection.name}`, pairs: ranked.slice(0, perSubsection) }];
    }),
  );
}
