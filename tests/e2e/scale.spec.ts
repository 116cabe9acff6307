import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BUDGETS } from '../../scripts/lib/budgets.ts';
import { surveyHtml } from '../../scripts/lib/page-weight.ts';
import { STAGE_CHOICES_LISTED } from '../../src/lib/stack.ts';
import { readEntries } from '../helpers/content.ts';
import { SCALE_EXTRA_TOOLS as EXTRA_TOOLS, siteOutDir, siteUrl } from '../helpers/sites.ts';

/**
 * The fixture plus 1,000 generated tools (built by global setup): every page stays within the
 * HTML budget, and the pages that offer every tool (stack builder, compare picker) still do.
 */
const server = { url: siteUrl('scale') };

test('every HTML page stays within 14 KB gzipped with 1,000 more tools', () => {
  const survey = surveyHtml(siteOutDir('scale'), BUDGETS.html);
  expect(survey.pages).toBeGreaterThan(EXTRA_TOOLS);
  expect(survey.overBudget).toEqual([]);
});

test('the stack builder lists a stage’s first tools and offers the rest in a menu', async ({ page }) => {
  await page.goto(`${server?.url ?? ''}stack/`);
  const serving = page.getByRole('group', { name: 'Serving' });
  // The first tools by name, and "None yet".
  await expect(serving.getByRole('radio')).toHaveCount(STAGE_CHOICES_LISTED + 1);
  await expect(serving.getByRole('radio', { name: 'TorchServe' })).toHaveCount(0);

  const menu = serving.getByLabel('More Serving tools');
  await expect(menu).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await menu.selectOption('torchserve');
  await expect(page).toHaveURL(/\/stack\/\?serving=torchserve$/);
  await expect(page.getByLabel('As Markdown')).toHaveValue(/TorchServe/);
  await expect(serving.getByRole('radio', { name: 'None yet' })).not.toBeChecked();

  await page.reload();
  await expect(menu).toHaveValue('torchserve');
  await expect(page.getByLabel('As Markdown')).toHaveValue(/TorchServe/);

  await serving.getByRole('radio', { name: 'BentoML' }).check();
  await expect(page).toHaveURL(/\/stack\/\?serving=bentoml$/);
  await expect(menu).toHaveValue('');
});

test('a shared stack keeps a menu choice while the menu is still loading', async ({ page }) => {
  // Hold /tools.json back until another stage has changed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/tools.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${server?.url ?? ''}stack/?serving=torchserve`);
  await page.getByRole('group', { name: 'Feature store' }).getByRole('radio', { name: 'Feast' }).check();
  await expect(page).toHaveURL(/\/stack\/\?features=feast&serving=torchserve$/);
  release();
  const menu = page.getByRole('group', { name: 'Serving' }).getByLabel('More Serving tools');
  await expect(menu).toHaveValue('torchserve');
  await expect(page.getByLabel('As Markdown')).toHaveValue(/TorchServe/);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/stack\/$/);
  await expect(menu).toHaveValue('');
});

test('the compare picker offers every tool', async ({ page }) => {
  await page.goto(`${server?.url ?? ''}compare/?tools=feast`);
  const picker = page.getByLabel('Add a tool');
  await expect(picker.locator('option')).toHaveCount(EXTRA_TOOLS + readEntries('tools').size);
  const generated = await picker.locator('option[value^="synthetic-tool-0001-"]').getAttribute('value');
  await picker.selectOption(generated ?? '');
  await page.getByRole('button', { name: 'Add to comparison' }).click();
  await expect(page).toHaveURL(/\/compare\/\?tools=feast,synthetic-tool-0001-/);
});
