/**
 * The governance half of the upstream bot (scripts/lib/upstream/landscape.ts and
 * governance-findings.ts) on trimmed recorded copies of the CNCF and LF AI & Data landscapes
 * (tests/fixtures/upstream/landscapes/): no network.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchLandscape, renderLandscapeSummary } from '../../scripts/refresh-landscapes.ts';
import { reviewUpstream } from '../../scripts/lib/upstream/findings.ts';
import { governanceFindings } from '../../scripts/lib/upstream/governance-findings.ts';
import {
  LANDSCAPES,
  LandscapeFormatError,
  matchTools,
  parseLandscape,
  refreshGovernance,
  type LandscapeFetch,
} from '../../scripts/lib/upstream/landscape.ts';
import {
  emptyGovernance,
  parseGovernance,
  serializeGovernance,
} from '../../src/lib/upstream/governance-data.ts';
import { renderReport } from '../../scripts/lib/upstream/report.ts';
import type { ToolRef } from '../../scripts/lib/upstream/tools.ts';
import type { LandscapeId } from '../../src/schemas/governance.ts';

const HOSTS: ReadonlySet<string> = new Set(['github.com', 'www.github.com']);
const [CNCF, LFAI] = LANDSCAPES as readonly [(typeof LANDSCAPES)[number], (typeof LANDSCAPES)[number]];
const CNCF_COMMIT = '153d699bddf74038d21775b14d09052f62021441';
const LFAI_COMMIT = 'a6d92b08745a48ebe6d58835897fdac1b6390461';
const cncfText = readFileSync('tests/fixtures/upstream/landscapes/cncf-landscape.yml', 'utf8');
const lfaiText = readFileSync('tests/fixtures/upstream/landscapes/lfai-landscape.yml', 'utf8');

const tool = (slug: string, fields: Partial<ToolRef>): ToolRef => ({
  slug,
  path: `content/tools/${slug}.yaml`,
  readable: true,
  name: slug,
  ...fields,
});

const TOOLS: readonly ToolRef[] = [
  tool('kubeflow', {
    repo: 'https://github.com/Kubeflow/kubeflow.git',
    maintainerKind: 'foundation',
    foundation: 'CNCF',
    maturity: 'incubating',
  }),
  tool('volcano', {
    repo: 'https://github.com/volcano-sh/volcano',
    maintainerKind: 'foundation',
    foundation: 'CNCF',
    maturity: 'incubating',
    joined: 2020,
  }),
  tool('kthena', { repo: 'https://github.com/volcano-sh/kthena', maintainerKind: 'community' }),
  tool('devstream', { repo: 'https://github.com/devstream-io/devstream', status: 'active' }),
  tool('feast', { repo: 'https://github.com/feast-dev/feast', maintainerKind: 'community' }),
  tool('elyra', { repo: 'https://github.com/elyra-ai/elyra', maintainerKind: 'vendor' }),
  tool('marimo', { repo: 'https://github.com/marimo-team/marimo', maintainerKind: 'vendor' }),
  tool('mlflow', {
    repo: 'https://github.com/mlflow/mlflow',
    maintainerKind: 'foundation',
    foundation: 'Linux Foundation',
  }),
];

const fetched = (entries: Partial<Record<LandscapeId, LandscapeFetch>>): Map<LandscapeId, LandscapeFetch> =>
  new Map(Object.entries(entries) as [LandscapeId, LandscapeFetch][]);
const READ_AT = '2026-12-07T05:41:00Z';
const BOTH = fetched({
  cncf: { ok: true, text: cncfText, commit: CNCF_COMMIT, readAt: READ_AT },
  lfai: { ok: true, text: lfaiText, commit: LFAI_COMMIT, readAt: READ_AT },
});

describe('reading a landscape', () => {
  it('reads every entry with its level, the days of each step, its repositories and its line', () => {
    const items = parseLandscape(cncfText, CNCF);
    expect(items.map((item) => item.name)).toEqual([
      'DevStream',
      'Kubeflow',
      'Volcano',
      'Kubeflow Notebooks',
      'marimo',
    ]);
    expect(items[1]).toEqual({
      name: 'Kubeflow',
      maturity: 'graduated',
      repos: ['https://github.com/kubeflow/kubeflow'],
      dates: { accepted: '2023-07-25', incubating: '2023-07-25', graduated: '2026-07-24' },
      line: 25,
    });
    expect(cncfText.split('\n')[24]).toContain('- item:');
    expect(items[2]?.repos).toEqual([
      'https://github.com/volcano-sh/volcano',
      'https://github.com/volcano-sh/kthena',
    ]);
    expect(items[3]?.maturity).toBeNull();
  });

  it('keeps an entry with a level it does not know as unreadable, naming the problem', () => {
    const elyra = parseLandscape(lfaiText, LFAI).find((item) => item.name === 'Elyra');
    expect(elyra).toMatchObject({ maturity: null, repos: ['https://github.com/elyra-ai/elyra'] });
    expect(elyra?.problem).toMatch(
      /^project: expected project to be one of sandbox, incubating, graduated, archived/,
    );
  });

  it('refuses a file whose layout changed, or that is not YAML', () => {
    expect(() => parseLandscape('landscape:\n  categories: []\n', CNCF)).toThrow(LandscapeFormatError);
    expect(() => parseLandscape('landscape: [', CNCF)).toThrow(/has changed format: YAML/);
    expect(() => parseLandscape('landscape: []\n', CNCF)).toThrow(/no entries found/);
    const renamed = cncfText
      .replaceAll('            project:', '            maturity_level:')
      .replaceAll('name:', 'title:');
    expect(() => parseLandscape(renamed, CNCF)).toThrow(LandscapeFormatError);
  });

  it('matches tools by repository, the foundation project first, and cites the line at the commit', () => {
    const { records, unread } = matchTools(TOOLS, parseLandscape(cncfText, CNCF), CNCF, CNCF_COMMIT, HOSTS);
    expect([...records.keys()].sort()).toEqual(['devstream', 'kthena', 'kubeflow', 'marimo', 'volcano']);
    expect(records.get('kubeflow')?.map((record) => [record.name, record.maturity])).toEqual([
      ['Kubeflow', 'graduated'],
      ['Kubeflow Notebooks', null],
    ]);
    expect(records.get('kubeflow')?.[0]?.source).toBe(
      `https://github.com/cncf/landscape/blob/${CNCF_COMMIT}/landscape.yml#L25`,
    );
    expect(records.get('kthena')?.[0]?.name).toBe('Volcano');
    expect(unread.size).toBe(0);
  });
});

describe('refreshing the governance data', () => {
  it('records the matched entries of both landscapes, and what was read at which commit', () => {
    const { data, log } = refreshGovernance({
      tools: TOOLS,
      previous: emptyGovernance(),
      fetched: BOTH,
      hosts: HOSTS,
    });
    expect(Object.keys(data.tools)).toEqual([
      'devstream',
      'feast',
      'kthena',
      'kubeflow',
      'marimo',
      'volcano',
    ]);
    expect(data.landscapes.cncf).toEqual({
      repo: 'cncf/landscape',
      path: 'landscape.yml',
      commit: CNCF_COMMIT,
      readAt: READ_AT,
      items: 5,
    });
    expect(log).toEqual([
      { landscape: 'cncf', action: 'read', items: 5, matched: 5, unread: [] },
      {
        landscape: 'lfai',
        action: 'read',
        items: 3,
        matched: 1,
        unread: [
          { slug: 'elyra', reason: expect.stringMatching(/^line \d+ \(“Elyra”\): project: expected/) },
        ],
      },
    ]);
    expect(parseGovernance(serializeGovernance(data))).toEqual(data);
  });

  it('loses nothing when a landscape cannot be fetched or has changed format: its previous records stay', () => {
    const previous = refreshGovernance({
      tools: TOOLS,
      previous: emptyGovernance(),
      fetched: BOTH,
      hosts: HOSTS,
    }).data;
    const failed = refreshGovernance({
      tools: TOOLS,
      previous,
      fetched: fetched({
        cncf: { ok: false, reason: 'HTTP 502' },
        lfai: { ok: true, text: 'landscape:\n  moved: elsewhere\n', commit: LFAI_COMMIT, readAt: READ_AT },
      }),
      hosts: HOSTS,
    });
    expect(failed.data).toEqual(previous);
    expect(failed.log).toEqual([
      { landscape: 'cncf', action: 'kept', reason: 'HTTP 502', kept: 5 },
      { landscape: 'lfai', action: 'kept', reason: expect.stringMatching(/has changed format/), kept: 1 },
    ]);
  });

  it('keeps the previous record of a tool whose entry became unreadable, and drops tools that left', () => {
    const previous = refreshGovernance({
      tools: TOOLS,
      previous: emptyGovernance(),
      fetched: BOTH,
      hosts: HOSTS,
    }).data;
    const oddFeast = lfaiText.replace('project: incubating', 'project: incubation');
    const next = refreshGovernance({
      tools: TOOLS.filter((candidate) => candidate.slug !== 'marimo'),
      previous,
      fetched: fetched({
        cncf: { ok: true, text: cncfText, commit: CNCF_COMMIT, readAt: READ_AT },
        lfai: { ok: true, text: oddFeast, commit: LFAI_COMMIT, readAt: READ_AT },
      }),
      hosts: HOSTS,
    });
    expect(next.data.tools['feast']).toEqual(previous.tools['feast']);
    expect(next.data.tools['marimo']).toBeUndefined();
  });
});

describe('governance findings', () => {
  const data = refreshGovernance({
    tools: TOOLS,
    previous: emptyGovernance(),
    fetched: BOTH,
    hosts: HOSTS,
  }).data;
  const findings = governanceFindings(TOOLS, data, HOSTS);

  it('proposes the foundation, maturity and year the landscape gives, with its line as the source', () => {
    expect(findings.map((finding) => finding.slug)).toEqual(['kubeflow', 'kthena', 'devstream', 'feast']);
    expect(findings[0]).toMatchObject({
      kind: 'governance',
      ours: 'CNCF, incubating, no year joined',
      upstream:
        'CNCF graduated (accepted 2023-07-25, incubating 2023-07-25, graduated 2026-07-24): “Kubeflow”',
      proposal:
        "maintainer maturity: graduated, joined: 2023; cite the landscape line as the maintainer's source",
      asOf: 'cncf/landscape@153d699',
      source: `https://github.com/cncf/landscape/blob/${CNCF_COMMIT}/landscape.yml#L25`,
    });
    expect(findings[3]).toMatchObject({
      ours: 'community, no foundation',
      proposal: expect.stringMatching(
        /^maintainer kind: foundation, foundation: LF AI & Data, maturity: incubating;/,
      ),
    });
  });

  it('asks for a status review when the foundation archived the project', () => {
    expect(findings[2]?.proposal).toBe(
      "the foundation archived it on 2025-05-22: check the project's own notice, then status, statusDate and successors",
    );
  });

  it('finds nothing where the entry agrees, where the landscape only lists the repository, or for another repo', () => {
    const slugs = findings.map((finding) => finding.slug);
    expect(slugs).not.toContain('volcano');
    expect(slugs).not.toContain('marimo');
    const moved = TOOLS.map((candidate) =>
      candidate.slug === 'kubeflow'
        ? { ...candidate, repo: 'https://github.com/kubeflow/manifests' }
        : candidate,
    );
    expect(governanceFindings(moved, data, HOSTS).map((finding) => finding.slug)).not.toContain('kubeflow');
  });

  it('joins the upstream report, in its own category with a proposal column and a link to the line', () => {
    const review = reviewUpstream(
      TOOLS,
      { format: 1, tools: {} },
      { today: '2026-12-07', hosts: HOSTS, governance: data },
    );
    const report = renderReport(review);
    expect(report).toContain("## Foundation or maturity differs from the foundation's landscape (4)");
    expect(report).toContain(
      '| Tool | Repository | Our maintainer | Foundation landscape | Proposal | As of |',
    );
    expect(report).toContain(
      `[cncf/landscape@\u200b153d699](https://github.com/cncf/landscape/blob/${CNCF_COMMIT}/landscape.yml#L25) |`,
    );
  });
});

describe('fetching a landscape (a recorded API, no network)', () => {
  const SHA = CNCF_COMMIT;
  const answer = (routes: Record<string, { status: number; body: string }>, seen: string[]) =>
    (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      seen.push(`${new Headers(init?.headers).get('accept') ?? ''} ${url}`);
      const route = routes[url] ?? { status: 404, body: '{"message":"Not Found"}' };
      return new Response(route.body, { status: route.status });
    }) satisfies typeof globalThis.fetch;

  it('reads the newest commit of the default branch, then the file at that very commit', async () => {
    const seen: string[] = [];
    const result = await fetchLandscape(CNCF, {
      apiUrl: 'http://127.0.0.1:9/api/',
      fetch: answer(
        {
          'http://127.0.0.1:9/api/repos/cncf/landscape/commits/HEAD': { status: 200, body: `${SHA}\n` },
          [`http://127.0.0.1:9/api/repos/cncf/landscape/contents/landscape.yml?ref=${SHA}`]: {
            status: 200,
            body: cncfText,
          },
        },
        seen,
      ),
    });
    expect(result).toMatchObject({ ok: true, commit: SHA, text: cncfText });
    expect(seen).toEqual([
      'application/vnd.github.sha http://127.0.0.1:9/api/repos/cncf/landscape/commits/HEAD',
      `application/vnd.github.raw+json http://127.0.0.1:9/api/repos/cncf/landscape/contents/landscape.yml?ref=${SHA}`,
    ]);
  });

  it('says why when the API fails, and the summary keeps it in view', async () => {
    const result = await fetchLandscape(LFAI, { apiUrl: 'http://127.0.0.1:9', fetch: answer({}, []) });
    expect(result).toEqual({
      ok: false,
      reason: 'HTTP 404 for http://127.0.0.1:9/repos/lfai/lfai-landscape/commits/HEAD',
    });
    const { log } = refreshGovernance({
      tools: TOOLS,
      previous: emptyGovernance(),
      fetched: fetched({ cncf: { ok: true, text: cncfText, commit: SHA, readAt: READ_AT }, lfai: result }),
      hosts: HOSTS,
    });
    expect(renderLandscapeSummary(log)).toBe(
      [
        '## Foundation landscapes',
        '',
        '- `cncf/landscape/landscape.yml`: 5 entries read, 5 tools matched by repository.',
        '- `lfai/lfai-landscape/landscape.yml`: **not read** (HTTP 404 for http://127.0.0.1:9/repos/lfai/lfai-landscape/commits/HEAD); the previous records of 0 tools were kept.',
        '',
      ].join('\n'),
    );
  });
});

describe('lifecycle proposals', () => {
  it('leave alone an active entry that gives a sourced reason for its old dates', () => {
    const record = {
      source: 'snapshot' as const,
      repo: 'https://github.com/example/platform',
      url: 'https://github.com/example/platform',
      readAt: '2026-11-30',
      stars: null,
      lastCommit: '2025-02-10',
      latestRelease: null,
    };
    const base = tool('platform', { repo: record.repo, status: 'active' });
    const review = (ref: ToolRef) =>
      reviewUpstream(
        [ref],
        { format: 1, tools: { platform: record } },
        { today: '2026-12-07', hosts: HOSTS },
      ).findings.map((finding) => finding.kind);
    expect(review(base)).toEqual(['inactive']);
    expect(review({ ...base, activityNote: true })).toEqual([]);
  });
});
