import { expect, test } from '@playwright/test';
import { listedIn, readEntries } from '../helpers/content.ts';

const categories = readEntries('categories');
const tools = readEntries('tools');

test.describe('browsing the directory', () => {
  test('home lists every category in order, each with its tool count', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('MLOps & Production Deployment Guide');
    const cards = page.getByRole('region', { name: 'Categories' }).getByRole('listitem');
    await expect(cards).toHaveCount(categories.size);
    const ordered = [...categories.entries()].sort(([, a], [, b]) => Number(a['order']) - Number(b['order']));
    for (const [index, [id, category]] of ordered.entries()) {
      const count = [...tools.values()].filter((tool) => listedIn(tool, id)).length;
      const card = cards.nth(index);
      await expect(card.getByRole('link', { name: String(category['name']) })).toHaveAttribute(
        'href',
        `/categories/${id}/`,
      );
      await expect(card).toContainText(`${count} tools listed`);
    }
  });

  test('a category page shows its tools as cards grouped by subcategory', async ({ page }) => {
    await page.goto('/categories/model-serving/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model Serving');
    const servers = page.getByRole('region', { name: 'Inference Servers' });
    // KServe is filed under infrastructure and placed here too (alsoIn).
    await expect(servers.getByRole('article')).toHaveCount(5);
    await expect(servers.getByRole('heading', { level: 3 })).toHaveText([
      'BentoML',
      'KServe',
      'TensorFlow Serving',
      'TorchServe',
      'Triton Inference Server',
    ]);
    const serverless = page.getByRole('region', { name: 'Serverless Inference' });
    await expect(serverless.getByRole('article')).toHaveCount(3);

    const bentoml = servers.getByRole('article').filter({ hasText: 'BentoML' });
    await expect(bentoml).toContainText('ML model serving framework');
    await expect(bentoml.getByText('Beginner')).toBeVisible();
    // A card holds what it takes to choose; features and the website are on the tool's page.
    await expect(bentoml.getByRole('link', { name: 'BentoML', exact: true })).toHaveAttribute(
      'href',
      '/tools/bentoml/',
    );
    await expect(bentoml).not.toContainText('Framework agnostic');
  });

  test('a category page says what each subcategory answers, and old subcategory links still land', async ({
    page,
  }) => {
    await page.goto('/categories/model-serving/');
    // Folded above the filters, so that the first cards are on the first screen.
    await page.locator('summary', { hasText: 'Subcategories' }).click();
    const contents = page
      .getByRole('list')
      .filter({ hasText: 'Which server puts my models behind REST or gRPC' });
    await expect(contents.getByRole('link', { name: 'Inference Servers' })).toBeVisible();
    await page.goto('/categories/model-serving/#model-servers');
    await expect(page.locator('#model-servers')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Inference Servers' })).toContainText(
      'Which server puts my models behind REST or gRPC',
    );
  });

  test('a tool page shows all its facts and links out safely', async ({ page }) => {
    await page.goto('/tools/weights-biases/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weights & Biases');
    await expect(page.getByText('Experiment tracking & model management').first()).toBeVisible();
    const facts = page.getByRole('region', { name: 'Facts' });
    await expect(facts).toContainText('MLOps Platforms');
    await expect(facts).toContainText('Freemium');
    await expect(facts).toContainText('Not rated');
    await expect(facts).toContainText('wandb, W&B');
    const visit = page.getByRole('link', { name: 'Visit wandb.ai' });
    await expect(visit).toHaveAttribute('href', 'https://wandb.ai/');
    await expect(visit).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByRole('region', { name: 'Features' }).getByRole('listitem')).toHaveText([
      'Beautiful dashboards',
      'Team collaboration',
      'Model versioning',
    ]);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText([
      'MLOps Platforms',
      'Commercial Platforms',
    ]);
    const related = page.getByRole('region', { name: 'Other Commercial Platforms tools' });
    await expect(related.getByRole('listitem')).toHaveCount(2);
    await expect(related.getByRole('link', { name: 'Comet ML' })).toHaveAttribute('href', '/tools/comet-ml/');
    await expect(related.getByRole('listitem').filter({ hasText: 'Comet ML' })).toContainText(
      'ML experiment management',
    );
    await expect(page.getByRole('link', { name: 'Edit this entry on GitHub' })).toHaveAttribute(
      'href',
      /\/edit\/main\/content\/tools\/weights-biases\.yaml$/,
    );
  });

  test('every tool of the content has a page', async ({ page }) => {
    await page.goto('/tools/');
    await expect(page.getByRole('article')).toHaveCount(tools.size);
    for (const [slug, tool] of tools) {
      await expect(page.getByRole('link', { name: String(tool['name']), exact: true })).toHaveAttribute(
        'href',
        `/tools/${slug}/`,
      );
    }
  });

  test('resources and guides are listed and readable', async ({ page }) => {
    await page.goto('/resources/');
    await expect(page.getByRole('article')).toHaveCount(4);
    await expect(page.getByRole('region', { name: /Books/ }).getByRole('article')).toHaveCount(2);
    await page.goto('/guides/');
    await page.getByRole('link', { name: /deployment checklist/i }).click();
    await expect(page).toHaveURL(/\/guides\/deployment-checklist\/$/);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  });

  test('an unknown address shows a helpful 404 page', async ({ page }) => {
    const response = await page.goto('/tools/no-such-tool/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'All tools, A to Z' }).click();
    await expect(page).toHaveURL(/\/tools\/$/);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/tools/mlflow/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is one short row that stays at the top, its menu a disclosure that works without JavaScript', async ({
    browser,
  }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/tools/');
      const header = page.locator('.site-header');
      expect((await header.boundingBox())?.height ?? 0).toBeLessThanOrEqual(64);
      const main = page.getByRole('navigation', { name: 'Main' });
      await expect(main).toBeHidden();
      await page.getByText('Menu', { exact: true }).click();
      await expect(main.getByRole('link', { name: 'Stack builder' })).toBeVisible();
      await page.getByText('Menu', { exact: true }).click();
      // Scrolled far down, search is still on screen.
      await page.mouse.wheel(0, 3000);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      expect((await header.boundingBox())?.y).toBe(0);
      await expect(page.locator('#site-search-input')).toBeInViewport();
      await context.close();
    }
  });
});

test('on a wide screen the navigation shows inline, without a menu button', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }),
  ).toBeVisible();
  await expect(page.getByText('Menu', { exact: true })).toBeHidden();
});
