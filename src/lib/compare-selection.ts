/**
 * Which tools are being compared, as kept in URLs (`?tools=a,b,c`, `?compare=a,b`). Separate
 * from the table builder so the listing pages' compare tray loads only this.
 */
import { readList } from './url-list.ts';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/**
 * The slugs a `?tools=a,b,c` query names: known ones, without repeats, at most four. An old
 * slug of a renamed or merged tool (`renamed`: old → new) stands for the tool it became, so old
 * comparison links keep working.
 */
export function parseComparedSlugs(
  search: string | URLSearchParams,
  known: ReadonlySet<string>,
  renamed: ReadonlyMap<string, string> = new Map(),
): string[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const slugs = readList(params, 'tools', { lowerCase: true })
    .map((slug) => renamed.get(slug) ?? slug)
    .filter((slug) => known.has(slug));
  return [...new Set(slugs)].slice(0, MAX_COMPARED);
}

/** The two slugs of a pair page's path (`/compare/feast-vs-tecton/`), or undefined. */
export function pairFromPath(pathname: string, compareBase: string): [string, string] | undefined {
  if (!pathname.startsWith(compareBase)) return undefined;
  const match = /^([a-z0-9-]+?)-vs-([a-z0-9-]+)\/?$/.exec(pathname.slice(compareBase.length));
  return match?.[1] && match[2] ? [match[1], match[2]] : undefined;
}

/** `tools=a,b,c` for a list of slugs, commas left readable. */
export function serializeComparedSlugs(slugs: readonly string[]): string {
  return slugs.length === 0 ? '' : `tools=${slugs.join(',')}`;
}

/** Adds or removes a slug, keeping at most four (the oldest choice drops out). */
export function toggleCompared(slugs: readonly string[], slug: string): string[] {
  if (slugs.includes(slug)) return slugs.filter((candidate) => candidate !== slug);
  return [...slugs, slug].slice(-MAX_COMPARED);
}
