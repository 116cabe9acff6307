import { expect, test } from '@playwright/test';
import { SITES, siteUrl } from '../helpers/sites.ts';

/**
 * The site must work under a sub-path (GitHub Pages project sites) as well as at a domain
 * root (every other spec). Global setup builds the fixture content with BASE_PATH and serves
 * the result under it.
 */
const BASE = SITES.base.base;
const server = { url: siteUrl('base') };

test('every internal link stays under the base path and resolves', async ({ request }) => {
  const root = server?.url ?? '';
  const origin = new URL(root).origin;
  const seen = new Set<string>();
  const queue = [new URL(root).pathname];
  const broken: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(`${origin}${path}`);
    if (response.status() !== 200) {
      broken.push(`${path} answered ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const [, href] of html.matchAll(/\s(?:href|src|action)="([^"]+)"/g)) {
      if (!href || href.startsWith('#')) continue;
      const target = new URL(href.replace(/&amp;/g, '&'), `${origin}${path}`);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(BASE)) broken.push(`${path} links outside the base: ${href}`);
      else if (!seen.has(target.pathname)) queue.push(target.pathname);
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(60);
});

test('filters and badge links work under the base path', async ({ page }) => {
  await page.goto(`${server?.url}tools/kubeflow/`);
  await page
    .getByRole('list', { name: 'Badges' })
    .getByRole('link', { name: /Advanced/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${BASE}tools/difficulty/advanced/$`));
  await expect(page.locator('[data-summary]')).toHaveText(/^\d+ of \d+ tools$/);
});

test('the data, the comparison and the stack export use the base path', async ({ page, request }) => {
  const data = (await (await request.get(`${server?.url}tools.json`)).json()) as {
    tools: { page: string }[];
  };
  expect(data.tools.every((tool) => new URL(tool.page).pathname.startsWith(`${BASE}tools/`))).toBe(true);

  await page.goto(`${server?.url}categories/model-serving/`);
  await page.getByRole('button', { name: 'Compare BentoML' }).click();
  await page.getByRole('button', { name: 'Compare TorchServe' }).click();
  await page.getByRole('link', { name: 'Compare 2 tools' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}compare/\\?tools=bentoml,torchserve$`));
  await expect(page.getByRole('table').getByRole('columnheader').first()).toContainText('BentoML');
  await expect(page.getByRole('table').getByRole('link', { name: 'BentoML', exact: true })).toHaveAttribute(
    'href',
    `${BASE}tools/bentoml/`,
  );

  await page.goto(`${server?.url}stack/?serving=bentoml`);
  expect(await page.getByLabel('As Markdown').inputValue()).toContain(`${BASE}tools/bentoml/)`);
});

test('search finds tools and links to them under the base path', async ({ page }) => {
  await page.goto(`${server?.url}search/?q=feast`);
  const first = page.locator('[data-results] article').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', `${BASE}tools/feast/`);
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feast');
});
