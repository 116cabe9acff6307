import { createRoutes } from './routes.ts';

/** Astro applies the base path to redirects itself, so they are written from the root. */
const routes = createRoutes('/');

/**
 * Old tool addresses and where they go now: the new tool's page when `to` names one (a rename or
 * a merge), else the page that explains the removal.
 */
export function toolRedirects(entries: readonly { slug: string; to?: unknown }[]): Record<string, string> {
  return Object.fromEntries(
    entries.map(({ slug, to }) => [
      routes.tool(slug),
      typeof to === 'string' && to ? routes.tool(to) : routes.removed(slug),
    ]),
  );
}
