/**
 * The upstream bot (.github/workflows/upstream.yml): weekly and by hand, never on
 * pull_request_target; read-only at the top, write access for its one job only; actions pinned
 * to the same commits as CI; the refresh and the report run, and one pull request on a fixed
 * branch is opened or updated with the gh CLI. Each check is a function over the parsed YAML,
 * also run on bad variants to prove it rejects them.
 */
import { readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

type Yaml = Record<string, unknown>;

const WORKFLOWS = new URL('../../.github/workflows/', import.meta.url);
const SOURCE = readFileSync(new URL('upstream.yml', WORKFLOWS), 'utf8');
const CI_SOURCE = readFileSync(new URL('ci.yml', WORKFLOWS), 'utf8');
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};
const BRANCH = 'bot/upstream-refresh';

function isRecord(value: unknown): value is Yaml {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function mapping(source: string): Yaml {
  const data: unknown = parse(source);
  if (!isRecord(data)) throw new Error('expected a YAML mapping');
  return data;
}

const workflow = mapping(SOURCE);

function triggers(doc: Yaml): string[] {
  const on = doc['on'];
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((event): event is string => typeof event === 'string');
  return isRecord(on) ? Object.keys(on) : [];
}

function jobs(doc: Yaml): [string, Yaml][] {
  const all = doc['jobs'];
  return isRecord(all)
    ? Object.entries(all).filter((entry): entry is [string, Yaml] => isRecord(entry[1]))
    : [];
}

function steps(job: Yaml): Yaml[] {
  const list = job['steps'];
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

function writes(permissions: unknown): string[] {
  if (permissions === 'write-all') return ['write-all'];
  return isRecord(permissions)
    ? Object.entries(permissions)
        .filter(([, access]) => access === 'write')
        .map(([scope]) => scope)
    : [];
}

/** Jobs granted any write access, with what they may write. */
function writingJobs(doc: Yaml): Record<string, string[]> {
  return Object.fromEntries(
    jobs(doc)
      .map(([name, job]) => [name, writes(job['permissions'])] as const)
      .filter(([, granted]) => granted.length > 0),
  );
}

/** `uses:` lines exactly as written, comment included. */
function usesLines(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => /^\s*(?:-\s+)?uses:/.test(line))
    .map((line) => line.replace(/^\s*(?:-\s+)?uses:\s*/, '').trim());
}

const PINNED_WITH_VERSION = /^actions\/[a-z-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/;

/** The run scripts of a job, as one text per step. */
function runs(job: Yaml): string[] {
  return steps(job)
    .map((step) => step['run'])
    .filter((run): run is string => typeof run === 'string');
}

/** Whether some step runs a line starting with `command` (a command, not a mention in an echo). */
function runsCommand(job: Yaml, command: string): boolean {
  return runs(job).some((run) => run.split('\n').some((line) => line.trim().startsWith(command)));
}

function stepWith(job: Yaml, command: string): Yaml | undefined {
  return steps(job).find(
    (step) =>
      typeof step['run'] === 'string' &&
      step['run'].split('\n').some((line) => line.trim().startsWith(command)),
  );
}

function envOf(node: Yaml | undefined): Yaml {
  return isRecord(node?.['env']) ? node['env'] : {};
}

const [[jobName, job] = ['', {}]] = jobs(workflow);

describe('.github/workflows/upstream.yml', () => {
  it('is a valid workflow (GitHub workflow schema, offline)', () => {
    expect(validateWorkflow(SOURCE).errors).toEqual([]);
  });

  it('runs weekly and by hand, never on pull_request_target', () => {
    expect(triggers(workflow).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const schedule = (workflow['on'] as Yaml)['schedule'];
    expect(schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* [0-6]$/) }]);
    expect(SOURCE).not.toContain('pull_request_target');
  });

  it('reads only at the top; its one job alone may write contents and pull requests', () => {
    expect(workflow['permissions']).toEqual({ contents: 'read' });
    expect(jobs(workflow)).toHaveLength(1);
    expect(job['permissions']).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(writingJobs(workflow)).toEqual({ [jobName]: ['contents', 'pull-requests'] });
  });

  it('pins actions/checkout and actions/setup-node to the very commits CI uses, with the version', () => {
    const ours = usesLines(SOURCE);
    expect(ours).toHaveLength(2);
    for (const uses of ours) expect(uses).toMatch(PINNED_WITH_VERSION);
    const ci = usesLines(CI_SOURCE);
    expect(ours.find((uses) => uses.startsWith('actions/checkout@'))).toBe(
      ci.find((uses) => uses.startsWith('actions/checkout@')),
    );
    expect(ours.find((uses) => uses.startsWith('actions/setup-node@'))).toBe(
      ci.find((uses) => uses.startsWith('actions/setup-node@')),
    );
  });

  it('keeps no credentials in the checkout', () => {
    const checkout = steps(job).find((step) => String(step['uses']).startsWith('actions/checkout@'));
    expect(checkout?.['with']).toMatchObject({ 'persist-credentials': false });
  });

  it('runs the refresh with the workflow token, then the report', () => {
    expect(runsCommand(job, 'npm ci')).toBe(true);
    const refresh = stepWith(job, 'npm run refresh:upstream');
    expect(envOf(refresh)['GITHUB_TOKEN']).toBe('${{ github.token }}');
    // The API URL comes from Actions itself (github.com or an Enterprise server).
    expect(envOf(refresh)['GITHUB_API_URL']).toBeUndefined();
    expect(runsCommand(job, 'npm run report:upstream')).toBe(true);
    const order = runs(job).map((run) =>
      run.includes('refresh:upstream')
        ? 'refresh'
        : run.includes('report:upstream')
          ? 'report'
          : run.includes('gh pr')
            ? 'pr'
            : 'other',
    );
    expect(order.filter((step) => step !== 'other')).toEqual(['refresh', 'report', 'pr']);
    // The landscapes are read after the repositories and before the report that compares both.
    const landscapes = runs(job).findIndex((run) => run.includes('refresh:landscapes'));
    expect(landscapes).toBeGreaterThan(runs(job).findIndex((run) => run.includes('refresh:upstream')));
    expect(landscapes).toBeLessThan(runs(job).findIndex((run) => run.includes('report:upstream')));
  });

  it('opens or updates one pull request on a fixed branch with the gh CLI, the report as its body', () => {
    expect(job['env']).toMatchObject({ BRANCH });
    const pr = stepWith(job, 'gh pr create');
    expect(pr).toBeDefined();
    const script = String(pr?.['run']);
    expect(envOf(pr)['GH_TOKEN']).toBe('${{ github.token }}');
    expect(script).toMatch(/gh pr list --head "\$BRANCH" --state open/);
    expect(script).toMatch(/gh pr edit "\$existing" .*--body-file pr-body\.md/);
    expect(script).toMatch(/gh pr create .*--head "\$BRANCH" .*--body-file pr-body\.md/);
    expect(script).toMatch(/cat upstream-report\.md/);
    expect(script).toMatch(/cat landscapes-summary\.md/);
    expect(script).toMatch(
      /git -c "http\.extraheader=AUTHORIZATION: basic \$auth" push --force origin "HEAD:refs\/heads\/\$BRANCH"/,
    );
    expect(script).toMatch(/git add content\/upstream$/m);
    expect(script).toContain('set -euo pipefail');
  });

  it('names only npm scripts that package.json defines', () => {
    const named = [...SOURCE.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]);
    expect(named.sort()).toEqual(['refresh:landscapes', 'refresh:upstream', 'report:upstream']);
    expect(PACKAGE.scripts['refresh:landscapes']).toBe('node scripts/refresh-landscapes.ts');
    expect(PACKAGE.scripts['refresh:upstream']).toBe('node scripts/refresh-upstream.ts');
    expect(PACKAGE.scripts['report:upstream']).toBe('node scripts/report-upstream.ts');
  });
});

describe('the checks reject a workflow that breaks the rules', () => {
  const bad = mapping(`name: Bad
on:
  pull_request_target:
  schedule:
    - cron: '0 0 * * 1'
permissions: write-all
jobs:
  refresh:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v4
      - run: echo npm run refresh:upstream
  pr:
    runs-on: ubuntu-latest
    permissions:
      pull-requests: write
      issues: write
    steps:
      - run: gh pr create --fill
`);

  it('sees the trigger, the top-level grant and every writing job', () => {
    expect(triggers(bad)).toContain('pull_request_target');
    expect(writes(bad['permissions'])).toEqual(['write-all']);
    expect(writingJobs(bad)).toEqual({ refresh: ['contents'], pr: ['pull-requests', 'issues'] });
  });

  it('sees unpinned actions and commands that are only echoed', () => {
    expect(usesLines('      - uses: actions/checkout@v4\n')).toEqual(['actions/checkout@v4']);
    expect('actions/checkout@v4').not.toMatch(PINNED_WITH_VERSION);
    const [[, refresh] = ['', {}]] = jobs(bad);
    expect(runsCommand(refresh, 'npm run refresh:upstream')).toBe(false);
  });
});
