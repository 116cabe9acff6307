/**
 * `npm run refresh:landscapes`: reads the foundations' own data on who governs what, the
 * `landscape.yml` of cncf/landscape and of lfai/lfai-landscape, at the newest commit of their
 * default branch, matches the entries to the tools by repository URL and writes the matches to
 * `content/upstream/landscapes.json`, each with the commit and line it was read from. The
 * weekly upstream workflow runs it beside `refresh:upstream`; `report:upstream` then proposes
 * the changes of foundation and maturity in the same pull request.
 *
 *   npm run refresh:landscapes [-- --summary landscapes.md]
 *
 * Environment: GITHUB_API_URL (default https://api.github.com), GITHUB_TOKEN (optional: the
 * files are public; a token raises the rate limit), CONTENT_DIR.
 *
 * Nothing known is lost: a landscape that cannot be fetched, or whose layout changed, keeps its
 * previous records, and the summary says why. Exit 0 when written (or unchanged), 1 when the
 * previous data is unreadable, 2 for a usage error.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-files.ts';
import { GOVERNANCE_FILE, serializeGovernance } from '../src/lib/upstream/governance-data.ts';
import {
  LANDSCAPES,
  refreshGovernance,
  type GovernanceLogEntry,
  type LandscapeFetch,
  type LandscapeSpec,
} from './lib/upstream/landscape.ts';
import { readGovernance } from '../src/lib/upstream/read.ts';
import { githubHosts } from '../src/lib/upstream/repo-url.ts';
import { cell } from './lib/upstream/report.ts';
import type { LandscapeId } from '../src/schemas/governance.ts';
import { DEFAULT_API_URL, readToolRefs, writeIfChanged } from './refresh-upstream.ts';

export interface FetchOptions {
  readonly apiUrl: string;
  readonly token?: string | undefined;
  readonly fetch?: typeof globalThis.fetch;
  readonly timeoutMs?: number;
}

const USER_AGENT = 'mlops-guide-landscape-refresh';

/**
 * One landscape file at the newest commit of its default branch, through the GitHub REST API
 * (so GITHUB_API_URL can point at a stand-in): the commit's sha first, then the file's raw text
 * at that sha, so the text and the commit it is cited at always agree. Never throws.
 */
export async function fetchLandscape(
  landscape: LandscapeSpec,
  options: FetchOptions,
): Promise<LandscapeFetch> {
  const fetch = options.fetch ?? globalThis.fetch;
  const base = options.apiUrl.replace(/\/+$/, '');
  const headers = (accept: string): Record<string, string> => ({
    accept,
    'user-agent': USER_AGENT,
    'x-github-api-version': '2022-11-28',
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  });
  const get = async (url: string, accept: string): Promise<string> => {
    const response = await fetch(url, {
      headers: headers(accept),
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    return response.text();
  };
  try {
    const sha = (
      await get(`${base}/repos/${landscape.repo}/commits/HEAD`, 'application/vnd.github.sha')
    ).trim();
    if (!/^[0-9a-f]{40}$/.test(sha))
      return { ok: false, reason: `the API gave no commit sha for ${landscape.repo}` };
    const text = await get(
      `${base}/repos/${landscape.repo}/contents/${landscape.path}?ref=${sha}`,
      'application/vnd.github.raw+json',
    );
    return { ok: true, text, commit: sha, readAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** What the run did, as Markdown for the log and the pull request. */
export function renderLandscapeSummary(log: readonly GovernanceLogEntry[]): string {
  const lines = ['## Foundation landscapes', ''];
  for (const entry of log) {
    const spec = LANDSCAPES.find((landscape) => landscape.id === entry.landscape);
    const name = spec ? `${spec.repo}/${spec.path}` : entry.landscape;
    if (entry.action === 'read') {
      lines.push(`- \`${name}\`: ${entry.items} entries read, ${entry.matched} tools matched by repository.`);
      for (const { slug, reason } of entry.unread)
        lines.push(`  - \`${slug}\`: its entry could not be read (${cell(reason)}); previous record kept.`);
    } else {
      lines.push(
        `- \`${name}\`: **not read** (${cell(entry.reason)}); the previous records of ${entry.kept} tools were kept.`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      options: { data: { type: 'string' }, summary: { type: 'string' } },
      strict: true,
    }).values;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const contentDir = contentRoot();
  const dataDir = values.data ?? join(contentDir, 'upstream');
  const apiUrl = process.env['GITHUB_API_URL'] || DEFAULT_API_URL;
  let previous;
  try {
    previous = readGovernance(dataDir);
  } catch (error) {
    console.error(
      `Refresh stopped, nothing written: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  const fetched = new Map<LandscapeId, LandscapeFetch>();
  for (const landscape of LANDSCAPES) {
    console.log(`Reading ${landscape.repo}/${landscape.path}…`);
    fetched.set(
      landscape.id,
      await fetchLandscape(landscape, { apiUrl, token: process.env['GITHUB_TOKEN'] }),
    );
  }
  const { data, log } = refreshGovernance({
    tools: readToolRefs(contentDir),
    previous,
    fetched,
    hosts: githubHosts(apiUrl, process.env['GITHUB_SERVER_URL'] || undefined),
  });
  const file = join(dataDir, GOVERNANCE_FILE);
  const text = serializeGovernance(data);
  const changed = writeIfChanged(file, text);
  const summary = renderLandscapeSummary(log);
  console.log(`\n${summary}`);
  console.log(changed ? `Wrote ${file}.` : `${file} is unchanged.`);
  if (values.summary) writeFileSync(values.summary, summary);
  const githubOutput = process.env['GITHUB_OUTPUT'];
  if (githubOutput)
    appendFileSync(
      githubOutput,
      `changed=${changed}\nkept=${log.filter((entry) => entry.action === 'kept').length}\n`,
    );
  return 0;
}

if (import.meta.main) process.exitCode = await main();
