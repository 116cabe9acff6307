import { expect, test, type Page } from '@playwright/test';
import { readEntries } from '../helpers/content.ts';
import { siteUrl } from '../helpers/sites.ts';

/**
 * Upstream facts (tests/fixtures/content/upstream/github.json) on the fixture site: MLflow and
 * KServe fetched with stars, ModelDB archived upstream though its entry has no status, BentoML
 * and DVC read from snapshots (no stars), Metaflow's repository no longer found.
 */
const tools = [...readEntries('tools').entries()].map(([slug, data]) => ({
  slug,
  name: String(data['name']),
  category: String(data['category']),
  status: data['status'] as string | undefined,
}));
const ENDED = new Set(['deprecated', 'archived', 'discontinued']);
/** The usual A to Z listing order: tools that ended last. */
const aToZ = (names: readonly string[]) =>
  [...names].sort((a, b) => {
    const ended = (name: string) => Number(ENDED.has(tools.find((tool) => tool.name === name)?.status ?? ''));
    return ended(a) - ended(b) || a.localeCompare(b, 'en', { sensitivity: 'base' });
  });
const allNames = tools.map((tool) => tool.name);
const without = (names: readonly string[], first: readonly string[]) =>
  names.filter((name) => !first.includes(name));

const cardNames = (page: Page) => page.locator('.card .card-name').allInnerTexts();
const card = (page: Page, name: string) =>
  page.locator('.card').filter({ has: page.getByRole('heading', { name, exact: true }) });
const sortNav = (page: Page) => page.getByRole('navigation', { name: 'Sort order' });

test.describe('health signals', () => {
  test('cards show compact stars and the month of the latest release or push', async ({ page }) => {
    await page.goto('/tools/');
    const mlflow = card(page, 'MLflow').locator('.card-upstream');
    await expect(mlflow).toContainText('★ 21.2k');
    await expect(mlflow).toContainText('Pushed Nov 2026');
    await expect(mlflow.locator('time')).toHaveAttribute('datetime', '2026-11');
    // A snapshot has no stars: none are shown, the newest commit is.
    const bentoml = card(page, 'BentoML').locator('.card-upstream');
    await expect(bentoml).toHaveText('Last commit Apr 2026');
    await expect(card(page, 'DVC (Data Version Control)').locator('.card-upstream')).toHaveText(
      'Released Oct 2026',
    );
    // Nothing collected: no line at all, never a guessed number.
    await expect(card(page, 'ZenML').locator('.card-upstream')).toHaveCount(0);
  });

  test('a tool archived upstream is flagged before its entry says so', async ({ page }) => {
    await page.goto('/tools/');
    await expect(card(page, 'ModelDB').locator('[data-archived-upstream]')).toHaveText(/Archived upstream/);
    await expect(page.locator('[data-archived-upstream]')).toHaveCount(1);

    await page.goto('/tools/modeldb/');
    await expect(page.locator('[data-upstream]')).toContainText('Archived on GitHub');
    await expect(page.locator('[data-upstream]')).toContainText('though this entry does not say so yet');
  });

  test('tool pages give stars, release, last push, license and when the facts were collected', async ({
    page,
  }) => {
    await page.goto('/tools/mlflow/');
    await expect(page.getByRole('term').filter({ hasText: 'Upstream activity' })).toBeVisible();
    const facts = page.locator('[data-upstream]');
    await expect(facts).toContainText('21,234 stars on GitHub');
    await expect(facts).toContainText('Latest release: v3.6.0 on 2026-11-05');
    await expect(facts).toContainText('Last push: 2026-11-20');
    await expect(facts).toContainText('License GitHub detects: Apache-2.0');
    await expect(facts).toContainText('Fetched from the GitHub API on 2026-12-07');
    await expect(facts).not.toContainText('ago');

    await page.goto('/tools/bentoml/');
    await expect(page.locator('[data-upstream]')).toContainText('Stars: not collected yet');
    await expect(page.locator('[data-upstream]')).toContainText(
      'Read from a snapshot of the repository on 2026-11-30',
    );

    await page.goto('/tools/metaflow/');
    await expect(page.locator('[data-upstream]')).toContainText(
      'Repository not found on GitHub since 2026-12-01',
    );

    await page.goto('/tools/zenml/');
    await expect(page.locator('[data-upstream]')).toHaveText('Not collected');
  });
});

test('/tools.json gives each tool its upstream facts, or null', async ({ request }) => {
  const data = (await (await request.get('/tools.json')).json()) as {
    tools: { slug: string; upstream: Record<string, unknown> | null }[];
  };
  const upstreamOf = (slug: string) => data.tools.find((tool) => tool.slug === slug)?.upstream;
  expect(upstreamOf('mlflow')).toMatchObject({
    source: 'github-api',
    stars: 21234,
    archived: false,
    latestRelease: { tag: 'v3.6.0', date: '2026-11-05' },
    lastPush: '2026-11-20',
    licenseId: 'Apache-2.0',
    asOf: '2026-12-07',
  });
  expect(upstreamOf('modeldb')).toMatchObject({ archived: true });
  expect(upstreamOf('bentoml')).toMatchObject({ source: 'snapshot', stars: null, archived: null });
  expect(upstreamOf('zenml')).toBeNull();
});

test.describe('sorting without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the all-tools listing links to pre-rendered most starred and recently active orders', async ({
    page,
  }) => {
    await page.goto('/tools/');
    await expect(sortNav(page).getByRole('link', { name: 'Name' })).toHaveAttribute('aria-current', 'true');
    await sortNav(page).getByRole('link', { name: 'Most starred' }).click();
    await expect(page).toHaveURL(/\/tools\/sorted\/stars\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All tools: most starred');
    const starred = ['MLflow', 'KServe', 'ModelDB'];
    expect(await cardNames(page)).toEqual([...starred, ...aToZ(without(allNames, starred))]);
    await expect(page.locator('[data-sort-coverage]')).toContainText(`3 of ${tools.length} tools`);

    await sortNav(page).getByRole('link', { name: 'Recently active' }).click();
    await expect(page).toHaveURL(/\/tools\/sorted\/activity\/$/);
    const active = ['MLflow', 'DVC (Data Version Control)', 'KServe', 'BentoML', 'ModelDB'];
    expect(await cardNames(page)).toEqual([...active, ...aToZ(without(allNames, active))]);

    await sortNav(page).getByRole('link', { name: 'Newest in the guide' }).click();
    await expect(page).toHaveURL(/\/tools\/sorted\/added\/$/);
    await sortNav(page).getByRole('link', { name: 'Name' }).click();
    await expect(page).toHaveURL(/\/tools\/$/);
    expect(await cardNames(page)).toEqual(aToZ(allNames));
  });

  test('a category sorts all of its tools in one flat list, each card naming its subcategory', async ({
    page,
  }) => {
    await page.goto('/categories/model-versioning/');
    await sortNav(page).getByRole('link', { name: 'Recently active' }).click();
    await expect(page).toHaveURL(/\/categories\/model-versioning\/sorted\/activity\/$/);
    const names = await cardNames(page);
    expect(names.slice(0, 2)).toEqual(['DVC (Data Version Control)', 'ModelDB']);
    const inCategory = tools.filter((tool) => tool.category === 'model-versioning').map((tool) => tool.name);
    expect([...names].sort()).toEqual(expect.arrayContaining([...inCategory].sort()));
    await expect(card(page, 'ModelDB').locator('.card-eyebrow')).not.toBeEmpty();
  });
});

test.describe('sorting with JavaScript', () => {
  test('the badge filter works on a sorted listing, keeping its order', async ({ page }) => {
    await page.goto('/tools/sorted/stars/');
    await page.getByRole('checkbox', { name: /Open source/ }).check();
    await expect(page).toHaveURL(/\/tools\/sorted\/stars\/\?license=open-source$/);
    const openSource = [...readEntries('tools').values()].filter((data) => data['license'] === 'open-source');
    // The whole listing is filtered once its data has loaded: wait for the result, then read it.
    await expect(page.locator('.card:visible')).toHaveCount(openSource.length);
    const shown = await page.locator('.card:visible .card-name').allInnerTexts();
    expect(shown.slice(0, 3)).toEqual(['MLflow', 'KServe', 'ModelDB']);
  });

  test('every order of a large listing is paginated, each page in that order', async ({ page }) => {
    const scale = siteUrl('scale');
    await page.goto(`${scale}tools/sorted/added/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /^All tools: newest in the guide, page 1 of \d+$/,
    );
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages.getByRole('link', { name: 'Next' })).toHaveAttribute(
      'href',
      '/tools/sorted/added/page/2/',
    );
    await pages.getByRole('link', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/newest in the guide, page 2 of/);
    await expect(sortNav(page).getByRole('link', { name: 'Newest in the guide' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
});

test.describe('sorting search results', () => {
  test('each order file lists every tool by its search page id, in the order of the sorted listings', async ({
    page,
    request,
  }) => {
    await page.goto('/search/');
    // Every tool result's page id and slug, from the search index itself.
    const slugOfId: Record<string, string> = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const response = await pagefind.search(null, { filters: { kind: 'tool' } });
      const entries = await Promise.all(
        response.results.map(async (result: { id: string; data(): Promise<{ url: string }> }) => [
          result.id,
          (await result.data()).url.split('/').at(-2),
        ]),
      );
      return Object.fromEntries(entries);
    });
    expect(Object.keys(slugOfId)).toHaveLength(tools.length);
    const slugsIn = async (order: string) => {
      const file = (await (await request.get(`/data/search-order/${order}.json`)).json()) as {
        ids: string[];
      };
      return file.ids.map((id) => slugOfId[id]);
    };
    const byStars = await slugsIn('stars');
    expect(byStars.slice(0, 3)).toEqual(['mlflow', 'kserve', 'modeldb']);
    expect(new Set(byStars).size).toBe(tools.length);
    expect((await slugsIn('activity')).slice(0, 5)).toEqual([
      'mlflow',
      'dvc',
      'kserve',
      'bentoml',
      'modeldb',
    ]);
    for (const order of ['stars', 'activity', 'added']) {
      const { tools: listed } = (await (await request.get(`/data/order/${order}.json`)).json()) as {
        tools: string[];
      };
      expect(await slugsIn(order)).toEqual(listed);
    }
  });
});
