/**
 * The rules for .github/: workflows valid against GitHub's schema, no `pull_request_target`,
 * least-privilege permissions declared up front, every action pinned to a commit SHA (with its
 * version in a comment), CI running `npm test`, and an issue form that matches the content.
 * The checks are pure functions over YAML text, so the negative tests below run them on
 * inline bad workflows to prove they reject what they should.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { DIFFICULTIES, LICENSES } from '../../src/vocabulary.ts';

const GITHUB_DIR = new URL('../../.github/', import.meta.url);
const CATEGORIES_DIR = new URL('../../content/categories/', import.meta.url);

type Yaml = Record<string, unknown>;

function isRecord(value: unknown): value is Yaml {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Parses a YAML document that must be a mapping. */
function parseMapping(source: string): Yaml {
  const data: unknown = parse(source);
  if (!isRecord(data)) throw new Error('expected a YAML mapping');
  return data;
}

// ---------------------------------------------------------------------------------------------
// Pure checks, usable on any workflow text.

/** Schema errors from @action-validator/core (GitHub's workflow schema, offline), one line each. */
function workflowSchemaErrors(source: string): string[] {
  const lines = (error: ValidationError): string[] => {
    const where = 'path' in error && error.path ? error.path : '/';
    const line = `${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`;
    const nested =
      'states' in error ? (error.states ?? []).flatMap((state) => state.errors.flatMap(lines)) : [];
    return [line, ...nested.map((text) => `  ${text}`)];
  };
  return validateWorkflow(source).errors.flatMap(lines);
}

/** The events a workflow runs on, whichever of the three `on:` forms it uses. */
function triggersOf(workflow: Yaml): string[] {
  const on = workflow['on'];
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((event): event is string => typeof event === 'string');
  if (isRecord(on)) return Object.keys(on);
  return [];
}

function usesPullRequestTarget(workflow: Yaml): boolean {
  return triggersOf(workflow).includes('pull_request_target');
}

/** The top-level `permissions`, or undefined when the workflow leaves them to the repository default. */
/** Scopes granted write access (`write-all` counts as every scope). */
function writeGrants(permissions: unknown): string[] {
  if (permissions === 'write-all') return ['write-all'];
  if (!isRecord(permissions)) return [];
  return Object.entries(permissions)
    .filter(([, access]) => access === 'write')
    .map(([scope]) => scope);
}

function topLevelPermissions(workflow: Yaml): unknown {
  return workflow['permissions'];
}

function jobsOf(workflow: Yaml): [string, Yaml][] {
  const jobs = workflow['jobs'];
  if (!isRecord(jobs)) return [];
  return Object.entries(jobs).filter((entry): entry is [string, Yaml] => isRecord(entry[1]));
}

function stepsOf(job: Yaml): Yaml[] {
  const steps = job['steps'];
  return Array.isArray(steps) ? steps.filter(isRecord) : [];
}

/** Every `uses:` of a workflow: reusable workflows called by jobs and actions used by steps. */
function usesOf(workflow: Yaml): string[] {
  return jobsOf(workflow).flatMap(([, job]) =>
    [job['uses'], ...stepsOf(job).map((step) => step['uses'])].filter(
      (uses): uses is string => typeof uses === 'string',
    ),
  );
}

const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40}$/;

/**
 * The `uses:` that are not pinned to a full 40-hex commit SHA. Tags and branches can be moved
 * to other code; a SHA cannot. Local actions (`./…`) are part of this repository's commit.
 */
function unpinnedUses(workflow: Yaml): string[] {
  return usesOf(workflow).filter((uses) => !uses.startsWith('./') && !PINNED.test(uses));
}

/** `uses:` lines without a trailing `# vX.Y.Z` comment naming the pinned version. */
function usesWithoutVersionComment(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => /^\s*(?:-\s+)?uses:/.test(line))
    .filter((line) => !/@[0-9a-f]{40}\s+#\s*v\d+(?:\.\d+)*\s*$/.test(line))
    .map((line) => line.trim());
}

/** Actions that are not GitHub's own (`actions/*`). */
function nonOfficialActions(workflow: Yaml): string[] {
  return usesOf(workflow).filter((uses) => !uses.startsWith('./') && !uses.startsWith('actions/'));
}

/** Whether some step runs `command` as one of its lines (not merely mentions it). */
function runsCommand(workflow: Yaml, command: string): boolean {
  return jobsOf(workflow).some(([, job]) =>
    stepsOf(job).some(
      (step) =>
        typeof step['run'] === 'string' && step['run'].split('\n').some((line) => line.trim() === command),
    ),
  );
}

/** Problems with the shape of a GitHub issue form (action-validator cannot check issue forms). */
function issueFormProblems(form: Yaml): string[] {
  const problems: string[] = [];
  for (const key of ['name', 'description'] as const) {
    if (typeof form[key] !== 'string' || form[key].trim() === '') problems.push(`${key}: expected text`);
  }
  const body = form['body'];
  if (!Array.isArray(body) || body.length === 0) return [...problems, 'body: expected a list of elements'];
  const types = ['markdown', 'input', 'textarea', 'dropdown', 'checkboxes'];
  const ids = new Set<string>();
  body.forEach((element: unknown, index) => {
    const at = `body[${index}]`;
    if (!isRecord(element)) return void problems.push(`${at}: expected a mapping`);
    const type = element['type'];
    if (typeof type !== 'string' || !types.includes(type)) return void problems.push(`${at}: unknown type`);
    const attributes = element['attributes'];
    if (!isRecord(attributes)) return void problems.push(`${at}: missing attributes`);
    if (type === 'markdown') {
      if (typeof attributes['value'] !== 'string') problems.push(`${at}: markdown needs a value`);
      return;
    }
    const id = element['id'];
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(id)) problems.push(`${at}: needs an id`);
    else if (ids.has(id)) problems.push(`${at}: duplicate id "${id}"`);
    else ids.add(id);
    if (typeof attributes['label'] !== 'string' || attributes['label'].trim() === '') {
      problems.push(`${at}: needs a label`);
    }
    const options = attributes['options'];
    if (type === 'dropdown' || type === 'checkboxes') {
      if (!Array.isArray(options) || options.length === 0) problems.push(`${at}: needs options`);
      else if (type === 'dropdown' && new Set(options).size !== options.length) {
        problems.push(`${at}: duplicate options`);
      }
    }
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The repository's files.

const workflowNames = readdirSync(new URL('workflows/', GITHUB_DIR)).filter((name) => /\.ya?ml$/.test(name));
const workflowSources = new Map(
  workflowNames.map((name) => [name, readFileSync(new URL(`workflows/${name}`, GITHUB_DIR), 'utf8')]),
);
const workflows = new Map([...workflowSources].map(([name, source]) => [name, parseMapping(source)]));

function workflow(name: string): Yaml {
  const found = workflows.get(name);
  if (!found) throw new Error(`.github/workflows/${name} is missing`);
  return found;
}

describe('.github/workflows', () => {
  it('has the CI, deploy and link-check workflows', () => {
    expect(workflowNames).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml', 'link-check.yml']));
  });

  describe.each(workflowNames)('%s', (name) => {
    const source = workflowSources.get(name) ?? '';

    it('is valid against the GitHub workflow schema (@action-validator/core)', () => {
      expect(workflowSchemaErrors(source)).toEqual([]);
    });

    it('never runs on pull_request_target', () => {
      expect(usesPullRequestTarget(workflow(name))).toBe(false);
      expect(source).not.toContain('pull_request_target');
    });

    it('declares top-level permissions, all of them read-only', () => {
      expect(writeGrants({ contents: 'write' })).toEqual(['contents']);
      expect(writeGrants('write-all')).toEqual(['write-all']);
      expect(writeGrants({ contents: 'read' })).toEqual([]);
      const permissions = topLevelPermissions(workflow(name));
      expect(permissions, 'top-level permissions').toBeDefined();
      expect(isRecord(permissions), 'permissions listed one by one').toBe(true);
      expect(writeGrants(permissions), 'write access belongs to a job that needs it').toEqual([]);
    });

    it('pins every action to a full commit SHA with its version in a comment', () => {
      expect(usesOf(workflow(name)).length).toBeGreaterThan(0);
      expect(unpinnedUses(workflow(name))).toEqual([]);
      expect(usesWithoutVersionComment(source)).toEqual([]);
    });

    it("uses only GitHub's own actions", () => {
      expect(nonOfficialActions(workflow(name))).toEqual([]);
    });
  });

  it('ci.yml reads the repository and nothing more, and runs npm test on pull requests', () => {
    const ci = workflow('ci.yml');
    expect(topLevelPermissions(ci)).toEqual({ contents: 'read' });
    expect(triggersOf(ci)).toContain('pull_request');
    expect(runsCommand(ci, 'npm ci')).toBe(true);
    expect(runsCommand(ci, 'npm run validate')).toBe(true);
    expect(runsCommand(ci, 'npm test')).toBe(true);
    expect(ci['concurrency']).toMatchObject({ 'cancel-in-progress': true });
  });

  it('deploy.yml grants Pages and OIDC rights to the deploy job only', () => {
    const deploy = workflow('deploy.yml');
    expect(topLevelPermissions(deploy)).toEqual({ contents: 'read' });
    const jobs = Object.fromEntries(jobsOf(deploy));
    expect(jobs['build']?.['permissions']).toBeUndefined();
    expect(jobs['deploy']?.['permissions']).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('link-check.yml may write issues, in its one job, and nothing else', () => {
    expect(topLevelPermissions(workflow('link-check.yml'))).toEqual({ contents: 'read' });
    const jobs = Object.fromEntries(jobsOf(workflow('link-check.yml')));
    expect(jobs['links']?.['permissions']).toEqual({ contents: 'read', issues: 'write' });
    expect(triggersOf(workflow('link-check.yml'))).toEqual(['schedule', 'workflow_dispatch']);
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
  });

  it('notices missing permissions and a missing npm test', () => {
    expect(topLevelPermissions(bad)).toBeUndefined();
    expect(runsCommand(bad, 'npm test')).toBe(false);
    expect(
      runsCommand(parseMapping('jobs:\n  a:\n    steps:\n      - run: echo npm test\n'), 'npm test'),
    ).toBe(false);
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

// ---------------------------------------------------------------------------------------------
// Issue templates.

function formElement(form: Yaml, id: string): Yaml {
  const body = Array.isArray(form['body']) ? form['body'] : [];
  const element: unknown = body.find((item: unknown) => isRecord(item) && item['id'] === id);
  if (!isRecord(element)) throw new Error(`the issue form has no element "${id}"`);
  return element;
}

function attribute(element: Yaml, key: string): unknown {
  const attributes = element['attributes'];
  return isRecord(attributes) ? attributes[key] : undefined;
}

function isRequired(element: Yaml): boolean {
  const validations = element['validations'];
  return isRecord(validations) && validations['required'] === true;
}

describe('.github/ISSUE_TEMPLATE', () => {
  const form = parseMapping(readFileSync(new URL('ISSUE_TEMPLATE/suggest-tool.yml', GITHUB_DIR), 'utf8'));

  it('suggest-tool.yml is a well-formed issue form', () => {
    expect(issueFormProblems(form)).toEqual([]);
    expect(form['name']).toBe('Suggest a tool');
  });

  it('requires name, URL, category, description and features; license and difficulty are optional', () => {
    for (const id of ['name', 'url', 'category', 'description', 'features']) {
      expect(isRequired(formElement(form, id)), id).toBe(true);
    }
    for (const id of ['license', 'difficulty']) expect(isRequired(formElement(form, id)), id).toBe(false);
    const checks = attribute(formElement(form, 'checks'), 'options');
    expect(checks).toEqual([
      { label: expect.stringContaining('I checked the tool is not already listed'), required: true },
    ]);
  });

  it('offers exactly the categories of content/categories/', () => {
    const names = readdirSync(CATEGORIES_DIR)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => parseMapping(readFileSync(new URL(file, CATEGORIES_DIR), 'utf8'))['name']);
    const options = attribute(formElement(form, 'category'), 'options');
    expect(names).toHaveLength(7);
    expect([...(options as string[])].sort()).toEqual([...(names as string[])].sort());
  });

  it('offers the badge labels of src/vocabulary.ts plus "Not sure"', () => {
    expect(attribute(formElement(form, 'license'), 'options')).toEqual([
      ...Object.values(LICENSES).map((term) => term.label),
      'Not sure',
    ]);
    expect(attribute(formElement(form, 'difficulty'), 'options')).toEqual([
      ...Object.values(DIFFICULTIES).map((term) => term.label),
      'Not sure',
    ]);
  });

  it('config.yml allows blank issues and links to CONTRIBUTING.md on the repository', () => {
    const config = parseMapping(readFileSync(new URL('ISSUE_TEMPLATE/config.yml', GITHUB_DIR), 'utf8'));
    expect(config['blank_issues_enabled']).toBe(true);
    expect(config['contact_links']).toEqual([
      expect.objectContaining({ url: `${SITE.repository}/blob/${SITE.branch}/CONTRIBUTING.md` }),
    ]);
  });
});

describe('CONTRIBUTING.md', () => {
  const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');

  it('explains every badge value in the words of src/vocabulary.ts', () => {
    for (const [value, term] of [...Object.entries(LICENSES), ...Object.entries(DIFFICULTIES)]) {
      expect(guide, value).toContain(`| \`${value}\``);
      expect(guide, value).toContain(term.description);
    }
  });
});
