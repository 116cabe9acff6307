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

/**
 * The `_redirects` file that Netlify, Cloudflare Pages and other static hosts read: one
 * permanent redirect per old address, under the site's base path. (GitHub Pages ignores it and
 * relies on the redirect pages Astro writes.)
 */
export function hostRedirectsFile(redirects: Readonly<Record<string, string>>, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return Object.entries(redirects)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => `${prefix}${from} ${prefix}${to} 301`)
    .join('\n')
    .concat('\n');
}
