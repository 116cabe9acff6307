import { expect, test, type Page } from '@playwright/test';
import { readEntries } from '../helpers/content.ts';

const tools: (Record<string, unknown> & { slug: string })[] = [...readEntries('tools').entries()].map(
  ([slug, data]) => ({ ...data, slug }),
);
const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
const namesWhere = (keep: (tool: Record<string, unknown>) => boolean) =>
  tools
    .filter(keep)
    .map((tool) => String(tool['name']))
    .sort(byName);
const sdkOf = (tool: Record<string, unknown>) =>
  ((tool['languages'] as { sdk?: string[] } | undefined)?.sdk ?? []) as string[];
const kindOf = (tool: Record<string, unknown>) => (tool['maintainer'] as { kind?: string } | undefined)?.kind;

/** A fixture tool with a quick-start command, and one without a command. */
const withCommand = tools.find((tool) => (tool['quickstart'] as { command?: string } | undefined)?.command);
const withoutCommand = tools.find(
  (tool) => tool['quickstart'] && !(tool['quickstart'] as { command?: string }).command,
);

const cardNames = async (page: Page) =>
  (await page.getByRole('article').getByRole('heading').allInnerTexts()).sort(byName);

test.describe('a tool page’s decision facts', () => {
  test('the quick start is copied with one click, from its official page', async ({ page, context }) => {
    expect(withCommand, 'the fixture has a tool with a quick-start command').toBeDefined();
    const quickstart = withCommand?.['quickstart'] as { command: string; url: string };
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/tools/${withCommand?.slug}/`);
    const tryIt = page.getByRole('region', { name: 'Try it' });
    await expect(tryIt.locator('pre')).toHaveText(quickstart.command);
    await expect(tryIt.getByRole('link', { name: new URL(quickstart.url).hostname })).toHaveAttribute(
      'href',
      quickstart.url,
    );
    await tryIt.getByRole('button', { name: /^Copy/ }).click();
    await expect(tryIt.getByRole('status')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(quickstart.command);
  });

  test('without JavaScript the command stays readable and the copy button is not offered', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/tools/${withCommand?.slug}/`);
    const tryIt = page.getByRole('region', { name: 'Try it' });
    await expect(tryIt.locator('pre')).toBeVisible();
    await expect(tryIt.getByRole('button', { name: /^Copy/ })).toBeHidden();
    // A tool without a single command says why and links its quick start instead.
    await page.goto(`/tools/${withoutCommand?.slug}/`);
    const other = page.getByRole('region', { name: 'Try it' });
    await expect(other.locator('pre')).toHaveCount(0);
    await expect(other).toContainText(
      String((withoutCommand?.['quickstart'] as { note?: string } | undefined)?.note ?? ''),
    );
    await context.close();
  });

  test('says who maintains it, and its kind leads to every tool with the same kind, without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const foundationTool = tools.find((tool) => kindOf(tool) === 'foundation');
    await page.goto(`/tools/${foundationTool?.slug}/`);
    const backers = page.getByRole('region', { name: 'Who stands behind it' });
    const maintainer = foundationTool?.['maintainer'] as { name: string; foundation: string };
    await expect(backers).toContainText(maintainer.name);
    await expect(backers).toContainText(maintainer.foundation);
    await backers.getByRole('link', { name: 'Foundation' }).click();
    await expect(page).toHaveURL(/\/tools\/maintainer\/foundation\/$/);
    expect(await cardNames(page)).toEqual(namesWhere((tool) => kindOf(tool) === 'foundation'));
    await context.close();
  });

  test('a tool without these facts says they are not known, never guesses', async ({ page }) => {
    const bare = tools.find((tool) => !tool['maintainer'] && !tool['languages'] && !tool['firstRelease']);
    await page.goto(`/tools/${bare?.slug}/`);
    const backers = page.getByRole('region', { name: 'Who stands behind it' });
    await expect(backers.getByText('Not known yet')).toHaveCount(3);
    await expect(page.getByRole('region', { name: 'Try it' })).toHaveCount(0);
  });
});

test.describe('maintainer kind and SDK language as facets', () => {
  const panel = (page: Page) => page.getByRole('form', { name: 'Filter tools' });

  test('filter /tools/ with JavaScript, several languages adding up', async ({ page }) => {
    await page.goto('/tools/');
    await panel(page)
      .getByRole('checkbox', { name: /^Go \(/ })
      .check();
    await expect(page).toHaveURL(/\?language=go$/);
    await expect.poll(() => cardNames(page)).toEqual(namesWhere((tool) => sdkOf(tool).includes('go')));

    await panel(page)
      .getByRole('checkbox', { name: /^Java \(/ })
      .check();
    await expect
      .poll(() => cardNames(page))
      .toEqual(namesWhere((tool) => sdkOf(tool).includes('go') || sdkOf(tool).includes('java')));

    await page.goto('/tools/?maintainer=vendor&language=python');
    await expect
      .poll(() => cardNames(page))
      .toEqual(namesWhere((tool) => kindOf(tool) === 'vendor' && sdkOf(tool).includes('python')));
  });

  test('each language has a pre-rendered listing for readers without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tools/');
    await page.getByRole('link', { name: /^Python \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/tools\/language\/python\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Python tools');
    expect(await cardNames(page)).toEqual(namesWhere((tool) => sdkOf(tool).includes('python')));
    await context.close();
  });
});
