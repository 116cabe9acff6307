/**
 * What every rule of the content check sees: the checked content, each entry with its file and a
 * way to find the line of any field. A rule is `(context) => problems`; `content-check.ts`
 * parses and schema-checks the files, builds the context and runs every rule of `RULES`.
 */
import type { CategoryData } from '../../schemas/category.ts';
import type { RedirectData } from '../../schemas/redirect.ts';
import type { ResourceData } from '../../schemas/resource.ts';
import type { ToolData } from '../../schemas/tool.ts';

export type { CollectionName, ContentFile } from '../content-files.ts';
import type { ContentFile } from '../content-files.ts';

export interface ContentProblem {
  readonly file: string;
  /** 1-based line the problem is on (1 when it concerns the whole file). */
  readonly line: number;
  /** Dotted path of the field ("features[2]"), or "(file)" for file-level problems. */
  readonly field: string;
  readonly message: string;
}

export interface Located<T> {
  /** The file name without extension: the entry's id. */
  readonly slug: string;
  /** Path shown to the contributor. */
  readonly file: string;
  readonly data: T;
  /** When the file entered the repository (`ContentFile.addedAt`), when known. */
  readonly addedAt?: number;
  /** 1-based line of a field path in the entry's file. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface RuleContext {
  /** Entries whose file passed its schema. */
  readonly tools: readonly Located<ToolData>[];
  readonly resources: readonly Located<ResourceData>[];
  readonly categories: readonly Located<CategoryData>[];
  readonly redirects: readonly Located<RedirectData>[];
  /** Every parsed tool and category file, valid or not: references are checked against all. */
  readonly parsedTools: readonly Located<Record<string, unknown>>[];
  readonly parsedCategories: readonly Located<Record<string, unknown>>[];
  /** The guides' raw text (MDX), checked line by line. */
  readonly guideFiles: readonly ContentFile[];
  /** Slug of every tool file, valid or not. */
  readonly toolSlugs: ReadonlySet<string>;
  /** Valid category id → its subcategory ids. */
  readonly subcategoriesOf: ReadonlyMap<string, readonly string[]>;
}

export type Rule = (context: RuleContext) => ContentProblem[];

/** A problem at a field of an entry, its name written as in the YAML (`alsoIn[0].category`). */
export function problemAt<T>(
  entry: Located<T>,
  path: readonly PropertyKey[],
  message: string,
): ContentProblem {
  const field =
    path.length === 0
      ? '(file)'
      : path
          .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
          .join('');
  return { file: entry.file, line: entry.lineOf(path), field, message };
}

export const TOOL_FILE_EXPECTED = 'expected the file name of a tool in content/tools/';
