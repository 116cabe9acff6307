import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlBudgetOf } from '../../scripts/lib/budgets.ts';
import { surveyHtml } from '../../scripts/lib/page-weight.ts';
import { toolSlugOf } from '../../src/lib/routes.ts';
import { STAGE_CHOICES_LISTED } from '../../src/lib/stack.ts';
import { axeViolations } from '../helpers/axe.ts';
import { SCALE_EXTRA_TOOLS as EXTRA_TOOLS, siteOutDir, siteUrl } from '../helpers/sites.ts';

/**
 * The fixture plus 1,000 generated tools (built by global setup): every page stays within the
 * HTML budget, and the stack builder and the compare picker find any tool by name.
 */
const server = { url: siteUrl('scale') };

test('every HTML page stays within its budget (listings 10 KB, others 14 KB gzipped) with 1,000 more tools', () => {
  const survey = surveyHtml(siteOutDir('scale'), htmlBudgetOf);
  expect(survey.pages).toBeGreaterThan(EXTRA_TOOLS);
  expect(survey.overBudget).toEqual([]);
});

test('the stack builder lists a stage’s first tools and finds the rest by name', async ({ page }) => {
  await page.goto(`${server?.url ?? ''}stack/`);
  const serving = page.getByRole('group', { name: 'Serving' });
  // The most adopted tools (TorchServe, only kept in maintenance, after the others), and "None yet".
  await expect(serving.getByRole('radio')).toHaveCount(STAGE_CHOICES_LISTED + 1);
  await expect(serving.getByRole('radio', { name: 'TorchServe' })).toHaveCount(0);

  const find = serving.getByLabel('Find more Serving tools');
  await expect(find).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await find.fill('torchserve');
  await serving.getByRole('button', { name: 'Choose TorchServe' }).click();
  await expect(page).toHaveURL(/\/stack\/\?serving=torchserve$/);
  await expect(page.getByLabel('As Markdown')).toHaveValue(/TorchServe/);
  await expect(serving.getByRole('radio', { name: 'None yet' })).not.toBeChecked();
  await expect(serving).toContainText('Chosen: TorchServe');

  await page.reload();
  await expect(serving).toContainText('Chosen: TorchServe');
  await expect(page.getByLabel('As Markdown')).toHaveValue(/TorchServe/);

  await serving.getByRole('radio', { name: 'BentoML' }).check();
  await expect(page).toHaveURL(/\/stack\/\?serving=bentoml$/);
  await expect(serving).not.toContainText('Chosen: TorchServe');
});

test('a shared stack keeps a choice beyond the listed tools while its data is still loading', async ({
  page,
}) => {
  // Hold TorchServe's file back until another stage has changed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/tools/torchserve.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${server?.url ?? ''}stack/?serving=torchserve`);
  await page.getByRole('group', { name: 'Feature store' }).getByRole('radio', { name: 'Feast' }).check();
  await expect(page).toHaveURL(/\/stack\/\?features=feast&serving=torchserve$/);
  release();
  await expect(page.getByLabel('As Markdown')).toHaveValue(/TorchServe/);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/stack\/$/);
  await expect(page.getByLabel('As Markdown')).not.toHaveValue(/TorchServe/);
});

test('the compare picker finds any tool by name, loading only what it compares', async ({ page }) => {
  const data: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.json')) data.push(new URL(request.url()).pathname);
  });
  await page.goto(`${server?.url ?? ''}compare/?tools=feast`);
  const picker = page.getByLabel('Add a tool');
  await picker.fill('synthetic tool 0001');
  const add = page
    .getByRole('listbox', { name: 'Matching tools' })
    .getByRole('option', { name: /^Synthetic Tool 0001/ });
  await add.first().click();
  await expect(page).toHaveURL(/\/compare\/\?tools=feast,synthetic-tool-0001-/);
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(2);
  expect(data.filter((path) => path.endsWith('tools.json'))).toEqual([]);
  expect(data.filter((path) => path.startsWith('/data/tools/'))).toHaveLength(2);
});

test('at this size a first search skips the filter index; the counts come when the filters are reached', async ({
  page,
}) => {
  const filterChunks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/filter/')) filterChunks.push(request.url());
  });
  await page.goto(`${server.url}search/?q=feature+store`);
  await expect(page.locator('[data-results] article').first()).toBeVisible();
  const counts = page.locator('.facets [data-count]');
  await expect(counts.first()).toBeHidden();
  expect(filterChunks).toEqual([]);

  await page.locator('.facets').hover();
  await expect(counts.first()).toBeVisible();
  await expect(counts.first()).toHaveText(/^\(\d+\)$/);
  expect(filterChunks.length).toBeGreaterThan(0);
  // Counting once is enough: the next search counts at once.
  await page.getByLabel('Search words').fill('monitoring');
  await expect(page).toHaveURL(/q=monitoring/);
  await expect(counts.first()).toBeVisible();
});

test('a sorted search fetches one order file and lists tools in that order', async ({ page }) => {
  const orders: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/search-order/')) orders.push(new URL(request.url()).pathname);
  });
  await page.goto(`${server.url}search/?q=feature+store&sort=added`);
  await expect(page.locator('[data-results] article').first()).toBeVisible();
  expect(orders).toEqual(['/data/search-order/added.json']);
  const shown = (
    await page
      .locator('[data-results] h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  ).map((href) => toolSlugOf(href));
  const { tools } = JSON.parse(
    readFileSync(join(siteOutDir('scale'), 'data', 'order', 'added.json'), 'utf8'),
  ) as {
    tools: string[];
  };
  const places = shown.map((slug) => (slug ? tools.indexOf(slug) : -1));
  expect(places.length).toBeGreaterThan(1);
  expect(places.every((place) => place >= 0)).toBe(true);
  expect(places).toEqual([...places].sort((a, b) => a - b));
});
