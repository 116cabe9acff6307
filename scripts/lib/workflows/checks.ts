/**
 * The rules for `.github/`: workflows valid against GitHub's schema, never on
 * `pull_request_target`, read-only permissions declared at the top (write access belongs to the
 * job that needs it), every action GitHub's own and pinned to a commit SHA with its version in a
 * comment, no code run where a pull request can write, and issue forms of the right shape.
 * Pure functions over YAML text or its data, so they can be run on bad workflows as well.
 */
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import {
  allSteps,
  isRecord,
  jobsOf,
  parseMapping,
  triggersOf,
  usesLines,
  usesOf,
  type Yaml,
} from './workflow.ts';

/** Schema errors from @action-validator/core (GitHub's workflow schema, offline), one line each. */
export function workflowSchemaErrors(source: string): string[] {
  const lines = (error: ValidationError): string[] => {
    const where = 'path' in error && error.path ? error.path : '/';
    const line = `${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`;
    const nested =
      'states' in error ? (error.states ?? []).flatMap((state) => state.errors.flatMap(lines)) : [];
    return [line, ...nested.map((text) => `  ${text}`)];
  };
  return validateWorkflow(source).errors.flatMap(lines);
}

export function usesPullRequestTarget(workflow: Yaml): boolean {
  return triggersOf(workflow).includes('pull_request_target');
}

/** Scopes granted write access (`write-all` counts as every scope). */
export function writeGrants(permissions: unknown): string[] {
  if (permissions === 'write-all') return ['write-all'];
  if (!isRecord(permissions)) return [];
  return Object.entries(permissions)
    .filter(([, access]) => access === 'write')
    .map(([scope]) => scope);
}

/** Jobs granted any write access, with what they may write. */
export function writingJobs(workflow: Yaml): Record<string, string[]> {
  return Object.fromEntries(
    jobsOf(workflow)
      .map(([name, job]) => [name, writeGrants(job['permissions'])] as const)
      .filter(([, granted]) => granted.length > 0),
  );
}

/** Jobs granted write access to `scope` (by name, or by `write-all`). */
export function jobsGranting(workflow: Yaml, scope: string): string[] {
  return Object.entries(writingJobs(workflow))
    .filter(([, grants]) => grants.includes(scope) || grants.includes('write-all'))
    .map(([name]) => name);
}

const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40}$/;

/**
 * The `uses:` that are not pinned to a full 40-hex commit SHA. Tags and branches can be moved
 * to other code; a SHA cannot. Local actions (`./…`) are part of this repository's commit.
 */
export function unpinnedUses(workflow: Yaml): string[] {
  return usesOf(workflow).filter((uses) => !uses.startsWith('./') && !PINNED.test(uses));
}

/** `uses:` lines without a trailing `# vX.Y.Z` comment naming the pinned version. */
export function usesWithoutVersionComment(source: string): string[] {
  return usesLines(source).filter((line) => !/@[0-9a-f]{40}\s+#\s*v\d+(?:\.\d+)*\s*$/.test(line));
}

/** Actions that are not GitHub's own (`actions/*`). */
export function nonOfficialActions(workflow: Yaml): string[] {
  return usesOf(workflow).filter((uses) => !uses.startsWith('./') && !uses.startsWith('actions/'));
}

/** Events through which a pull request (its code, its comments, or CI on it) can start a workflow. */
export const PULL_REQUEST_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'issue_comment',
  'workflow_run',
];

export function startableByPullRequest(workflow: Yaml): boolean {
  return triggersOf(workflow).some((event) => PULL_REQUEST_EVENTS.includes(event));
}

/** A command line that runs code from a checkout: a package manager, a runtime, a script, git. */
const RUNS_CODE =
  /(?:^|[\s;&|(])(?:npm|npx|node|yarn|pnpm|bun|deno|tsx|make|python3?|bash|sh|git|gh\s+pr\s+checkout)(?:\s|$)|(?:^|\s)\.{0,2}\/[\w./-]+/m;

/**
 * Steps that bring in or run code that is not the workflow's own: checking out (the checkout
 * action, or any local action `./…`, which needs one) and run steps starting a package
 * manager, a runtime, a repository script or git.
 */
export function stepsRunningCode(workflow: Yaml): string[] {
  return allSteps(workflow)
    .filter((step) => {
      const uses = typeof step['uses'] === 'string' ? step['uses'] : '';
      const run = typeof step['run'] === 'string' ? step['run'] : '';
      return uses.startsWith('actions/checkout@') || uses.startsWith('./') || RUNS_CODE.test(run);
    })
    .map((step) => String(step['name'] ?? step['uses'] ?? step['run']));
}

/** Text of the steps' `run` and `with.script` fields that interpolates `${{ … }}` (script injection). */
export function interpolatedScripts(workflow: Yaml): string[] {
  return allSteps(workflow)
    .flatMap((step) => {
      const inputs = isRecord(step['with']) ? step['with'] : {};
      return [step['run'], inputs['script']];
    })
    .filter((text): text is string => typeof text === 'string' && text.includes('${{'));
}

/**
 * What a workflow of this repository breaks of the rules every one of them keeps, one line per
 * problem; none for a good workflow.
 */
export function workflowProblems(source: string): string[] {
  const schema = workflowSchemaErrors(source);
  if (schema.length > 0) return schema.map((error) => `schema: ${error}`);
  const workflow = parseMapping(source);
  const problems: string[] = [];
  if (usesPullRequestTarget(workflow) || source.includes('pull_request_target'))
    problems.push('pull_request_target: never (it runs code from forks with write access)');
  const permissions = workflow['permissions'];
  if (permissions === undefined) problems.push('permissions: declare them at the top');
  else if (!isRecord(permissions)) problems.push('permissions: list them one by one');
  for (const scope of writeGrants(permissions))
    problems.push(`permissions: ${scope} is written at the top; grant it to the job that needs it`);
  for (const uses of unpinnedUses(workflow)) problems.push(`${uses}: pin it to a full commit SHA`);
  for (const line of usesWithoutVersionComment(source))
    problems.push(`${line}: say the pinned version in a comment (# vX.Y.Z)`);
  for (const uses of nonOfficialActions(workflow))
    problems.push(`${uses}: only GitHub's own actions (actions/*)`);
  return problems;
}

/** Problems with the shape of a GitHub issue form (action-validator cannot check issue forms). */
export function issueFormProblems(form: Yaml): string[] {
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
