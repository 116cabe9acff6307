import { expect, test } from '@playwright/test';
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
