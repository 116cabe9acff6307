/**
 * Which tools are being compared, as kept in URLs (`?tools=a,b,c`, `?compare=a,b`). Separate
 * from the table builder so the listing pages' compare tray loads only this.
 */

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The slugs a `?tools=a,b,c` query names: known ones, without repeats, at most four. */
export function parseComparedSlugs(search: string | URLSearchParams, known: ReadonlySet<string>): string[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const slugs = params
    .getAll('tools')
    .flatMap((value) => value.split(','))
    .map((slug) => slug.trim().toLowerCase())
    .filter((slug) => known.has(slug));
  return [...new Set(slugs)].slice(0, MAX_COMPARED);
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
