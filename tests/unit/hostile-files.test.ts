/**
 * The content check against broken and malicious files (`tests/fixtures/hostile/`, plus the
 * cases that only a file system can hold: links, folders, an oversized file). Each case is added
 * alone to a copy of the fixture content: the check must name that file, say what to do, leave
 * every other file alone, and never throw. The valid-style files must pass and read as the plain
 * entry does, whatever their quoting, lists, line endings or final newline.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readContentFiles } from '../../src/lib/content-files.ts';
import {
  checkContent,
  formatProblem,
  readCheckedContent,
  type ContentProblem,
} from '../../src/lib/content-check.ts';
import { SITE_RULES } from '../../src/lib/content-rules/index.ts';

const FIXTURE_CONTENT = resolve('tests/fixtures/content');
const HOSTILE = resolve('tests/fixtures/hostile');
const hostile = (name: string) => readFileSync(join(HOSTILE, name));

interface HostileCase {
  readonly name: string;
  /** Adds the case to a copy of the fixture content; returns the path blamed, relative to it. */
  readonly add: (content: string) => string;
  readonly field: string;
  readonly message: RegExp;
}

/** Writes a corpus file as the new tool `hostile-tool.yaml`. */
const asTool =
  (corpusFile: string) =>
  (content: string): string => {
    writeFileSync(join(content, 'tools', 'hostile-tool.yaml'), hostile(corpusFile));
    return 'tools/hostile-tool.yaml';
  };
/** Writes a corpus file under its own name, in `collection`. */
const asIs =
  (corpusFile: string, collection = 'tools') =>
  (content: string): string => {
    writeFileSync(join(content, collection, corpusFile), hostile(corpusFile));
    return `${collection}/${corpusFile}`;
  };

const CASES: readonly HostileCase[] = [
  {
    name: 'alias bomb',
    add: asTool('alias-bomb.yaml'),
    field: '(yaml)',
    message: /aliases .* expand too often/,
  },
  { name: 'NUL byte', add: asTool('nul-byte.yaml'), field: '(text)', message: /control character U\+0000/ },
  { name: 'bell character', add: asTool('bell-character.yaml'), field: '(text)', message: /U\+0007/ },
  {
    name: 'a date the calendar lacks',
    add: asTool('impossible-date.yaml'),
    field: '(date)',
    message: /2026-02-30 is not a date of the calendar/,
  },
  { name: 'invalid UTF-8', add: asTool('invalid-utf8.yaml'), field: '(file)', message: /not valid UTF-8/ },
  {
    name: 'right-to-left override in the name',
    add: asTool('right-to-left-override.yaml'),
    field: '(text)',
    message: /U\+202E RIGHT-TO-LEFT OVERRIDE/,
  },
  {
    name: 'zero-width space in the name',
    add: asTool('zero-width-space.yaml'),
    field: '(text)',
    message: /U\+200B ZERO WIDTH SPACE/,
  },
  {
    name: 'replacement character',
    add: asTool('replacement-character.yaml'),
    field: '(text)',
    message: /damaged by a conversion/,
  },
  {
    name: 'two YAML documents',
    add: asTool('multiple-documents.yaml'),
    field: '(yaml)',
    message: /more than one YAML document/,
  },
  { name: 'syntax error', add: asTool('syntax-error.yaml'), field: '(yaml)', message: /^YAML syntax error/ },
  { name: 'a key written twice', add: asTool('duplicate-key.yaml'), field: '(yaml)', message: /unique/i },
  {
    name: 'an unknown tag',
    add: asTool('unknown-tag.yaml'),
    field: '(yaml)',
    message: /Unresolved tag: !shell/,
  },
  { name: 'a binary value', add: asTool('binary-tag.yaml'), field: 'description', message: /expected text/ },
  {
    name: 'a list, not fields',
    add: asTool('top-level-list.yaml'),
    field: '(file)',
    message: /mapping of fields/,
  },
  {
    name: 'a __proto__ key',
    add: asTool('prototype-key.yaml'),
    field: '__proto__',
    message: /unknown field/,
  },
  {
    name: 'nesting 5,000 deep',
    add: asTool('deep-nesting.yaml'),
    field: '(yaml)',
    message: /nested too deeply/,
  },
  {
    name: 'only a comment',
    add: asTool('only-comments.yaml'),
    field: '(file)',
    message: /mapping of fields/,
  },
  {
    name: 'a .yml file',
    add: asIs('wrong-extension.yml'),
    field: '(file)',
    message: /holds only \.yaml files/,
  },
  {
    name: 'a hidden entry',
    add: asIs('.hidden-tool.yaml'),
    field: '(file)',
    message: /hidden file is never built/,
  },
  {
    name: 'an empty file',
    add: (content) => {
      writeFileSync(join(content, 'tools', 'hostile-tool.yaml'), '\n');
      return 'tools/hostile-tool.yaml';
    },
    field: '(file)',
    message: /file is empty/,
  },
  {
    name: 'an oversized file',
    add: (content) => {
      const padding = `# ${'x'.repeat(200)}\n`.repeat(Math.ceil(MAX_FILE_BYTES.tools / 200));
      writeFileSync(join(content, 'tools', 'hostile-tool.yaml'), `${hostile('valid-quoted.yaml')}${padding}`);
      return 'tools/hostile-tool.yaml';
    },
    field: '(file)',
    message: /over the limit of 64 KB/,
  },
  {
    name: 'a symbolic link out of the tree',
    add: (content) => {
      symlinkSync('/etc/hostname', join(content, 'tools', 'hostile-tool.yaml'));
      return 'tools/hostile-tool.yaml';
    },
    field: '(file)',
    message: /symbolic link/,
  },
  {
    name: 'a symbolic link to a folder',
    add: (content) => {
      symlinkSync(join(content, 'resources'), join(content, 'tools', 'more'));
      return 'tools/more';
    },
    field: '(file)',
    message: /symbolic link/,
  },
  {
    name: 'a tool file in a subfolder',
    add: (content) => {
      mkdirSync(join(content, 'tools', 'serving'));
      writeFileSync(join(content, 'tools', 'serving', 'hostile-tool.yaml'), hostile('valid-quoted.yaml'));
      return 'tools/serving';
    },
    field: '(file)',
    message: /folder inside content\/tools\/.*nothing in a subfolder is ever built/,
  },
  {
    name: 'a folder named like an entry',
    add: (content) => {
      mkdirSync(join(content, 'tools', 'hostile-tool.yaml'));
      return 'tools/hostile-tool.yaml';
    },
    field: '(file)',
    message: /folder inside content\/tools\//,
  },
  {
    name: 'a redirect that expands aliases',
    add: (content) => {
      const bomb = hostile('alias-bomb.yaml').toString().split('\n').slice(0, 5).join('\n');
      writeFileSync(join(content, 'redirects', 'old-tool.yaml'), `${bomb}\nname: Old\nreason: Gone.\n`);
      return 'redirects/old-tool.yaml';
    },
    field: '(yaml)',
    message: /aliases/,
  },
  {
    name: 'a guide with a right-to-left override',
    add: (content) => {
      const guide = readFileSync(join(content, 'guides', 'common-pitfalls.mdx'), 'utf8');
      writeFileSync(join(content, 'guides', 'common-pitfalls.mdx'), guide.replace('\n\n', '\n\u202e\n'));
      return 'guides/common-pitfalls.mdx';
    },
    field: '(text)',
    message: /RIGHT-TO-LEFT OVERRIDE/,
  },
  {
    name: 'a guide with an unclosed component',
    add: (content) => {
      const path = join(content, 'guides', 'common-pitfalls.mdx');
      writeFileSync(path, readFileSync(path, 'utf8').replace('</ChecklistItem>', ''));
      return 'guides/common-pitfalls.mdx';
    },
    field: '(mdx)',
    message: /^MDX syntax error: Expected a closing tag for `<ChecklistItem>`/,
  },
  {
    name: 'a guide that imports a module',
    add: (content) => {
      const path = join(content, 'guides', 'common-pitfalls.mdx');
      writeFileSync(path, readFileSync(path, 'utf8').replace('\n\n', "\n\nimport fs from 'node:fs';\n\n"));
      return 'guides/common-pitfalls.mdx';
    },
    field: '(mdx)',
    message: /import or export in a guide/,
  },
  {
    name: 'a guide with an expression',
    add: (content) => {
      const path = join(content, 'guides', 'common-pitfalls.mdx');
      writeFileSync(path, readFileSync(path, 'utf8').replace('\n\n', '\n\n{process.exit(1)}\n\n'));
      return 'guides/common-pitfalls.mdx';
    },
    field: '(mdx)',
    message: /expression would run as code/,
  },
  {
    name: 'a guide with an unknown component',
    add: (content) => {
      const path = join(content, 'guides', 'common-pitfalls.mdx');
      writeFileSync(path, readFileSync(path, 'utf8').replace('\n\n', '\n\n<Script src="x" />\n\n'));
      return 'guides/common-pitfalls.mdx';
    },
    field: '(mdx)',
    message: /unknown component <Script>/,
  },
  {
    name: 'a duplicate whose name sorts before the entry it copies',
    add: (content) => {
      const copy = readFileSync(join(content, 'tools', 'bentoml.yaml'), 'utf8').replace(
        'https://bentoml.com/',
        'https://bentoml.example/',
      );
      writeFileSync(join(content, 'tools', 'a-bentoml-copy.yaml'), copy);
      return 'tools/a-bentoml-copy.yaml';
    },
    field: 'name',
    message: /duplicate tool name: .*tools\/bentoml\.yaml already has "BentoML"/,
  },
];

const VALID_STYLES = [
  'valid-crlf.yaml',
  'valid-no-final-newline.yaml',
  'valid-flow-lists.yaml',
  'valid-quoted.yaml',
  'valid-byte-order-mark.yaml',
  'valid-block-lists.yaml',
];

const workDir = mkdtempSync(join(tmpdir(), 'mlops-hostile-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A fresh copy of the fixture content, older than anything a case adds to it. */
function freshContent(name: string): string {
  const content = join(workDir, name.replace(/[^a-z0-9]+/gi, '-'));
  cpSync(FIXTURE_CONTENT, content, { recursive: true, preserveTimestamps: true });
  return content;
}

const relativeTo = (content: string, problem: ContentProblem) =>
  relative(content, resolve(problem.file)).split('\\').join('/');

describe('a hostile file is refused by name, with what to do, and nothing else is blamed', () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    const content = freshContent(testCase.name);
    const blamed = testCase.add(content);
    let problems: ContentProblem[] = [];
    expect(() => {
      problems = checkContent(readContentFiles(content), SITE_RULES);
    }).not.toThrow();
    expect(
      problems.map((problem) => relativeTo(content, problem)),
      problems.map(formatProblem).join('\n'),
    ).toEqual(problems.map(() => blamed));
    const match = problems.find(
      (problem) => problem.field === testCase.field && testCase.message.test(problem.message),
    );
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    for (const problem of problems) expect(formatProblem(problem)).not.toMatch(/\n|\bat .*:\d+:\d+\)?$/);
  });
});

describe('a valid entry passes whatever its style', () => {
  const plain = (() => {
    const content = freshContent('plain');
    writeFileSync(join(content, 'tools', 'hostile-tool.yaml'), hostile('valid-quoted.yaml'));
    return readCheckedContent(readContentFiles(content), SITE_RULES).tools.find(
      (tool) => tool.id === 'hostile-tool',
    )?.data;
  })();

  it('reads the plain entry', () => expect(plain?.name).toBe('Hostile Tool'));

  it.each(VALID_STYLES)('%s', (file) => {
    const content = freshContent(file);
    writeFileSync(join(content, 'tools', 'hostile-tool.yaml'), hostile(file));
    const checked = readCheckedContent(readContentFiles(content), SITE_RULES);
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(checked.tools.find((tool) => tool.id === 'hostile-tool')?.data).toEqual(plain);
  });
});
