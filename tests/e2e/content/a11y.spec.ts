import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolationsInBothSchemes } from '../../helpers/axe.ts';
import { evenSample } from '../../helpers/html-validation.ts';

/**
 * The real guide's pages, as contributed text can change them: axe finds no WCAG 2.2 AA
 * violation on a bounded, evenly spaced sample of every page of `dist/`, in both colour schemes.
 * (Every page type is scanned in depth, with and without JavaScript, on the fixture site.)
 */
const SAMPLE_SIZE = 5;

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
    await page.goto(path);
    expect(await axeViolationsInBothSchemes(page)).toEqual([]);
  });
}
