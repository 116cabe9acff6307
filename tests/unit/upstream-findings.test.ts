/**
 * Findings (where our entries and upstream disagree) and the Markdown report the bot's pull
 * request carries, on the fixture tools and facts answered from the recorded nodes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FoundRecord, SnapshotRecord, UpstreamData } from '../../src/schemas/upstream.ts';
import { parseUpstream } from '../../src/lib/upstream/data.ts';
import { reviewUpstream, sameLicense, type UpstreamReview } from '../../scripts/lib/upstream/findings.ts';
import { refreshUpstream } from '../../scripts/lib/upstream/refresh.ts';
import { cell, renderReport } from '../../scripts/lib/upstream/report.ts';
import { githubHosts } from '../../src/lib/upstream/repo-url.ts';
import { toolRefs, type ToolRef } from '../../scripts/lib/upstream/tools.ts';
import { answerBatch, recorded } from '../fixtures/upstream/stand-in.ts';

const HOSTS = githubHosts('https://api.github.com');
const TODAY = '2026-12-07';
const TOOLS_DIR = new URL('../fixtures/upstream/content/tools/', import.meta.url);
const TOOLS = toolRefs(
  readdirSync(TOOLS_DIR).map((name) => ({
    path: `content/tools/${name}`,
    text: readFileSync(new URL(name, TOOLS_DIR), 'utf8'),
  })),
);

let data: UpstreamData;
let review: UpstreamReview;
beforeAll(async () => {
  ({ data } = await refreshUpstream({
    tools: TOOLS,
    previous: parseUpstream(recorded('previous.json')),
    hosts: HOSTS,
    send: async (request) => ({
      ok: true,
      body: answerBatch(request.variables),
      receivedAt: new Date('2026-12-07T06:17:00Z'),
    }),
  }));
  review = reviewUpstream(TOOLS, data, { today: TODAY, hosts: HOSTS });
});

const kinds = (of: UpstreamReview) => of.findings.map((finding) => `${finding.kind}:${finding.slug}`);

/** Upstream data with one record, read from a snapshot, for the fixture's `dormant-lib`. */
const snapshotOf = (
  facts: Pick<SnapshotRecord, 'readAt' | 'lastCommit'> & Partial<Pick<SnapshotRecord, 'latestRelease'>>,
): UpstreamData => ({
  format: 1,
  tools: {
    'dormant-lib': {
      source: 'snapshot',
      repo: 'https://github.com/someone/dormant-lib',
      url: 'https://github.com/someone/dormant-lib',
      stars: null,
      latestRelease: null,
      ...facts,
    },
  },
});

/** The findings' kinds of a review of `of` on the test's day. */
const reviewKinds = (of: UpstreamData) => kinds(reviewUpstream(TOOLS, of, { today: TODAY, hosts: HOSTS }));

describe('findings', () => {
  it('lists every disagreement of the fixture, in report order, and nothing else', () => {
    expect(kinds(review)).toEqual([
      'archived:torchserve',
      'inactive:dormant-lib',
      'license:elastic-thing',
      'not-osi:elastic-thing',
      'moved:moved-tool',
      'missing:gone',
    ]);
  });

  it('says what each side says, and as of when', () => {
    const byKey = new Map(review.findings.map((finding) => [`${finding.kind}:${finding.slug}`, finding]));
    expect(byKey.get('archived:torchserve')).toMatchObject({
      ours: 'deprecated',
      upstream: 'archived',
      asOf: 'GitHub API 2026-12-07',
    });
    expect(byKey.get('inactive:dormant-lib')).toMatchObject({
      ours: 'active',
      upstream: 'last activity 2025-01-02',
      // The directory's rule: dormant from the day a year without a commit or release is up.
      proposal: expect.stringMatching(/^status: dormant, statusDate: 2026-01-02 /),
    });
    expect(byKey.get('license:elastic-thing')).toMatchObject({ ours: 'Apache-2.0', upstream: 'Elastic-2.0' });
    expect(byKey.get('moved:moved-tool')).toMatchObject({
      ours: 'old-org/oldname',
      upstream: 'new-org/newname',
    });
    expect(byKey.get('missing:gone')).toMatchObject({ upstream: 'not found since 2026-12-07' });
  });

  it('counts what was checked and what was not', () => {
    expect(review.withRepo).toBe(11);
    expect(review.checked).toEqual({ api: 10, snapshot: 0, missing: 1 });
    expect(review.skipped).toEqual([
      { tool: expect.objectContaining({ slug: 'gitlab-tool' }), why: 'hosted on gitlab.com' },
    ]);
    expect(review.withoutRecord).toEqual([]);
  });

  it('reads GitHub bare GNU ids as either of ours, and NOASSERTION as no opinion', () => {
    expect(sameLicense('AGPL-3.0-only', 'AGPL-3.0')).toBe(true);
    expect(sameLicense('GPL-2.0-or-later', 'GPL-2.0')).toBe(true);
    expect(sameLicense('apache-2.0', 'Apache-2.0')).toBe(true);
    expect(sameLicense('MIT', 'Apache-2.0')).toBe(false);
    expect(sameLicense('LGPL-3.0-only', 'GPL-3.0')).toBe(false);
    expect(kinds(review)).not.toContain('license:grafana');
    expect(kinds(review).filter((kind) => kind.endsWith(':other-license'))).toEqual([]);
  });

  it('does not report an archived tool as archived, nor a tool of unknown status as inactive', () => {
    const tools = TOOLS.map((tool) =>
      tool.slug === 'torchserve'
        ? { ...tool, status: 'archived' }
        : tool.slug === 'dormant-lib'
          ? { ...tool, status: undefined }
          : tool,
    ) as ToolRef[];
    const again = kinds(reviewUpstream(tools, data, { today: TODAY, hosts: HOSTS }));
    expect(again).not.toContain('archived:torchserve');
    expect(again).not.toContain('inactive:dormant-lib');
  });

  it('needs more than twelve months without activity, and a push or commit date to say so', () => {
    const record = data.tools['dormant-lib'] as FoundRecord;
    const at = (pushedAt: string) => ({
      ...data,
      tools: { ...data.tools, 'dormant-lib': { ...record, pushedAt, lastCommitAt: null } },
    });
    expect(
      kinds(reviewUpstream(TOOLS, at('2025-12-08T00:00:00Z'), { today: TODAY, hosts: HOSTS })),
    ).not.toContain('inactive:dormant-lib');
    expect(
      kinds(reviewUpstream(TOOLS, at('2025-12-06T23:00:00Z'), { today: TODAY, hosts: HOSTS })),
    ).toContain('inactive:dormant-lib');
    // A release date alone cannot show that nothing happened since; a month counts to its end.
    const release = { tag: 'v1', date: '2024-01' };
    expect(
      reviewKinds(snapshotOf({ readAt: '2025-02-01', lastCommit: null, latestRelease: release })),
    ).not.toContain('inactive:dormant-lib');
    expect(
      reviewKinds(snapshotOf({ readAt: '2025-01-31', lastCommit: '2023-05-01', latestRelease: release })),
    ).not.toContain('inactive:dormant-lib');
    expect(
      reviewKinds(snapshotOf({ readAt: '2025-02-01', lastCommit: '2023-05-01', latestRelease: release })),
    ).toContain('inactive:dormant-lib');
  });

  it('compares snapshot records too, saying they were read from a snapshot', () => {
    const seeded = snapshotOf({ readAt: '2026-11-30', lastCommit: '2025-01-02' });
    const result = reviewUpstream(TOOLS, seeded, { today: TODAY, hosts: HOSTS });
    expect(result.findings).toEqual([
      expect.objectContaining({ kind: 'inactive', slug: 'dormant-lib', asOf: 'snapshot read 2026-11-30' }),
    ]);
    expect(result.checked).toEqual({ api: 0, snapshot: 1, missing: 0 });
    expect(result.withoutRecord).toHaveLength(10);
  });

  it('counts the twelve months up to the day a record was read, not up to the report', () => {
    const inactive = (of: UpstreamData) => reviewKinds(of).includes('inactive:dormant-lib');
    // A year before the report, but not a year before the snapshot was read: nothing seen says
    // whether the project went quiet after the day it was read.
    expect(inactive(snapshotOf({ readAt: '2026-11-30', lastCommit: '2025-12-04' }))).toBe(false);
    expect(inactive(snapshotOf({ readAt: '2026-11-30', lastCommit: '2025-11-29' }))).toBe(true);
    // An entry that gives a sourced reason for its status is not reported.
    const explained = TOOLS.map((tool) =>
      tool.slug === 'dormant-lib' ? { ...tool, activityNote: true } : tool,
    );
    const quiet = snapshotOf({ readAt: '2026-11-30', lastCommit: '2025-11-29' });
    expect(kinds(reviewUpstream(explained, quiet, { today: TODAY, hosts: HOSTS }))).not.toContain(
      'inactive:dormant-lib',
    );

    const record = data.tools['dormant-lib'] as FoundRecord;
    const fetched = (fetchedAt: string): UpstreamData => ({
      ...data,
      tools: {
        ...data.tools,
        'dormant-lib': { ...record, fetchedAt, pushedAt: '2025-11-15T00:00:00Z', lastCommitAt: null },
      },
    });
    expect(inactive(fetched('2026-11-01T00:00:00Z'))).toBe(false);
    expect(inactive(fetched('2026-11-20T00:00:00Z'))).toBe(true);
  });

  it('lists records not refreshed lately, records of a former repo URL, and records without a tool', () => {
    const old = { ...(data.tools['mlflow'] as FoundRecord), fetchedAt: '2026-11-01T06:17:00Z' };
    const former = {
      ...(data.tools['grafana'] as FoundRecord),
      repo: 'https://github.com/grafana/old-grafana',
    };
    const extra = { ...(data.tools['ray'] as FoundRecord) };
    const result = reviewUpstream(
      TOOLS,
      { format: 1, tools: { ...data.tools, mlflow: old, grafana: former, 'left-the-guide': extra } },
      { today: TODAY, hosts: HOSTS },
    );
    expect(result.stale.map((entry) => entry.tool.slug)).toEqual(['mlflow']);
    expect(result.outdated).toEqual([
      {
        tool: expect.objectContaining({ slug: 'grafana' }),
        recordRepo: 'https://github.com/grafana/old-grafana',
      },
    ]);
    expect(result.orphans).toEqual(['left-the-guide']);
  });
});

describe('the Markdown report', () => {
  it('has a heading per kind of finding, with a table of tool, repository, ours and upstream', () => {
    const report = renderReport(review);
    expect(report.startsWith('# Upstream facts: 6 findings\n')).toBe(true);
    for (const heading of [
      '## Archived upstream, not archived here (1)',
      '## No push for 12 months, marked active (1)',
      '## License id differs from ours (1)',
      '## Marked open-source, but the license is not OSI-approved (1)',
      '## Repository moved (1)',
      '## Repository not found upstream (1)',
      '### Not on GitHub (1)',
    ]) {
      expect(report).toContain(heading);
    }
    expect(report).toContain(
      '| TorchServe (`content/tools/torchserve.yaml`) | [pytorch/serve](https://github.com/pytorch/serve) | deprecated | archived | status: archived, with statusDate and statusNote from the repository notice and the successors it names | GitHub API 2026-12-07 |',
    );
    expect(report).toContain('| Elastic Thing \\| Pro (`content/tools/elastic-thing.yaml`) |');
  });

  it('says so when there is nothing to report', () => {
    const quiet = reviewUpstream([], { format: 1, tools: {} }, { today: TODAY, hosts: HOSTS });
    expect(renderReport(quiet)).toMatch(/^# Upstream facts: no findings\n/);
  });

  it('escapes Markdown and mentions in cells', () => {
    expect(cell('a|b *c* [d](e) @team\nnext')).toBe('a\\|b \\*c\\* \\[d\\](e) @\u200bteam next');
  });

  it('fits a pull-request body: long categories are cut, saying how many rows were left out', () => {
    const [first] = review.findings;
    if (!first) throw new Error('the fixture has findings');
    const many = Array.from({ length: 800 }, (_, index) => ({
      ...first,
      slug: `tool-${index}`,
      name: `Tool ${index}`,
      path: `content/tools/tool-${index}.yaml`,
    }));
    const big = { ...review, findings: many };
    const full = renderReport(big);
    expect(full.length).toBeGreaterThan(60_000);
    const cut = renderReport(big, { maxChars: 60_000 });
    expect(cut.length).toBeLessThanOrEqual(60_000);
    expect(cut).toMatch(/…and \d+ more: run `npm run report:upstream` for the full list\./);
    expect(cut).toContain('# Upstream facts: 800 findings');
  });
});
