/**
 * The upstream bot (.github/workflows/upstream.yml): weekly and by hand, never on
 * pull_request_target; read-only at the top, write access for its one job only; actions pinned
 * to the same commits as CI; the refresh and the report run, and one pull request on a fixed
 * branch is opened or updated with the gh CLI. Each check is a function over the parsed YAML,
 * also run on bad variants to prove it rejects them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workflowProblems, writingJobs } from '../../scripts/lib/workflows/checks.ts';
import {
  envOf,
  jobsOf,
  parseMapping,
  runsCommand,
  runsOf,
  stepRunning,
  stepsOf,
  triggersOf,
  usesValues,
  type Yaml,
} from '../../scripts/lib/workflows/workflow.ts';

const WORKFLOWS = new URL('../../.github/workflows/', import.meta.url);
const SOURCE = readFileSync(new URL('upstream.yml', WORKFLOWS), 'utf8');
const CI_SOURCE = readFileSync(new URL('ci.yml', WORKFLOWS), 'utf8');
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};
const BRANCH = 'bot/upstream-refresh';
const workflow = parseMapping(SOURCE);

const PINNED_WITH_VERSION = /^actions\/[a-z-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/;

const [[jobName, job] = ['', {}]] = jobsOf(workflow);
const steps = stepsOf(job);

describe('.github/workflows/upstream.yml', () => {
  it('keeps the rules every workflow keeps (scripts/lib/workflows/checks.ts)', () => {
    expect(workflowProblems(SOURCE)).toEqual([]);
  });

  it('runs weekly and by hand, never on pull_request_target', () => {
    expect(triggersOf(workflow).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const schedule = (workflow['on'] as Yaml)['schedule'];
    expect(schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* [0-6]$/) }]);
    expect(SOURCE).not.toContain('pull_request_target');
  });

  it('reads only at the top; its one job alone may write contents and pull requests', () => {
    expect(workflow['permissions']).toEqual({ contents: 'read' });
    expect(jobsOf(workflow)).toHaveLength(1);
    expect(job['permissions']).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(writingJobs(workflow)).toEqual({ [jobName]: ['contents', 'pull-requests'] });
  });

  it('pins actions/checkout and actions/setup-node to the very commits CI uses, with the version', () => {
    const ours = usesValues(SOURCE);
    expect(ours).toHaveLength(2);
    for (const uses of ours) expect(uses).toMatch(PINNED_WITH_VERSION);
    const ci = usesValues(CI_SOURCE);
    expect(ours.find((uses) => uses.startsWith('actions/checkout@'))).toBe(
      ci.find((uses) => uses.startsWith('actions/checkout@')),
    );
    expect(ours.find((uses) => uses.startsWith('actions/setup-node@'))).toBe(
      ci.find((uses) => uses.startsWith('actions/setup-node@')),
    );
  });

  it('keeps no credentials in the checkout', () => {
    const checkout = steps.find((step) => String(step['uses']).startsWith('actions/checkout@'));
    expect(checkout?.['with']).toMatchObject({ 'persist-credentials': false });
  });

  it('runs the refresh with the workflow token, then the report', () => {
    expect(runsCommand(steps, 'npm ci')).toBe(true);
    const refresh = stepRunning(steps, 'npm run refresh:upstream');
    expect(envOf(refresh)['GITHUB_TOKEN']).toBe('${{ github.token }}');
    // The API URL comes from Actions itself (github.com or an Enterprise server).
    expect(envOf(refresh)['GITHUB_API_URL']).toBeUndefined();
    expect(runsCommand(steps, 'npm run report:upstream')).toBe(true);
    const order = runsOf(steps).map((run) =>
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
    const landscapes = runsOf(steps).findIndex((run) => run.includes('refresh:landscapes'));
    expect(landscapes).toBeGreaterThan(runsOf(steps).findIndex((run) => run.includes('refresh:upstream')));
    expect(landscapes).toBeLessThan(runsOf(steps).findIndex((run) => run.includes('report:upstream')));
  });

  it('opens or updates one pull request on a fixed branch with the gh CLI, the report as its body', () => {
    expect(job['env']).toMatchObject({ BRANCH });
    const pr = stepRunning(steps, 'gh pr create');
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
