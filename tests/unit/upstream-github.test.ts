/**
 * The pure parts of talking to GitHub: where a repo URL points, the batched GraphQL query, how
 * a (recorded) answer is read, how long a rate limit says to wait, and bounded concurrency.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BATCH_SIZE,
  batchQuery,
  batches,
  factsOfNode,
  readBatchReply,
} from '../../scripts/lib/upstream/github.ts';
import { mapBounded } from '../../scripts/lib/upstream/pool.ts';
import {
  DEFAULT_RATE_LIMIT_WAIT_MS,
  exhaustedWaitMs,
  isRateLimitedBody,
  rateLimitWaitMs,
  retryAfterMs,
} from '../../scripts/lib/upstream/rate-limit.ts';
import { githubHosts, graphqlUrlFor, locateRepo, sameRepoUrl } from '../../src/lib/upstream/repo-url.ts';
import { toolRefs } from '../../scripts/lib/upstream/tools.ts';

const FIXTURES = new URL('../fixtures/upstream/', import.meta.url);
const recorded = (name: string): unknown => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));
const HOSTS = githubHosts('https://api.github.com');

describe('repository URLs', () => {
  it('reads owner/name from GitHub URLs, ignoring sub-paths, .git, case and trailing slashes', () => {
    expect(locateRepo('https://github.com/mlflow/mlflow', HOSTS)).toEqual({
      forge: 'github',
      owner: 'mlflow',
      name: 'mlflow',
      key: 'mlflow/mlflow',
    });
    expect(
      locateRepo('https://github.com/Ray-Project/Ray/tree/master/python/ray/serve', HOSTS),
    ).toMatchObject({
      key: 'ray-project/ray',
    });
    expect(locateRepo('https://github.com/acme/thing.git', HOSTS)).toMatchObject({ name: 'thing' });
    expect(sameRepoUrl('https://github.com/Acme/Thing/', 'https://github.com/acme/thing.git', HOSTS)).toBe(
      true,
    );
    expect(sameRepoUrl('https://github.com/acme/thing', 'https://github.com/acme/other', HOSTS)).toBe(false);
  });

  it('tells GitLab and other hosts apart, and refuses what is not a repository', () => {
    expect(locateRepo('https://gitlab.com/gitlab-org/gitlab', HOSTS)).toEqual({
      forge: 'gitlab',
      host: 'gitlab.com',
    });
    expect(locateRepo('https://codeberg.org/a/b', HOSTS)).toEqual({ forge: 'other', host: 'codeberg.org' });
    expect(locateRepo('https://github.com/just-an-owner', HOSTS).forge).toBe('invalid');
    expect(locateRepo('not a url', HOSTS).forge).toBe('invalid');
  });

  it('knows a GitHub Enterprise host from its API URL, and where its GraphQL endpoint is', () => {
    expect([...githubHosts('https://ghe.example.com/api/v3')]).toContain('ghe.example.com');
    expect([...githubHosts('http://127.0.0.1:4000')]).not.toContain('127.0.0.1');
    expect(
      locateRepo('https://ghe.example.com/team/tool', githubHosts('https://ghe.example.com/api/v3')).forge,
    ).toBe('github');
    expect(graphqlUrlFor('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlUrlFor('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com/api/graphql');
    expect(graphqlUrlFor('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000/graphql');
  });
});

describe('reading tool entries leniently', () => {
  it('keeps the fields it needs, and lists an unparsable file or a malformed repo instead of dropping it', () => {
    const refs = toolRefs([
      {
        path: 'content/tools/b.yaml',
        text: 'name: B\nrepo: https://github.com/o/b\nstatus: active\nlicenseId: MIT\n',
      },
      { path: 'content/tools/a.yaml', text: 'name: [unclosed\n' },
      { path: 'content/tools/c.yaml', text: 'name: C\nrepo: 42\n' },
      { path: 'content/tools/d.yaml', text: 'name: D\nlicense: commercial\n' },
      { path: 'content/tools/README.md', text: '# not a tool' },
    ]);
    expect(refs).toEqual([
      { slug: 'a', path: 'content/tools/a.yaml', readable: false },
      {
        slug: 'b',
        path: 'content/tools/b.yaml',
        readable: true,
        name: 'B',
        repo: 'https://github.com/o/b',
        status: 'active',
        licenseId: 'MIT',
      },
      { slug: 'c', path: 'content/tools/c.yaml', readable: false },
      { slug: 'd', path: 'content/tools/d.yaml', readable: true, name: 'D', license: 'commercial' },
    ]);
  });
});

describe('the batched GraphQL query', () => {
  const repos = [
    { key: 'mlflow/mlflow', owner: 'mlflow', name: 'mlflow' },
    { key: 'pytorch/serve', owner: 'pytorch', name: 'serve' },
  ];

  it('asks for every repository under an alias, with owner and name as variables, following renames', () => {
    const { query, variables } = batchQuery(repos);
    expect(variables).toEqual({ o0: 'mlflow', n0: 'mlflow', o1: 'pytorch', n1: 'serve' });
    expect(query).toContain('r0: repository(owner: $o0, name: $n0, followRenames: true)');
    expect(query).toContain('r1: repository(owner: $o1, name: $n1, followRenames: true)');
    expect(query).not.toContain('pytorch');
    for (const field of [
      'stargazerCount',
      'isArchived',
      'pushedAt',
      'spdxId',
      'latestRelease',
      'nameWithOwner',
    ]) {
      expect(query).toContain(field);
    }
    expect(query).toMatch(/defaultBranchRef \{\s+name/);
  });

  it('batches 50 repositories per query: 10,000 tools in 200 queries', () => {
    expect(BATCH_SIZE).toBe(50);
    const many = Array.from({ length: 10_000 }, (_, index) => index);
    const groups = batches(many);
    expect(groups).toHaveLength(200);
    expect(groups.every((group) => group.length === 50)).toBe(true);
    expect(batches([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(() => batches([1], 0)).toThrow(RangeError);
  });
});

describe('reading a recorded GraphQL answer', () => {
  const repos = [
    { key: 'mlflow/mlflow', owner: 'mlflow', name: 'mlflow' },
    { key: 'old-org/oldname', owner: 'old-org', name: 'oldname' },
    { key: 'vanished/gone', owner: 'vanished', name: 'gone' },
    { key: 'saml/protected', owner: 'saml', name: 'protected' },
    { key: 'empty/empty-repo', owner: 'empty', name: 'empty-repo' },
  ];
  const outcomes = readBatchReply(repos, recorded('graphql-response.json'));

  it('reads the facts of each found repository', () => {
    expect(outcomes.get('mlflow/mlflow')).toEqual({
      kind: 'found',
      facts: {
        nameWithOwner: 'mlflow/mlflow',
        url: 'https://github.com/mlflow/mlflow',
        stars: 23456,
        archived: false,
        pushedAt: '2026-12-06T21:04:11Z',
        lastCommitAt: '2026-12-06T20:58:40Z',
        defaultBranch: 'master',
        licenseId: 'Apache-2.0',
        latestRelease: { tag: 'v3.18.0', date: '2026-11-12T09:31:02Z' },
      },
    });
  });

  it('keeps the canonical owner/name of a moved repository, NOASSERTION and empty repositories', () => {
    expect(outcomes.get('old-org/oldname')).toMatchObject({
      kind: 'found',
      facts: { nameWithOwner: 'new-org/newname', licenseId: 'NOASSERTION', latestRelease: null },
    });
    expect(outcomes.get('empty/empty-repo')).toMatchObject({
      kind: 'found',
      facts: {
        pushedAt: null,
        lastCommitAt: null,
        defaultBranch: null,
        licenseId: null,
        latestRelease: null,
      },
    });
  });

  it('marks NOT_FOUND as missing, and any other error as a failure of that repository only', () => {
    expect(outcomes.get('vanished/gone')).toEqual({ kind: 'missing' });
    expect(outcomes.get('saml/protected')).toEqual({
      kind: 'failed',
      failure: { reason: 'graphql-error', message: expect.stringMatching(/^FORBIDDEN: Resource protected/) },
    });
  });

  it('fails every repository of an answer without data, or that is not GraphQL', () => {
    const limited = readBatchReply(repos.slice(0, 2), recorded('rate-limited.json'));
    expect([...limited.values()].map((outcome) => outcome.kind)).toEqual(['failed', 'failed']);
    const nonsense = readBatchReply(repos.slice(0, 1), 'Unicorn!');
    expect(nonsense.get('mlflow/mlflow')).toMatchObject({
      kind: 'failed',
      failure: { reason: 'bad-response' },
    });
  });

  it('refuses a node without the expected fields rather than writing half a record', () => {
    expect(factsOfNode({ nameWithOwner: 'a/b' })).toMatchObject({ failure: { reason: 'bad-response' } });
    const node = (recorded('repositories.json') as Record<string, Record<string, unknown>>)['mlflow/mlflow'];
    expect(factsOfNode({ ...node, stargazerCount: -3 })).toMatchObject({
      failure: { reason: 'bad-response' },
    });
  });
});

describe('rate limits', () => {
  const headers =
    (values: Record<string, string>) =>
    (name: string): string | null =>
      values[name.toLowerCase()] ?? null;
  const NOW = Date.parse('2026-12-07T06:17:00Z');

  it('honours retry-after, in seconds or as a date', () => {
    expect(retryAfterMs(headers({ 'retry-after': '30' }), NOW)).toBe(30_000);
    expect(retryAfterMs(headers({ 'retry-after': 'Mon, 07 Dec 2026 06:18:00 GMT' }), NOW)).toBe(60_000);
    expect(retryAfterMs(headers({}), NOW)).toBeUndefined();
  });

  it('waits until x-ratelimit-reset when the limit is spent', () => {
    const reset = String(NOW / 1000 + 120);
    expect(exhaustedWaitMs(headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), NOW)).toBe(
      121_000,
    );
    expect(
      exhaustedWaitMs(headers({ 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': reset }), NOW),
    ).toBeUndefined();
  });

  it('tells a rate limit from a plain 403, and a RATE_LIMITED GraphQL body from other errors', () => {
    const base = { body: undefined, text: '', nowMs: NOW };
    expect(rateLimitWaitMs({ ...base, status: 403, header: headers({ 'retry-after': '7' }) })).toBe(7000);
    expect(rateLimitWaitMs({ ...base, status: 429, header: headers({}) })).toBe(DEFAULT_RATE_LIMIT_WAIT_MS);
    const secondary = recorded('secondary-rate-limit.json');
    expect(rateLimitWaitMs({ ...base, status: 403, header: headers({}), body: secondary })).toBe(
      DEFAULT_RATE_LIMIT_WAIT_MS,
    );
    expect(
      rateLimitWaitMs({ ...base, status: 403, header: headers({}), body: { message: 'Forbidden' } }),
    ).toBeUndefined();
    expect(isRateLimitedBody(recorded('rate-limited.json'))).toBe(true);
    expect(isRateLimitedBody(recorded('graphql-response.json'))).toBe(false);
    expect(
      rateLimitWaitMs({
        ...base,
        status: 200,
        header: headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 10) }),
        body: recorded('rate-limited.json'),
      }),
    ).toBe(11_000);
    expect(
      rateLimitWaitMs({ ...base, status: 200, header: headers({}), body: recorded('graphql-response.json') }),
    ).toBe(undefined);
  });
});

describe('bounded concurrency', () => {
  it('never runs more than the limit at once, and keeps the order of results', async () => {
    let running = 0;
    let most = 0;
    const results = await mapBounded([5, 1, 4, 2, 3, 0], 2, async (value) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, value));
      running--;
      return value * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
  });

  it('starts nothing more after a failure, and passes the failure on', async () => {
    const started: number[] = [];
    await expect(
      mapBounded([1, 2, 3, 4], 1, async (value) => {
        started.push(value);
        if (value === 2) throw new Error('boom');
        return value;
      }),
    ).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });
});
