import { expect, test, type Page } from '@playwright/test';
import { listedIn, readEntries } from '../helpers/content.ts';

const tools = readEntries('tools');
const resources = readEntries('resources');
const resultNames = (page: Page) => page.locator('[data-results]').getByRole('heading').allInnerTexts();

test.describe('search', () => {
  test('typing in the header and pressing Enter lands on the results', async ({ page }) => {
    await page.goto('/categories/');
    const box = page
      .getByRole('combobox', { name: 'Search tools' })
      .or(page.getByRole('searchbox', { name: 'Search tools' }));
    await box.fill('drift');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=drift$/);
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'for “drift”' })).toBeVisible();
    await expect.poll(() => resultNames(page)).toEqual(expect.arrayContaining(['Evidently AI', 'WhyLabs']));
  });

  test('a shared search link shows its results at once, each tool once', async ({ page }) => {
    await page.goto('/search/?q=model+registry');
    await expect(page.getByRole('searchbox', { name: 'Search words' })).toHaveValue('model registry');
    await expect(page.locator('[data-results] article').first()).toBeVisible();
    const names = await resultNames(page);
    expect(names.slice(0, 3)).toEqual(expect.arrayContaining(['MLflow Model Registry', 'MLflow']));
    expect(new Set(names).size).toBe(names.length);
    const first = page.locator('[data-results] article').first();
    await expect(first.getByRole('link')).toHaveAttribute('href', /^\/tools\/[a-z0-9-]+\/$/);
    await expect(first.locator('.result-meta')).toContainText('Tool ·');
  });

  test('an exact name ranks first, and aliases find their tool', async ({ page }) => {
    for (const [query, expected] of [
      ['kubeflow', 'Kubeflow'],
      ['mlflow', 'MLflow'],
      ['wandb', 'Weights & Biases'],
      ['k8s', 'Kubernetes'],
    ]) {
      await page.goto(`/search/?q=${query}`);
      await expect(page.locator('[data-results] h2').first(), query).toHaveText(expected ?? '');
    }
  });

  test('a facet narrows the results to entries with that badge, and stays in the URL', async ({ page }) => {
    await page.goto('/search/?q=model');
    await expect(page.locator('[data-results] article').first()).toBeVisible();
    await page.getByRole('checkbox', { name: /Open source/ }).check();
    await expect(page).toHaveURL(/\?q=model&license=open-source$/);
    await expect(
      page.getByRole('main').getByRole('status').filter({ hasText: 'filtered by Open source' }),
    ).toBeVisible();
    const names = await resultNames(page);
    expect(names.length).toBeGreaterThan(0);
    const openSource = new Set(
      [...tools.values()]
        .filter((tool) => tool['license'] === 'open-source')
        .map((tool) => String(tool['name'])),
    );
    for (const name of names) expect(openSource, name).toContain(name);

    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Open source/ })).toBeChecked();
  });

  test('facets work before any word is typed, with counts', async ({ page }) => {
    await page.goto('/search/');
    const beginner = page.getByRole('checkbox', { name: /Beginner/ });
    const expected = [...tools.values()].filter((tool) => tool['difficulty'] === 'beginner').length;
    await expect(beginner).toHaveAccessibleName(new RegExp(`\\(${expected}\\)`));
    await page.getByRole('checkbox', { name: 'Tools (' }).check();
    await beginner.check();
    await expect(page).toHaveURL(/\?kind=tool&difficulty=beginner$/);
    await expect.poll(() => resultNames(page)).toEqual(['BentoML']);
  });

  test('the category facet counts and finds tools placed in a category as well as those filed there', async ({
    page,
  }) => {
    await page.goto('/search/');
    const serving = page.getByRole('checkbox', { name: /^Model Serving/ });
    const expected = [...tools.values()].filter((tool) => listedIn(tool, 'model-serving')).length;
    await expect(serving).toHaveAccessibleName(new RegExp(`\\(${expected}\\)`));
    await serving.check();
    // KServe is filed under infrastructure and also listed in Model Serving.
    await expect.poll(() => resultNames(page)).toContain('KServe');
  });

  test('/ and Ctrl+K focus the header search box', async ({ page }) => {
    await page.goto('/tools/mlflow/');
    const box = page.locator('#site-search-input');
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await box.blur();
    await page.keyboard.press('Control+k');
    await expect(box).toBeFocused();
  });

  test('from any page: /, "feature store", then ↓ and Enter open Feast', async ({ page }) => {
    await page.goto('/guides/');
    await page.keyboard.press('/');
    await page.keyboard.type('feature store');
    const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    // The list for the whole query, not one drawn while typing.
    await expect(options.last()).toHaveText('All results for “feature store”');
    await expect(options.first()).toContainText('Feast');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('combobox')).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tools\/feast\/$/);
  });

  test('↓ and Enter pressed before the suggestions arrive act on those of the whole query', async ({
    page,
  }) => {
    await page.goto('/guides/');
    await page.keyboard.press('/');
    // The box becomes a combobox once its suggestions are wired (the search index loaded).
    await expect(page.getByRole('combobox', { name: 'Search tools' })).toBeFocused();
    // No waiting between keys: each letter starts a search that the next one replaces.
    await page.keyboard.type('feature store');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tools\/feast\/$/);
  });

  test('a shared link shows the suggestions’ results in the same order', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('feature store');
    const options = page.getByRole('listbox', { name: 'Suggestions' }).locator('.suggestion-title');
    await expect(options.last()).toHaveText('All results for “feature store”');
    await expect(options.first()).toHaveText('Feast');
    const suggested = (await options.allInnerTexts()).filter((title) => !title.startsWith('All results'));
    await page.goto('/search/?q=feature+store');
    await expect(page.locator('[data-results] h2').first()).toHaveText('Feast');
    expect((await resultNames(page)).slice(0, suggested.length)).toEqual(suggested);
  });

  test('results say what kind of page they are', async ({ page }) => {
    const metaOf = async (query: string, title: string) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      return page
        .locator('[data-results] article')
        .filter({ hasText: title })
        .first()
        .locator('.result-meta');
    };
    // A course: its kind, license and difficulty, as the fixture rates it.
    const course = resources.get('made-with-ml');
    await expect(await metaOf('made with ml', 'Made With ML')).toHaveText(
      `Course or book · Free · ${course?.['difficulty'] ? 'Beginner' : 'Difficulty not rated'}`,
    );
    // A tool: its kind first, then its category.
    await expect(await metaOf('mlflow', 'MLflow')).toHaveText(/^Tool · MLOps Platforms · /);
    // A best-practice guide.
    await expect(await metaOf('deployment checklist', 'Model deployment checklist')).toHaveText(/^Guide\b/);
  });

  test('a query without matches says so and points to the listings', async ({ page }) => {
    await page.goto('/search/?q=qwertyuiop');
    await expect(
      page.getByRole('main').getByRole('status').filter({ hasText: '0 results for “qwertyuiop”' }),
    ).toBeVisible();
    await expect(page.getByText('Nothing matches.')).toBeVisible();
    await expect(page.locator('[data-empty]').getByRole('link', { name: 'all tools' })).toHaveAttribute(
      'href',
      '/tools/',
    );
  });

  test('show more adds the next results', async ({ page }) => {
    await page.goto('/search/?kind=tool');
    await expect(page.locator('[data-results] article')).toHaveCount(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(page.locator('[data-results] article')).toHaveCount(20);
  });
});

test('where no index exists (astro dev), the search page says so instead of failing', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/search/?q=feast');
  await expect(page.getByText('The search index is created by npm run build')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search words' })).toBeHidden();
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box still submits to the search page, which explains and links to the listings', async ({
    page,
  }) => {
    await page.goto('/tools/');
    const box = page.getByRole('searchbox', { name: 'Search tools' });
    await box.fill('feast');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=feast$/);
    await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'all tools' })).toHaveAttribute(
      'href',
      '/tools/',
    );
  });
});

test.describe('search layout', () => {
  test('on a wide screen the results come first and the filters sit in a column beside them', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/search/?q=model');
    const first = page.locator('[data-results] article').first();
    await expect(first).toBeVisible();
    const results = await first.boundingBox();
    const facets = await page.locator('.facets').boundingBox();
    const summary = await page.getByRole('main').getByRole('status').first().boundingBox();
    expect(facets && results && facets.x > results.x + results.width - 1).toBe(true);
    expect(summary && results && summary.y < results.y).toBe(true);
    // Side by side: the first result is as high on the page as the filters.
    expect(Math.abs((facets?.y ?? 0) - (summary?.y ?? 0))).toBeLessThan(40);
  });

  test('on a wide screen the order menu sits beside the count, and no gap opens above few results', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/search/?q=feature+store&license=commercial');
    const first = page.locator('[data-results] article').first();
    await expect(first).toBeVisible();
    const summary = await page.getByRole('main').getByRole('status').first().boundingBox();
    const order = await page.getByLabel('Order').boundingBox();
    const results = await first.boundingBox();
    const facets = await page.locator('.facets').boundingBox();
    if (!summary || !order || !results || !facets) throw new Error('search page parts not laid out');
    // Beside the count, on its line, before the filters' column and above the results.
    expect(order.x).toBeGreaterThan(summary.x + summary.width / 2);
    expect(order.x + order.width).toBeLessThanOrEqual(facets.x);
    expect(Math.abs(order.y + order.height / 2 - (summary.y + summary.height / 2))).toBeLessThan(
      order.height,
    );
    expect(order.y + order.height).toBeLessThan(results.y);
    // The filters' column is taller than these few results; their height adds no gap above them.
    expect(facets.height).toBeGreaterThan(results.height * 2);
    expect(results.y - (summary.y + summary.height)).toBeLessThan(48);
  });

  test('on a phone the count reads first, the filters fold behind a summary, and nothing scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/search/?q=model');
    await expect(page.locator('[data-results] article').first()).toBeVisible();
    await expect(page.locator('.facets')).not.toHaveAttribute('open');
    const summary = await page.getByRole('main').getByRole('status').first().boundingBox();
    const facets = await page.locator('.facets').boundingBox();
    expect(summary && facets && summary.y < facets.y).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});

test('search sorts the whole directory by an order kept in the URL', async ({ page }) => {
  await page.goto('/search/?sort=stars');
  // The fixture's star counts: MLflow 21,234, KServe 4,321, ModelDB 1,750; the rest have none.
  await expect
    .poll(async () => (await resultNames(page)).slice(0, 3))
    .toEqual(['MLflow', 'KServe', 'ModelDB']);
  await expect(page.getByLabel('Order')).toHaveValue('stars');
  await page.getByLabel('Order').selectOption('');
  await expect(page).toHaveURL(/\/search\/$/);
});

test.describe('search that understands the question', () => {
  const box = (page: Page) =>
    page
      .getByRole('combobox', { name: 'Search tools' })
      .or(page.getByRole('searchbox', { name: 'Search tools' }));

  test('"X vs Y" offers their comparison first, from the header', async ({ page }) => {
    await page.goto('/');
    await box(page).fill('feast vs tecton');
    const first = page.getByRole('option').first();
    await expect(first).toHaveText('Compare Feast and Tecton');
    await box(page).press('ArrowDown');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/compare\/\?tools=feast,tecton$/);
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveText([/Feast/, /Tecton/]);
  });

  test('"alternatives to X" lists tools of its category and links its rivals', async ({ page }) => {
    await page.goto('/search/?q=alternatives+to+airflow');
    const category = tools.get('apache-airflow')?.['category'];
    await expect.poll(() => resultNames(page)).toEqual(expect.arrayContaining(['Prefect', 'Dagster']));
    for (const name of await resultNames(page)) {
      const tool = [...tools.values()].find((entry) => entry['name'] === name);
      expect(tool && listedIn(tool, String(category)), name).toBe(true);
    }
    await page.getByRole('link', { name: /^Rivals of Apache Airflow/ }).click();
    await expect(page).toHaveURL(/\/tools\/apache-airflow\/#rivals$/);
  });

  test('an abbreviation finds what uses the full word, and a typo finds the name', async ({ page }) => {
    await page.goto('/search/?q=k8s');
    await expect
      .poll(() => resultNames(page))
      .toEqual(expect.arrayContaining(['Kubernetes', 'KServe', 'Kubeflow']));
    await page.goto('/search/?q=mlfow');
    await expect.poll(async () => (await resultNames(page))[0]).toBe('MLflow');
  });

  test('a query naming a facet value offers that filter, and results say why they matched', async ({
    page,
  }) => {
    await page.goto('/search/?q=open+source+feature+store');
    await page.getByRole('link', { name: /^Filter: Open source, searching “feature store”/ }).click();
    await expect(page).toHaveURL(/[?&]license=open-source/);
    await expect(page.getByRole('searchbox', { name: 'Search words' })).toHaveValue('feature store');
    const open = [...tools.values()]
      .filter((tool) => tool['license'] === 'open-source')
      .map((tool) => String(tool['name']));
    await expect.poll(() => resultNames(page)).toEqual(expect.arrayContaining(['Feast']));
    for (const name of await resultNames(page))
      if ([...tools.values()].some((tool) => tool['name'] === name)) expect(open, name).toContain(name);
    await expect(page.locator('[data-results] .result mark').first()).toBeVisible();
  });
});

test.describe('results a person can read', () => {
  const toolNamed = (name: string) => [...tools.values()].find((tool) => tool['name'] === name);

  test('each result shows sentences of its own page, the query’s words marked, never the ranking words', async ({
    page,
    context,
  }) => {
    await page.goto('/search/?q=experiment+tracking');
    await expect(page.locator('[data-results] article').first()).toBeVisible();
    const cards = await page.locator('[data-results] article').evaluateAll((articles) =>
      articles.map((article) => ({
        href: article.querySelector('h2 a')?.getAttribute('href') ?? '',
        lines: [...article.querySelectorAll('.result-tagline, .result-excerpt')].map(
          (line) => line.textContent ?? '',
        ),
        marks: [...article.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      })),
    );
    expect(cards.flatMap((card) => card.marks).length).toBeGreaterThan(0);
    for (const mark of cards.flatMap((card) => card.marks))
      expect(mark.toLowerCase()).toMatch(/^(experiment|track)/);
    // Every line is text the page itself shows, as a person reads it there.
    const pageText = await context.newPage();
    for (const card of cards.slice(0, 4)) {
      await pageText.goto(card.href);
      const shown = (await pageText.getByRole('main').innerText()).replace(/\s+/g, ' ');
      for (const line of card.lines) expect(shown, card.href).toContain(line.replace(/\.$/, ''));
    }
  });

  test('a discontinued tool ranks below living ones unless named, and says so in results and suggestions', async ({
    page,
  }) => {
    await page.goto('/search/?q=experiment+tracking');
    await expect(page.locator('[data-results] article').first()).toBeVisible();
    const names = await resultNames(page);
    const neptune = names.indexOf('Neptune.ai');
    const living = names.filter((name) => toolNamed(name) && toolNamed(name)?.['status'] !== 'discontinued');
    expect(living.length).toBeGreaterThan(1);
    if (neptune >= 0) for (const name of living) expect(names.indexOf(name), name).toBeLessThan(neptune);

    await page.goto('/search/?q=neptune');
    const first = page.locator('[data-results] article').first();
    await expect(first.getByRole('heading')).toHaveText('Neptune.ai');
    await expect(first.locator('.result-status')).toHaveText('Status: Discontinued');

    await page.goto('/');
    await page
      .getByRole('combobox', { name: 'Search tools' })
      .or(page.getByRole('searchbox', { name: 'Search tools' }))
      .fill('neptune');
    await expect(page.getByRole('option').first()).toHaveText(/^Neptune\.ai · Discontinued/);
    // Living tools carry no such word.
    await expect(page.getByRole('option').filter({ hasText: '· Active' })).toHaveCount(0);
  });
});
