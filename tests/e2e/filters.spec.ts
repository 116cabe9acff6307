import { expect, test, type Browser, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { compareForListing } from '../../src/lib/order.ts';
import { readEntries } from '../helpers/content.ts';
import { siteUrl } from '../helpers/sites.ts';

const tools = [...readEntries('tools').entries()].map(([slug, data]) => ({
  slug,
  name: String(data['name']),
  category: String(data['category']),
  license: (data['license'] as string | undefined) ?? 'not-rated',
  difficulty: (data['difficulty'] as string | undefined) ?? 'not-rated',
  status: data['status'] as string | undefined,
}));
/** The names of the tools that `keep` keeps, in listing order (A to Z, those that ended last). */
const namesWhere = (keep: (tool: (typeof tools)[number]) => boolean) =>
  tools
    .filter(keep)
    .sort(compareForListing)
    .map((tool) => tool.name);

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

    // Each difficulty option counts the tools it would show next to the license selection.
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

    await page.getByRole('button', { name: 'Clear all' }).click();
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
  test('a badge on a tool page links to the pre-rendered listing of its value', async ({ page }) => {
    await page.goto('/tools/kubeflow/');
    await page
      .getByRole('list', { name: 'Badges' })
      .getByRole('link', { name: /Advanced/ })
      .click();
    await expect(page).toHaveURL(/\/tools\/difficulty\/advanced\/$/);
    await expect.poll(() => visibleNames(page)).toEqual(namesWhere((tool) => tool.difficulty === 'advanced'));
  });

  test('on a category page, subcategories without a match disappear', async ({ page }) => {
    await page.goto('/categories/model-serving/?license=pay-per-use');
    // Listed here: the category's own tools and those placed in it too (KServe).
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
    // The end of the open panel leads back down to the tools it chose.
    await panel(page).getByRole('link', { name: 'Show the tools' }).click();
    await expect(page.getByRole('article').first()).toBeInViewport();
  });

  test('from anywhere in the list, the result bar brings the filters back in one tap', async ({ page }) => {
    await page.goto('/tools/?license=open-source');
    await page.mouse.wheel(0, 2500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const beginner = panel(page).getByRole('checkbox', { name: /Beginner/ });
    await expect(beginner).toBeInViewport();
    await beginner.check();
    await expect(page).toHaveURL(/\?license=open-source&difficulty=beginner$/);
  });

  test('on wide screens the panel is always open and the summary hidden', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto('/tools/');
    await expect(page.locator('summary').filter({ hasText: 'Filters' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeHidden();
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

  test('a badge page names its option in the summary and as an active filter', async ({ browser }) => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/tools/license/free/');
      await expect(page.locator('summary').filter({ hasText: 'Filters' })).toHaveText(
        javaScriptEnabled ? 'Filters: 1 on' : 'Filters: Free',
      );
      await expect(page.getByRole('list', { name: 'Active filters' })).toHaveText(/Remove\s*Free/);
      await context.close();
    }
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

test.describe('active filters and views', () => {
  test('active filters show as chips that remove them; Clear all removes every one', async ({ page }) => {
    await page.goto('/tools/?license=open-source&difficulty=advanced');
    const chips = page.getByRole('list', { name: 'Active filters' });
    await expect(chips.getByRole('button')).toHaveText([/Open source/, /Advanced/]);
    await chips.getByRole('button', { name: 'Remove Advanced' }).click();
    await expect(page).toHaveURL(/\/tools\/\?license=open-source$/);
    await expect.poll(() => visibleNames(page)).toEqual(namesWhere((tool) => tool.license === 'open-source'));
    await expect(page.locator('[data-summary]')).toBeFocused();
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page).toHaveURL(/\/tools\/$/);
    await expect(chips.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Clear all' })).toBeHidden();
  });

  test('the compact view shows a line per tool and is kept in the URL with the filters', async ({ page }) => {
    await page.goto('/tools/?license=open-source');
    await expect(page.locator('[data-summary]')).toHaveText(/ of /);
    const first = page.getByRole('article').first();
    // The filtered results replace the page's own cards once the listing's data has loaded.
    await expect(first).toBeVisible();
    const cardHeight = (await first.boundingBox())?.height ?? 0;
    expect(cardHeight).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Compact' }).click();
    await expect(page).toHaveURL(/\?license=open-source&view=compact$/);
    await expect(page.getByRole('button', { name: 'Compact' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await first.boundingBox())?.height ?? 0).toBeLessThan(cardHeight / 2);
    // Name, description, both badges and the upstream signal stay; the feature list goes.
    await expect(first.getByRole('heading')).toBeVisible();
    await expect(first.locator('.card-description')).toBeVisible();
    await expect(first.getByRole('list', { name: 'Badges' })).toContainText('Open source');
    await expect(first.locator('.card-features')).toBeHidden();

    await panel(page)
      .getByRole('checkbox', { name: /Beginner/ })
      .check();
    await expect(page).toHaveURL(/\?license=open-source&difficulty=beginner&view=compact$/);
    // The difficulty a listing is filtered by shows on every line, beside the license.
    const badges = first.getByRole('list', { name: 'Badges' }).getByRole('listitem');
    await expect(badges.filter({ hasText: 'Beginner' })).toBeVisible();
    await expect(badges.filter({ hasText: 'Open source' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Compact' })).toHaveAttribute('aria-pressed', 'true');
    await page.goBack();
    await page.goBack();
    await expect(page.getByRole('button', { name: 'Cards' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the count of matching tools stays in view as the list scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto('/tools/?license=open-source');
    const summary = page.locator('[data-summary]');
    await expect(summary).toHaveText(
      `${namesWhere((tool) => tool.license === 'open-source').length} of ${tools.length} tools`,
    );
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect(summary).toBeInViewport();
  });

  test('another order keeps the filters and the view', async ({ page }) => {
    await page.goto('/tools/?license=open-source&view=compact');
    await page
      .getByRole('navigation', { name: 'Sort order' })
      .getByRole('link', { name: 'Most starred' })
      .click();
    await expect(page).toHaveURL(/\/tools\/sorted\/stars\/\?license=open-source&view=compact$/);
    await expect
      .poll(async () => (await visibleNames(page)).sort())
      .toEqual(namesWhere((tool) => tool.license === 'open-source').sort());
  });
});

/**
 * The fixture plus 1,000 generated tools (the scale site): listings of many pages, where the
 * filters have to cover the pages not shown.
 */
test.describe('on a listing of many pages', () => {
  const scale = siteUrl('scale');
  const summary = (page: Page) => page.locator('[data-summary]');
  const slugsShown = (page: Page) =>
    page
      .locator('[data-results] article .card-name a')
      .evaluateAll((links) =>
        links.filter((link) => link.checkVisibility()).map((link) => link.getAttribute('href') ?? ''),
      );

  /** Every tool a listing reaches by its "Next" links, with `check` run on each page. */
  async function slugsAcrossPages(page: Page, url: string, check?: (page: Page) => Promise<void>) {
    const slugs: string[] = [];
    for (let next: string | null = url; next;) {
      await page.goto(next);
      // A filtered page is shown once its results are in.
      await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy', 'true');
      await check?.(page);
      slugs.push(...(await slugsShown(page)));
      const link = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' });
      next =
        (await link.count()) > 0 ? new URL((await link.getAttribute('href')) ?? '', page.url()).href : null;
    }
    return slugs;
  }

  /** The tools of a pre-rendered badge page, all its pages, read without JavaScript. */
  async function badgePageSlugs(browser: Browser, path: string): Promise<string[]> {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const slugs = await slugsAcrossPages(await context.newPage(), `${scale}${path}`);
    await context.close();
    return slugs;
  }

  test('a filter reaches every tool of its badge page, page after page, and only those', async ({
    page,
    browser,
  }) => {
    const expected = await badgePageSlugs(browser, 'tools/license/open-source/');
    expect(expected.length).toBeGreaterThan(80);
    await page.goto(`${scale}tools/`);
    const total = Number(/^(\d+) tools$/.exec(await summary(page).innerText())?.[1]);
    const reached = await slugsAcrossPages(page, `${scale}tools/?license=open-source`, async (shown) => {
      await expect(shown).toHaveURL(/\?license=open-source$/);
      await expect(summary(shown)).toHaveText(`${expected.length} of ${total} tools`);
    });
    expect(reached).toEqual(expected);
  });

  test('counts are those of the whole listing, and a badge page combines with other filters', async ({
    page,
    browser,
  }) => {
    const openSource = new Set(await badgePageSlugs(browser, 'tools/license/open-source/'));
    const both = (await badgePageSlugs(browser, 'tools/difficulty/beginner/')).filter((slug) =>
      openSource.has(slug),
    );
    await page.goto(`${scale}tools/?license=open-source`);
    await expect(panel(page).getByRole('checkbox', { name: /Beginner/ })).toHaveAccessibleName(
      new RegExp(`\\(${both.length}\\)`),
    );
    const reached = await slugsAcrossPages(page, `${scale}tools/license/open-source/?difficulty=beginner`);
    expect(reached).toEqual(both);
    // Unticking the badge page's own option leaves it for the listing with the other filters.
    await page.goto(`${scale}tools/license/open-source/?difficulty=beginner`);
    await panel(page)
      .getByRole('checkbox', { name: /Open source/ })
      .uncheck();
    await expect(page).toHaveURL(`${scale}tools/?difficulty=beginner`);
  });

  test('back and forward move between filtered pages; a change on a later page starts again at the first', async ({
    page,
  }) => {
    await page.goto(`${scale}tools/`);
    await panel(page)
      .getByRole('checkbox', { name: /Open source/ })
      .check();
    await expect(page).toHaveURL(`${scale}tools/?license=open-source`);
    await expect(summary(page)).toHaveText(/ of /);
    const firstPage = await slugsShown(page);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(`${scale}tools/page/2/?license=open-source`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/page 2 of \d+/);
    await expect.poll(() => slugsShown(page)).not.toEqual(firstPage);

    await page.goBack();
    await expect.poll(() => slugsShown(page)).toEqual(firstPage);
    await page.goBack();
    await expect(page).toHaveURL(`${scale}tools/`);
    await expect(summary(page)).toHaveText(/^\d+ tools$/);
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(`${scale}tools/page/2/?license=open-source`);

    await panel(page)
      .getByRole('checkbox', { name: /Beginner/ })
      .check();
    await expect(page).toHaveURL(`${scale}tools/?license=open-source&difficulty=beginner`);
  });
});
