import {
  LineCounter,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
} from 'yaml';
import { load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { categorySchema, type CategoryData } from '../schemas/category.ts';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import { redirectSchema, type RedirectData } from '../schemas/redirect.ts';
import { resourceSchema, type ResourceData } from '../schemas/resource.ts';
import { RULES, type Rule, type RuleContext } from './content-rules/index.ts';
import { toolSchema, type ToolData } from '../schemas/tool.ts';
import { mdxProblems } from './content-mdx.ts';
import { forbiddenCharacters } from './content-text.ts';
import { closestMatch } from './suggest.ts';

export type { CollectionName, ContentFile, ContentProblem } from './content-rules/context.ts';
import type { CollectionName, ContentFile, ContentProblem } from './content-rules/context.ts';
import { ENTRY_EXTENSIONS } from './content-files.ts';

const SCHEMAS = {
  categories: categorySchema,
  tools: toolSchema,
  resources: resourceSchema,
  guides: guideSchema,
  redirects: redirectSchema,
} as const;

/** How many times a file may expand YAML aliases (`*name`); entries need none. */
export const MAX_ALIAS_COUNT = 100;

/** `file:line — field — what is wrong (what was expected)`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line} — ${problem.field} — ${problem.message}`;
}

type Path = readonly PropertyKey[];

function fieldName(path: Path): string {
  if (path.length === 0) return '(file)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(data: unknown, path: Path): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export interface ParsedYaml {
  readonly document: Document;
  readonly lineCounter: LineCounter;
  /** Lines before the YAML starts in the file (front matter delimiters). */
  readonly lineOffset: number;
}

/**
 * Line of the deepest part of `path` that exists in the document. A field is located by its
 * key (so a list is reported where its name is written); `keyOf` names a key of the map at
 * `path` instead, for unknown keys.
 */
function lineOf(parsed: ParsedYaml, path: Path, keyOf?: string): number {
  const { document, lineCounter, lineOffset } = parsed;
  const toLine = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const target = keyOf === undefined ? path : [...path, keyOf];
  for (let depth = target.length; depth > 0; depth--) {
    const parent = document.getIn(target.slice(0, depth - 1) as PropertyKey[], true);
    const key = target[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      const start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
      if (start !== undefined) return toLine(start);
    } else if (isSeq(parent) && typeof key === 'number') {
      const item: unknown = parent.items[key];
      const start = isNode(item) ? item.range?.[0] : undefined;
      if (start !== undefined) return toLine(start);
    }
  }
  const rootStart = document.contents?.range?.[0];
  return rootStart === undefined ? 1 + lineOffset : toLine(rootStart);
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, knownKeys: readonly string[]): string[] {
  const value = valueAt(data, issue.path);
  if (issue.code === 'unrecognized_keys') return issue.keys;
  if (value === undefined && issue.code === 'invalid_type') return [`is required (${issue.message})`];
  if (issue.code === 'invalid_value' || issue.code === 'invalid_format') {
    return [`${JSON.stringify(value)} is not allowed: ${issue.message}`];
  }
  void knownKeys;
  return [issue.message];
}

function schemaProblems(
  file: ContentFile,
  parsed: () => ParsedYaml,
  data: unknown,
): { problems: ContentProblem[]; value?: unknown } {
  const schema = SCHEMAS[file.collection];
  const result = schema.safeParse(data);
  if (result.success) return { problems: [], value: result.data };
  const knownKeys = Object.keys(schema.shape);
  const problems: ContentProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const parentKeys = issue.path.length === 0 ? knownKeys : keysOfNested(schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = closestMatch(key, parentKeys);
        problems.push({
          file: file.path,
          line: lineOf(parsed(), issue.path, key),
          field: fieldName([...issue.path, key]),
          message:
            `unknown field${suggestion ? ` (did you mean "${suggestion}"?)` : ''}` +
            ` (expected one of: ${parentKeys.join(', ')})`,
        });
      }
      continue;
    }
    for (const message of describeIssue(issue, data, knownKeys)) {
      problems.push({
        file: file.path,
        line: lineOf(parsed(), issue.path),
        field: fieldName(issue.path),
        message,
      });
    }
  }
  return { problems: withoutRepeats(problems) };
}

/** One problem per field and message: a URL can break several rules that all say the same. */
function withoutRepeats(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Allowed keys of a nested object schema (only subcategory entries nest objects today). */
function keysOfNested(schema: (typeof SCHEMAS)[CollectionName], path: Path): string[] {
  if (schema === categorySchema && path[0] === 'subcategories') {
    return Object.keys(categorySchema.shape.subcategories.element.shape);
  }
  return [];
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

function baseName(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.[^.]+$/, '');
}

interface CheckedFile<T> {
  readonly file: ContentFile;
  /**
   * The parsed document, read again when a rule asks for a line: kept for every file, the YAML
   * trees of 10,000 tools took most of a large build's memory.
   */
  readonly parsed: () => ParsedYaml;
  readonly data: T;
}

/** The YAML tree of a file that parsed once already, parsed again on first use. */
function reparsed(file: ContentFile): () => ParsedYaml {
  let parsed: ParsedYaml | undefined;
  return () => {
    parsed ??= readEntryData(file).parsed?.();
    if (!parsed) throw new Error(`${file.path} no longer parses`);
    return parsed;
  };
}

interface FileResult {
  problems: ContentProblem[];
  /** The validated entry, when the file passed its schema. */
  checked?: CheckedFile<unknown>;
  /** The parsed but possibly invalid entry, so its references can still be checked. */
  raw?: CheckedFile<Record<string, unknown>>;
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

function checkFile(file: ContentFile): FileResult {
  const { problems: readProblems, parsed, data } = readEntryData(file);
  if (!parsed || !data) return { problems: readProblems };
  const { problems, value } = schemaProblems(file, parsed, data);
  const lines = reparsed(file);
  const raw = { file, parsed: lines, data };
  if (value === undefined) return { problems, raw };
  return { problems, raw, checked: { file, parsed: lines, data: value } };
}

/** A valid entry of a collection: its id (the file name) and its parsed data. */
export interface ContentEntry<T> {
  readonly id: string;
  readonly path: string;
  readonly data: T;
}

export interface CheckedContent {
  /** Every problem found, sorted by file and line; the content is usable only when empty. */
  readonly problems: ContentProblem[];
  readonly categories: ContentEntry<CategoryData>[];
  readonly tools: ContentEntry<ToolData>[];
  readonly resources: ContentEntry<ResourceData>[];
  readonly guides: ContentEntry<GuideData>[];
  readonly redirects: ContentEntry<RedirectData>[];
}

/**
 * Checks every content file and the references between them, returning every problem found
 * (never stopping at the first), plus the valid entries for scripts that work on the data.
 */
export function readCheckedContent(
  files: readonly ContentFile[],
  rules: readonly Rule[] = RULES,
  /** Called with the fields of each file that reads as YAML, as written (before any schema). */
  onRead?: (file: ContentFile, data: Record<string, unknown>) => void,
): CheckedContent {
  const problems: ContentProblem[] = [];
  const valid: Record<CollectionName, CheckedFile<unknown>[]> = {
    categories: [],
    tools: [],
    resources: [],
    guides: [],
    redirects: [],
  };
  const parsedTools: CheckedFile<Record<string, unknown>>[] = [];
  const parsedCategories: CheckedFile<Record<string, unknown>>[] = [];
  for (const file of files) {
    const result = checkFile(file);
    if (result.raw) onRead?.(file, result.raw.data);
    problems.push(...result.problems);
    if (result.checked) valid[file.collection].push(result.checked);
    if (result.raw && file.collection === 'tools') parsedTools.push(result.raw);
    if (result.raw && file.collection === 'categories') parsedCategories.push(result.raw);
  }
  const categories = valid.categories as CheckedFile<CategoryData>[];
  const tools = valid.tools as CheckedFile<ToolData>[];
  const resources = valid.resources as CheckedFile<ResourceData>[];
  const guides = valid.guides as CheckedFile<GuideData>[];
  const redirects = valid.redirects as CheckedFile<RedirectData>[];
  const locate = <T>(entry: CheckedFile<T>) => ({
    slug: baseName(entry.file.path),
    file: entry.file.path,
    data: entry.data,
    ...(entry.file.addedAt === undefined ? {} : { addedAt: entry.file.addedAt }),
    lineOf: (path: readonly PropertyKey[]) => lineOf(entry.parsed(), path),
  });
  const context: RuleContext = {
    tools: tools.map(locate),
    resources: resources.map(locate),
    categories: categories.map(locate),
    redirects: redirects.map(locate),
    parsedTools: parsedTools.map(locate),
    parsedCategories: parsedCategories.map(locate),
    guideFiles: files.filter((file) => file.collection === 'guides'),
    toolSlugs: new Set(parsedTools.map((tool) => baseName(tool.file.path))),
    subcategoriesOf: new Map(
      categories.map((category) => [
        baseName(category.file.path),
        category.data.subcategories.map((sub) => sub.id),
      ]),
    ),
  };
  problems.push(...rules.flatMap((rule) => rule(context)));
  const entries = <T>(checked: readonly CheckedFile<T>[]): ContentEntry<T>[] =>
    checked.map((entry) => ({ id: baseName(entry.file.path), path: entry.file.path, data: entry.data }));
  return {
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    categories: entries(categories),
    tools: entries(tools),
    resources: entries(resources),
    guides: entries(guides),
    redirects: entries(redirects),
  };
}

/** Every problem of the content; empty when the build may go ahead. */
export function checkContent(
  files: readonly ContentFile[],
  rules: readonly Rule[] = RULES,
): ContentProblem[] {
  return readCheckedContent(files, rules).problems;
}
