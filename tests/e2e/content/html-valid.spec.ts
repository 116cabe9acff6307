import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  evenSample,
  htmlPages,
  htmlValidateErrors,
  javaAvailable,
  nuCheckerErrors,
} from '../../helpers/html-validation.ts';
import { isRedirectPage } from '../../helpers/sites.ts';

/**
 * The real guide's pages as its contributed text fills them: both validators on a bounded sample
 * spread over every page of dist/, so the check costs the same however large the guide grows.
 * (Every page of the fixture site, which has every page type, is validated in full.)
 */
const SAMPLE_SIZE = 80;
const pages = htmlPages(join(process.cwd(), 'dist'));
const isRedirect = (file: string) => isRedirectPage(readFileSync(file, 'utf8'));
// Redirect pages are few and all alike, but one template bug makes every one invalid: all of them.
const sample = [...evenSample(pages.filter((file) => !isRedirect(file)), SAMPLE_SIZE), ...pages.filter(isRedirect)];

test.describe.configure({ mode: 'parallel' });

test('a sample of the guide’s pages and every redirect page pass html-validate', async () => {
  expect(sample.length, 'HTML files in dist/ (run npm run build first)').toBeGreaterThan(50);
  expect(await htmlValidateErrors(sample)).toEqual([]);
});

test('the W3C Nu HTML checker reports no error on a sample of the guide’s pages and every redirect page', () => {
  test.skip(!javaAvailable, 'java is not installed: the W3C Nu checker (vnu-jar) cannot run here');
  test.setTimeout(120_000);
  expect(nuCheckerErrors(sample)).toEqual([]);
});
