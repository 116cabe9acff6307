import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { evenSample } from '../../helpers/html-validation.ts';

/**
 * The real guide's pages, as contributed text can change them: axe finds no WCAG 2.2 AA
 * violation on a bounded, evenly spaced sample of every page of `dist/`, in both colour schemes.
 * (Every page type is scanned in depth, with and without JavaScript, on the fixture site.)
 */
const SAMPLE_SIZE = 5;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

function builtPages(): string[] {
  const dist = join(process.cwd(), 'dist');
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => relative(dist, entry.parentPath).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind'))
    .map((path) => (path === '' ? '/' : `/${path}/`))
    .sort();
}

for (const path of evenSample(builtPages(), SAMPLE_SIZE)) {
  test(`no axe violation on ${path} in either colour scheme`, async ({ page }) => {
    const found: string[] = [];
    await page.goto(path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = new AxeBuilder({ page }).setLegacyMode();
      if (colorScheme === 'light') axe.withTags(WCAG_TAGS);
      else axe.withRules(COLOUR_RULES);
      const { violations } = await axe.analyze();
      for (const violation of violations)
        for (const node of violation.nodes)
          found.push(`[${colorScheme}] ${violation.id} at ${node.target.join(' ')}`);
    }
    expect(found).toEqual([]);
  });
}
