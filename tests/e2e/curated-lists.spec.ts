import { expect, test, type Page } from '@playwright/test';

/**
 * Adoption across curated lists on the fixture site (tests/fixtures/content/coverage/): MLflow
 * is in both example lists, Feast in one (matched by name: the list records no repository),
 * BentoML in none.
 */
const listsOf = (page: Page) =>
  page.locator('dt', { hasText: 'Curated lists' }).locator('xpath=following-sibling::dd[1]');

test('a tool page says in how many curated lists the tool is, naming and linking them', async ({ page }) => {
  await page.goto('/tools/mlflow/');
  await expect(listsOf(page)).toHaveText(
    'In 2 of 2 curated lists (snapshot of 2026-11-01): Example list A, Example list B',
  );
  await expect(listsOf(page).getByRole('link', { name: 'Example list B' })).toHaveAttribute(
    'href',
    'https://example.org/list-b',
  );
  await page.goto('/tools/feast/');
  await expect(listsOf(page)).toHaveText('In 1 of 2 curated lists (snapshot of 2026-11-01): Example list A');
  await page.goto('/tools/bentoml/');
  await expect(listsOf(page)).toHaveText(
    'In none of the 2 curated lists the guide reads (snapshot of 2026-11-01)',
  );
});
