/**
 * GitHub workflow commands for content problems (scripts/lib/annotations/github-annotations.ts), escaped the
 * way the runner unescapes them. `npm run validate` printing them on GitHub Actions, and only
 * there, is tested by running the script: tests/integration/diff-content.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import {
  escapeData,
  escapeProperty,
  onGitHubActions,
  problemAnnotation,
  workflowCommand,
} from '../../scripts/lib/annotations/github-annotations.ts';
import { toolWith, validFiles } from '../helpers/fixtures.ts';

/** What the runner does to a property or message before showing it. */
function unescape(text: string): string {
  return text
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%');
}

describe('escaping', () => {
  it('escapes %, CR and LF in a message, % first so nothing is escaped twice', () => {
    expect(escapeData('100% sure\r\nnext %0A')).toBe('100%25 sure%0D%0Anext %250A');
    expect(unescape(escapeData('100% sure\r\nnext %0A'))).toBe('100% sure\r\nnext %0A');
  });

  it('also escapes : and , in a property, which would end it', () => {
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    expect(escapeData('a:b,c')).toBe('a:b,c');
  });
});

describe('workflowCommand', () => {
  it('writes ::level key=value,…::message with every part escaped', () => {
    expect(
      workflowCommand('error', { file: 'content/tools/a,b.yaml', line: 3, title: 'x: y' }, 'bad: 50%\nsee'),
    ).toBe('::error file=content/tools/a%2Cb.yaml,line=3,title=x%3A y::bad: 50%25%0Asee');
  });

  it('leaves out properties that are not given', () => {
    expect(workflowCommand('warning', { file: undefined, line: 1 }, 'm')).toBe('::warning line=1::m');
    expect(workflowCommand('notice', {}, 'm')).toBe('::notice::m');
  });

  it('cannot be ended early, or start a second command, by the text it carries', () => {
    const command = workflowCommand('error', { title: 'a::b,c=d' }, 'x\n::set-output name=y::z');
    expect(command.split('\n')).toHaveLength(1);
    expect(command).toBe('::error title=a%3A%3Ab%2Cc=d::x%0A::set-output name=y::z');
  });
});

describe('problemAnnotation', () => {
  it('puts a content problem on its file and line, titled by its field', () => {
    const files = validFiles().map((file) =>
      file.path === 'content/tools/bentoml.yaml'
        ? { ...file, text: toolWith('license', 'license: gratis') }
        : file,
    );
    const [problem] = checkContent(files);
    expect(problem).toBeDefined();
    if (!problem) return;
    expect(problemAnnotation(problem)).toBe(
      `::error file=content/tools/bentoml.yaml,line=9,title=Content check%3A license::${escapeData(problem.message)}`,
    );
    expect(problem.message).toContain('"gratis" is not allowed');
  });
});

describe('onGitHubActions', () => {
  it('is true when the runner sets GITHUB_ACTIONS, false otherwise', () => {
    expect(onGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(onGitHubActions({ GITHUB_ACTIONS: '1' })).toBe(true);
    expect(onGitHubActions({})).toBe(false);
    expect(onGitHubActions({ GITHUB_ACTIONS: '' })).toBe(false);
    expect(onGitHubActions({ GITHUB_ACTIONS: 'false' })).toBe(false);
  });
});
