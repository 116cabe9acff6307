/**
 * Reading a GitHub workflow: its YAML as plain data, and the parts the checks look at (triggers,
 * jobs, steps, `uses:`, run lines). Every function takes what any YAML gives and never throws on
 * a missing or misshapen part: it returns nothing for it.
 */
import { parse } from 'yaml';

export type Yaml = Record<string, unknown>;

export function isRecord(value: unknown): value is Yaml {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Parses a YAML document that must be a mapping (a workflow, an issue form). */
export function parseMapping(source: string): Yaml {
  const data: unknown = parse(source);
  if (!isRecord(data)) throw new Error('expected a YAML mapping');
  return data;
}

/** The events a workflow runs on, whichever of the three `on:` forms it uses. */
export function triggersOf(workflow: Yaml): string[] {
  const on = workflow['on'];
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((event): event is string => typeof event === 'string');
  if (isRecord(on)) return Object.keys(on);
  return [];
}

/** The `on.workflow_run` settings of a workflow. */
export function workflowRunTrigger(workflow: Yaml): Yaml | undefined {
  const on = workflow['on'];
  return isRecord(on) && isRecord(on['workflow_run']) ? on['workflow_run'] : undefined;
}

export function jobsOf(workflow: Yaml): [string, Yaml][] {
  const jobs = workflow['jobs'];
  if (!isRecord(jobs)) return [];
  return Object.entries(jobs).filter((entry): entry is [string, Yaml] => isRecord(entry[1]));
}

export function stepsOf(job: Yaml): Yaml[] {
  const steps = job['steps'];
  return Array.isArray(steps) ? steps.filter(isRecord) : [];
}

/** Every step of every job. */
export function allSteps(workflow: Yaml): Yaml[] {
  return jobsOf(workflow).flatMap(([, job]) => stepsOf(job));
}

/** Every `uses:` of a workflow: reusable workflows called by jobs and actions used by steps. */
export function usesOf(workflow: Yaml): string[] {
  return jobsOf(workflow).flatMap(([, job]) =>
    [job['uses'], ...stepsOf(job).map((step) => step['uses'])].filter(
      (uses): uses is string => typeof uses === 'string',
    ),
  );
}

/** The `uses:` lines of a workflow's text, trimmed, comment included. */
export function usesLines(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => /^\s*(?:-\s+)?uses:/.test(line))
    .map((line) => line.trim());
}

/** The `uses:` values as written, with their trailing comment (`actions/x@<sha> # v1.2.3`). */
export function usesValues(source: string): string[] {
  return usesLines(source).map((line) => line.replace(/^(?:-\s+)?uses:\s*/, ''));
}

/** Whether a run line starts `command` (the command itself, not a mention of it in an echo). */
function startsCommand(line: string, command: string): boolean {
  const trimmed = line.trim();
  return trimmed === command || trimmed.startsWith(`${command} `);
}

/** The first of `steps` whose `run:` has a line starting `command`. */
export function stepRunning(steps: readonly Yaml[], command: string): Yaml | undefined {
  return steps.find(
    (step) =>
      typeof step['run'] === 'string' && step['run'].split('\n').some((line) => startsCommand(line, command)),
  );
}

/** Whether one of `steps` runs `command` as one of its lines. */
export function runsCommand(steps: readonly Yaml[], command: string): boolean {
  return stepRunning(steps, command) !== undefined;
}

/** The `run:` scripts of some steps, one text per step. */
export function runsOf(steps: readonly Yaml[]): string[] {
  return steps.map((step) => step['run']).filter((run): run is string => typeof run === 'string');
}

/** The `env:` of a workflow, job or step (empty when it has none). */
export function envOf(node: Yaml | undefined): Yaml {
  return isRecord(node?.['env']) ? node['env'] : {};
}

/** The script of an `actions/github-script` step. */
export function scriptOf(step: Yaml | undefined): string {
  const inputs = step && isRecord(step['with']) ? step['with'] : {};
  const script = inputs['script'];
  if (typeof script !== 'string') throw new Error('expected an actions/github-script step with a script');
  return script;
}
