/**
 * The content check: every file read as the build reads it (`content-read.ts`), validated against
 * its collection's schema, then the rules across files (`content-rules/`). `npm run validate`, the
 * build (in a worker, `src/integrations/content-check-worker.ts`) and the scripts run it.
 */
import { isMap, isNode, isPair, isScalar, isSeq } from 'yaml';
import type { z } from 'astro/zod';
import { categorySchema, type CategoryData } from '../schemas/category.ts';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import { redirectSchema, type RedirectData } from '../schemas/redirect.ts';
import { resourceSchema, type ResourceData } from '../schemas/resource.ts';
import { RULES, type Rule, type RuleContext } from './content-rules/index.ts';
import { toolSchema, type ToolData } from '../schemas/tool.ts';
import { closestMatch } from './suggest.ts';
import { readEntryData, type ParsedYaml } from './content-read.ts';

export type { CollectionName, ContentFile, ContentProblem } from './content-rules/context.ts';
import type { CollectionName, ContentFile, ContentProblem } from './content-rules/context.ts';
export {
  formatProblem,
  MAX_ALIAS_COUNT,
  readEntryData,
  type EntryData,
  type ParsedYaml,
} from './content-read.ts';

const SCHEMAS = {
  categories: categorySchema,
  tools: toolSchema,
  resources: resourceSchema,
  guides: guideSchema,
  redirects: redirectSchema,
} as const;

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
  /**
   * Called with the fields of each file that reads as YAML, as written (before any schema), and
   * as its collection's schema reads them when they pass it.
   */
  onRead?: (file: ContentFile, data: Record<string, unknown>, valid: unknown) => void,
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
    if (result.raw) onRead?.(file, result.raw.data, result.checked?.data);
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
