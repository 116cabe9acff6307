/**
 * What the site shows of the upstream facts, how listings sort by them, and how the exports and
 * statistics report them: pure functions on small in-memory records.
 */
import { describe, expect, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content-check.ts';
import { sortByAdoption } from '../../src/lib/adoption.ts';
import { directoryData } from '../../src/lib/data-export.ts';
import type { Status } from '../../src/vocabulary.ts';
import { exportMarkdown, upstreamLine } from '../../src/lib/export-markdown.ts';
import {
  DEFAULT_SORT,
  sortedOrders,
  SORT_ORDERS,
  SORT_VALUES,
  offeredOrders,
  archivedUpstreamOnly,
  compactStars,
  latestActivity,
  monthLabel,
  parseSort,
  sortCoverage,
  sortTools,
  sortedHref,
  summarizeUpstream,
  upstreamView,
  upstreamViews,
  type UpstreamView,
} from '../../src/lib/upstream-view.ts';
import { categorySchema } from '../../src/schemas/category.ts';
import { toolSchema } from '../../src/schemas/tool.ts';
import type { FoundRecord, SnapshotRecord, UpstreamRecord } from '../../src/schemas/upstream.ts';
import { toolView } from '../../src/lib/tool-view.ts';

const found = (overrides: Partial<FoundRecord> = {}): FoundRecord => ({
  source: 'github-api',
  state: 'found',
  repo: 'https://github.com/mlflow/mlflow',
  fetchedAt: '2026-12-07T06:00:00Z',
  nameWithOwner: 'mlflow/mlflow',
  url: 'https://github.com/mlflow/mlflow',
  stars: 21234,
  archived: false,
  pushedAt: '2026-11-20T08:00:00Z',
  lastCommitAt: '2026-11-19T08:00:00Z',
  defaultBranch: 'master',
  licenseId: 'Apache-2.0',
  latestRelease: { tag: 'v3.6.0', date: '2026-11-05T12:00:00Z' },
  ...overrides,
});

const snapshot = (overrides: Partial<SnapshotRecord> = {}): SnapshotRecord => ({
  source: 'snapshot',
  repo: 'https://github.com/bentoml/BentoML',
  url: 'https://github.com/bentoml/BentoML',
  readAt: '2026-11-30',
  stars: null,
  lastCommit: '2026-04-30',
  latestRelease: { tag: 'v1.4.38', date: '2026-04-02' },
  ...overrides,
});

describe('the view of an upstream record', () => {
  it('gives days of an API record, its stars, archive flag and license', () => {
    expect(upstreamView(found())).toEqual({
      source: 'github-api',
      asOf: '2026-12-07',
      stars: 21234,
      archived: false,
      missingSince: null,
      latestRelease: { tag: 'v3.6.0', date: '2026-11-05' },
      lastPush: '2026-11-20',
      pushKind: 'push',
      licenseId: 'Apache-2.0',
      nameWithOwner: 'mlflow/mlflow',
    });
  });

  it('never invents stars or an archive flag for a snapshot', () => {
    const view = upstreamView(snapshot());
    expect(view).toMatchObject({ source: 'snapshot', asOf: '2026-11-30', stars: null, archived: null });
    expect(view).toMatchObject({ lastPush: '2026-04-30', pushKind: 'commit', licenseId: null });
  });

  it('keeps the last known facts of a repository that went missing, saying since when', () => {
    const missing: UpstreamRecord = {
      source: 'github-api',
      state: 'missing',
      repo: 'https://github.com/mlflow/mlflow',
      fetchedAt: '2026-12-07T06:00:00Z',
      missingSince: '2026-12-01T06:00:00Z',
      lastKnown: found({ stars: 5 }),
    };
    expect(upstreamView(missing)).toMatchObject({ missingSince: '2026-12-01', stars: 5 });
    expect(upstreamView({ ...missing, lastKnown: null })).toMatchObject({
      missingSince: '2026-12-01',
      stars: null,
      lastPush: null,
    });
  });

  it('leaves out a record collected for a repository the tool no longer points to', () => {
    const views = upstreamViews(
      [
        { slug: 'mlflow', repo: 'https://github.com/MLflow/mlflow/' },
        { slug: 'bentoml', repo: 'https://github.com/bentoml/other' },
        { slug: 'no-repo' },
      ],
      { mlflow: found(), bentoml: snapshot(), 'no-repo': snapshot() },
    );
    expect([...views.keys()]).toEqual(['mlflow']);
  });

  it('takes the later of the latest release and the last push as the latest activity', () => {
    expect(latestActivity(upstreamView(found()))).toEqual({ date: '2026-11-20', kind: 'push' });
    expect(
      latestActivity(upstreamView(found({ latestRelease: { tag: 'v4', date: '2026-11-25T00:00:00Z' } }))),
    ).toEqual({ date: '2026-11-25', kind: 'release' });
    expect(
      latestActivity(
        upstreamView(snapshot({ lastCommit: null, latestRelease: { tag: 'x', date: '2026-10' } })),
      ),
    ).toEqual({ date: '2026-10', kind: 'release' });
    expect(latestActivity(upstreamView(snapshot({ lastCommit: null, latestRelease: null })))).toBeNull();
  });

  it('flags a repository archived upstream until the entry says archived', () => {
    const archived = upstreamView(found({ archived: true }));
    expect(archivedUpstreamOnly(archived, undefined)).toBe(true);
    expect(archivedUpstreamOnly(archived, 'active')).toBe(true);
    expect(archivedUpstreamOnly(archived, 'archived')).toBe(false);
    expect(archivedUpstreamOnly(upstreamView(snapshot()), 'active')).toBe(false);
  });
});

describe('numbers and dates as the cards show them', () => {
  it('writes stars compactly, never rounding up', () => {
    expect(
      [0, 950, 1000, 1234, 12_345, 12_399, 99_999, 123_456, 999_999, 1_234_567].map(compactStars),
    ).toEqual(['0', '950', '1k', '1.2k', '12.3k', '12.3k', '99.9k', '123k', '999k', '1.2M']);
  });

  it('writes months absolutely', () => {
    expect(monthLabel('2026-08-21')).toBe('Aug 2026');
    expect(monthLabel('2025-01')).toBe('Jan 2025');
  });
});

describe('sort orders', () => {
  const tool = (name: string, added: string, upstream?: UpstreamView, status?: Status) => ({
    name,
    added: new Date(added),
    ...(status ? { status } : {}),
    ...(upstream ? { upstream } : {}),
  });
  const tools = [
    tool('Alpha', '2025-06-19'),
    tool(
      'Bravo',
      '2026-02-01',
      upstreamView(found({ stars: 50, pushedAt: '2024-01-01T00:00:00Z', latestRelease: null })),
    ),
    tool('Charlie', '2025-09-01', upstreamView(snapshot({ lastCommit: '2026-08-01' }))),
    tool('Delta', '2025-06-19', upstreamView(found({ stars: 9000, latestRelease: null })), 'archived'),
    tool('Echo', '2026-05-01', upstreamView(found({ stars: 50, pushedAt: '2026-03-01T00:00:00Z' }))),
  ];
  const names = (order: Parameters<typeof sortTools>[1]) =>
    sortTools(tools, order).map((entry) => entry.name);

  it('has one vocabulary: values, labels, the default, and the pre-rendered others', () => {
    expect(SORT_VALUES).toEqual(['name', 'adoption', 'stars', 'activity', 'added']);
    expect(SORT_ORDERS.stars.label).toBe('Most starred');
    expect(SORT_ORDERS.adoption.label).toBe('Most adopted');
    expect(DEFAULT_SORT).toBe('name');
    expect(sortedOrders()).toEqual(['adoption', 'stars', 'activity', 'added']);
    expect(parseSort('stars')).toBe('stars');
    expect(parseSort('toString')).toBe('name');
    expect(parseSort(null)).toBe('name');
  });

  it('links each order of a listing to its pre-rendered page', () => {
    expect(sortedHref('/tools/', 'name')).toBe('/tools/');
    expect(sortedHref('/mlops-guide/tools/', 'stars')).toBe('/mlops-guide/tools/sorted/stars/');
    expect(sortedHref('/categories/model-serving/', 'activity')).toBe(
      '/categories/model-serving/sorted/activity/',
    );
  });

  it('sorts by name with the tools that ended last', () => {
    expect(names('name')).toEqual(['Alpha', 'Bravo', 'Charlie', 'Echo', 'Delta']);
  });

  it('sorts by stars, most first, ties and unknown counts in name order, maintained tools first', () => {
    // Delta has the most stars, but it is archived: a ranking never leads with it.
    expect(names('stars')).toEqual(['Bravo', 'Echo', 'Alpha', 'Charlie', 'Delta']);
  });

  it('sorts by adoption, most first, tools without a signal after them in the usual order', () => {
    const signals = new Map([
      ['charlie', { integratedBy: 1, lists: { count: 3, of: 5 } }],
      ['echo', { integratedBy: 4 }],
      ['alpha', { integratedBy: 0, stars: 10 }],
    ]);
    const slugged = tools.map((entry) => ({ ...entry, slug: entry.name.toLowerCase() }));
    expect(sortByAdoption(slugged, signals).map((entry) => entry.name)).toEqual([
      'Charlie',
      'Echo',
      'Alpha',
      'Bravo',
      'Delta',
    ]);
    // The archived Delta in every curated list still comes after the maintained tools.
    const archivedFavourite = new Map([
      ...signals,
      ['delta', { integratedBy: 9, lists: { count: 5, of: 5 } }],
    ]);
    expect(sortByAdoption(slugged, archivedFavourite).at(-1)?.name).toBe('Delta');
    // In more curated lists beats more integrations, which beats more stars.
    const many = new Map([
      ['alpha', { integratedBy: 30, stars: 900_000 }],
      ['bravo', { integratedBy: 0, lists: { count: 1, of: 5 } }],
    ]);
    expect(
      sortByAdoption(slugged, many)
        .map((entry) => entry.name)
        .slice(0, 2),
    ).toEqual(['Bravo', 'Alpha']);
  });

  it('sorts by the latest release or push, newest first, tools without a date last, maintained tools first', () => {
    // Delta: push 2026-11-20 but archived; Charlie: commit 2026-08-01 (release 2026-04-02); Echo: release 2026-11-05.
    expect(names('activity')).toEqual(['Echo', 'Charlie', 'Bravo', 'Alpha', 'Delta']);
  });

  it('sorts by the day a tool joined the guide, newest first', () => {
    expect(names('added')).toEqual(['Echo', 'Bravo', 'Charlie', 'Alpha', 'Delta']);
  });

  it('does not change the array it sorts', () => {
    const before = tools.map((entry) => entry.name);
    sortTools(tools, 'stars');
    expect(tools.map((entry) => entry.name)).toEqual(before);
  });

  it('offers only the orders some tool has a value for', () => {
    expect(offeredOrders(tools)).toEqual(SORT_VALUES);
    const unstarred = tools.map(({ upstream, ...rest }) =>
      upstream ? { ...rest, upstream: { ...upstream, stars: null } } : rest,
    );
    expect(offeredOrders(unstarred)).toEqual(['name', 'adoption', 'activity', 'added']);
    expect(offeredOrders(tools.map(({ name, added }) => ({ name, added })))).toEqual([
      'name',
      'adoption',
      'added',
    ]);
  });

  it('says how many tools have the value sorted by', () => {
    expect(sortCoverage(tools, 'stars')).toEqual({ known: 3, total: 5 });
    expect(sortCoverage(tools, 'activity')).toEqual({ known: 4, total: 5 });
    expect(sortCoverage(tools, 'added')).toBeUndefined();
  });
});

describe('upstream statistics', () => {
  it('counts archived repositories and the time from the latest activity to the collection day', () => {
    const summary = summarizeUpstream([
      { status: 'active', upstream: upstreamView(found()) },
      {
        status: 'archived',
        upstream: upstreamView(
          found({ archived: true, pushedAt: '2023-01-01T00:00:00Z', latestRelease: null }),
        ),
      },
      {
        upstream: upstreamView(
          found({ archived: true, pushedAt: '2026-01-01T00:00:00Z', latestRelease: null }),
        ),
      },
      { upstream: upstreamView(snapshot({ lastCommit: '2025-06-01', latestRelease: null })) },
      { upstream: upstreamView(snapshot({ lastCommit: null, latestRelease: null })) },
      { status: 'active' },
    ]);
    expect(summary).toMatchObject({
      tools: 6,
      withFacts: 5,
      fromApi: 3,
      fromSnapshot: 2,
      archived: 2,
      archivedNotMarked: 1,
      withStars: 3,
      oldestAsOf: '2026-11-30',
      newestAsOf: '2026-12-07',
    });
    expect(Object.fromEntries(summary.activity.map((bucket) => [bucket.id, bucket.value]))).toEqual({
      quarter: 1,
      year: 1,
      'two-years': 1,
      older: 1,
      unknown: 1,
    });
  });
});

describe('the exports', () => {
  const category = categorySchema.parse({
    name: 'Experiment Tracking',
    order: 1,
    intro: 'Tracking runs.',
    subcategories: [{ id: 'tracking', name: 'Tracking' }],
  });
  const mlflow = toolSchema.parse({
    name: 'MLflow',
    url: 'https://mlflow.org/',
    repo: 'https://github.com/mlflow/mlflow',
    description: 'Tracks experiments',
    category: 'experiments',
    subcategory: 'tracking',
    features: ['Tracking'],
    added: new Date('2025-06-19'),
  });
  const other = toolSchema.parse({ ...mlflow, name: 'Other', repo: 'https://github.com/other/other' });

  it('gives each tool of /tools.json its upstream facts, or null', () => {
    const data = directoryData(
      {
        categories: [{ id: 'experiments', ...category }],
        tools: [
          toolView({
            ...mlflow,
            slug: 'mlflow',
            sourcePath: 'content/tools/mlflow.yaml',
            upstream: upstreamView(found({ archived: true })),
          }),
          toolView({ ...other, slug: 'other', sourcePath: 'content/tools/other.yaml' }),
        ],
        resources: [],
        redirects: [],
      },
      (kind, slug) => `https://site/${kind}s/${slug}/`,
      'https://site/',
    );
    expect(data.tools[0]?.upstream).toEqual({
      source: 'github-api',
      asOf: '2026-12-07',
      stars: 21234,
      archived: true,
      missingSince: null,
      latestRelease: { tag: 'v3.6.0', date: '2026-11-05' },
      lastPush: '2026-11-20',
      lastActivity: '2026-11-20',
      licenseId: 'Apache-2.0',
      nameWithOwner: 'mlflow/mlflow',
    });
    expect(data.tools[1]?.upstream).toBeNull();
  });

  it('writes an upstream line with absolute dates under each tool of GUIDE.md', () => {
    expect(upstreamLine(upstreamView(found({ archived: true })))).toBe(
      'Upstream, as of 2026-12-07 (GitHub API): ⚠️ archived upstream · 21,234 stars · latest release v3.6.0 on 2026-11-05 · last push 2026-11-20 · license detected Apache-2.0',
    );
    expect(upstreamLine(upstreamView(snapshot()))).toBe(
      'Upstream, as of 2026-11-30 (snapshot of the repository): latest release v1.4.38 on 2026-04-02 · last commit 2026-04-30',
    );
    const content: CheckedContent = {
      problems: [],
      categories: [{ id: 'experiments', path: 'content/categories/experiments.yaml', data: category }],
      tools: [
        { id: 'mlflow', path: 'content/tools/mlflow.yaml', data: mlflow },
        { id: 'other', path: 'content/tools/other.yaml', data: other },
      ],
      resources: [],
      guides: [],
      redirects: [],
    };
    const options = { title: 'T', description: 'D', siteUrl: 'https://site/' };
    const markdown = exportMarkdown(content, {
      ...options,
      upstream: { mlflow: found(), other: snapshot() },
    });
    expect(markdown).toContain(
      '- Tracking\n- Upstream, as of 2026-12-07 (GitHub API): 21,234 stars · latest release v3.6.0 on 2026-11-05',
    );
    // The snapshot was read for another repository than Other points to now: not shown.
    expect(markdown.match(/Upstream, as of/g)).toHaveLength(1);
    expect(exportMarkdown(content, options)).not.toContain('Upstream, as of');
  });
});
