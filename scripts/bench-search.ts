/**
 * `npm run bench:search`: how well search answers its two relevance sets. Each set is run on its
 * own build: `tests/fixtures/search-relevance.yaml` on the frozen fixture site, and
 * `tests/fixtures/search-relevance-real.yaml` on the real guide (`content/`). Every query is asked
 * twice in Chromium, in the header's suggestions and on the search page. Prints success@3,
 * success@10 and mean reciprocal rank for each, and the queries that miss; writes JSON to
 * `bench-results/search-relevance.json`.
 *
 * `--set fixture` or `--set real` runs one set; `--fixture-dir` and `--real-dir` use a site
 * already built (`--real-dir dist` after `npm run build`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { REPO_ROOT, buildSite } from './lib/build-site.ts';
import { launchChromium } from './lib/search-transfer.ts';
import {
  RELEVANCE_SETS,
  scoreQuery,
  summarize,
  type QueryOutcome,
  type RelevanceQuery,
  type RelevanceSet,
} from './lib/search-relevance.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string' },
    'fixture-dir': { type: 'string' },
    'real-dir': { type: 'string' },
  },
});

const RESULTS_OR_EMPTY = '[data-results] article, [data-empty]:not([hidden])';

async function searchPageResults(page: Page, siteUrl: string, query: string): Promise<string[]> {
  await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href);
  await page.locator(RESULTS_OR_EMPTY).first().waitFor({ timeout: 30_000 });
  return page.locator('[data-results] article h2').allInnerTexts();
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

/** Builds the set's site (unless given one), asks every query in both places, reports. */
async function runSet(set: RelevanceSet, workDir: string, builtDir: string | undefined) {
  const { queries } = parse(readFileSync(join(REPO_ROOT, set.file), 'utf8')) as {
    queries: RelevanceQuery[];
  };
  let siteDir = builtDir;
  if (!siteDir) {
    const setDir = join(workDir, set.id);
    siteDir = join(setDir, 'site');
    console.error(`Building the ${set.label}…`);
    await buildSite({
      contentDir: join(REPO_ROOT, set.contentDir),
      outDir: siteDir,
      workDir: setDir,
      ownRoot: true,
    });
  }
  const server = await startStaticServer(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const searchPage: QueryOutcome[] = [];
    for (const query of queries)
      searchPage.push(scoreQuery(query, await searchPageResults(page, server.url, query.query)));
    await page.goto(server.url);
    const suggested: QueryOutcome[] = [];
    for (const query of queries) suggested.push(scoreQuery(query, await suggestions(page, query.query)));
    console.log(`\n${set.label} (${set.file})`);
    report('Search page', searchPage);
    report('Suggestions', suggested);
    return {
      searchPage: { ...summarize(searchPage), outcomes: searchPage },
      suggestions: { ...summarize(suggested), outcomes: suggested },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const chosen = RELEVANCE_SETS.filter((set) => !values.set || set.id === values.set);
if (chosen.length === 0)
  throw new Error(`--set must be one of ${RELEVANCE_SETS.map((set) => set.id).join(', ')}`);
const builtDirs: Record<string, string | undefined> = {
  fixture: values['fixture-dir'],
  real: values['real-dir'],
};
const workDir = mkdtempSync(join(tmpdir(), 'bench-search-'));
try {
  const results: Record<string, unknown> = {};
  for (const set of chosen) results[set.id] = await runSet(set, workDir, builtDirs[set.id]);
  mkdirSync(join(REPO_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(REPO_ROOT, 'bench-results', 'search-relevance.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
