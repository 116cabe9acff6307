import { isoDay } from '../../../src/lib/dates.ts';
import { stringify } from 'yaml';
import { checkContent, type ContentFile, type ContentProblem } from '../../../src/lib/content-check.ts';
import { slugify } from '../../../src/lib/slug.ts';

/** Fields a contributor gives for a new tool; optional badges and facts may stay unset. */
export interface NewToolFields {
  readonly name: string;
  readonly url: string;
  readonly description: string;
  readonly category: string;
  readonly subcategory: string;
  readonly features: readonly string[];
  readonly license?: string | undefined;
  /** SPDX id of the repository's LICENSE file; needed by `open-source` and `source-available`. */
  readonly licenseId?: string | undefined;
  readonly difficulty?: string | undefined;
  readonly deployment?: string | undefined;
  readonly status?: string | undefined;
  /** When a status other than active began (`YYYY-MM-DD` or `YYYY-MM`). */
  readonly statusDate?: string | undefined;
  readonly statusNote?: string | undefined;
  readonly successors?: readonly string[] | undefined;
  readonly repo?: string | undefined;
  /** Public pages the facts come from; needed as soon as a license or a status is claimed. */
  readonly sources?: readonly string[] | undefined;
}

export interface NewResourceFields {
  readonly name: string;
  readonly url: string;
  readonly description: string;
  readonly kind: string;
  readonly author?: string | undefined;
  readonly features: readonly string[];
  readonly license?: string | undefined;
  readonly difficulty?: string | undefined;
}

export type EntryKind = 'tool' | 'resource';

export { isoDay } from '../../../src/lib/dates.ts';

function withoutEmpty(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** Keys of a new entry in the order of the schemas (and of CONTRIBUTING's field tables). */
const KEY_ORDER = [
  'name',
  'url',
  'description',
  'category',
  'subcategory',
  'kind',
  'author',
  'features',
  'license',
  'licenseId',
  'difficulty',
  'deployment',
  'status',
  'statusDate',
  'statusNote',
  'successors',
  'repo',
  'sources',
  'added',
  'reviewed',
];

function inKeyOrder(fields: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string) => {
    const index = KEY_ORDER.indexOf(key);
    return index === -1 ? KEY_ORDER.indexOf('added') - 0.5 : index;
  };
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b)));
}

/** The YAML file of a new entry, keys in the documented order, dated `today`. */
export function entryYaml(fields: NewToolFields | NewResourceFields, today: Date): string {
  const day = isoDay(today);
  // YAML 1.2 core schema writes the day unquoted, which the content loader reads as a date.
  return stringify(inKeyOrder(withoutEmpty({ ...fields, added: day, reviewed: day })), { lineWidth: 0 });
}

export interface NewEntryResult {
  readonly path: string;
  readonly text: string;
  /** Problems of the new file (or with it, such as duplicates); empty when it can be written. */
  readonly problems: ContentProblem[];
}

/**
 * Prepares a new entry next to the existing content and checks it with the same rules as the
 * build, so the scaffolder never writes a file the build would reject.
 */
export function prepareEntry(
  kind: EntryKind,
  fields: NewToolFields | NewResourceFields,
  existing: readonly ContentFile[],
  contentRoot: string,
  today: Date,
): NewEntryResult {
  const collection = kind === 'tool' ? 'tools' : 'resources';
  const fileName = `${slugify(fields.name) || 'unnamed'}.yaml`;
  const path = `${contentRoot.replace(/\/$/, '')}/${collection}/${fileName}`;
  const text = entryYaml(fields, today);
  if (existing.some((file) => file.collection === collection && file.path.endsWith(`/${fileName}`))) {
    return {
      path,
      text,
      problems: [
        {
          file: path,
          line: 1,
          field: 'name',
          message: `${path} already exists (is this entry already listed?)`,
        },
      ],
    };
  }
  const problems = checkContent([...existing, { path, collection, text }]).filter(
    (problem) => problem.file === path,
  );
  return { path, text, problems };
}
