/**
 * Where a build's rendering time goes, by kind of page, from the lines Astro logs for every page
 * it writes ("  ├─ /tools/mlflow/index.html (+3ms)"). Astro renders several pages at a time, so a
 * kind's summed time is a share of the rendering, not seconds of the wall clock.
 */

/** Astro's log line for one written page: its path and the milliseconds it took. */
const PAGE_LINE = /[├└]─ (\/\S*) \(\+(\d+)ms\)/g;

export interface RouteTime {
  readonly kind: string;
  readonly pages: number;
  /** Milliseconds summed over the kind's pages. */
  readonly milliseconds: number;
}

/**
 * The kind of page a built path is: a tool's page (`/tools/<slug>/`, for a slug of `toolSlugs`),
 * a tool listing (any other page under `/tools/`), or the first folder of the path.
 */
export function pageKind(path: string, toolSlugs: ReadonlySet<string>): string {
  const [first = '', second, ...rest] = path.split('/').filter(Boolean);
  if (first === 'tools') {
    const isToolPage =
      second !== undefined && toolSlugs.has(second) && rest.every((part) => part === 'index.html');
    return isToolPage ? 'tool pages' : 'tool listings';
  }
  if (first === 'categories') return 'category listings';
  if (first === 'compare') return 'comparisons';
  if (first === 'data') return 'data files';
  return second === undefined ? 'top-level pages and files' : `/${first}/`;
}

/**
 * Summed page times by kind, the costliest first, from a log without colours (`readBuildLog`). A page whose time Astro logs on a line of its
 * own (a slow page among others) is left out.
 */
export function routeTimes(log: string, toolSlugs: ReadonlySet<string>): RouteTime[] {
  const byKind = new Map<string, { pages: number; milliseconds: number }>();
  for (const [, path = '', milliseconds = '0'] of log.matchAll(PAGE_LINE)) {
    const kind = pageKind(path, toolSlugs);
    const total = byKind.get(kind) ?? { pages: 0, milliseconds: 0 };
    total.pages++;
    total.milliseconds += Number(milliseconds);
    byKind.set(kind, total);
  }
  return [...byKind]
    .map(([kind, total]) => ({ kind, ...total }))
    .sort((a, b) => b.milliseconds - a.milliseconds || a.kind.localeCompare(b.kind));
}
