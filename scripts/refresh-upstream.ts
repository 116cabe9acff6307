/**
 * `npm run refresh:upstream`: asks the GitHub GraphQL API about the repository of every tool
 * (stars, archived, last push and commit, latest release, SPDX license id, default branch,
 * canonical owner/name), 50 repositories per query, and writes the facts to
 * `content/upstream/github.json`, schema-checked, each record with the time it was fetched.
 *
 *   GITHUB_TOKEN=… npm run refresh:upstream [-- --summary refresh.md]
 *
 * Environment: GITHUB_TOKEN (required); GITHUB_API_URL (default https://api.github.com, as on
 * GitHub Actions; GitHub Enterprise or a local stand-in work too); GITHUB_GRAPHQL_URL (default
 * `${GITHUB_API_URL}/graphql`, or `/api/graphql` for an Enterprise `/api/v3`); CONTENT_DIR.
 *
 * Nothing known is lost: a request that fails (rate limit over the cap, timeout, 5xx, network)
 * keeps the previous record of its tools and the summary says so; "not found" marks a
 * repository missing. The file is written only when the run completes, through a temporary
 * file in the same directory renamed over it. Exit 0 when written (or unchanged), 1 when the
 * run stopped (bad token, unreadable data), 2 for a usage error.
 */
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-files.ts';
import { UPSTREAM_FILE, serializeUpstream } from '../src/lib/upstream/data.ts';
import { readUpstream } from '../src/lib/upstream/read.ts';
import { CONCURRENCY, refreshUpstream, tally, type RefreshResult } from './lib/upstream/refresh.ts';
import { renderRefreshSummary } from './lib/upstream/report.ts';
import { githubHosts, graphqlUrlFor } from '../src/lib/upstream/repo-url.ts';
import { toolRefs } from './lib/upstream/tools.ts';
import { BATCH_SIZE } from './lib/upstream/github.ts';
import { DEFAULTS, createGithubClient, type GithubApiOptions } from './lib/upstream/github-api.ts';

export const DEFAULT_API_URL = 'https://api.github.com';

/** Writes `text` to `path` (atomically) only when it differs from what is there; true when it did. */
export function writeIfChanged(path: string, text: string): boolean {
  let before: string | undefined;
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    before = undefined;
  }
  if (before === text) return false;
  writeFileAtomic(path, text);
  return true;
}

/**
 * Replaces `path` with `text` atomically: written to a temporary file in the same directory
 * (same file system), flushed, then renamed over the target. A reader sees the old file or the
 * new one, never half of one; a failed write leaves the old file and no temporary file.
 */
export function writeFileAtomic(path: string, text: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The tool entries of `<contentDir>/tools/*.yaml`, read leniently. */
export function readToolRefs(contentDir: string) {
  const dir = join(contentDir, 'tools');
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
    .sort();
  return toolRefs(
    names.map((name) => ({
      path: relative(process.cwd(), join(dir, name)),
      text: readFileSync(join(dir, name), 'utf8'),
    })),
  );
}

export interface RunOptions extends Omit<GithubApiOptions, 'graphqlUrl'> {
  readonly contentDir: string;
  readonly dataDir: string;
  readonly apiUrl?: string;
  readonly graphqlUrl?: string;
  readonly serverUrl?: string;
  readonly batchSize?: number;
  readonly concurrency?: number;
  readonly log?: (line: string) => void;
}

export interface RunResult extends RefreshResult {
  readonly file: string;
  /** False when the new text equals the file's. */
  readonly changed: boolean;
}

/** The whole refresh: read, ask, merge, check, write. Throws (writing nothing) when it cannot finish. */
export async function runRefresh(options: RunOptions): Promise<RunResult> {
  const log = options.log ?? (() => undefined);
  const apiUrl = options.apiUrl ?? DEFAULT_API_URL;
  const graphqlUrl = options.graphqlUrl ?? graphqlUrlFor(apiUrl);
  const tools = readToolRefs(options.contentDir);
  if (tools.length === 0)
    throw new Error(`no tools in ${join(options.contentDir, 'tools')}: nothing to refresh`);
  const previous = readUpstream(options.dataDir);
  const client = createGithubClient({ ...options, graphqlUrl });
  log(`Asking ${graphqlUrl} about the repositories of ${tools.length} tools…`);
  const result = await refreshUpstream({
    tools,
    previous,
    hosts: githubHosts(apiUrl, options.serverUrl),
    send: (request) => client.graphql(request),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    onBatch: (done, total) => log(`  query ${done}/${total}`),
  });
  const file = join(options.dataDir, UPSTREAM_FILE);
  const text = serializeUpstream(result.data);
  const changed = writeIfChanged(file, text);
  return { ...result, file, changed };
}

function nonNegative(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
    throw new Error(`--${flag} expects a number, got "${value}"`);
  }
  return number;
}

function parseFlags(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      summary: { type: 'string' },
      'batch-size': { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      'max-wait': { type: 'string' },
      retries: { type: 'string' },
    },
    strict: true,
  });
  return {
    ...values,
    batchSize: Math.max(1, Math.floor(nonNegative('batch-size', values['batch-size'], BATCH_SIZE))),
    concurrency: Math.max(1, Math.floor(nonNegative('concurrency', values.concurrency, CONCURRENCY))),
    timeoutMs: nonNegative('timeout', values.timeout, DEFAULTS.timeoutMs / 1000) * 1000,
    maxWaitMs: nonNegative('max-wait', values['max-wait'], DEFAULTS.maxWaitMs / 1000) * 1000,
    retries: Math.floor(nonNegative('retries', values.retries, DEFAULTS.retries)),
  };
}

async function main(): Promise<number> {
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const token = process.env['GITHUB_TOKEN'];
  if (!token) {
    console.error('GITHUB_TOKEN is not set: the GitHub GraphQL API needs a token (any token, no scope).');
    return 2;
  }
  const contentDir = contentRoot();
  const apiUrl = process.env['GITHUB_API_URL'] || DEFAULT_API_URL;
  const graphqlUrl = process.env['GITHUB_GRAPHQL_URL'] || undefined;
  const serverUrl = process.env['GITHUB_SERVER_URL'] || undefined;
  let result: RunResult;
  try {
    result = await runRefresh({
      contentDir,
      dataDir: flags.data ?? join(contentDir, 'upstream'),
      token,
      apiUrl,
      ...(graphqlUrl ? { graphqlUrl } : {}),
      ...(serverUrl ? { serverUrl } : {}),
      batchSize: flags.batchSize,
      concurrency: flags.concurrency,
      timeoutMs: flags.timeoutMs,
      maxWaitMs: flags.maxWaitMs,
      retries: flags.retries,
      log: (line) => console.log(line),
      onWait: (ms, why) => console.log(`  waiting ${Math.ceil(ms / 1000)} s (${why})`),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Refresh stopped, nothing written: ${reason}`);
    return 1;
  }
  // The log lists every tool; the summary file (a pull-request body) only the first of each list.
  console.log(`\n${renderRefreshSummary(result.log, result.queries, Number.POSITIVE_INFINITY)}`);
  console.log(result.changed ? `Wrote ${result.file}.` : `${result.file} is unchanged.`);
  if (flags.summary) writeFileSync(flags.summary, renderRefreshSummary(result.log, result.queries));
  const githubOutput = process.env['GITHUB_OUTPUT'];
  if (githubOutput) {
    const counts = tally(result.log);
    appendFileSync(githubOutput, `changed=${result.changed}\nkept=${counts.kept}\nfailed=${counts.failed}\n`);
  }
  return 0;
}

if (import.meta.main) process.exitCode = await main();
