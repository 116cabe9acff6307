/**
 * `npm run refresh:upstream` without its I/O: which tools to ask GitHub about, in batches with
 * bounded concurrency, and how each answer is merged with the record already on file. The rule:
 * nothing known is lost. A failed request keeps the tool's previous record; "not found" marks
 * the repository missing and keeps what was known; only a tool that left the directory (or
 * lost its `repo`) loses its record.
 */
import {
  UPSTREAM_FORMAT,
  type FoundRecord,
  type MissingRecord,
  type UpstreamData,
  type UpstreamRecord,
} from '../../../src/schemas/upstream.ts';
import {
  BATCH_SIZE,
  batchQuery,
  batches,
  readBatchReply,
  type Failure,
  type GraphqlReply,
  type GraphqlRequest,
  type RepoOutcome,
  type RepoRequest,
} from './github.ts';
import { mapBounded } from './pool.ts';
import { locateRepo, sameRepoUrl } from '../../../src/lib/upstream/repo-url.ts';
import type { ToolRef } from './tools.ts';

/** Queries in flight at once: GitHub asks integrators not to hammer it with concurrent requests. */
export const CONCURRENCY = 2;

/** What happened to one tool's record in a run. */
export type RefreshEntry =
  | { readonly slug: string; readonly action: 'updated'; readonly record: FoundRecord }
  | { readonly slug: string; readonly action: 'missing'; readonly record: MissingRecord }
  | {
      readonly slug: string;
      readonly action: 'kept';
      readonly failure: Failure;
      /** The record kept, unchanged. */
      readonly previous: UpstreamRecord;
    }
  | { readonly slug: string; readonly action: 'failed'; readonly failure: Failure }
  | { readonly slug: string; readonly action: 'skipped'; readonly why: string; readonly kept: boolean }
  | { readonly slug: string; readonly action: 'dropped'; readonly why: string };

export interface RefreshResult {
  readonly data: UpstreamData;
  readonly log: readonly RefreshEntry[];
  /** GraphQL queries sent. */
  readonly queries: number;
}

export interface RefreshOptions {
  readonly tools: readonly ToolRef[];
  readonly previous: UpstreamData;
  /** Web hosts that are GitHub (see `githubHosts`). */
  readonly hosts: ReadonlySet<string>;
  /** Sends one GraphQL query; resolves to its body or to why there is none (never rejects for that). */
  readonly send: (request: GraphqlRequest) => Promise<GraphqlReply>;
  readonly batchSize?: number;
  readonly concurrency?: number;
  /** Called after each query, for progress output. */
  readonly onBatch?: (done: number, total: number) => void;
}

/** The record a tool gets from its repository's outcome, and the log line saying so. */
export function mergeOutcome(
  tool: { slug: string; repo: string },
  previous: UpstreamRecord | undefined,
  outcome: RepoOutcome,
  fetchedAt: string,
  hosts: ReadonlySet<string>,
): { record: UpstreamRecord | undefined; entry: RefreshEntry } {
  const { slug } = tool;
  if (outcome.kind === 'found') {
    const record: FoundRecord = {
      source: 'github-api',
      state: 'found',
      repo: tool.repo,
      fetchedAt,
      ...outcome.facts,
    };
    return { record, entry: { slug, action: 'updated', record } };
  }
  if (outcome.kind === 'missing') {
    const sameRepo = previous !== undefined && sameRepoUrl(previous.repo, tool.repo, hosts);
    let record: MissingRecord;
    if (previous?.source === 'github-api' && previous.state === 'missing' && sameRepo) {
      record = { ...previous, fetchedAt };
    } else {
      const lastKnown =
        sameRepo && previous && (previous.source === 'snapshot' || previous.state === 'found')
          ? previous
          : null;
      record = {
        source: 'github-api',
        state: 'missing',
        repo: tool.repo,
        fetchedAt,
        missingSince: fetchedAt,
        lastKnown,
      };
    }
    return { record, entry: { slug, action: 'missing', record } };
  }
  if (previous) {
    return { record: previous, entry: { slug, action: 'kept', failure: outcome.failure, previous } };
  }
  return { record: undefined, entry: { slug, action: 'failed', failure: outcome.failure } };
}

/** Runs the refresh: every tool with a GitHub repository, each repository asked for once. */
export async function refreshUpstream(options: RefreshOptions): Promise<RefreshResult> {
  const { tools, previous, hosts, send } = options;
  const log: RefreshEntry[] = [];
  const records: Record<string, UpstreamRecord> = {};
  const keep = (slug: string): boolean => {
    const record = previous.tools[slug];
    if (record) records[slug] = record;
    return record !== undefined;
  };

  const asked: { tool: ToolRef & { repo: string }; key: string }[] = [];
  const requests = new Map<string, RepoRequest>();
  for (const tool of tools) {
    if (!tool.readable) {
      log.push({ slug: tool.slug, action: 'skipped', why: 'unreadable YAML', kept: keep(tool.slug) });
      continue;
    }
    if (tool.repo === undefined) {
      if (previous.tools[tool.slug])
        log.push({ slug: tool.slug, action: 'dropped', why: 'no repo any more' });
      continue;
    }
    const location = locateRepo(tool.repo, hosts);
    if (location.forge !== 'github') {
      const why =
        location.forge === 'invalid'
          ? location.reason
          : `hosted on ${location.host}${location.forge === 'gitlab' ? ' (GitLab is not supported yet)' : ''}`;
      log.push({ slug: tool.slug, action: 'skipped', why, kept: keep(tool.slug) });
      continue;
    }
    asked.push({ tool: { ...tool, repo: tool.repo }, key: location.key });
    if (!requests.has(location.key)) {
      requests.set(location.key, { key: location.key, owner: location.owner, name: location.name });
    }
  }

  const outcomes = new Map<string, { outcome: RepoOutcome; at: string }>();
  const groups = batches([...requests.values()], options.batchSize ?? BATCH_SIZE);
  let done = 0;
  await mapBounded(groups, options.concurrency ?? CONCURRENCY, async (group) => {
    const reply = await send(batchQuery(group));
    if (reply.ok) {
      const at = reply.receivedAt.toISOString();
      for (const [key, outcome] of readBatchReply(group, reply.body)) outcomes.set(key, { outcome, at });
    } else {
      for (const repo of group) {
        outcomes.set(repo.key, { outcome: { kind: 'failed', failure: reply.failure }, at: '' });
      }
    }
    options.onBatch?.(++done, groups.length);
  });

  for (const { tool, key } of asked) {
    const result = outcomes.get(key) ?? {
      outcome: {
        kind: 'failed',
        failure: { reason: 'graphql-error', message: 'no answer for this repository' },
      },
      at: '',
    };
    const merged = mergeOutcome(tool, previous.tools[tool.slug], result.outcome, result.at, hosts);
    if (merged.record) records[tool.slug] = merged.record;
    log.push(merged.entry);
  }

  const listed = new Set(tools.map((tool) => tool.slug));
  for (const slug of Object.keys(previous.tools)) {
    if (!listed.has(slug)) log.push({ slug, action: 'dropped', why: 'the tool is no longer listed' });
  }

  log.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const sorted = Object.fromEntries(Object.entries(records).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { data: { format: UPSTREAM_FORMAT, tools: sorted }, log, queries: groups.length };
}

/** Counts of a run's log by action. */
export function tally(log: readonly RefreshEntry[]): Record<RefreshEntry['action'], number> {
  const counts = { updated: 0, missing: 0, kept: 0, failed: 0, skipped: 0, dropped: 0 };
  for (const entry of log) counts[entry.action]++;
  return counts;
}
