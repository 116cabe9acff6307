/**
 * The adoption signals the directory records about a tool, and the order they give: in how many
 * of the major curated lists it is (`content/coverage/`, see `curated-lists.ts`), how many of the
 * guide's other tools document an integration with it, and its GitHub stars once a bot has
 * collected them (never guessed). A list that claims a signal reads it from here, and says which.
 */
import { compareForListing, compareLiving, compareNames } from './order.ts';
import type { Tool } from './tool-view.ts';

/** What adoption reads of a tool. */
type Adopted = Pick<Tool, 'slug' | 'name' | 'integrates' | 'upstream' | 'curatedLists'>;

export interface Adoption {
  /** In how many of the curated lists of the coverage snapshot it is, of how many; unset without a snapshot. */
  readonly lists?: { readonly count: number; readonly of: number } | undefined;
  /** How many other tools of the guide declare an integration with it. */
  readonly integratedBy: number;
  /** GitHub stars when collected; undefined when not (not zero). */
  readonly stars?: number | undefined;
}

/** Every tool's adoption signals, by slug, from the whole directory. */
export function adoptionSignals(tools: readonly Adopted[]): Map<string, Adoption> {
  const integratedBy = new Map<string, Set<string>>();
  for (const tool of tools)
    for (const slug of tool.integrates)
      if (slug !== tool.slug) integratedBy.set(slug, (integratedBy.get(slug) ?? new Set()).add(tool.slug));
  return new Map(
    tools.map((tool) => {
      const stars = tool.upstream?.stars ?? undefined;
      const lists = tool.curatedLists && { count: tool.curatedLists.lists.length, of: tool.curatedLists.of };
      return [
        tool.slug,
        {
          integratedBy: integratedBy.get(tool.slug)?.size ?? 0,
          ...(stars === undefined ? {} : { stars }),
          ...(lists ? { lists } : {}),
        },
      ];
    }),
  );
}

const NONE: Adoption = { integratedBy: 0 };

/** Whether the directory records any adoption for a tool at all. */
export const hasAdoption = (adoption: Adoption): boolean =>
  adoption.integratedBy > 0 || (adoption.stars ?? 0) > 0 || (adoption.lists?.count ?? 0) > 0;

/**
 * Most adopted first: in the most curated lists, then the most integrations documented by other
 * tools, then the most stars (collected ones only), then by `tie` (by name unless given).
 */
export function byAdoption<T extends { readonly name: string; readonly slug: string }>(
  signals: ReadonlyMap<string, Adoption>,
  tie: (a: T, b: T) => number = compareNames,
): (a: T, b: T) => number {
  return (a, b) => {
    const x = signals.get(a.slug) ?? NONE;
    const y = signals.get(b.slug) ?? NONE;
    return (
      (y.lists?.count ?? 0) - (x.lists?.count ?? 0) ||
      y.integratedBy - x.integratedBy ||
      (y.stars ?? 0) - (x.stars ?? 0) ||
      tie(a, b)
    );
  };
}

/**
 * Tools in the "most adopted" order of the listings, a new array: maintained tools first
 * (`compareLiving`), each part by `byAdoption`, tools with equal signals (none at all, mostly) in
 * the listing order.
 */
export function sortByAdoption<
  T extends { readonly slug: string; readonly name: string; readonly status?: string | undefined },
>(tools: readonly T[], signals: ReadonlyMap<string, Adoption>): T[] {
  const adopted = byAdoption<T>(signals, compareForListing);
  return [...tools].sort((a, b) => compareLiving(a, b) || adopted(a, b));
}

/** The one-line reason a tool leads a list, in the words of its signals. */
export function adoptionReason(adoption: Adoption): string {
  const parts: string[] = [];
  if (adoption.lists && adoption.lists.count > 0)
    parts.push(`in ${adoption.lists.count} of the ${adoption.lists.of} curated lists the guide reads`);
  if (adoption.integratedBy > 0)
    parts.push(
      adoption.integratedBy === 1
        ? '1 other tool in the guide documents an integration with it'
        : `${adoption.integratedBy} other tools in the guide document an integration with it`,
    );
  if (adoption.stars !== undefined && adoption.stars > 0)
    parts.push(`${adoption.stars.toLocaleString('en')} stars on GitHub`);
  const reason = parts.join('; ');
  return reason
    ? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`
    : 'The guide records no adoption signal for it yet.';
}
