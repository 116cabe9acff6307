import { expect, test } from '@playwright/test';

/**
 * Crawls the built site from the home page: every internal link must answer 200 and every
 * fragment must name an element of the target page.
 */
test('every internal link and anchor of the built site resolves', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const pages = new Map<string, Set<string>>();
  const queue = ['/'];
  const broken: string[] = [];
  const anchors: { from: string; path: string; id: string }[] = [];

  while (queue.length > 0) {
    const path = queue.shift() ?? '/';
    if (pages.has(path)) continue;
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} answered ${response.status()}`);
      pages.set(path, new Set());
      continue;
    }
    const html = await response.text();
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
    pages.set(path, ids);
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (!href) continue;
      const target = new URL(href.replace(/&amp;/g, '&'), `${origin}${path}`);
      if (target.origin !== origin) continue;
      if (target.hash)
        anchors.push({ from: path, path: target.pathname, id: decodeURIComponent(target.hash.slice(1)) });
      if (!pages.has(target.pathname)) queue.push(target.pathname);
    }
  }

  for (const anchor of anchors) {
    if (!pages.get(anchor.path)?.has(anchor.id))
      broken.push(`${anchor.from} links to missing #${anchor.id} on ${anchor.path}`);
  }
  expect(broken).toEqual([]);
  expect(pages.size).toBeGreaterThan(50);
});
