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
 * Old addresses of common questions that moved to another category with their subcategory: the
 * shortlist's page in its former category points to its page in the new one.
 */
export function questionRedirects(
  categories: readonly { id: string; questions: readonly { id: string; formerCategory?: unknown }[] }[],
): Record<string, string> {
  return Object.fromEntries(
    categories.flatMap((category) =>
      category.questions.flatMap((question) =>
        typeof question.formerCategory === 'string' && question.formerCategory
          ? [
              [
                routes.question(question.formerCategory, question.id),
                routes.question(category.id, question.id),
              ],
            ]
          : [],
      ),
    ),
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

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The page left at an old address, for hosts that ignore `_redirects` (GitHub Pages): a complete,
 * valid document (Astro's own template writes `content="0;url=…"`, which the W3C checker
 * refuses, and no `lang`) that sends browsers on at once and tells search engines where the
 * entry lives now. `target` is the path under the base, `canonical` its absolute URL.
 */
export function redirectPage(target: string, canonical: string): string {
  const to = escapeHtml(target);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>This page has moved</title>',
    `<meta http-equiv="refresh" content="0; url=${to}">`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    '</head>',
    '<body>',
    `<p>This page has moved: <a href="${to}">${to}</a>.</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
