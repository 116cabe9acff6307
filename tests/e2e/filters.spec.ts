import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { readEntries } from '../helpers/content.ts';

const tools = [...readEntries('tools').entries()].map(([slug, data]) => ({
  slug,
  name: String(data['name']),
  category: String(data['category']),
  license: (data['license'] as string | undefined) ?? 'not-rated',
  difficulty: (data['difficulty'] as string | undefined) ?? 'not-rated',
}));
const namesWhere = (keep: (tool: (typeof tools)[number]) => boolean) =>
  tools
    .filter(keep)
    .map((tool) => tool.name)
    .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));

async function visibleNames(page: Page): Promise<string[]> {
  return page.getByRole('article').getByRole('heading').allInnerTexts();
}

const panel = (page: Page) => page.getByRole('form', { name: 'Filter tools' });

test.describe('badge filters on /tools/', () => {
  test('an option keeps exactly the tools with that badge and says how many', async ({ page }) => {
    await page.goto('/tools/');
    const openSource = namesWhere((tool) => tool.license === 'open-source');
    await panel(page)
      .getByRole('checkbox', { name: /Open source/ })
      .check();
    await expect(page).toHaveURL(/\/tools\/\?license=open-source$/);
    await expect.poll(() => visibleNames(page)).toEqual(openSource);
    await expect(page.locator('[data-summary]')).toHaveText(`${openSource.length} of ${tools.length} tools`);

    await page.reload();
    await expect(panel(page).getByRole('checkbox', { name: /Open source/ })).toBeChecked();
    await expect.poll(() => visibleNames(page)).toEqual(openSource);
  });

  test('options of one group add up (OR), groups narrow each other (AND), counts follow', async ({
    page,
  }) => {
    await page.goto('/tools/');
    const form = panel(page);
    await form.getByRole('checkbox', { name: /Open source/ }).check();
    await form.getByRole('checkbox', { name: /Freemium/ }).check();
    const either = namesWhere((tool) => ['open-source', 'freemium'].includes(tool.license));
    await expect.poll(() => visibleNames(page)).toEqual(either);

    await form.getByRole('checkbox', { name: /Advanced/ }).check();
    await expect(page).toHaveURL(/\?license=open-source,freemium&difficulty=advanced$/);
    const both = namesWhere(
      (tool) => ['open-source', 'freemium'].includes(tool.license) && tool.difficulty === 'advanced',
    );
    await expect.poll(() => visibleNames(page)).toEqual(both);

    // Each difficulty option counts the tools it would show next to the licence selection.
    const intermediates = namesWhere(
      (tool) => ['open-source', 'freemium'].includes(tool.license) && tool.difficulty === 'intermediate',
    ).length;
    await expect(form.getByRole('checkbox', { name: /Intermediate/ })).toHaveAccessibleName(
      new RegExp(`\\(${intermediates}\\)`),
    );
    // An option that would match nothing stays visible but disabled.
    const commercialAdvanced = namesWhere(
      (tool) => tool.license === 'commercial' && tool.difficulty === 'advanced',
    );
    expect(commercialAdvanced).toEqual([]);
    await expect(form.getByRole('checkbox', { name: /Commercial/ })).toBeDisabled();

    await form.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/tools\/$/);
    await expect.poll(() => visibleNames(page)).toHaveLength(tools.length);
  });

  test('back and forward restore earlier selections', async ({ page }) => {
    await page.goto('/tools/');
    const form = panel(page);
    await form.getByRole('checkbox', { name: /Open source/ }).check();
    await form.getByRole('checkbox', { name: /Intermediate/ }).check();
    const openIntermediate = namesWhere(
      (tool) => tool.license === 'open-source' && tool.difficulty === 'intermediate',
    );
    await expect.poll(() => visibleNames(page)).toEqual(openIntermediate);

    await page.goBack();
    await expect(page).toHaveURL(/\?license=open-source$/);
    await expect(form.getByRole('checkbox', { name: /Intermediate/ })).not.toBeChecked();
    await expect.poll(() => visibleNames(page)).toEqual(namesWhere((tool) => tool.license === 'open-source'));

    await page.goBack();
    await expect.poll(() => visibleNames(page)).toHaveLength(tools.length);

    await page.goForward();
    await page.goForward();
    await expect.poll(() => visibleNames(page)).toEqual(openIntermediate);
  });

  test('a shared URL opens the same view; unknown values are ignored', async ({ page }) => {
    await page.goto('/tools/?license=free,gratis&difficulty=expert&difficulty=not-rated');
    await expect
      .poll(() => visibleNames(page))
      .toEqual(namesWhere((tool) => tool.license === 'free' && tool.difficulty === 'not-rated'));
    await expect(panel(page).getByRole('checkbox', { name: /^Free \(/ })).toBeChecked();
  });

  test('a selection with no match says so and offers to clear', async ({ page }) => {
    await page.goto('/tools/?license=commercial&difficulty=advanced');
    await expect(page.locator('[data-summary]')).toHaveText(`0 of ${tools.length} tools`);
    await expect(page.getByText('No tools match all of these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).last().click();
    await expect.poll(() => visibleNames(page)).toHaveLength(tools.length);
    await expect(page.getByText('No tools match all of these filters.')).toBeHidden();
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/tools/');
    const openSource = panel(page).getByRole('checkbox', { name: /Open source/ });
    for (
      let presses = 0;
      presses < 30 && !(await openSource.evaluate((el) => el === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(openSource).toBeFocused();
    await page.keyboard.press('Space');
    await expect(openSource).toBeChecked();
    await expect(page).toHaveURL(/\?license=open-source$/);
    await page.keyboard.press('Tab');
    await expect(panel(page).getByRole('checkbox', { name: /^Free \(/ })).toBeFocused();
  });
});

test.describe('badge filters elsewhere', () => {
  test('a badge on a tool page links to the listing filtered by it', async ({ page }) => {
    await page.goto('/tools/kubeflow/');
    await page
      .getByRole('list', { name: 'Badges' })
      .getByRole('link', { name: /Advanced/ })
      .click();
    await expect(page).toHaveURL(/\/tools\/\?difficulty=advanced$/);
    await expect.poll(() => visibleNames(page)).toEqual(namesWhere((tool) => tool.difficulty === 'advanced'));
  });

  test('on a category page, subsections without a match disappear', async ({ page }) => {
    await page.goto('/categories/model-serving/?license=pay-per-use');
    // Listed here: the section's own tools and those placed in it too (KServe).
    const servingTools = tools.filter((tool) => tool.category === 'model-serving' || tool.slug === 'kserve');
    await expect
      .poll(() => visibleNames(page))
      .toEqual(namesWhere((tool) => tool.category === 'model-serving' && tool.license === 'pay-per-use'));
    await expect(page.getByRole('heading', { name: 'Serverless Inference' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Inference Servers' })).toBeHidden();
    await expect(page.locator('[data-summary]')).toContainText(`of ${servingTools.length} tools`);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the panel folds behind a summary that opens it and says how many options are on', async ({
    page,
  }) => {
    await page.goto('/tools/?difficulty=advanced');
    const summary = page.locator('summary').filter({ hasText: 'Filters' });
    const advanced = panel(page).getByRole('checkbox', { name: /Advanced/ });
    await expect(summary).toHaveText('Filters: 1 on');
    await expect(advanced).toBeHidden();
    // The first tool is on the first screen, not below the whole panel.
    await expect(page.getByRole('article').first()).toBeInViewport();

    await summary.click();
    await expect(advanced).toBeVisible();
    await expect(advanced).toBeChecked();
    await panel(page)
      .getByRole('checkbox', { name: /Intermediate/ })
      .check();
    await expect(summary).toHaveText('Filters: 2 on');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('on wide screens the panel is always open and the summary hidden', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto('/tools/');
    await expect(page.locator('summary').filter({ hasText: 'Filters' })).toBeHidden();
    await expect(panel(page).getByRole('checkbox', { name: /Open source/ })).toBeVisible();
  });

  test('the search page folds its facets the same way', async ({ page }) => {
    await page.goto('/search/?q=model&license=open-source');
    const summary = page.locator('summary').filter({ hasText: 'Filters' });
    await expect(summary).toHaveText('Filters: 1 on');
    await expect(page.getByRole('checkbox', { name: /Open source/ })).toBeHidden();
    await expect(page.locator('[data-results] article').first()).toBeInViewport();
    await summary.click();
    await expect(page.getByRole('checkbox', { name: /Open source/ })).toBeChecked();
  });

  test('a badge page names its option in the summary', async ({ page }) => {
    await page.goto('/tools/license/free/');
    await expect(page.locator('summary').filter({ hasText: 'Filters' })).toHaveText('Filters: Free');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every tool shows and each option is a link to its badge page', async ({ page }) => {
    await page.goto('/tools/?license=open-source');
    await expect.poll(() => visibleNames(page)).toHaveLength(tools.length);
    await expect(panel(page).getByRole('checkbox')).toHaveCount(0);
    const link = panel(page).getByRole('link', { name: /Open source/ });
    await expect(link).toHaveAttribute('href', '/tools/license/open-source/');
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open source tools');
    await expect.poll(() => visibleNames(page)).toEqual(namesWhere((tool) => tool.license === 'open-source'));
    await expect(panel(page).getByRole('link', { name: /Open source/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('every badge page lists exactly the matching tools', async ({ page }) => {
    for (const [group, value] of [
      ['license', 'not-rated'],
      ['license', 'pay-per-use'],
      ['difficulty', 'beginner'],
      ['difficulty', 'not-rated'],
    ] as const) {
      await page.goto(`/tools/${group}/${value}/`);
      await expect
        .poll(() => visibleNames(page), { message: `${group}=${value}` })
        .toEqual(namesWhere((tool) => tool[group] === value));
    }
  });
});
