/**
 * `npm run bench:search`: how well search answers the relevance set. Builds the frozen fixture
 * site (or uses `--dir <built site>`), serves it, and asks every query of
 * `tests/fixtures/search-relevance.yaml` twice in Chromium: in the header's suggestions and on the
 * search page. Prints success@3, success@10 and mean reciprocal rank for each, and the queries
 * that miss; writes JSON to `bench-results/search-relevance.json`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { REPO_ROOT, buildSite } from './lib/build-site.ts';
import { launchChromium } from './lib/search-transfer.ts';
import { scoreQuery, summarize, type QueryOutcome, type RelevanceQuery } from './lib/search-relevance.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const relevanceSet = parse(
  readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'search-relevance.yaml'), 'utf8'),
) as { queries: RelevanceQuery[] };

const RESULTS_OR_EMPTY = '[data-results] article, [data-empty]:not([hidden])';

async function searchPageResults(page: Page, siteUrl: string, query: string): Promise<string[]> {
  await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href);
  await page.locator(RESULTS_OR_EMPTY).first().waitFor({ timeout: 30_000 });
  return page.locator('[data-results] article').getByRole('heading').allInnerTexts();
}

async function suggestions(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#site-search-input');
  await input.fill('');
  await input.fill(query);
  const options = page.locator('#site-search-suggestions [role="option"] .suggestion-title');
  // The last option always offers the search page; wait until this query's options are in.
  await page.waitForFunction(
    (expected) => {
      const list = document.getElementById('site-search-suggestions');
      return !!list && !list.hidden && list.textContent?.includes(`“${expected}”`);
    },
    query,
    { timeout: 30_000 },
  );
  const titles = await options.allInnerTexts();
  return titles.filter((title) => !title.startsWith('All results for'));
}

function report(label: string, outcomes: readonly QueryOutcome[]): void {
  const summary = summarize(outcomes);
  console.log(
    `${label}: success@3 ${summary.successAt3.toFixed(2)} · success@10 ${summary.successAt10.toFixed(2)} · ` +
      `MRR ${summary.meanReciprocalRank.toFixed(2)} (${summary.queries} queries)`,
  );
  for (const outcome of outcomes.filter((item) => item.hit3 === false || !item.hit10))
    console.log(`  miss: "${outcome.query}" → ${outcome.ranked.slice(0, 5).join(', ') || '(nothing)'}`);
}

const workDir = mkdtempSync(join(tmpdir(), 'bench-search-'));
try {
  let siteDir = values.dir;
  if (!siteDir) {
    const outDir = join(workDir, 'site');
    console.error('Building the fixture site…');
    await buildSite({ contentDir: join(REPO_ROOT, 'tests', 'fixtures', 'content'), outDir, workDir });
    siteDir = outDir;
  }
  const server = await startStaticServer(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const searchPage: QueryOutcome[] = [];
    for (const query of relevanceSet.queries)
      searchPage.push(scoreQuery(query, await searchPageResults(page, server.url, query.query)));
    await page.goto(server.url);
    const suggested: QueryOutcome[] = [];
    for (const query of relevanceSet.queries)
      suggested.push(scoreQuery(query, await suggestions(page, query.query)));
    report('Search page', searchPage);
    report('Suggestions', suggested);
    mkdirSync(join(REPO_ROOT, 'bench-results'), { recursive: true });
    writeFileSync(
      join(REPO_ROOT, 'bench-results', 'search-relevance.json'),
      `${JSON.stringify(
        {
          searchPage: { ...summarize(searchPage), outcomes: searchPage },
          suggestions: { ...summarize(suggested), outcomes: suggested },
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
