import { expect, test, type Page } from '@playwright/test';
import { listedIn, readEntries } from '../helpers/content.ts';

const tools = [...readEntries('tools').values()];
const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
/** Names of the fixture's tools listed in a category and carrying the given badges. */
function namesOf(category: string | undefined, badges: Record<string, string> = {}): string[] {
  return tools
    .filter((tool) => !category || listedIn(tool, category))
    .filter((tool) => Object.entries(badges).every(([key, value]) => (tool[key] ?? 'not-rated') === value))
    .map((tool) => String(tool['name']))
    .sort(byName);
}

interface FixtureQuestion {
  id: string;
  title: string;
  license?: string[];
  difficulty?: string[];
}
const servingQuestions = (readEntries('categories').get('model-serving')?.['questions'] ??
  []) as FixtureQuestion[];

const cardNames = async (page: Page) =>
  (await page.getByRole('article').getByRole('heading').allInnerTexts()).sort(byName);
const resultNames = (page: Page) => page.locator('[data-results]').getByRole('heading').allInnerTexts();

const finder = (page: Page) => page.getByRole('region', { name: 'Find a tool' });

async function chooseServingOpenSourceBeginner(page: Page): Promise<void> {
  await page.goto('/');
  await finder(page).getByLabel('What job').selectOption({ label: 'Model Serving' });
  await finder(page).getByLabel('License and pricing').selectOption({ label: 'Open source' });
  await finder(page).getByLabel('Difficulty').selectOption({ label: 'Beginner' });
}

test.describe('the home page’s "find a tool" form', () => {
  const expected = namesOf('model-serving', { license: 'open-source', difficulty: 'beginner' });

  test('says how many tools match, then lands on a search listing exactly those tools', async ({ page }) => {
    expect(expected.length).toBeGreaterThan(0);
    await chooseServingOpenSourceBeginner(page);
    await expect(finder(page).locator('[data-finder-count]')).toHaveText(
      expected.length === 1 ? '1 tool matches' : `${expected.length} tools match`,
    );
    await finder(page).getByRole('button', { name: 'Show tools' }).click();
    // Choices left at "Any" stay out of the address.
    await expect(page).toHaveURL(
      /\/search\/\?kind=tool&category=model-serving&license=open-source&difficulty=beginner$/,
    );
    await expect.poll(async () => (await resultNames(page)).sort(byName)).toEqual(expected);
  });

  test('submits without JavaScript too, and its common questions lead to listings that need none', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await chooseServingOpenSourceBeginner(page);
    await finder(page).getByRole('button', { name: 'Show tools' }).click();
    await expect(page).toHaveURL(
      /\/search\/\?kind=tool&category=model-serving&license=open-source&difficulty=beginner/,
    );

    const question = servingQuestions.find((candidate) => candidate.id === 'open-source-beginner');
    expect(question).toBeDefined();
    await page.goto('/');
    await finder(page)
      .getByRole('link', { name: question?.title ?? '' })
      .click();
    await expect(page).toHaveURL(/\/categories\/model-serving\/for\/open-source-beginner\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question?.title ?? '');
    expect(await cardNames(page)).toEqual(expected);
    await context.close();
  });

  test('every common question’s listing holds exactly the tools that answer it', async ({ page }) => {
    for (const question of servingQuestions) {
      await page.goto(`/categories/model-serving/for/${question.id}/`);
      const wanted = tools
        .filter((tool) => listedIn(tool, 'model-serving'))
        .filter(
          (tool) => !question.license || question.license.includes(String(tool['license'] ?? 'not-rated')),
        )
        .filter(
          (tool) =>
            !question.difficulty || question.difficulty.includes(String(tool['difficulty'] ?? 'not-rated')),
        )
        .map((tool) => String(tool['name']))
        .sort(byName);
      expect(await cardNames(page)).toEqual(wanted);
      await expect(page.locator('[data-shortlist-summary]')).toContainText(
        wanted.length === 1 ? '1 tool' : `${wanted.length} tools`,
      );
      await page.getByRole('link', { name: 'Refine in search' }).click();
      await expect.poll(async () => (await resultNames(page)).sort(byName)).toEqual(wanted);
    }
  });
});

test.describe('category as a facet of the tool listings', () => {
  const panel = (page: Page) => page.getByRole('form', { name: 'Filter tools' });

  test('/tools/?category=… keeps the tools listed in that category, its own and those placed there', async ({
    page,
  }) => {
    const serving = namesOf('model-serving');
    expect(serving.length).toBeGreaterThan(0);
    await page.goto('/tools/?category=model-serving');
    await expect.poll(() => cardNames(page)).toEqual(serving);
    await expect(panel(page).getByRole('checkbox', { name: /Model Serving/ })).toBeChecked();

    // Combined with a badge, as from the home page's question.
    await panel(page)
      .getByRole('checkbox', { name: /Open source/ })
      .check();
    await expect(page).toHaveURL(/\?license=open-source&category=model-serving$/);
    await expect.poll(() => cardNames(page)).toEqual(namesOf('model-serving', { license: 'open-source' }));
  });

  test('without JavaScript each category option is a pre-rendered listing', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tools/');
    await page.getByRole('link', { name: /^Feature Stores \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/tools\/category\/feature-stores\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tools for Feature Stores');
    expect(await cardNames(page)).toEqual(namesOf('feature-stores'));
    await context.close();
  });
});
