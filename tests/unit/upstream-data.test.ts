/**
 * The upstream data file: its schema (bot records, missing records, snapshot records), reading
 * and writing it, the committed file, and seeding it from snapshot research.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { upstreamDataSchema, upstreamRecordSchema, type UpstreamData } from '../../src/schemas/upstream.ts';
import {
  UpstreamDataError,
  emptyUpstream,
  parseUpstream,
  serializeUpstream,
} from '../../src/lib/upstream/data.ts';
import { readUpstream } from '../../src/lib/upstream/read.ts';
import { githubHosts } from '../../src/lib/upstream/repo-url.ts';
import { researchFor, seedFromResearch, withSeed } from '../../scripts/lib/upstream/seed.ts';
import type { ToolRef } from '../../scripts/lib/upstream/tools.ts';

const FIXTURES = new URL('../fixtures/upstream/', import.meta.url);
const previousText = readFileSync(new URL('previous.json', FIXTURES), 'utf8');
const HOSTS = githubHosts('https://api.github.com');

const found = {
  source: 'github-api',
  state: 'found',
  repo: 'https://github.com/mlflow/mlflow',
  fetchedAt: '2026-12-07T06:17:00.000Z',
  nameWithOwner: 'mlflow/mlflow',
  url: 'https://github.com/mlflow/mlflow',
  stars: 23456,
  archived: false,
  pushedAt: '2026-12-06T21:04:11Z',
  lastCommitAt: '2026-12-06T20:58:40Z',
  defaultBranch: 'master',
  licenseId: 'Apache-2.0',
  latestRelease: { tag: 'v3.18.0', date: '2026-11-12T09:31:02Z' },
} as const;

const snapshot = {
  source: 'snapshot',
  repo: 'https://github.com/mlflow/mlflow',
  url: 'https://github.com/mlflow/mlflow',
  readAt: '2026-11-30',
  stars: null,
  lastCommit: '2026-11-29',
  latestRelease: { tag: '3.18.0', date: '2026-11' },
} as const;

describe('the upstream schema', () => {
  it('accepts a bot record, a snapshot record and a missing record that keeps what was known', () => {
    expect(upstreamRecordSchema.safeParse(found).success).toBe(true);
    expect(upstreamRecordSchema.safeParse(snapshot).success).toBe(true);
    const missing = {
      source: 'github-api',
      state: 'missing',
      repo: found.repo,
      fetchedAt: '2026-12-14T06:17:00Z',
      missingSince: '2026-12-07T06:17:00Z',
      lastKnown: found,
    };
    expect(upstreamRecordSchema.safeParse(missing).success).toBe(true);
    expect(upstreamRecordSchema.safeParse({ ...missing, lastKnown: snapshot }).success).toBe(true);
    expect(upstreamRecordSchema.safeParse({ ...missing, lastKnown: null }).success).toBe(true);
  });

  it('requires the time a bot record was fetched and the day a snapshot was read', () => {
    const without = (record: object, key: string) =>
      Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
    expect(upstreamRecordSchema.safeParse(without(found, 'fetchedAt')).success).toBe(false);
    expect(upstreamRecordSchema.safeParse({ ...found, fetchedAt: 'last week' }).success).toBe(false);
    expect(upstreamRecordSchema.safeParse(without(snapshot, 'readAt')).success).toBe(false);
  });

  it('never lets a snapshot record claim a star count', () => {
    expect(upstreamRecordSchema.safeParse({ ...snapshot, stars: 1200 }).success).toBe(false);
    expect(upstreamRecordSchema.safeParse({ ...snapshot, stars: 0 }).success).toBe(false);
  });

  it('refuses unknown fields, bad stars, owner/name and tags that git would refuse', () => {
    expect(upstreamRecordSchema.safeParse({ ...found, note: 'x' }).success).toBe(false);
    expect(upstreamRecordSchema.safeParse({ ...found, stars: -1 }).success).toBe(false);
    expect(upstreamRecordSchema.safeParse({ ...found, stars: 1.5 }).success).toBe(false);
    expect(upstreamRecordSchema.safeParse({ ...found, nameWithOwner: 'mlflow' }).success).toBe(false);
    for (const tag of ['5.0.6 (client)', 'a..b', 'x:y', 'rel^1']) {
      expect(
        upstreamRecordSchema.safeParse({ ...snapshot, latestRelease: { tag, date: null } }).success,
        tag,
      ).toBe(false);
    }
    for (const tag of ['v1.2.3', 'release/3.4.0', 'python-v4.1.10', 'slurm-26-05-3-1']) {
      expect(
        upstreamRecordSchema.safeParse({ ...snapshot, latestRelease: { tag, date: null } }).success,
        tag,
      ).toBe(true);
    }
  });

  it('keys records by tool slug and checks the format version', () => {
    expect(upstreamDataSchema.safeParse({ format: 1, tools: { mlflow: found } }).success).toBe(true);
    expect(upstreamDataSchema.safeParse({ format: 1, tools: { MLflow: found } }).success).toBe(false);
    expect(upstreamDataSchema.safeParse({ format: 2, tools: {} }).success).toBe(false);
  });
});

describe('reading and writing the data file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-upstream-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips: serialising what was parsed gives the same text', () => {
    expect(serializeUpstream(parseUpstream(previousText))).toBe(previousText);
  });

  it('sorts slugs and writes keys in schema order, whatever order they came in', () => {
    const shuffled = Object.fromEntries(Object.entries(found).reverse());
    const text = serializeUpstream({
      format: 1,
      tools: { zeta: snapshot, alpha: shuffled },
    } as unknown as UpstreamData);
    expect(Object.keys(JSON.parse(text).tools)).toEqual(['alpha', 'zeta']);
    expect(Object.keys(JSON.parse(text).tools.alpha)).toEqual(Object.keys(found));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('refuses to serialise invalid data, so nothing invalid is ever written', () => {
    expect(() =>
      serializeUpstream({ format: 1, tools: { x: { ...snapshot, stars: 5 } } } as never),
    ).toThrow();
  });

  it('writes what Prettier would write, so the bot pull request passes prettier --check', async () => {
    const text = serializeUpstream(parseUpstream(previousText));
    const options =
      (await resolveConfig(new URL('../../content/upstream/github.json', import.meta.url))) ?? {};
    expect(await format(text, { ...options, parser: 'json' })).toBe(text);
  });

  it('names each problem of an invalid file with its path', () => {
    expect(() => parseUpstream('{', 'x.json')).toThrow(UpstreamDataError);
    try {
      parseUpstream(JSON.stringify({ format: 1, tools: { mlflow: { ...found, stars: 'many' } } }), 'x.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UpstreamDataError);
      expect((error as UpstreamDataError).problems.join('\n')).toMatch(/tools\.mlflow\.stars/);
    }
  });

  it('readUpstream: no file yet is no facts yet; a file is parsed; a broken file throws', () => {
    expect(readUpstream(join(dir, 'nothing-here'))).toEqual(emptyUpstream());
    mkdirSync(join(dir, 'ok'));
    writeFileSync(join(dir, 'ok', 'github.json'), previousText);
    expect(Object.keys(readUpstream(join(dir, 'ok')).tools)).toContain('torchserve');
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'github.json'), '{"format": 1, "tools": {"x": {}}}');
    expect(() => readUpstream(join(dir, 'bad'))).toThrow(UpstreamDataError);
  });

  it('the committed content/upstream/github.json is valid', () => {
    const data = readUpstream(new URL('../../content/upstream/', import.meta.url).pathname);
    expect(Object.keys(data.tools).length).toBeGreaterThan(0);
  });
});

describe('seeding from snapshot research', () => {
  const tool = (slug: string, repo?: string): ToolRef => ({
    slug,
    path: `content/tools/${slug}.yaml`,
    readable: true,
    ...(repo ? { repo } : {}),
  });
  const research = [
    {
      slug: 'comet-ml',
      repo: 'https://github.com/comet-ml/opik',
      lastCommit: '2026-08-21',
      latestRelease: { tag: '2.0.0', date: '2026-04-17' },
    },
    {
      slug: 'mlflow',
      repo: 'https://github.com/mlflow/mlflow',
      lastCommit: null,
      latestRelease: { tag: '3.18.0', date: '2026-11' },
    },
    {
      slug: 'hopsworks',
      repo: 'https://github.com/logicalclocks/hopsworks',
      lastCommit: '2025-02-10',
      latestRelease: { tag: '5.0.6 (hopsworks-api client)', date: '2026-08-21' },
    },
    { slug: 'ray', repo: 'https://github.com/ray-project/ray', lastCommit: null, latestRelease: null },
    {
      slug: 'weave',
      repo: 'https://github.com/wandb/weave',
      lastCommit: null,
      latestRelease: { tag: 'v0.53.1', date: null },
    },
    { slug: 'closed', repo: null, lastCommit: null, latestRelease: { tag: '1.0', date: '2026-01-01' } },
  ];
  const tools = [
    tool('opik', 'https://github.com/Comet-ML/opik/'),
    tool('mlflow', 'https://github.com/mlflow/mlflow'),
    tool('hopsworks', 'https://github.com/logicalclocks/hopsworks'),
    tool('ray', 'https://github.com/ray-project/ray'),
    tool('w-b-weave', 'https://github.com/wandb/weave'),
    tool('closed'),
  ];
  const { records, notes } = seedFromResearch(tools, research, '2026-11-30', HOSTS);

  it('marks each record as read from a snapshot of the repository, on the day, with no stars', () => {
    expect(records['mlflow']).toEqual({
      source: 'snapshot',
      repo: 'https://github.com/mlflow/mlflow',
      url: 'https://github.com/mlflow/mlflow',
      readAt: '2026-11-30',
      stars: null,
      lastCommit: null,
      latestRelease: { tag: '3.18.0', date: '2026-11' },
    });
    for (const record of Object.values(records)) expect(record.stars).toBeNull();
  });

  it('matches a renamed slug by the repository URL', () => {
    expect(
      researchFor({ ...tool('opik'), repo: 'https://github.com/Comet-ML/opik/' }, research, HOSTS)?.slug,
    ).toBe('comet-ml');
    expect(records['opik']).toMatchObject({
      lastCommit: '2026-08-21',
      repo: 'https://github.com/Comet-ML/opik/',
    });
    expect(records['w-b-weave']?.latestRelease).toEqual({ tag: 'v0.53.1', date: null });
  });

  it('leaves out what is not a fact of the repository, and says so', () => {
    expect(records['hopsworks']).toMatchObject({ lastCommit: '2025-02-10', latestRelease: null });
    expect(notes).toEqual([{ slug: 'hopsworks', note: expect.stringContaining('not a git tag') }]);
  });

  it('writes no record when nothing was read, nor for a tool without a repository', () => {
    expect(records['ray']).toBeUndefined();
    expect(records['closed']).toBeUndefined();
    expect(Object.keys(records).sort()).toEqual(['hopsworks', 'mlflow', 'opik', 'w-b-weave']);
  });

  it('never overwrites a record the bot wrote', () => {
    const data: UpstreamData = { format: 1, tools: { mlflow: { ...found } } };
    const seeded = withSeed(data, records);
    expect(seeded.tools['mlflow']).toEqual(found);
    expect(seeded.tools['opik']).toEqual(records['opik']);
  });
});
