/**
 * `npm run refresh:upstream` and `npm run report:upstream` against a local stand-in for the
 * GitHub GraphQL API (node:http on 127.0.0.1, random port): no network. The client and the run
 * are tested in-process with an injected clock and pause, so rate-limit waits of minutes take
 * no time; the scripts themselves are then run as a contributor or the bot runs them.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseUpstream, serializeUpstream } from '../../src/lib/upstream/data.ts';
import {
  GithubAuthError,
  createGithubClient,
  type GithubApiOptions,
} from '../../scripts/lib/upstream/github-api.ts';
import { runRefresh, writeFileAtomic, type RunOptions } from '../../scripts/refresh-upstream.ts';
import { recorded, startStandIn, type StandIn } from '../fixtures/upstream/stand-in.ts';

const START = Date.parse('2026-12-07T06:17:00Z');
const REPO_ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURE_CONTENT = new URL('../fixtures/upstream/content/', import.meta.url).pathname;
const previousText = recorded('previous.json');

/** A clock that only moves when the client pauses: waits are recorded, never slept. */
function fakeTime() {
  const time = { now: START, sleeps: [] as number[] };
  return {
    time,
    now: () => time.now,
    sleep: async (ms: number) => {
      time.sleeps.push(ms);
      time.now += ms;
    },
  };
}

const SAMPLE = {
  query:
    'query UpstreamFacts($o0: String!, $n0: String!) { r0: repository(owner: $o0, name: $n0) { ...facts } }',
  variables: { o0: 'mlflow', n0: 'mlflow' },
};

let standIn: StandIn;
beforeEach(async () => {
  standIn = await startStandIn(['/graphql', '/api/graphql']);
});
afterEach(async () => {
  await standIn.close();
});

function client(extra: Partial<GithubApiOptions> = {}) {
  const clock = fakeTime();
  const api = createGithubClient({
    token: 'test-token',
    graphqlUrl: `${standIn.url}/graphql`,
    now: clock.now,
    sleep: clock.sleep,
    backoffMs: 1000,
    ...extra,
  });
  return { api, time: clock.time };
}

describe('the GitHub client against the stand-in', () => {
  it('POSTs the query with the token and hands back the body with the time it arrived', async () => {
    const { api } = client();
    const reply = await api.graphql(SAMPLE);
    expect(reply).toMatchObject({ ok: true, receivedAt: new Date(START) });
    expect(standIn.requests).toEqual([
      { method: 'POST', url: '/graphql', authorization: 'bearer test-token', body: SAMPLE },
    ]);
  });

  it('retries a 5xx with growing pauses, then succeeds', async () => {
    const unicorn = {
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: recorded('server-error.html'),
    };
    standIn.script.push(unicorn, unicorn);
    const { api, time } = client();
    expect((await api.graphql(SAMPLE)).ok).toBe(true);
    expect(standIn.requests).toHaveLength(3);
    expect(time.sleeps).toEqual([1000, 2000]);
  });

  it('gives up on a 5xx after its retries, as a server error', async () => {
    const unavailable = { status: 503, body: '' };
    standIn.script.push(unavailable, unavailable, unavailable);
    const { api } = client({ retries: 2 });
    expect(await api.graphql(SAMPLE)).toEqual({
      ok: false,
      failure: { reason: 'server-error', message: 'HTTP 503' },
    });
    expect(standIn.requests).toHaveLength(3);
  });

  it('ends a request that does not answer in time (AbortSignal.timeout)', async () => {
    standIn.script.push('hang');
    const { api } = client({ timeoutMs: 150, retries: 0 });
    const started = performance.now();
    expect(await api.graphql(SAMPLE)).toEqual({
      ok: false,
      failure: { reason: 'timeout', message: 'no answer before the deadline' },
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reports a refused connection as a network failure', async () => {
    const closed = await startStandIn();
    const url = `${closed.url}/graphql`;
    await closed.close();
    const { api } = client({ graphqlUrl: url, retries: 0 });
    expect(await api.graphql(SAMPLE)).toMatchObject({ ok: false, failure: { reason: 'network' } });
  });

  it('waits out a secondary rate limit as retry-after asks, without really sleeping', async () => {
    standIn.script.push({
      status: 403,
      headers: { 'retry-after': '30' },
      body: recorded('secondary-rate-limit.json'),
    });
    const { api, time } = client();
    const started = performance.now();
    expect((await api.graphql(SAMPLE)).ok).toBe(true);
    expect(time.sleeps).toEqual([30_000]);
    expect(standIn.requests).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('waits until x-ratelimit-reset when the primary limit is spent (403 or a RATE_LIMITED body)', async () => {
    const reset = String(START / 1000 + 120);
    standIn.script.push({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: '{"message":"API rate limit exceeded"}',
    });
    const { api, time } = client();
    expect((await api.graphql(SAMPLE)).ok).toBe(true);
    expect(time.sleeps).toEqual([121_000]);

    standIn.script.push({
      status: 200,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(START / 1000 + 60) },
      body: recorded('rate-limited.json'),
    });
    const second = client();
    expect((await second.api.graphql(SAMPLE)).ok).toBe(true);
    expect(second.time.sleeps).toEqual([61_000]);
  });

  it('caps the wait: past it the request fails as rate limited, and later ones are not even sent', async () => {
    const reset = String(START / 1000 + 3600);
    standIn.script.push({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: '{}',
    });
    const { api, time } = client({ maxWaitMs: 5 * 60_000 });
    const first = await api.graphql(SAMPLE);
    expect(first).toMatchObject({ ok: false, failure: { reason: 'rate-limited' } });
    expect(!first.ok && first.failure.message).toMatch(/3601 s more, over the 300 s cap/);
    const second = await api.graphql(SAMPLE);
    expect(second).toMatchObject({ ok: false, failure: { reason: 'rate-limited' } });
    expect(standIn.requests).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
  });

  it('holds the next request when the last answer spent the limit', async () => {
    standIn.script.push(async (request) => ({
      status: 200,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(START / 1000 + 45) },
      body: JSON.stringify({ data: { r0: null }, request: request.url }),
    }));
    const { api, time } = client();
    expect((await api.graphql(SAMPLE)).ok).toBe(true);
    expect(time.sleeps).toEqual([]);
    expect((await api.graphql(SAMPLE)).ok).toBe(true);
    expect(time.sleeps).toEqual([46_000]);
  });

  it('stops on a refused token (401) instead of carrying on', async () => {
    standIn.script.push({ status: 401, body: recorded('bad-credentials.json') });
    const { api } = client();
    await expect(api.graphql(SAMPLE)).rejects.toBeInstanceOf(GithubAuthError);
  });

  it('reports an answer that is not JSON, and a 404 endpoint, without retrying', async () => {
    standIn.script.push({ status: 200, body: '<html>proxy login</html>' });
    const { api } = client();
    expect(await api.graphql(SAMPLE)).toMatchObject({ ok: false, failure: { reason: 'bad-response' } });
    const wrong = client({ graphqlUrl: `${standIn.url}/v3/graphql` });
    expect(await wrong.api.graphql(SAMPLE)).toEqual({
      ok: false,
      failure: { reason: 'http-error', message: 'HTTP 404' },
    });
    expect(standIn.requests).toHaveLength(2);
  });
});

describe('a whole refresh run against the stand-in', () => {
  let root: string;
  let contentDir: string;
  let dataDir: string;
  let dataFile: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'mlops-upstream-'));
    contentDir = join(root, 'content');
    dataDir = join(contentDir, 'upstream');
    dataFile = join(dataDir, 'github.json');
    cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });
    writeFileSync(join(contentDir, 'tools', 'broken.yaml'), 'name: Broken\nfeatures: [unclosed\n');
    mkdirSync(dataDir);
    writeFileSync(dataFile, previousText);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function run(extra: Partial<RunOptions> = {}) {
    const clock = fakeTime();
    return runRefresh({
      contentDir,
      dataDir,
      token: 'test-token',
      apiUrl: standIn.url,
      now: clock.now,
      sleep: clock.sleep,
      retries: 0,
      ...extra,
    });
  }

  const temporaryFiles = () => readdirSync(dataDir).filter((name) => name !== 'github.json');

  it('writes schema-valid facts, each with the time it was fetched, keeping what it could not refresh', async () => {
    const result = await run();
    expect(result.changed).toBe(true);
    const text = readFileSync(dataFile, 'utf8');
    const data = parseUpstream(text);
    expect(serializeUpstream(data)).toBe(text);
    expect(data.tools['mlflow']).toMatchObject({
      source: 'github-api',
      state: 'found',
      fetchedAt: '2026-12-07T06:17:00.000Z',
      stars: 23456,
      licenseId: 'Apache-2.0',
      defaultBranch: 'master',
      latestRelease: { tag: 'v3.18.0', date: '2026-11-12T09:31:02Z' },
    });
    expect(data.tools['moved-tool']).toMatchObject({ nameWithOwner: 'new-org/newname' });
    expect(data.tools['gone']).toMatchObject({
      state: 'missing',
      lastKnown: { nameWithOwner: 'vanished/gone' },
    });
    expect(data.tools['gitlab-tool']).toEqual(parseUpstream(previousText).tools['gitlab-tool']);
    expect(data.tools['broken']).toEqual(parseUpstream(previousText).tools['broken']);
    expect(data.tools['removed-tool']).toBeUndefined();
    expect(temporaryFiles()).toEqual([]);
  });

  it("a 5xx batch keeps its tools' previous records and says so", async () => {
    standIn.script.push({ status: 502, body: recorded('server-error.html') });
    const result = await run({ batchSize: 4, concurrency: 1 });
    const data = parseUpstream(readFileSync(dataFile, 'utf8'));
    // The first batch holds dormant-lib, elastic-thing, empty-repo and gone; only gone had a record.
    expect(data.tools['gone']).toEqual(parseUpstream(previousText).tools['gone']);
    expect(data.tools['dormant-lib']).toBeUndefined();
    expect(data.tools['mlflow']).toMatchObject({ state: 'found' });
    expect(result.log.find((entry) => entry.slug === 'gone')).toMatchObject({
      action: 'kept',
      failure: { reason: 'server-error', message: 'HTTP 502' },
    });
  });

  it("a timed-out batch keeps its tools' previous records", async () => {
    standIn.script.push('hang');
    const result = await run({ batchSize: 4, concurrency: 1, timeoutMs: 200 });
    expect(result.log.find((entry) => entry.slug === 'gone')).toMatchObject({
      action: 'kept',
      failure: { reason: 'timeout' },
    });
    expect(parseUpstream(readFileSync(dataFile, 'utf8')).tools['gone']).toEqual(
      parseUpstream(previousText).tools['gone'],
    );
  });

  it('a rate limit past the cap keeps every previous record, and sends nothing more', async () => {
    const reset = String(START / 1000 + 3600);
    standIn.script.push({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: '{}',
    });
    const result = await run({ batchSize: 4, concurrency: 1, maxWaitMs: 60_000 });
    expect(standIn.requests).toHaveLength(1);
    expect(result.log.filter((entry) => entry.action === 'kept').map((entry) => entry.slug)).toEqual([
      'gone',
      'mlflow',
      'torchserve',
    ]);
    const data = parseUpstream(readFileSync(dataFile, 'utf8'));
    const before = parseUpstream(previousText);
    for (const slug of ['gone', 'mlflow', 'torchserve', 'gitlab-tool', 'broken'])
      expect(data.tools[slug]).toEqual(before.tools[slug]);
  });

  it('keeps at most `concurrency` queries in flight', async () => {
    standIn.delayMs = 40;
    await run({ batchSize: 1, concurrency: 3 });
    expect(standIn.requests).toHaveLength(10);
    expect(standIn.maxInFlight()).toBe(3);
  });

  it('writes nothing when the run cannot complete (a refused token)', async () => {
    const inode = statSync(dataFile).ino;
    standIn.script.push(
      { status: 200, body: JSON.stringify({ data: {} }) },
      { status: 401, body: recorded('bad-credentials.json') },
    );
    await expect(run({ batchSize: 4, concurrency: 1 })).rejects.toBeInstanceOf(GithubAuthError);
    expect(readFileSync(dataFile, 'utf8')).toBe(previousText);
    expect(statSync(dataFile).ino).toBe(inode);
    expect(temporaryFiles()).toEqual([]);
  });

  it('refuses to run over a data file that is not valid, and leaves it alone', async () => {
    writeFileSync(dataFile, '{"format": 1, "tools": {"x": {"stars": 3}}}');
    await expect(run()).rejects.toThrow(/not valid upstream data/);
    expect(readFileSync(dataFile, 'utf8')).toBe('{"format": 1, "tools": {"x": {"stars": 3}}}');
    expect(standIn.requests).toHaveLength(0);
  });

  it('leaves the file untouched when nothing changed', async () => {
    await run();
    const inode = statSync(dataFile).ino;
    const again = await run();
    expect(again.changed).toBe(false);
    expect(statSync(dataFile).ino).toBe(inode);
  });
});

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-atomic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file by renaming a temporary file of the same directory over it', () => {
    const file = join(dir, 'data.json');
    writeFileSync(file, 'old\n');
    const before = statSync(file).ino;
    writeFileAtomic(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    // A new inode: the old file was replaced whole, not rewritten in place.
    expect(statSync(file).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['data.json']);
  });

  it('leaves neither a temporary file nor a changed target when the write fails', () => {
    const target = join(dir, 'a-directory');
    mkdirSync(target);
    expect(() => writeFileAtomic(target, 'text')).toThrow();
    expect(statSync(target).isDirectory()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a-directory', 'data.json']);
  });
});

/** Runs a script as `npm run` would, without blocking the stand-in's event loop. */
function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GITHUB_')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join('scripts', script), ...args], {
      cwd: REPO_ROOT,
      env: { ...clean, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('the scripts, as the bot runs them', () => {
  let root: string;
  let contentDir: string;
  let dataFile: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'mlops-upstream-cli-'));
    contentDir = join(root, 'content');
    cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });
    mkdirSync(join(contentDir, 'upstream'));
    dataFile = join(contentDir, 'upstream', 'github.json');
    writeFileSync(dataFile, previousText);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refresh:upstream reads GITHUB_TOKEN and GITHUB_API_URL, writes the data, the summary and step outputs', async () => {
    const output = join(root, 'github-output');
    const summary = join(root, 'summary.md');
    const result = await runScript('refresh-upstream.ts', ['--summary', summary, '--retries', '0'], {
      GITHUB_TOKEN: 'cli-token',
      GITHUB_API_URL: standIn.url,
      CONTENT_DIR: contentDir,
      GITHUB_OUTPUT: output,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Asking ${standIn.url}/graphql about the repositories of 13 tools`);
    expect(standIn.requests.every((request) => request.authorization === 'bearer cli-token')).toBe(true);
    expect(parseUpstream(readFileSync(dataFile, 'utf8')).tools['mlflow']).toMatchObject({ state: 'found' });
    expect(readFileSync(summary, 'utf8')).toMatch(
      /^## Refresh run\n\n1 GraphQL query: 10 updated, 1 not found/,
    );
    expect(readFileSync(output, 'utf8')).toBe('changed=true\nkept=0\nfailed=0\n');
  });

  it('refresh:upstream finds the GraphQL endpoint of a GitHub Enterprise API URL', async () => {
    const result = await runScript('refresh-upstream.ts', [], {
      GITHUB_TOKEN: 'cli-token',
      GITHUB_API_URL: `${standIn.url}/api/v3`,
      CONTENT_DIR: contentDir,
    });
    expect(result.status).toBe(0);
    expect(standIn.requests.map((request) => request.url)).toEqual(['/api/graphql']);
  });

  it('refresh:upstream needs a token, and writes nothing when the token is refused', async () => {
    const noToken = await runScript('refresh-upstream.ts', [], {
      GITHUB_API_URL: standIn.url,
      CONTENT_DIR: contentDir,
    });
    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toMatch(/GITHUB_TOKEN is not set/);
    standIn.script.push({ status: 401, body: recorded('bad-credentials.json') });
    const refused = await runScript('refresh-upstream.ts', [], {
      GITHUB_TOKEN: 'wrong',
      GITHUB_API_URL: standIn.url,
      CONTENT_DIR: contentDir,
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Refresh stopped, nothing written: GitHub answered 401/);
    expect(readFileSync(dataFile, 'utf8')).toBe(previousText);
  });

  it('report:upstream writes the Markdown findings and their number', async () => {
    await runScript('refresh-upstream.ts', [], {
      GITHUB_TOKEN: 't',
      GITHUB_API_URL: standIn.url,
      CONTENT_DIR: contentDir,
    });
    const output = join(root, 'github-output');
    const report = join(root, 'report.md');
    const result = await runScript('report-upstream.ts', ['--today', '2026-12-07', '--output', report], {
      CONTENT_DIR: contentDir,
      GITHUB_OUTPUT: output,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(report, 'utf8');
    expect(text).toMatch(/^# Upstream facts: 6 findings\n/);
    expect(text).toContain('## Archived upstream, not archived here (1)');
    expect(text).toContain('## Repository moved (1)');
    expect(readFileSync(output, 'utf8')).toBe('findings=6\n');
  });
});
