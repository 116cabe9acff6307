import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { htmlPages, htmlValidateErrors, javaAvailable, nuCheckerErrors } from '../helpers/html-validation.ts';
import { siteOutDir } from '../helpers/sites.ts';

/** Every page of the fixture site (every page type and state the templates produce) is valid HTML. */
test.describe.configure({ mode: 'parallel' });

test('every page of the fixture site passes html-validate', async () => {
  const files = htmlPages(siteOutDir('fixture'));
  expect(files.length).toBeGreaterThan(50);
  expect(await htmlValidateErrors(files)).toEqual([]);
});

test('the W3C Nu HTML checker reports no error on any page of the fixture site', () => {
  test.skip(!javaAvailable, 'java is not installed: the W3C Nu checker (vnu-jar) cannot run here');
  test.setTimeout(120_000);
  expect(nuCheckerErrors(htmlPages(siteOutDir('fixture')))).toEqual([]);
});

test('every page of the fixture site describes itself in sentences that end once', () => {
  const files = htmlPages(siteOutDir('fixture'));
  const texts = files.flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
    const lede = /<p class="lede"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
    return [description, lede].flatMap((text) => (text === undefined ? [] : [{ file, text }]));
  });
  expect(texts.length).toBeGreaterThan(50);
  // The fixture has taglines written with and without a final full stop: either reads the same
  // in a sentence ("Hopsworks: Data platform with feature store.", "… (Data platform with feature store) …"), never "..", ".)".
  expect(texts.filter(({ text }) => /[^.]\.\.(\s|$)|\.\)/.test(text))).toEqual([]);
});
