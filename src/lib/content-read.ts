/**
 * Reading one content file as the build and `npm run validate` read it: its fields, or the
 * problems that keep them from being read (refused paths, forbidden characters, YAML errors,
 * impossible dates, alias bombs). No schema and no rule: the content check (`content-check.ts`)
 * adds those, and what must read files without checking them (the redirects Astro is configured
 * with, the loaders of `astro dev`) loads only this.
 */
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { load as loadYaml } from 'js-yaml';
import type { ContentFile, ContentProblem } from './content-rules/context.ts';
import { ENTRY_EXTENSIONS } from './content-files.ts';
import { mdxProblems } from './content-mdx.ts';
import { forbiddenCharacters } from './content-text.ts';

/** How many times a file may expand YAML aliases (`*name`); entries need none. */
export const MAX_ALIAS_COUNT = 100;

/** `file:line — field — what is wrong (what was expected)`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line} — ${problem.field} — ${problem.message}`;
}

export interface ParsedYaml {
  readonly document: Document;
  readonly lineCounter: LineCounter;
  /** Lines before the YAML starts in the file (front matter delimiters). */
  readonly lineOffset: number;
}

/** Calendar dates the YAML reader would move: `2026-02-30` becomes March 2 unless refused. */
function impossibleDates(document: Document, toLine: (offset: number) => number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (!(node.value instanceof Date) || node.source === undefined) return;
      const written = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(String(node.source));
      const date = node.value;
      if (
        written &&
        (Number(written[1]) !== date.getUTCFullYear() ||
          Number(written[2]) !== date.getUTCMonth() + 1 ||
          Number(written[3]) !== date.getUTCDate())
      ) {
        problems.push({
          file: '',
          line: toLine(node.range?.[0] ?? 0),
          field: '(date)',
          message: `${String(node.source)} is not a date of the calendar (expected a real day, YYYY-MM-DD)`,
        });
      }
    },
  });
  return problems;
}

/**
 * Whether the text writes a day that is not one of the calendar (2026-02-30), or a date with a
 * time, which a time zone can move: only then are the document's dates read one by one (at
 * 10,000 tools, visiting every document took a tenth of the check).
 */
function mayHoldImpossibleDate(text: string): boolean {
  for (const [, year, month, day, time] of text.matchAll(/(\d{4})-(\d{1,2})-(\d{1,2})([Tt\s]\d)?/g)) {
    if (time !== undefined) return true;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (
      date.getUTCFullYear() !== Number(year) ||
      date.getUTCMonth() + 1 !== Number(month) ||
      date.getUTCDate() !== Number(day)
    )
      return true;
  }
  return false;
}

/**
 * YAML that uses none of the features where readers differ or that the full reader guards: tags
 * (`!`), anchors and aliases (`&`, `*`) and explicit keys (`?`) where a value starts, merge keys
 * (`<<`), directives and document markers. Entries are written this way; anything else (or a
 * value that merely starts with one of those characters) takes the full reader.
 */
const UNPLAIN_YAML = /(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+|[[{,][ \t]*)[!&*?]|<<|^%|^(?:---|\.\.\.)(?:\s|$)/m;

/**
 * The fields of a plainly written entry, read by js-yaml (the reader Astro's own YAML loader
 * uses): ten times faster than the full reader, which builds a tree with every line for
 * problems. Undefined when the text is not plain, or not a valid mapping with possible dates:
 * the full reader (`parseYaml`) then reads it and says what is wrong, in its words.
 */
function plainEntryData(text: string): Record<string, unknown> | undefined {
  if (UNPLAIN_YAML.test(text) || mayHoldImpossibleDate(text)) return undefined;
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return data as Record<string, unknown>;
}

function parseYaml(file: ContentFile, text: string, lineOffset: number): ParsedYaml | ContentProblem[] {
  const lineCounter = new LineCounter();
  const at = (line: number, message: string): ContentProblem => ({
    file: file.path,
    line: line + lineOffset,
    field: '(yaml)',
    message,
  });
  let document: Document;
  try {
    // The timestamp tag makes unquoted YYYY-MM-DD a Date, as Astro's YAML loader (js-yaml) does.
    document = parseDocument(text, { lineCounter, customTags: ['timestamp'], uniqueKeys: true });
  } catch (error) {
    return [at(1, `the YAML reader gave up on this file: ${firstLine(error)} (simplify the file)`)];
  }
  // Later errors are mostly consequences of the first one, so only the first is reported.
  const [error] = document.errors;
  if (error) {
    const message =
      error.code === 'MULTIPLE_DOCS'
        ? 'more than one YAML document (a second "---" line): a file holds one entry'
        : /call stack/i.test(error.message)
          ? 'values nested too deeply for the YAML reader (an entry nests a few levels at most)'
          : `YAML syntax error: ${yamlMessage(error.message)}`;
    return [at(error.linePos?.[0].line ?? 1, message)];
  }
  const [warning] = document.warnings;
  if (warning) return [at(warning.linePos?.[0].line ?? 1, `YAML: ${yamlMessage(warning.message)}`)];
  const dates = mayHoldImpossibleDate(text)
    ? impossibleDates(document, (offset) => lineCounter.linePos(offset).line + lineOffset)
    : [];
  if (dates.length > 0) return dates.map((problem) => ({ ...problem, file: file.path }));
  return { document, lineCounter, lineOffset };
}

/** The YAML library's message without its position suffix (the problem line gives it). */
const yamlMessage = (message: string) =>
  (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';

interface FrontMatter {
  readonly yaml: string;
  readonly lineOffset: number;
  /** The MDX after the front matter, and the lines before it. */
  readonly body: string;
  readonly bodyLineOffset: number;
}

function splitFrontMatter(text: string): FrontMatter | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[^\S\r\n]*(?:\r?\n|$)/.exec(text);
  if (match?.[1] === undefined) return undefined;
  return {
    yaml: match[1],
    lineOffset: 1,
    body: text.slice(match[0].length),
    bodyLineOffset: match[0].split('\n').length - 1,
  };
}

/** A file read as YAML: its fields, or why they cannot be read. */
export interface EntryData {
  readonly problems: ContentProblem[];
  /** The YAML tree with its lines: only a problem needs them, so the tree is parsed on first use. */
  readonly parsed?: () => ParsedYaml;
  /** The fields as written, before any schema: what Astro's loaders are given. */
  readonly data?: Record<string, unknown>;
}

/**
 * Reads one content file as the build will: refused paths, forbidden characters, YAML errors
 * and warnings, impossible dates, alias expansion beyond `MAX_ALIAS_COUNT`, and anything that is
 * not a mapping of fields all become problems naming the file (never an exception).
 */
export function readEntryData(file: ContentFile): EntryData {
  const at = (message: string, field = '(file)', line = 1): ContentProblem => ({
    file: file.path,
    line,
    field,
    message,
  });
  if (file.refused) return { problems: [at(file.refused.message, '(file)', file.refused.line)] };
  const expected = ENTRY_EXTENSIONS[file.collection];
  if (!file.path.endsWith(expected)) {
    return {
      problems: [at(`unexpected file type (content/${file.collection}/ holds only ${expected} files)`)],
    };
  }
  if (file.text.trim() === '') return { problems: [at(`file is empty (expected the fields of one entry)`)] };
  const characters = forbiddenCharacters(file.text);
  if (characters.length > 0) {
    return { problems: characters.map((problem) => at(problem.message, '(text)', problem.line)) };
  }

  let yamlText = file.text;
  let lineOffset = 0;
  if (file.collection === 'guides') {
    const frontMatter = splitFrontMatter(file.text);
    if (!frontMatter) return { problems: [at('missing front matter (expected a --- block at the top)')] };
    yamlText = frontMatter.yaml;
    lineOffset = frontMatter.lineOffset;
    const mdx = mdxProblems(frontMatter.body, frontMatter.bodyLineOffset);
    if (mdx.length > 0) return { problems: mdx.map((problem) => at(problem.message, '(mdx)', problem.line)) };
  }
  const plain = plainEntryData(yamlText);
  if (plain) {
    let tree: ParsedYaml | undefined;
    const lines = () => {
      if (tree) return tree;
      const parsed = parseYaml(file, yamlText, lineOffset);
      if (Array.isArray(parsed)) throw new Error(`${file.path}: the YAML readers disagree`);
      return (tree = parsed);
    };
    return { problems: [], parsed: lines, data: plain };
  }
  const parsed = parseYaml(file, yamlText, lineOffset);
  if (Array.isArray(parsed)) return { problems: parsed };
  let data: unknown;
  try {
    data = parsed.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const aliases = error instanceof ReferenceError && /alias/i.test(firstLine(error));
    return {
      problems: [
        at(
          aliases
            ? `YAML aliases (*name) expand too often (more than ${MAX_ALIAS_COUNT}): write the values out instead`
            : `the YAML reader gave up on this file: ${firstLine(error)}`,
          '(yaml)',
        ),
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [at('expected a mapping of fields (key: value lines)')] };
  }
  return { problems: [], parsed: () => parsed, data: data as Record<string, unknown> };
}
