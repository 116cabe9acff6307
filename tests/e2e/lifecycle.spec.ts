import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { siteOutDir } from '../helpers/sites.ts';

/**
 * Entries that change: renamed and removed tools keep their addresses, tools that ended are
 * flagged and listed last, and a tool page says where its facts come from.
 */
test.describe('old addresses keep working', () => {
  test('a renamed tool’s page leads to the new one', async ({ page }) => {
    await page.goto('/tools/bento-ml/');
    await expect(page).toHaveURL(/\/tools\/bentoml\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BentoML');
  });

  test('a removed tool’s page says why and what to use instead', async ({ page }) => {
    await page.goto('/tools/gone-tool/');
    await expect(page).toHaveURL(/\/removed\/gone-tool\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gone Tool was removed from the guide');
    await expect(page.getByRole('region', { name: 'Use instead' }).getByRole('link')).toHaveText(['Feast']);
  });

  test('an old comparison address opens the comparison, following renamed tools', async ({ page }) => {
    await page.goto('/compare/bento-ml-vs-torchserve/');
    await expect(page).toHaveURL(/\/compare\/\?tools=bento-ml,torchserve$/);
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveText([/BentoML/, /TorchServe/]);
  });

  test('static hosts get the same redirects in _redirects', () => {
    const lines = readFileSync(join(siteOutDir('fixture'), '_redirects'), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        '/tools/bento-ml/ /tools/bentoml/ 301',
        '/tools/gone-tool/ /removed/gone-tool/ 301',
      ]),
    );
  });
});

test.describe('lifecycle', () => {
  test('a discontinued tool is flagged with its successors and listed after the live ones', async ({
    page,
  }) => {
    await page.goto('/tools/neptune-ai/');
    const note = page.getByRole('note');
    await expect(note).toContainText('Discontinued');
    await expect(note.getByRole('link')).toHaveText(['Weights & Biases', 'Comet ML']);

    await page.goto('/categories/mlops-platforms/');
    const names = await page
      .getByRole('region', { name: 'Commercial Platforms' })
      .getByRole('heading', { level: 3 })
      .allInnerTexts();
    expect(names.at(-1)).toBe('Neptune.ai');
  });

  test('a tool page gives the license id, whether it is copyleft, the rubric and the sources', async ({
    page,
  }) => {
    await page.goto('/tools/triton-inference-server/');
    const facts = page.getByRole('region', { name: 'Facts' });
    await expect(facts).toContainText('Open source · BSD-3-Clause (permissive or not copyleft)');
    await page.getByText(/Sources of these facts/).click();
    await expect(facts.getByRole('link', { name: /github\.com/ }).first()).toBeVisible();
  });
});
