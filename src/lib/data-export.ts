import type { CategoryData } from '../schemas/category.ts';
import type { RedirectData } from '../schemas/redirect.ts';
import type { ResourceData } from '../schemas/resource.ts';
import { isoDayOrNull } from './dates.ts';
import { compareIds } from './order.ts';
import { toolRecord, type ToolRecord } from './tool-view.ts';

/**
 * `/tools.json`: the directory as data. The format is versioned: fields may be added within a
 * version; a rename, a removal, or a new value in an existing field's vocabulary (which a reader
 * checking values would reject) bumps `version`.
 *
 * Version 2 (version 1 plus the fields marked "v2"; raised because `license` gained
 * `source-available`, `open-source` now means OSI-approved, and `status` gained `dormant`,
 * `deprecated` and `discontinued`):
 * - `version` (number), `site` (absolute URL of the site)
 * - `categories[]`: `id`, `name`, `subcategories[]` (`id`, `name`, and v2 `description`: the
 *   question the subcategory answers, or null)
 * - `tools[]`: `slug`, `name`, `url`, `page` (absolute URL of its page on the site),
 *   `description`, `category`, `subcategory` (its primary category), v2 `alsoIn[]` (further
 *   categories it is listed in: `category`, `subcategory`), `features[]`, `license` and
 *   `difficulty` (a badge value or null when not rated), v2 `licenseId` (SPDX id of the main
 *   repository's license, or null), v2 `openCore` (which part is open and which is paid, or null),
 *   `aliases[]`, `tags[]`, `repo` and `docs` (URL or null), `deployment` and `status` (a value or
 *   null when unknown), v2 `statusDate` (when the status last changed: YYYY-MM-DD, or YYYY-MM
 *   when only the month is known; or null), `statusNote` (or null), `successors[]` and
 *   `integrates[]` (slugs of other tools), v2 `sources[]` (https URLs the entry's facts come
 *   from), `added` and `reviewed` (YYYY-MM-DD, `reviewed` may be null); added within v2:
 *   `upstream`, what machines collected about its repository (`content/upstream/`), or null when
 *   nothing was: `source` (`github-api` or `snapshot`, a snapshot read by a person), `asOf` (the
 *   day the facts were collected, YYYY-MM-DD), `stars` (number, or null when not collected; never
 *   guessed), `archived` (boolean, or null when not known), `missingSince` (YYYY-MM-DD since when
 *   the repository is not found, or null), `latestRelease` (`tag`, `date`: YYYY-MM-DD, YYYY-MM or
 *   null; or null), `lastPush` (YYYY-MM-DD of the last push, or of the newest commit for a
 *   snapshot; or null), `lastActivity` (the later of the latest release and the last push, or
 *   null), `licenseId` (SPDX id GitHub detected, `NOASSERTION`, or null), `nameWithOwner` (or null);
 *   the decision facts, each null when unknown: `maintainer` (`name`, `kind`: vendor, foundation,
 *   community or cloud-provider, `foundation`, `maturity`, `joined` (year), `source`; unset parts
 *   null), `languages` (`sdk[]` and `implementation[]` of lower-case language ids such as
 *   `python`, `cpp`, `source`), `firstRelease` (`year`, `source`), `quickstart` (`command`, one
 *   line or null, `url` of the official quick start, `note`), `pricing` (`models[]`: free-tier,
 *   per-seat, per-usage, contact-sales; `url` of the pricing page and `source`, each or null),
 *   `capabilities` (capability id → `value`: yes, partial or no; `note` or null; `source`): only
 *   recorded values, a capability absent from the object is not recorded (not "no")
 * - added within v2 to `tools[]`: `licenseTerms`, the license of each part of a product whose
 *   parts carry different licenses ("open core: main repository Apache-2.0, open source; server
 *   SSPL-1.0, not open source"), or null for a product under one license
 * - added within v2 to `tools[]`: `flagged` (boolean), whether its status is flagged wherever the
 *   tool shows (any known status but active), so a reader need not restate the rule
 * - added within v2 to `categories[]`: `capabilities[]` (`id`, `name`, `definition`), the
 *   category's capability model; and to `subcategories[]`: `capabilities[]`, the subcategory's own
 *   model when its job differs from the category's (empty: the category's model applies)
 * - `resources[]`: `slug`, `name`, `url`, `page`, `description`, `kind`, `author` (or null),
 *   `features[]`, `license`, `difficulty`, v2 `sources[]`, `added`, `reviewed`
 * - v2 `redirects[]`: tools that left the guide or changed slug, by `from`: `from` (the old
 *   slug), `to` (slug of the tool that replaces it, or null when it was removed), `name` (the old
 *   name), `reason`, `instead[]` (slugs of tools to use instead of a removed one), `date`
 *   (YYYY-MM-DD), `sources[]` (https URLs that show why)
 */
export const DATA_FORMAT_VERSION = 2;

/** A tool as the export reads it: its facts and slug, and its upstream facts when collected. */
type ExportedFacts = Parameters<typeof toolRecord>[0];

/** A resource as the export reads it. */
export type ExportableResource = Readonly<ResourceData> & { readonly slug: string };

/** A category as the export reads it (its intro and order are not exported). */
export type ExportableCategory = Readonly<Pick<CategoryData, 'name' | 'capabilities'>> & {
  readonly id: string;
  readonly subcategories: readonly (Pick<
    CategoryData['subcategories'][number],
    'id' | 'name' | 'description'
  > &
    Partial<Pick<CategoryData['subcategories'][number], 'capabilities'>>)[];
};

/** A redirect as the export reads it: its content plus the old slug (the file name). */
export type ExportableRedirect = Readonly<RedirectData> & { readonly slug: string };

export interface ExportableDirectory {
  readonly categories: readonly ExportableCategory[];
  readonly tools: readonly ExportedFacts[];
  readonly resources: readonly ExportableResource[];
  readonly redirects: readonly ExportableRedirect[];
}

export function directoryData(
  directory: ExportableDirectory,
  pageUrl: (kind: 'tool' | 'resource', slug: string) => string,
  site: string,
) {
  return {
    version: DATA_FORMAT_VERSION,
    site,
    categories: directory.categories.map(({ id, name, subcategories, capabilities }) => ({
      id,
      name,
      capabilities: capabilities.map((capability) => ({ ...capability })),
      subcategories: subcategories.map((sub) => ({
        id: sub.id,
        name: sub.name,
        description: sub.description ?? null,
        capabilities: (sub.capabilities ?? []).map((capability) => ({ ...capability })),
      })),
    })),
    tools: directory.tools.map((tool) => toolRecord(tool, pageUrl('tool', tool.slug))),
    resources: directory.resources.map((resource) => ({
      slug: resource.slug,
      name: resource.name,
      url: resource.url,
      page: pageUrl('resource', resource.slug),
      description: resource.description,
      kind: resource.kind,
      author: resource.author ?? null,
      features: [...resource.features],
      license: resource.license ?? null,
      difficulty: resource.difficulty ?? null,
      sources: [...resource.sources],
      added: isoDayOrNull(resource.added),
      reviewed: isoDayOrNull(resource.reviewed),
    })),
    redirects: [...directory.redirects]
      .sort((a, b) => compareIds(a.slug, b.slug))
      .map((redirect) => ({
        from: redirect.slug,
        to: redirect.to ?? null,
        name: redirect.name,
        reason: redirect.reason,
        instead: [...redirect.instead],
        date: isoDayOrNull(redirect.date),
        sources: [...redirect.sources],
      })),
  };
}

/** Stands for the tools while the rest of the document is written (no entry holds a NUL). */
const TOOLS_PLACEHOLDER = '\u0000tools\u0000';
const TOOLS_SLOT = JSON.stringify(TOOLS_PLACEHOLDER);

/**
 * The text of `/tools.json` in parts: joined, `JSON.stringify(directoryData(…), null, indent)`,
 * character for character. Each tool's record is made only when its part is asked for, so a
 * reader that writes the parts as they come never holds the whole directory's records, nor its
 * text more than once (at 10,000 tools, 14.7 MB of JSON took about 80 MB at the build's peak).
 */
export function* directoryJsonParts(
  directory: ExportableDirectory,
  pageUrl: (kind: 'tool' | 'resource', slug: string) => string,
  site: string,
  indent = 0,
): Generator<string, void, undefined> {
  const rest = directoryData({ ...directory, tools: [] }, pageUrl, site);
  // Same key, so `tools` keeps its place among the document's keys.
  const text = JSON.stringify({ ...rest, tools: TOOLS_PLACEHOLDER }, null, indent);
  const slot = text.indexOf(TOOLS_SLOT);
  yield text.slice(0, slot);
  if (directory.tools.length === 0) {
    yield '[]';
  } else {
    // Each record on lines of its own, one level deeper than the array (none when not indented).
    const lineStart = indent > 0 ? `\n${' '.repeat(2 * indent)}` : '';
    let separator = '[';
    for (const tool of directory.tools) {
      const record = JSON.stringify(toolRecord(tool, pageUrl('tool', tool.slug)), null, indent);
      yield `${separator}${lineStart}${indent > 0 ? record.replaceAll('\n', lineStart) : record}`;
      separator = ',';
    }
    yield indent > 0 ? `\n${' '.repeat(indent)}]` : ']';
  }
  yield text.slice(slot + TOOLS_SLOT.length);
}

/** The parsed `/tools.json` document. */
export type DirectoryData = ReturnType<typeof directoryData>;

/** `/data/tools/<slug>.json`: one tool's record, as in `/tools.json`, and the names it refers to. */
export interface ToolFile {
  readonly tool: ToolRecord;
  /** The names of its successors and of the tools it works with, by slug. */
  readonly names: Readonly<Record<string, string>>;
}

/**
 * Every tool's own file, from the directory's records: a page that loads one tool (compare,
 * stack builder) can show the names its record refers to without loading `/tools.json`.
 */
export function toolFiles(data: Pick<DirectoryData, 'tools'>): ToolFile[] {
  const names = new Map(data.tools.map((tool) => [tool.slug, tool.name]));
  return data.tools.map((tool) => ({
    tool,
    names: Object.fromEntries(
      [...tool.successors, ...tool.integrates].flatMap((slug) => {
        const name = names.get(slug);
        return name ? [[slug, name]] : [];
      }),
    ),
  }));
}
