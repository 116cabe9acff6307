/**
 * The checks of GitHub workflow files (scripts/lib/workflows/) on bad workflows: each fixture of
 * tests/fixtures/workflows/ breaks one rule, and the inline workflows below break many at once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  interpolatedScripts,
  issueFormProblems,
  jobsGranting,
  nonOfficialActions,
  startableByPullRequest,
  stepsRunningCode,
  unpinnedUses,
  usesPullRequestTarget,
  usesWithoutVersionComment,
  workflowProblems,
  workflowSchemaErrors,
  writeGrants,
  writingJobs,
} from '../../scripts/lib/workflows/checks.ts';
import {
  allSteps,
  jobsOf,
  parseMapping,
  runsCommand,
  stepRunning,
  stepsOf,
  triggersOf,
  usesValues,
  workflowRunTrigger,
} from '../../scripts/lib/workflows/workflow.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/workflows/${name}`, 'utf8');

describe('the rules every workflow keeps', () => {
  it('find nothing wrong with a good workflow', () => {
    expect(workflowProblems(fixture('good.yml'))).toEqual([]);
  });

  it.each([
    ['pull-request-target.yml', ['pull_request_target: never (it runs code from forks with write access)']],
    ['no-permissions.yml', ['permissions: declare them at the top']],
    ['writes-at-top.yml', ['permissions: contents is written at the top; grant it to the job that needs it']],
    [
      'write-all.yml',
      [
        'permissions: list them one by one',
        'permissions: write-all is written at the top; grant it to the job that needs it',
      ],
    ],
    [
      'unpinned.yml',
      [
        'actions/checkout@v4: pin it to a full commit SHA',
        '- uses: actions/checkout@v4: say the pinned version in a comment (# vX.Y.Z)',
      ],
    ],
    [
      'no-version-comment.yml',
      [
        '- uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683: say the pinned version in a comment (# vX.Y.Z)',
      ],
    ],
    [
      'third-party.yml',
      ["someone/checkout@11bd71901bbe5b1630ceea73d27597364c9af683: only GitHub's own actions (actions/*)"],
    ],
  ])('%s breaks exactly its rule', (name, problems) => {
    expect(workflowProblems(fixture(name))).toEqual(problems);
  });

  it('report an invalid workflow by its schema errors', () => {
    const problems = workflowProblems(fixture('invalid.yml'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.startsWith('schema: '))).toBe(true);
  });
});

describe('the checks reject bad workflows', () => {
  const BAD = `name: Bad
on:
  pull_request_target:
    types: [opened]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
      - uses: someone/else@main
      - run: npm run lint
  reuse:
    uses: octo/repo/.github/workflows/x.yml@1234567
`;
  const bad = parseMapping(BAD);

  it('finds pull_request_target in every form of on:', () => {
    expect(usesPullRequestTarget(bad)).toBe(true);
    expect(usesPullRequestTarget(parseMapping('on: pull_request_target\njobs: {}'))).toBe(true);
    expect(usesPullRequestTarget(parseMapping('on: [push, pull_request_target]\njobs: {}'))).toBe(true);
    expect(usesPullRequestTarget(parseMapping('on: [push, pull_request]\njobs: {}'))).toBe(false);
  });

  it('finds tags, branches and short SHAs, in steps and in reusable-workflow jobs', () => {
    expect(unpinnedUses(bad)).toEqual([
      'actions/checkout@v4',
      'someone/else@main',
      'octo/repo/.github/workflows/x.yml@1234567',
    ]);
    expect(usesWithoutVersionComment(BAD)).toEqual([
      '- uses: actions/checkout@v4',
      '- uses: someone/else@main',
      'uses: octo/repo/.github/workflows/x.yml@1234567',
    ]);
    expect(nonOfficialActions(bad)).toEqual([
      'someone/else@main',
      'octo/repo/.github/workflows/x.yml@1234567',
    ]);
    expect(usesValues('      - uses: actions/checkout@v4 # v4\n')).toEqual(['actions/checkout@v4 # v4']);
  });

  it('notices missing permissions, and a command that is missing or only echoed', () => {
    expect(bad['permissions']).toBeUndefined();
    expect(runsCommand(allSteps(bad), 'npm test')).toBe(false);
    expect(runsCommand(allSteps(bad), 'npm run lint')).toBe(true);
    const echoed = parseMapping('jobs:\n  a:\n    steps:\n      - run: echo npm test\n');
    expect(runsCommand(allSteps(echoed), 'npm test')).toBe(false);
    const prefixed = parseMapping('jobs:\n  a:\n    steps:\n      - run: npm testing\n');
    expect(runsCommand(allSteps(prefixed), 'npm test')).toBe(false);
  });

  it('lets the schema validator reject an invalid workflow', () => {
    const invalid =
      'on: push\npermissions:\n  contents: reed\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(workflowSchemaErrors(invalid).length).toBeGreaterThan(0);
    expect(
      workflowSchemaErrors(
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      ),
    ).toEqual([]);
  });

  it('rejects a malformed issue form', () => {
    const problems = issueFormProblems(
      parseMapping(
        'name: X\nbody:\n  - type: dropdown\n    id: a\n    attributes: {label: A}\n  - type: input\n    id: a\n    attributes: {label: B}\n',
      ),
    );
    expect(problems).toEqual([
      'description: expected text',
      'body[0]: needs options',
      'body[1]: duplicate id "a"',
    ]);
  });
});

describe('the pull request checks reject unsafe workflows', () => {
  const UNSAFE = `name: Unsafe
on:
  pull_request:
  workflow_run:
    workflows: [CI]
    types: [completed]
permissions:
  contents: read
jobs:
  comment:
    runs-on: ubuntu-latest
    permissions:
      pull-requests: write
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - run: npm ci
      - run: node scripts/diff-content.ts
      - run: ./summarise.sh
      - run: echo "\${{ github.event.workflow_run.head_branch }}"
      - uses: ./.github/actions/post
  other:
    runs-on: ubuntu-latest
    permissions: write-all
    steps:
      - run: echo hello
`;
  const unsafe = parseMapping(UNSAFE);

  it('finds checkouts, local actions and steps that run code, but not a plain echo', () => {
    expect(stepsRunningCode(unsafe)).toEqual([
      'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
      'npm ci',
      'node scripts/diff-content.ts',
      './summarise.sh',
      './.github/actions/post',
    ]);
  });

  it('finds every job that may write, write-all included', () => {
    expect(writeGrants({ contents: 'write' })).toEqual(['contents']);
    expect(writeGrants('write-all')).toEqual(['write-all']);
    expect(writeGrants({ contents: 'read' })).toEqual([]);
    expect(jobsGranting(unsafe, 'pull-requests')).toEqual(['comment', 'other']);
    expect(jobsGranting(unsafe, 'issues')).toEqual(['other']);
    expect(writingJobs(unsafe)).toEqual({ comment: ['pull-requests'], other: ['write-all'] });
  });

  it('knows which workflows a pull request can start', () => {
    expect(startableByPullRequest(unsafe)).toBe(true);
    expect(startableByPullRequest(parseMapping('on: issue_comment\njobs: {}'))).toBe(true);
    expect(startableByPullRequest(parseMapping('on: [schedule, workflow_dispatch]\njobs: {}'))).toBe(false);
  });

  it('finds expressions interpolated into scripts, and triggers besides workflow_run', () => {
    expect(interpolatedScripts(unsafe)).toEqual(['echo "${{ github.event.workflow_run.head_branch }}"']);
    expect(triggersOf(unsafe)).toEqual(['pull_request', 'workflow_run']);
    expect(workflowRunTrigger(unsafe)).toEqual({ workflows: ['CI'], types: ['completed'] });
  });

  it('finds the step that runs a command, in the order of the job', () => {
    const [[, comment] = ['', {}]] = jobsOf(unsafe);
    expect(stepRunning(stepsOf(comment), 'node')?.['run']).toBe('node scripts/diff-content.ts');
    expect(stepRunning(stepsOf(comment), 'npm test')).toBeUndefined();
  });
});
