/**
 * The refresh without the network: how each answer merges with the previous record (nothing
 * known is lost), and a whole run with a fake `send` answering from the recorded nodes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FoundRecord, MissingRecord, SnapshotRecord } from '../../src/schemas/upstream.ts';
import { parseUpstream, serializeUpstream } from '../../src/lib/upstream/data.ts';
import type { GraphqlReply, GraphqlRequest } from '../../scripts/lib/upstream/github.ts';
import { mergeOutcome, refreshUpstream, tally } from '../../scripts/lib/upstream/refresh.ts';
import { renderRefreshSummary } from '../../scripts/lib/upstream/report.ts';
import { githubHosts } from '../../src/lib/upstream/repo-url.ts';
import { toolRefs, type ToolRef } from '../../scripts/lib/upstream/tools.ts';
import { answerBatch, recorded } from '../fixtures/upstream/stand-in.ts';

const HOSTS = githubHosts('https://api.github.com');
const AT = '2026-12-07T06:17:00.000Z';
const RECEIVED = new Date(AT);
const previous = parseUpstream(recorded('previous.json'));
const TOOLS_DIR = new URL('../fixtures/upstream/content/tools/', import.meta.url);

function fixtureTools(extra: { path: string; text: string }[] = []): ToolRef[] {
  const files = readdirSync(TOOLS_DIR).map((name) => ({
    path: `content/tools/${name}`,
    text: readFileSync(new URL(name, TOOLS_DIR), 'utf8'),
  }));
  return toolRefs([...files, ...extra]);
}

/** The fixture tools plus an unparsable entry that has a previous record. */
const TOOLS = fixtureTools([{ path: 'content/tools/broken.yaml', text: 'name: [unclosed\n' }]);

const okSend = async (request: GraphqlRequest): Promise<GraphqlReply> => ({
  ok: true,
  body: answerBatch(request.variables),
  receivedAt: RECEIVED,
});

const facts = {
  nameWithOwner: 'vanished/gone',
  url: 'https://github.com/vanished/gone',
  stars: 55,
  archived: false,
  pushedAt: '2026-10-10T10:10:10Z',
  lastCommitAt: null,
  defaultBranch: 'main',
  licenseId: 'MIT',
  latestRelease: null,
};
const tool = { slug: 'gone', repo: 'https://github.com/vanished/gone' };
const foundBefore: FoundRecord = {
  source: 'github-api',
  state: 'found',
  repo: tool.repo,
  fetchedAt: '2026-11-30T06:17:00.000Z',
  ...facts,
};
const snapshotBefore: SnapshotRecord = {
  source: 'snapshot',
  repo: tool.repo,
  url: tool.repo,
  readAt: '2026-11-30',
  stars: null,
  lastCommit: '2026-10-10',
  latestRelease: null,
};

describe('merging one answer with the previous record', () => {
  it('replaces the record with the fetched facts and the time they were fetched', () => {
    const { record, entry } = mergeOutcome(tool, snapshotBefore, { kind: 'found', facts }, AT, HOSTS);
    expect(record).toEqual({
      source: 'github-api',
      state: 'found',
      repo: tool.repo,
      fetchedAt: AT,
      ...facts,
    });
    expect(entry.action).toBe('updated');
  });

  it('a failed request keeps the previous record unchanged, and says why', () => {
    const failure = { reason: 'timeout', message: 'no answer before the deadline' } as const;
    for (const before of [foundBefore, snapshotBefore]) {
      const { record, entry } = mergeOutcome(tool, before, { kind: 'failed', failure }, AT, HOSTS);
      expect(record).toBe(before);
      expect(entry).toEqual({ slug: 'gone', action: 'kept', failure, previous: before });
    }
    const none = mergeOutcome(tool, undefined, { kind: 'failed', failure }, AT, HOSTS);
    expect(none.record).toBeUndefined();
    expect(none.entry).toEqual({ slug: 'gone', action: 'failed', failure });
  });

  it('not found marks the repository missing and keeps what was known (a finding, not a deletion)', () => {
    const { record } = mergeOutcome(tool, foundBefore, { kind: 'missing' }, AT, HOSTS);
    expect(record).toEqual({
      source: 'github-api',
      state: 'missing',
      repo: tool.repo,
      fetchedAt: AT,
      missingSince: AT,
      lastKnown: foundBefore,
    });
    expect(mergeOutcome(tool, snapshotBefore, { kind: 'missing' }, AT, HOSTS).record).toMatchObject({
      lastKnown: snapshotBefore,
    });
  });

  it('still missing: keeps when it went missing and what was known then', () => {
    const missing: MissingRecord = {
      source: 'github-api',
      state: 'missing',
      repo: tool.repo,
      fetchedAt: '2026-11-30T06:17:00.000Z',
      missingSince: '2026-11-23T06:17:00.000Z',
      lastKnown: foundBefore,
    };
    expect(mergeOutcome(tool, missing, { kind: 'missing' }, AT, HOSTS).record).toEqual({
      ...missing,
      fetchedAt: AT,
    });
  });

  it('does not carry facts of a former repository into a missing record', () => {
    const moved = { ...tool, repo: 'https://github.com/elsewhere/gone' };
    expect(mergeOutcome(moved, foundBefore, { kind: 'missing' }, AT, HOSTS).record).toMatchObject({
      repo: moved.repo,
      lastKnown: null,
    });
  });
});

describe('a refresh run with a fake GitHub', () => {
  it('asks once per repository, in batches, and records what it found', async () => {
    const sent: GraphqlRequest[] = [];
    const result = await refreshUpstream({
      tools: TOOLS,
      previous,
      hosts: HOSTS,
      batchSize: 4,
      send: async (request) => {
        sent.push(request);
        return okSend(request);
      },
    });
    // 11 tools on GitHub share 10 repositories (ray and ray-serve): 3 queries of at most 4.
    const asked = sent.flatMap((request) =>
      Object.keys(request.variables).filter((key) => key.startsWith('o')),
    );
    expect(asked).toHaveLength(10);
    expect(sent.map((request) => Object.keys(request.variables).length / 2)).toEqual([4, 4, 2]);
    expect(result.queries).toBe(3);
    expect(result.data.tools['ray']).toEqual({
      ...result.data.tools['ray-serve'],
      repo: 'https://github.com/ray-project/ray',
    });
    expect(result.data.tools['mlflow']).toMatchObject({
      source: 'github-api',
      state: 'found',
      fetchedAt: AT,
      stars: 23456,
    });
    expect(result.data.tools['moved-tool']).toMatchObject({ nameWithOwner: 'new-org/newname' });
    expect(tally(result.log)).toEqual({
      updated: 10,
      missing: 1,
      kept: 0,
      failed: 0,
      skipped: 2,
      dropped: 1,
    });
    expect(() => serializeUpstream(result.data)).not.toThrow();
  });

  it('keeps the records of skipped and unreadable entries, and drops those of removed tools', async () => {
    const { data, log } = await refreshUpstream({ tools: TOOLS, previous, hosts: HOSTS, send: okSend });
    expect(data.tools['gitlab-tool']).toBe(previous.tools['gitlab-tool']);
    expect(data.tools['broken']).toBe(previous.tools['broken']);
    expect(data.tools['removed-tool']).toBeUndefined();
    expect(log.find((entry) => entry.slug === 'gitlab-tool')).toMatchObject({
      action: 'skipped',
      why: expect.stringContaining('gitlab.com'),
      kept: true,
    });
    expect(log.find((entry) => entry.slug === 'removed-tool')).toMatchObject({ action: 'dropped' });
    expect(data.tools['closed-product']).toBeUndefined();
  });

  it('marks a repository GitHub does not know as missing, keeping what was known', async () => {
    const { data } = await refreshUpstream({ tools: TOOLS, previous, hosts: HOSTS, send: okSend });
    expect(data.tools['gone']).toEqual({
      source: 'github-api',
      state: 'missing',
      repo: 'https://github.com/vanished/gone',
      fetchedAt: AT,
      missingSince: AT,
      lastKnown: previous.tools['gone'],
    });
  });

  it('a failed batch keeps the previous records of its tools, and the summary says so', async () => {
    let call = 0;
    const result = await refreshUpstream({
      tools: TOOLS,
      previous,
      hosts: HOSTS,
      batchSize: 4,
      concurrency: 1,
      send: async (request) =>
        call++ === 0
          ? { ok: false, failure: { reason: 'server-error', message: 'HTTP 502' } }
          : okSend(request),
    });
    // The first batch (sorted by slug): dormant-lib, elastic-thing, empty-repo, gone.
    expect(result.data.tools['gone']).toBe(previous.tools['gone']);
    expect(result.data.tools['dormant-lib']).toBeUndefined();
    expect(result.data.tools['mlflow']).toMatchObject({ source: 'github-api', state: 'found' });
    const counts = tally(result.log);
    expect(counts).toMatchObject({ kept: 1, failed: 3 });
    const summary = renderRefreshSummary(result.log, result.queries);
    expect(summary).toContain('Previous record kept: the request failed (1)');
    expect(summary).toContain('`gone`: server-error: HTTP 502');
    expect(summary).toContain('Failed, no previous record (3)');
  });

  it('respects the concurrency bound', async () => {
    let running = 0;
    let most = 0;
    await refreshUpstream({
      tools: TOOLS,
      previous,
      hosts: HOSTS,
      batchSize: 1,
      concurrency: 3,
      send: async (request) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return okSend(request);
      },
    });
    expect(most).toBe(3);
  });

  it('keeps the summary short enough for a pull request: at most 25 lines per list', () => {
    const failure = {
      reason: 'rate-limited',
      message: 'rate limited for 3600 s more, over the 300 s cap',
    } as const;
    const log = Array.from({ length: 10_000 }, (_, index) => ({
      slug: `tool-${index}`,
      action: 'failed' as const,
      failure,
    }));
    const summary = renderRefreshSummary(log, 200);
    expect(summary).toContain('### Failed, no previous record (10000)');
    expect(summary.match(/^- `tool-/gm)).toHaveLength(25);
    expect(summary).toContain("- …and 9975 more (see the run's log).");
    expect(summary.length).toBeLessThan(5000);
    expect(renderRefreshSummary(log, 200, Number.POSITIVE_INFINITY).match(/^- `tool-/gm)).toHaveLength(
      10_000,
    );
  });
});
