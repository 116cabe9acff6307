/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`) for the problems of the
 * content check, so a pull request shows each problem on the line it is on. Pure: the caller
 * decides, from its environment, whether it runs on GitHub Actions.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 */
import type { ContentProblem } from '../../../src/lib/content-check.ts';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Where an annotation points and its title; every property is optional. */
export interface AnnotationProperties {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly endLine?: number | undefined;
  readonly col?: number | undefined;
  readonly title?: string | undefined;
}

/** Whether the environment is a GitHub Actions runner (which sets `GITHUB_ACTIONS=true`). */
export function onGitHubActions(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env['GITHUB_ACTIONS'];
  return value !== undefined && value !== '' && value.toLowerCase() !== 'false';
}

/** Escapes a command's message: `%`, carriage returns and line feeds. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value: as a message, plus `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One workflow command line, `::level key=value,…::message`, with everything escaped. */
export function workflowCommand(
  level: AnnotationLevel,
  properties: AnnotationProperties,
  message: string,
): string {
  const pairs = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${level}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

/** The annotation of one content problem: an error on its file and line, titled by its field. */
export function problemAnnotation(problem: ContentProblem): string {
  return workflowCommand(
    'error',
    { file: problem.file, line: problem.line, title: `Content check: ${problem.field}` },
    problem.message,
  );
}
