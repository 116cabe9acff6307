/**
 * `npm run check:links`: fetches every `url`, `repo` and `docs` link of the tools and resources,
 * and every page their facts cite (`sources`, each fact's `source`), and prints a table of the
 * results. The report also lists GitHub file links written on a branch that is no longer the
 * repository's default (known from `content/upstream/github.json`).
 *
 *   npm run check:links                                 exits 1 when any link is dead
 *   npm run check:links -- --report link-report.md      writes a Markdown report, exits 0
 *
 * HEAD first, GET when a server refuses HEAD (403/405/501); redirects are followed; 15 s per
 * request; 6 requests at a time. 2xx/3xx are alive, 429 is rate limited (not counted dead),
 * anything else, network errors and timeouts included, is dead. When run in GitHub Actions, the
 * number of dead links is also written to the step's outputs as `dead`.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { contentRoot, readContentFiles } from '../src/lib/content-files.ts';
import { readEntryData } from '../src/lib/content-check.ts';
import { readUpstream } from '../src/lib/upstream/read.ts';
import {
  collectLinks,
  offDefaultBranch,
  renderMarkdownReport,
  renderTextTable,
  resultsFor,
  shouldRetryWithGet,
  summarize,
  uniqueUrls,
  type LinkOutcome,
  type LinkRef,
} from './lib/link-report/link-report.ts';

const TIMEOUT_MS = 15_000;
const CONCURRENCY = 6;
const HEADERS = {
  'User-Agent':
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 ' +
    '(mlops-guide link check)',
  Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'Accept-Language': 'en',
};

const { values: flags } = parseArgs({
  args: process.argv.slice(2),
  options: { report: { type: 'string' } },
  strict: true,
});

async function request(url: string, method: 'HEAD' | 'GET'): Promise<number> {
  const response = await fetch(url, {
    method,
    headers: HEADERS,
    redirect: 'follow',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  // Only the status matters: do not download the page.
  await response.body?.cancel().catch(() => undefined);
  return response.status;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return `timed out after ${TIMEOUT_MS / 1000} s`;
    const cause = error.cause instanceof Error ? error.cause.message : undefined;
    return cause ? `${error.message} (${cause})` : error.message;
  }
  return String(error);
}

async function check(url: string): Promise<LinkOutcome> {
  try {
    const status = await request(url, 'HEAD');
    if (!shouldRetryWithGet(status)) return { kind: 'response', status };
    return { kind: 'response', status: await request(url, 'GET') };
  } catch (error) {
    return { kind: 'error', message: errorMessage(error) };
  }
}

/** Checks `urls`, at most `limit` at a time. */
async function checkAll(urls: readonly string[], limit: number): Promise<Map<string, LinkOutcome>> {
  const outcomes = new Map<string, LinkOutcome>();
  let next = 0;
  async function worker() {
    while (next < urls.length) {
      const url = urls[next++];
      if (url !== undefined) outcomes.set(url, await check(url));
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, urls.length) }, worker));
  return outcomes;
}

/** Default branches the API reported (`github.json`), by lower-case `owner/name`. */
function defaultBranches(): Map<string, string> {
  const branches = new Map<string, string>();
  for (const record of Object.values(readUpstream(join(contentRoot(), 'upstream')).tools)) {
    const found = record.source === 'github-api' && record.state === 'missing' ? record.lastKnown : record;
    if (found?.source === 'github-api' && found.state === 'found' && found.defaultBranch)
      branches.set(found.nameWithOwner.toLowerCase(), found.defaultBranch);
  }
  return branches;
}

const links: LinkRef[] = readContentFiles()
  .filter((file) => file.collection === 'tools' || file.collection === 'resources')
  .flatMap((file) => {
    const { data } = readEntryData(file);
    if (data) return collectLinks(file.path, data);
    console.error(`${file.path}: unreadable, skipped (npm run validate explains why)`);
    return [];
  });

const urls = uniqueUrls(links);
console.log(`Checking ${urls.length} URL(s) from ${links.length} link(s)…\n`);
const results = resultsFor(links, await checkAll(urls, CONCURRENCY));
const summary = summarize(results);

console.log(renderTextTable(results));
console.log(
  `\n${summary.total} link(s): ${summary.alive} alive, ${summary.dead} dead, ` +
    `${summary.rateLimited} rate limited (not counted dead).`,
);

const githubOutput = process.env['GITHUB_OUTPUT'];
if (githubOutput) appendFileSync(githubOutput, `dead=${summary.dead}\n`);

if (flags.report !== undefined) {
  writeFileSync(
    flags.report,
    renderMarkdownReport(results, {
      checkedAt: new Date().toISOString(),
      offDefault: offDefaultBranch(links, defaultBranches()),
    }),
  );
  console.log(`Report written to ${flags.report}.`);
} else if (summary.dead > 0) {
  process.exit(1);
}
