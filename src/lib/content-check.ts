import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { categorySchema, type CategoryData } from '../schemas/category.ts';
import { slugIdSchema } from '../schemas/common.ts';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import { redirectSchema, type RedirectData } from '../schemas/redirect.ts';
import { resourceSchema, type ResourceData } from '../schemas/resource.ts';
import { TOOL_RULES, type ToolRuleContext } from './content-rules.ts';
import { toolSchema, type ToolData } from '../schemas/tool.ts';
import { slugify } from './slug.ts';
import { closestMatch } from './suggest.ts';
import { normalizeUrlForComparison } from './url.ts';

export type CollectionName = 'categories' | 'tools' | 'resources' | 'guides' | 'redirects';

export interface ContentFile {
  /** Path shown to the contributor, relative to the repository ("content/tools/mlflow.yaml"). */
  readonly path: string;
  readonly collection: CollectionName;
  readonly text: string;
}

export interface ContentProblem {
  readonly file: string;
  /** 1-based line the problem is on (1 when it concerns the whole file). */
  readonly line: number;
  /** Dotted path of the field ("features[2]"), or "(file)" for file-level problems. */
  readonly field: string;
  readonly message: string;
}

const SCHEMAS = {
  categories: categorySchema,
  tools: toolSchema,
  resources: resourceSchema,
  guides: guideSchema,
  redirects: redirectSchema,
} as const;

const EXTENSIONS: Record<CollectionName, string> = {
  categories: '.yaml',
  tools: '.yaml',
  resources: '.yaml',
  guides: '.mdx',
  redirects: '.yaml',
};

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

interface ParsedYaml {
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
  parsed: ParsedYaml,
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
          line: lineOf(parsed, issue.path, key),
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
        line: lineOf(parsed, issue.path),
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

function parseYaml(file: ContentFile, text: string, lineOffset: number): ParsedYaml | ContentProblem[] {
  const lineCounter = new LineCounter();
  // The timestamp tag makes unquoted YYYY-MM-DD a Date, as Astro's YAML loader (js-yaml) does.
  const document = parseDocument(text, { lineCounter, customTags: ['timestamp'], uniqueKeys: true });
  if (document.errors.length > 0) {
    // Later errors are mostly consequences of the first one, so only the first is reported.
    const [error] = document.errors;
    return [
      {
        file: file.path,
        line: (error?.linePos?.[0].line ?? 1) + lineOffset,
        field: '(yaml)',
        message: `YAML syntax error: ${error?.message.split('\n')[0] ?? 'unreadable YAML'}`,
      },
    ];
  }
  return { document, lineCounter, lineOffset };
}

function splitFrontMatter(text: string): { yaml: string; lineOffset: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  return match?.[1] === undefined ? undefined : { yaml: match[1], lineOffset: 1 };
}

function baseName(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.[^.]+$/, '');
}

interface CheckedFile<T> {
  readonly file: ContentFile;
  readonly parsed: ParsedYaml;
  readonly data: T;
}

interface FileResult {
  problems: ContentProblem[];
  /** The validated entry, when the file passed its schema. */
  checked?: CheckedFile<unknown>;
  /** The parsed but possibly invalid entry, so its references can still be checked. */
  raw?: CheckedFile<Record<string, unknown>>;
}

function checkFile(file: ContentFile): FileResult {
  const at = (message: string, field = '(file)', line = 1): ContentProblem => ({
    file: file.path,
    line,
    field,
    message,
  });
  const expected = EXTENSIONS[file.collection];
  if (!file.path.endsWith(expected)) {
    return {
      problems: [at(`unexpected file type (content/${file.collection}/ holds only ${expected} files)`)],
    };
  }
  if (file.text.trim() === '') return { problems: [at(`file is empty (expected the fields of one entry)`)] };

  let yamlText = file.text;
  let lineOffset = 0;
  if (file.collection === 'guides') {
    const frontMatter = splitFrontMatter(file.text);
    if (!frontMatter) return { problems: [at('missing front matter (expected a --- block at the top)')] };
    yamlText = frontMatter.yaml;
    lineOffset = frontMatter.lineOffset;
  }
  const parsed = parseYaml(file, yamlText, lineOffset);
  if (Array.isArray(parsed)) return { problems: parsed };
  const data: unknown = parsed.document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [at('expected a mapping of fields (key: value lines)')] };
  }
  const raw = { file, parsed, data: data as Record<string, unknown> };
  const { problems, value } = schemaProblems(file, parsed, data);
  if (value === undefined) return { problems, raw };
  return { problems, raw, checked: { file, parsed, data: value } };
}

function duplicateProblems(
  entries: readonly CheckedFile<{ name: string; url: string }>[],
  kind: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = { name: new Map<string, string>(), url: new Map<string, string>() };
  for (const entry of entries) {
    const keys = {
      name: entry.data.name.toLowerCase().replace(/\s+/g, ' '),
      url: normalizeUrlForComparison(entry.data.url),
    };
    for (const field of ['name', 'url'] as const) {
      const first = seen[field].get(keys[field]);
      if (first) {
        problems.push({
          file: entry.file.path,
          line: lineOf(entry.parsed, [field]),
          field,
          message: `duplicate ${kind} ${field}: ${first} already has ${JSON.stringify(entry.data[field])}`,
        });
      } else {
        seen[field].set(keys[field], entry.file.path);
      }
    }
  }
  return problems;
}

function slugProblems(entries: readonly CheckedFile<{ name: string }>[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    const expected = slugify(entry.data.name);
    const actual = baseName(entry.file.path);
    return actual === expected
      ? []
      : [
          {
            file: entry.file.path,
            line: lineOf(entry.parsed, ['name']),
            field: 'name',
            message: `file name "${actual}" does not match the name (expected the file to be named "${expected}.yaml")`,
          },
        ];
  });
}

function categoryProblems(categories: readonly CheckedFile<CategoryData>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const category of categories) {
    const seen = new Set<string>();
    category.data.subcategories.forEach((subcategory, index) => {
      if (seen.has(subcategory.id)) {
        problems.push({
          file: category.file.path,
          line: lineOf(category.parsed, ['subcategories', index, 'id']),
          field: `subcategories[${index}].id`,
          message: `duplicate subcategory id "${subcategory.id}" (ids must be unique within a category)`,
        });
      }
      seen.add(subcategory.id);
    });
  }
  return problems;
}

/** Subcategory ids a parsed (possibly invalid) category declares, or undefined if unreadable. */
function declaredSubcategories(data: Record<string, unknown>): string[] | undefined {
  const subcategories = data['subcategories'];
  if (!Array.isArray(subcategories)) return undefined;
  return subcategories.flatMap((subcategory: unknown) =>
    subcategory && typeof subcategory === 'object' && typeof (subcategory as { id?: unknown }).id === 'string'
      ? [(subcategory as { id: string }).id]
      : [],
  );
}

/**
 * Category references of every parsed tool, checked against every parsed category, valid or
 * not: one broken file must not make others report misleading "unknown" references.
 */
function referenceProblems(
  parsedTools: readonly CheckedFile<Record<string, unknown>>[],
  parsedCategories: readonly CheckedFile<Record<string, unknown>>[],
): ContentProblem[] {
  const byId = new Map(
    parsedCategories.map((category) => [baseName(category.file.path), declaredSubcategories(category.data)]),
  );
  const problems: ContentProblem[] = [];
  const tools = parsedTools.flatMap((tool) => {
    const { category, subcategory } = tool.data;
    // A value that is not even an id has already been reported by the schema.
    return slugIdSchema.safeParse(category).success && slugIdSchema.safeParse(subcategory).success
      ? [{ ...tool, data: { category: String(category), subcategory: String(subcategory) } }]
      : [];
  });
  for (const tool of tools) {
    if (!byId.has(tool.data.category)) {
      const suggestion = closestMatch(tool.data.category, [...byId.keys()]);
      problems.push({
        file: tool.file.path,
        line: lineOf(tool.parsed, ['category']),
        field: 'category',
        message:
          `unknown category "${tool.data.category}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}` +
          ` (expected one of: ${[...byId.keys()].sort().join(', ')})`,
      });
      continue;
    }
    const subcategoryIds = byId.get(tool.data.category);
    if (subcategoryIds && !subcategoryIds.includes(tool.data.subcategory)) {
      problems.push({
        file: tool.file.path,
        line: lineOf(tool.parsed, ['subcategory']),
        field: 'subcategory',
        message: `unknown subcategory "${tool.data.subcategory}" for category "${tool.data.category}" (expected one of: ${subcategoryIds.join(', ')})`,
      });
    }
  }
  return problems;
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
export function readCheckedContent(files: readonly ContentFile[]): CheckedContent {
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
  const ruleContext: ToolRuleContext = {
    tools: tools.map((tool) => ({
      slug: baseName(tool.file.path),
      data: tool.data,
      lineOf: (path) => lineOf(tool.parsed, path),
      file: tool.file.path,
    })),
    redirects: redirects.map((redirect) => ({
      slug: baseName(redirect.file.path),
      data: redirect.data,
      lineOf: (path) => lineOf(redirect.parsed, path),
      file: redirect.file.path,
    })),
    categories: new Map(
      categories.map((category) => [
        baseName(category.file.path),
        category.data.subcategories.map((sub) => sub.id),
      ]),
    ),
    toolSlugs: new Set(parsedTools.map((tool) => baseName(tool.file.path))),
  };
  problems.push(
    ...TOOL_RULES.flatMap((rule) => rule(ruleContext)),
    ...categoryProblems(categories),
    ...slugProblems(tools),
    ...slugProblems(resources),
    ...duplicateProblems(tools, 'tool'),
    ...duplicateProblems(resources, 'resource'),
    ...referenceProblems(parsedTools, parsedCategories),
    ...toolLinkProblems(tools, parsedTools),
    ...checklistProblems(
      files.filter((file) => file.collection === 'guides'),
      new Set(parsedTools.map((tool) => baseName(tool.file.path))),
    ),
  );
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

/** `successors` and `integrates` must name other tools of the guide. */
function toolLinkProblems(
  tools: readonly CheckedFile<ToolData>[],
  parsedTools: readonly CheckedFile<Record<string, unknown>>[],
): ContentProblem[] {
  // Any parsed tool file counts as existing, even one with problems of its own.
  const slugs = new Set(parsedTools.map((tool) => baseName(tool.file.path)));
  const problems: ContentProblem[] = [];
  for (const tool of tools) {
    const self = baseName(tool.file.path);
    for (const field of ['successors', 'integrates'] as const) {
      tool.data[field].forEach((slug, index) => {
        const wrong =
          slug === self
            ? `a tool cannot list itself`
            : slugs.has(slug)
              ? undefined
              : `unknown tool "${slug}"${((match) => (match ? ` (did you mean "${match}"?)` : ''))(closestMatch(slug, [...slugs]))} (expected the file name of a tool in content/tools/)`;
        if (wrong) {
          problems.push({
            file: tool.file.path,
            line: lineOf(tool.parsed, [field, index]),
            field: `${field}[${index}]`,
            message: wrong,
          });
        }
      });
    }
  }
  return problems;
}

/** Tools named by `<ChecklistItem tools="a b">` in guides must exist. */
function checklistProblems(guides: readonly ContentFile[], toolSlugs: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const guide of guides) {
    guide.text.split('\n').forEach((text, index) => {
      // Markdown links are not rewritten for the base path, so a site-relative one would break.
      // Inline links, reference definitions and href attributes.
      if (/\]\(\/(?!\/)|^\s*\[[^\]]+\]:\s*\/(?!\/)|\bhref=["']\/(?!\/)/.test(text)) {
        problems.push({
          file: guide.path,
          line: index + 1,
          field: '(body)',
          message:
            'site-relative link (it breaks when the site is served under a base path; name tools in the ChecklistItem tools attribute instead)',
        });
      }
      for (const match of text.matchAll(/<ChecklistItem\b[^>]*\btools="([^"]*)"/g)) {
        for (const slug of (match[1] ?? '').split(/\s+/).filter(Boolean)) {
          if (toolSlugs.has(slug)) continue;
          const suggestion = closestMatch(slug, [...toolSlugs]);
          problems.push({
            file: guide.path,
            line: index + 1,
            field: 'ChecklistItem.tools',
            message: `unknown tool "${slug}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''} (expected the file name of a tool in content/tools/)`,
          });
        }
      }
    });
  }
  return problems;
}

/** Every problem of the content; empty when the build may go ahead. */
export function checkContent(files: readonly ContentFile[]): ContentProblem[] {
  return readCheckedContent(files).problems;
}
