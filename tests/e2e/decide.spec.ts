import { expect, test } from '@playwright/test';
import { listedIn, readEntries } from '../helpers/content.ts';
import { STACK_STAGES } from '../../src/lib/stack.ts';

const tools = readEntries('tools');

interface Capability {
  id: string;
  name: string;
}
const categories = readEntries('categories');
const modelOf = (category: string) => (categories.get(category)?.['capabilities'] ?? []) as Capability[];
const valueOf = (slug: string, capability: string) =>
  (tools.get(slug)?.['capabilities'] as Record<string, { value: string }> | undefined)?.[capability]?.value;
const WORDS: Record<string, string> = { yes: 'Yes', partial: 'Partial', no: 'No' };

test.describe('compare', () => {
  test('three tools side by side on their category’s capabilities, from a shareable URL', async ({
    page,
  }) => {
    const compared = ['bentoml', 'torchserve', 'triton-inference-server'];
    await page.goto(`/compare/?tools=${compared.join(',')}`);
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText([
      /BentoML/,
      /TorchServe/,
      /Triton Inference Server/,
    ]);
    // Each license with its SPDX id, as the fixture records it.
    await expect(table.getByRole('row', { name: /^License/ }).getByRole('cell')).toHaveText(
      compared.map((slug) => `Open source (${String(tools.get(slug)?.['licenseId'])})`),
    );
    // A row per capability of the category; a value the fixture does not record reads "Not recorded", never "No".
    // Rows recorded for none of them are folded until asked for.
    const recordedByNone = modelOf('model-serving').filter((capability) =>
      compared.every((slug) => valueOf(slug, capability.id) === undefined),
    );
    expect(recordedByNone.length).toBeGreaterThan(0);
    await page
      .getByLabel(
        `Show the ${recordedByNone.length} ${recordedByNone.length === 1 ? 'capability' : 'capabilities'} recorded for none of these tools`,
      )
      .check();
    for (const capability of modelOf('model-serving')) {
      const cells = table.getByRole('row', { name: new RegExp(`^${capability.name}`) }).getByRole('cell');
      await expect(cells).toHaveText(
        compared.map(
          (slug) => new RegExp(`^. ${WORDS[valueOf(slug, capability.id) ?? ''] ?? 'Not recorded'}`),
        ),
      );
    }
    await expect(
      table
        .getByRole('row', { name: /^Status/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('Maintenance only');
    // Each tool's own bullets stay its own list.
    await expect(
      table
        .getByRole('row', { name: /^Features/ })
        .getByRole('cell')
        .first(),
    ).toContainText(String((tools.get('bentoml')?.['features'] as string[])[0]));
  });

  test('rows where all agree fold away, without a script', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/compare/feast-vs-tecton/');
    const category = page.getByRole('table').getByRole('row', { name: /^Category/ });
    await expect(category).toBeVisible();
    await page.getByLabel('Show only the rows where they differ').check();
    await expect(category).toBeHidden();
    await expect(page.getByRole('table').getByRole('row', { name: /^License/ })).toBeVisible();
    await context.close();
  });

  test('tools are added and removed with a searchable picker, which offers only tools not compared yet', async ({
    page,
  }) => {
    await page.goto('/compare/?tools=feast');
    await expect(page.getByRole('main').getByRole('status')).toContainText('Add at least one more tool');
    const picker = page.getByLabel('Add a tool');
    await expect(picker).toHaveAttribute('placeholder', /Type a tool/);
    await picker.fill('feature store');
    const matches = page.getByRole('listbox', { name: 'Matching tools' });
    await expect(matches.getByRole('option', { name: 'Tecton' })).toBeVisible();
    await expect(matches.getByRole('option', { name: 'Feast' })).toHaveCount(0);
    await matches.getByRole('option', { name: 'Tecton' }).click();
    await expect(page).toHaveURL(/\/compare\/\?tools=feast,tecton$/);
    await expect(picker).toHaveValue('');
    // The keyboard alone: type, arrow down to the match, Enter adds it and clears the box.
    await picker.pressSequentially('hopsworks');
    await expect(matches.getByRole('option', { name: 'Hopsworks' })).toBeVisible();
    await picker.press('ArrowDown');
    await expect(matches.getByRole('option', { name: 'Hopsworks' })).toHaveAttribute('aria-selected', 'true');
    await expect(picker).toHaveAttribute('aria-activedescendant', 'compare-option-hopsworks');
    await picker.press('Enter');
    await expect(page).toHaveURL(/\/compare\/\?tools=feast,tecton,hopsworks$/);
    await expect(picker).toHaveValue('');
    await expect(picker).toHaveAttribute('aria-expanded', 'false');
    await expect(matches).toBeHidden();
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);
    await page.reload();
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);
    await page.getByRole('button', { name: 'Remove Tecton' }).click();
    await expect(page).toHaveURL(/\/compare\/\?tools=feast,hopsworks$/);
    // Enter with nothing highlighted adds the first match; the next name starts in an empty box.
    await picker.pressSequentially('tecton');
    await picker.press('Enter');
    await expect(page).toHaveURL(/\/compare\/\?tools=feast,hopsworks,tecton$/);
    await expect(picker).toHaveValue('');
  });

  test('rows no compared tool records fold away until asked for, and the tool names stay in view', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 500 } });
    const page = await context.newPage();
    await page.goto('/compare/?tools=bentoml,triton-inference-server');
    const table = page.getByRole('table');
    const unrecorded = table.getByRole('row', { name: /^Kubernetes-native/ });
    await expect(unrecorded).toBeHidden();
    await expect(table.getByRole('row', { name: /^gRPC API/ })).toBeVisible();
    await page.getByLabel('Show the 1 capability recorded for none of these tools').check();
    await expect(unrecorded).toBeVisible();
    // Where the tools fit the width, the page scrolls through every row and the header row
    // sticks under the site header instead of the table scrolling in a region of its own.
    const region = page.getByRole('region', { name: 'Side by side, fact by fact' });
    expect(
      await region.evaluate((element) => element.scrollHeight - element.clientHeight),
    ).toBeLessThanOrEqual(0);
    // Scrolled past the table's top: its header row waits under the site header.
    await table.evaluate((element) =>
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY + 120),
    );
    const header = await table.getByRole('columnheader', { name: /^BentoML/ }).boundingBox();
    const siteHeader = await page.locator('.site-header').boundingBox();
    expect(Math.abs((header?.y ?? -100) - ((siteHeader?.y ?? 0) + (siteHeader?.height ?? 0)))).toBeLessThan(
      3,
    );
    await context.close();
  });

  test('on a phone a third tool is a sideways scroll away, and the page says so', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/compare/?tools=bentoml,triton-inference-server,torchserve');
    await expect(page.getByText('3 tools side by side: scroll the table sideways')).toBeVisible();
    const region = page.getByRole('region', { name: 'Side by side, fact by fact' });
    const third = page.getByRole('table').getByRole('columnheader', { name: /^TorchServe/ });
    const width = page.viewportSize()?.width ?? 390;
    expect((await third.boundingBox())?.x ?? 0).toBeGreaterThan(width / 2);
    await region.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    const box = await third.boundingBox();
    expect((box?.x ?? width) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
    // Only the table scrolls sideways: nothing in its cells widens the page.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('a comparison loads only the data it shows', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.json')) loaded.push(new URL(request.url()).pathname);
    });
    await page.goto('/compare/?tools=feast,tecton');
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(2);
    expect(loaded.sort()).toEqual([
      '/data/categories.json',
      '/data/tools/feast.json',
      '/data/tools/tecton.json',
    ]);
  });

  test('an empty comparison suggests comparisons to start with, each a pre-rendered page', async ({
    page,
  }) => {
    await page.goto('/compare/');
    await expect(page.getByRole('main').getByRole('status')).toContainText('comparisons to start with');
    // The suggestions say what their order rests on: integrations the guide records, not stars it lacks.
    await expect(page.locator('[data-popular-basis]')).toContainText('document an integration with');
    const suggestions = page.locator('[data-popular]').getByRole('link');
    expect(await suggestions.count()).toBeGreaterThan(0);
    const first = suggestions.first();
    const name = await first.innerText();
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  });

  test('rivals compare across licenses: the open-source and the commercial feature store have their page', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tools/feast/');
    const rivals = page.getByRole('region', { name: 'Rivals' });
    await rivals.getByRole('link', { name: 'Feast vs Tecton' }).click();
    await expect(page).toHaveURL(/\/compare\/feast-vs-tecton\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feast vs Tecton');
    // The summary comes from the data: a capability only one has, and the licenses.
    const summary = page.locator('[data-difference-summary]');
    await expect(summary).toContainText(
      /Tecton has .*managed cloud offering, where Feast has (it|them) only partly or not at all/,
    );
    await expect(summary).toContainText('License: Feast is open source (Apache-2.0); Tecton is commercial.');
    await context.close();
  });

  test('on a phone two tools fit the screen without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const address of ['/compare/feast-vs-tecton/', '/compare/?tools=bentoml,triton-inference-server']) {
      await page.goto(address);
      await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(2);
      const overflow = await page.evaluate(() => {
        const region = document.querySelector<HTMLElement>('.table-scroll');
        return {
          page: document.documentElement.scrollWidth - window.innerWidth,
          table: region ? region.scrollWidth - region.clientWidth : -1,
        };
      });
      expect(overflow, address).toEqual({ page: 0, table: 0 });
    }
    await context.close();
  });

  test('a tool page lists its rivals: tools of its own category, each compared on one page', async ({
    page,
  }) => {
    await page.goto('/tools/tensorflow-serving/');
    const links = page.getByRole('region', { name: 'Rivals' }).getByRole('link', { name: / vs / });
    expect(await links.count()).toBeGreaterThan(0);
    for (const name of await links.allInnerTexts()) {
      const rival = [...tools.values()].find((tool) => name.endsWith(` vs ${String(tool['name'])}`));
      expect(rival?.['category'], name).toBe(tools.get('tensorflow-serving')?.['category']);
    }
  });

  test('cards collect tools to compare, kept in the URL', async ({ page }) => {
    await page.goto('/categories/model-serving/');
    await page.getByRole('button', { name: 'Compare BentoML' }).click();
    await page.getByRole('button', { name: 'Compare TorchServe' }).click();
    await expect(page).toHaveURL(/\?compare=bentoml,torchserve$/);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Compare BentoML' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('link', { name: /Compare 2 tools/ }).click();
    await expect(page).toHaveURL(/\/compare\/\?tools=bentoml,torchserve$/);
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(2);
  });
});

test.describe('stack builder', () => {
  test('choosing tools sums up the stack, survives a reload and exports Markdown', async ({ page }) => {
    await page.goto('/stack/');
    await page.getByRole('group', { name: 'Serving' }).getByRole('radio', { name: 'BentoML' }).check();
    await page
      .getByRole('group', { name: 'Tracking and platform' })
      .getByRole('radio', { name: 'MLflow' })
      .check();
    await page
      .getByRole('group', { name: 'Monitoring' })
      .getByRole('radio', { name: 'Evidently AI' })
      .check();
    await expect(page).toHaveURL(/\/stack\/\?tracking=mlflow&serving=bentoml&monitoring=evidently-ai$/);
    const summary = page.getByRole('region', { name: 'Your stack' });
    await expect(summary).toContainText(`3 of ${STACK_STAGES.length} stages chosen.`);
    await expect(summary).toContainText('Open source ×3');
    await expect(summary).toContainText('MLflow + BentoML');
    await expect(summary).toContainText('Feature store');

    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Serving' }).getByRole('radio', { name: 'BentoML' }),
    ).toBeChecked();
    const markdown = await page.getByLabel('As Markdown').inputValue();
    expect(markdown).toContain('- **Serving**: [BentoML](');
    expect(markdown).toContain('/tools/bentoml/)');
    const gaps = STACK_STAGES.filter((stage) => !['tracking', 'serving', 'monitoring'].includes(stage.key));
    expect(markdown).toContain(`Gaps: ${gaps.map((stage) => stage.label).join(', ')}`);
    // The shared link is in the Markdown too, so a reader of the document can open the stack.
    expect(markdown).toMatch(
      /\[Open this stack in the stack builder\]\(http[^)]*\/stack\/\?tracking=mlflow&serving=bentoml&monitoring=evidently-ai\)/,
    );
  });

  test('orchestrators and the infrastructure under them are separate choices', async ({ page }) => {
    await page.goto('/stack/');
    const orchestration = page.getByRole('group', { name: 'Orchestration', exact: true });
    await expect(orchestration.getByRole('radio', { name: 'Prefect' })).toBeVisible();
    await expect(orchestration.getByRole('radio', { name: 'Kubernetes' })).toHaveCount(0);
    await expect(
      page
        .getByRole('group', { name: 'Compute and infrastructure' })
        .getByRole('radio', { name: 'Kubernetes' }),
    ).toBeVisible();
  });

  test('a preset fills the stages, a constraint narrows the choices, and both stay in the link', async ({
    page,
  }) => {
    await page.goto('/stack/');
    await page.getByRole('link', { name: 'Solo practitioner on a laptop' }).click();
    await expect(page).toHaveURL(/\/stack\/\?only=open-source,active&/);
    const summary = page.getByRole('region', { name: 'Your stack' });
    await expect(summary).toContainText(new RegExp(`\\d of ${STACK_STAGES.length} stages chosen\\.`));
    // Every chosen tool meets the preset's constraints: open source, active.
    const chosen = await page
      .getByRole('radio', { checked: true })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).filter(Boolean));
    expect(chosen.length).toBeGreaterThan(0);
    for (const slug of chosen) {
      expect(tools.get(slug)?.['license'], slug).toBe('open-source');
      expect(['active', undefined], slug).toContain(tools.get(slug)?.['status']);
    }
    await expect(page.getByRole('checkbox', { name: 'Open source only' })).toBeChecked();

    // A constraint hides the tools that break it.
    await page.getByRole('checkbox', { name: 'Self-hosted only' }).check();
    await expect(page).toHaveURL(/only=open-source,self-hosted,active/);
    const managed = [...tools.entries()].find(
      ([, tool]) => tool['deployment'] === 'managed' && tool['category'] === 'model-serving',
    );
    const serving = page.getByRole('group', { name: 'Serving' });
    await expect(serving.getByRole('radio', { name: String(managed?.[1]['name']) })).toBeHidden();
    await page.getByRole('checkbox', { name: 'Self-hosted only' }).uncheck();
    await page.getByRole('checkbox', { name: 'Open source only' }).uncheck();
    await expect(serving.getByRole('radio', { name: String(managed?.[1]['name']) })).toBeVisible();
  });

  test('a constraint that a chosen tool breaks offers the best replacement in one click', async ({
    page,
  }) => {
    await page.goto('/stack/?serving=aws-sagemaker&tracking=mlflow');
    await page.getByRole('checkbox', { name: 'Open source only' }).check();
    const summary = page.getByRole('region', { name: 'Your stack' });
    await expect(summary).toContainText('Serving: AWS SageMaker breaks Open source only.');
    const replace = summary.getByRole('button', { name: /^Use .+ instead$/ });
    const name = (await replace.innerText()).replace(/^Use (.+) instead$/, '$1');
    const slug = [...tools.entries()].find(([, tool]) => tool['name'] === name)?.[0];
    expect(tools.get(slug ?? '')?.['license']).toBe('open-source');
    await replace.click();
    await expect(page).toHaveURL(new RegExp(`serving=${slug}`));
    await expect(page.getByRole('group', { name: 'Serving' }).getByRole('radio', { name })).toBeChecked();
    await expect(summary.getByRole('button', { name: /^Use .+ instead$/ })).toHaveCount(0);
  });

  test('on a phone the summary comes before the stages', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/stack/');
    const summaryTop = await page.getByRole('region', { name: 'Your stack' }).boundingBox();
    const firstStage = await page.getByRole('group', { name: 'Tracking and platform' }).boundingBox();
    expect(summaryTop?.y ?? Infinity).toBeLessThan(firstStage?.y ?? 0);
    await context.close();
  });

  test('a tool of unknown deployment is counted as unknown', async ({ page }) => {
    await page.goto('/stack/?monitoring=arize-ai');
    await expect(page.getByRole('region', { name: 'Your stack' })).toContainText('Unknown ×1');
  });

  test('without JavaScript it is a plain list of stages and tools', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/stack/');
    await expect(page.getByRole('radio')).toHaveCount(0);
    const features = page.getByRole('group', { name: 'Feature store' });
    await expect(features).toContainText('Feast');
    await features.getByRole('link', { name: 'details about Feast' }).click();
    await expect(page).toHaveURL(/\/tools\/feast\/$/);
    await context.close();
  });
});

test.describe('checklists', () => {
  test('a ticked item survives a reload, and can be cleared', async ({ page }) => {
    await page.goto('/guides/deployment-checklist/');
    const items = page.locator('[data-check-item]');
    const first = items.first().getByRole('checkbox');
    await expect(page.locator('[data-progress]')).toHaveText(`0 of ${await items.count()} done`);
    await first.check();
    await page.reload();
    await expect(first).toBeChecked();
    await expect(page.locator('[data-progress]')).toContainText('1 of');
    await page.getByRole('button', { name: 'Clear ticks' }).click();
    await expect(first).not.toBeChecked();
  });

  test('items lead to the tools that help, and the list copies as Markdown', async ({ page }) => {
    await page.goto('/guides/deployment-checklist/');
    const validation = page.locator('[data-check-item]').filter({ hasText: /data validation/i });
    await expect(validation.getByRole('link', { name: 'Great Expectations' })).toHaveAttribute(
      'href',
      '/tools/great-expectations/',
    );
    await validation.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const markdown = await page.getByLabel('Checklist as Markdown').inputValue();
    expect(markdown).toMatch(
      /- \[x\] Data validation active \(\[Great Expectations\]\(http[^)]+\/tools\/great-expectations\/\)/,
    );
    expect(markdown).toMatch(/- \[ \] Model versioning implemented/);
  });

  test('without JavaScript the checklist reads as a plain article', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/guides/common-pitfalls/');
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await context.close();
  });
});

test('stats: bars largest first, each a link to the listing it counts, also as a table', async ({ page }) => {
  await page.goto('/stats/');
  const chart = page.getByRole('figure', { name: /Tools by category/ });
  // Placements count: a tool filed elsewhere but also listed in Model Serving counts there too.
  const servingCount = [...tools.values()].filter((tool) => listedIn(tool, 'model-serving')).length;
  const serving = chart.getByRole('link', { name: new RegExp(`^Model Serving\\s*${servingCount}$`) });
  await expect(serving).toHaveAttribute('href', '/categories/model-serving/');
  const values = (await chart.locator('.chart-value').allInnerTexts()).map(Number);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  await chart.getByText('As a table').click();
  await expect(chart.getByRole('row', { name: new RegExp(`Model Serving ${servingCount}`) })).toBeVisible();

  // A license bar leads to the pre-rendered listing of exactly those tools.
  const licenses = page.getByRole('figure', { name: /license and pricing/ });
  const openSource = [...tools.values()].filter((tool) => tool['license'] === 'open-source').length;
  await licenses.getByRole('link', { name: /^Open source/ }).click();
  await expect(page).toHaveURL(/\/tools\/license\/open-source\/$/);
  await expect(page.getByRole('article')).toHaveCount(openSource);
});

test('choosing a serving tool: filter, compare three, stack it, share the link', async ({
  page,
  context,
}) => {
  await page.goto('/categories/model-serving/?license=open-source');
  const cards = page.getByRole('article').filter({ visible: true });
  const names = await cards.getByRole('heading').allInnerTexts();
  expect(names.length).toBeGreaterThanOrEqual(3);
  for (const name of names.slice(0, 3)) await page.getByRole('button', { name: `Compare ${name}` }).click();
  await page.getByRole('link', { name: 'Compare 3 tools' }).click();
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);

  await page.goto('/stack/');
  await page
    .getByRole('group', { name: 'Serving' })
    .getByRole('radio', { name: names[0] ?? '' })
    .check();
  await page.getByRole('group', { name: 'Monitoring' }).getByRole('radio', { name: 'Evidently AI' }).check();
  await page.getByRole('group', { name: 'Orchestration' }).getByRole('radio', { name: 'Prefect' }).check();
  const shared = page.url();

  const colleague = await context.newPage();
  await colleague.goto(shared);
  await expect(
    colleague.getByRole('group', { name: 'Serving' }).getByRole('radio', { name: names[0] ?? '' }),
  ).toBeChecked();
  await expect(colleague.getByRole('region', { name: 'Your stack' })).toContainText(
    `3 of ${STACK_STAGES.length} stages chosen.`,
  );
});
