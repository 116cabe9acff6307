import {
  DIFFICULTIES,
  isFlaggedStatus,
  LICENSES,
  FACETS,
  STATUSES,
  type Deployment,
  type Difficulty,
  type License,
  type Status,
} from '../vocabulary.ts';
import { compareForListing, compareNames } from './order.ts';

/** The badge-bearing part of any directory entry (tool or resource). */
export interface Badged {
  readonly license?: License | undefined;
  readonly difficulty?: Difficulty | undefined;
  /** Tools only: where it runs and whether it is maintained. */
  readonly deployment?: Deployment | undefined;
  readonly status?: Status | undefined;
}

/** The facets every entry shows as badges on its card (tools and resources alike): its ratings. */
export type BadgeGroup = 'license' | 'difficulty';

export interface BadgeView {
  readonly group: BadgeGroup;
  /** The vocabulary value, or undefined when the entry is not rated in this group. */
  readonly value: License | Difficulty | undefined;
  readonly label: string;
  readonly icon: string;
  readonly description: string;
  /** Colour family, from the vocabulary; absent for a missing value. */
  readonly tone?: 'open' | 'mixed' | 'paid';
}

function missingBadge(group: BadgeGroup): BadgeView {
  const { badgeLabel, description } = FACETS[group].missing;
  return { group, value: undefined, icon: '', label: badgeLabel, description };
}

/** The license badge of an open-core product: its main repository's badge, saying the rest is not open. */
function openCoreBadge(license: License): BadgeView {
  const term = LICENSES[license];
  return {
    group: 'license',
    value: license,
    ...term,
    label: `${term.label}, open core`,
    tone: 'mixed',
    description: `${term.description} Open core: other parts (a server, enterprise features) are under a license that is not open source.`,
  };
}

/**
 * Both badges of an entry, "not rated" included, in display order (license, then difficulty).
 * `openCore`: its parts carry different licenses (`isOpenCore` of `licenses.ts`), which the
 * license badge then says.
 */
export function badgesOf(entry: Badged, options: { readonly openCore?: boolean } = {}): BadgeView[] {
  const license = entry.license;
  const difficulty = entry.difficulty;
  return [
    license
      ? options.openCore
        ? openCoreBadge(license)
        : { group: 'license', value: license, ...LICENSES[license] }
      : missingBadge('license'),
    difficulty
      ? { group: 'difficulty', value: difficulty, ...DIFFICULTIES[difficulty] }
      : missingBadge('difficulty'),
  ];
}

/** The status to warn about, for a flagged status (`isFlaggedStatus`); undefined for the rest. */
export function statusWarning(status: Status | undefined): (typeof STATUSES)[Status] | undefined {
  return isFlaggedStatus(status) ? STATUSES[status] : undefined;
}

export { compareIds, compareNames } from './order.ts';

export interface SubcategoryGroup<T> {
  readonly id: string;
  readonly name: string;
  readonly entries: T[];
}

/**
 * Entries of one category grouped by subcategory, in the category's subcategory order, each
 * group sorted by name. Subcategories without entries are left out.
 */
export function groupBySubcategory<
  T extends { name: string; subcategory: string; status?: string | undefined },
>(subcategories: readonly { id: string; name: string }[], entries: readonly T[]): SubcategoryGroup<T>[] {
  return subcategories
    .map((subcategory) => ({
      ...subcategory,
      entries: entries.filter((entry) => entry.subcategory === subcategory.id).sort(compareForListing),
    }))
    .filter((group) => group.entries.length > 0);
}

/**
 * Number of tools listed in each category: its own, plus those placed in it by `alsoIn` (a tool
 * counts once per category, as the category page lists it once).
 */
export function countByCategory(
  entries: readonly { category: string; alsoIn?: readonly { category: string }[] | undefined }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const categories = new Set([
      entry.category,
      ...(entry.alsoIn ?? []).map((placement) => placement.category),
    ]);
    for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

/** Per category, how many tools are filed in it (their own category), placements left out. */
export function countFiledIn(entries: readonly { category: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  return counts;
}

/**
 * Up to `limit` other entries of the same subcategory, by name. `all` must be in name order
 * (as the directory keeps it). In a subcategory larger than `limit`, these are the entries that
 * follow this one alphabetically, wrapping round, so each page links to its own neighbours
 * instead of every page to the same first few; and no page sorts the whole subcategory again.
 */
export function relatedEntries<T extends { name: string; subcategory: string; category: string }>(
  entry: T,
  all: readonly T[],
  limit = 6,
  /** Where `entry` is in `all` when `all` is already its subcategory's entries, in order. */
  position?: number,
): T[] {
  const group =
    position === undefined
      ? all.filter((other) => other.category === entry.category && other.subcategory === entry.subcategory)
      : all;
  const at = position ?? group.indexOf(entry);
  if (at < 0)
    return group
      .filter((other) => other.name !== entry.name)
      .slice(0, limit)
      .sort(compareNames);
  const count = Math.min(limit, group.length - 1);
  const following: T[] = [];
  for (let step = 1; step <= count; step++) {
    const other = group[(at + step) % group.length];
    if (other) following.push(other);
  }
  return following.sort(compareNames);
}

/** Entries by `added` date, newest first; ties by name, so the order is stable. */
export function newestFirst<T extends { name: string; added: Date }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.added.getTime() - a.added.getTime() || compareNames(a, b));
}

/**
 * Tools this one works with: those it lists in `integrates` and those that list it, each once,
 * by name.
 */
export function worksWith<T extends { slug: string; name: string; integrates: readonly string[] }>(
  tool: T,
  all: readonly T[],
): T[] {
  return all
    .filter(
      (other) =>
        other.slug !== tool.slug &&
        (tool.integrates.includes(other.slug) || other.integrates.includes(tool.slug)),
    )
    .sort(compareNames);
}

/** A category's tools in listing order: subcategory by subcategory, A to Z within each. */
export function categoryListing<T extends { name: string; subcategory: string; status?: string | undefined }>(
  subcategories: readonly { id: string; name: string }[],
  entries: readonly T[],
): T[] {
  return groupBySubcategory(subcategories, entries).flatMap((group) => group.entries);
}

/**
 * The tools listed in a category: those whose primary category it is, and those that name it in
 * `alsoIn`, each under the subcategory it is placed in there (its page stays the primary one).
 */
export function placedIn<
  T extends {
    category: string;
    subcategory: string;
    alsoIn: readonly { category: string; subcategory: string }[];
  },
>(categoryId: string, tools: readonly T[]): T[] {
  return tools.flatMap((tool) => {
    if (tool.category === categoryId) return [tool];
    const placement = tool.alsoIn.find((other) => other.category === categoryId);
    return placement ? [{ ...tool, subcategory: placement.subcategory }] : [];
  });
}
