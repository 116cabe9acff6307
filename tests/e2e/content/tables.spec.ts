import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Every table of the real guide says in words what each cell means ("No", "Not recorded",
 * "None recorded"): a blank or a bare dash cannot tell "no" from "not recorded". Read from the
 * built files, so it holds for every page however many there are.
 */
const DIST = join(process.cwd(), 'dist');

/** The text of each data cell of a table body, markup stripped. */
function bodyCells(html: string): string[] {
  return [...html.matchAll(/<tbody[^>]*>([\s\S]*?)<\/tbody>/g)].flatMap((body) =>
    [...(body[1] ?? '').matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((cell) =>
      (cell[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, ' ')
        .trim(),
    ),
  );
}

test('no table cell of the guide is blank or a bare dash', () => {
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  );
  expect(pages.length, 'HTML files in dist/ (run npm run build first)').toBeGreaterThan(50);
  const offending = pages.flatMap((page) =>
    bodyCells(readFileSync(join(DIST, page), 'utf8'))
      .filter((text) => /^[-–—]?$/.test(text))
      .map((text) => `${page}: "${text}"`),
  );
  expect(offending).toEqual([]);
});
