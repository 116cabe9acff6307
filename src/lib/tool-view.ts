/**
 * The tool view: the one shape of a tool that pages, cards, comparisons, exports, the feed and
 * client scripts read. A tool's facts are what its schema gives (`src/schemas/tool.ts`) joined
 * with what machines collected (upstream facts, curated lists); the view adds what follows from
 * them, computed once per tool per build (`toolView`, called by the directory's loader): whether
 * its status is flagged, whether it ended or is unmaintained, its status warning and the license
 * of each of its parts.
 *
 * At the JSON boundary (`/tools.json`, `/data/tools/<slug>.json`) the same tool is its record
 * (`toolRecord`): dates as `YYYY-MM-DD` text and every unset fact as null. The page view keeps
 * undefined; no caller converts between the two by hand.
 */
import type { ToolData } from '../schemas/tool.ts';
import type { STATUSES } from '../vocabulary.ts';
import { isFlaggedStatus, isInactiveStatus, isUnmaintainedStatus, type Status } from '../vocabulary.ts';
import type { ListAdoption } from './curated-lists.ts';
import { statusWarning } from './entries.ts';
import { isoDayOrNull } from './dates.ts';
import { licensePartsText } from './licenses.ts';
import { latestActivity, type UpstreamView } from './upstream-view.ts';

/** What the loader joins for a tool: its entry's facts, its slug and what machines collected. */
export interface ToolFacts extends ToolData {
  /** File name without extension; the tool page lives at `/tools/<slug>/`. */
  readonly slug: string;
  /** Path of the source file, for "Edit this entry" links. */
  readonly sourcePath: string;
  /** What machines collected about its repository (`content/upstream/`), when anything. */
  readonly upstream?: UpstreamView;
  /** In how many of the curated lists it is (`content/coverage/`), when a snapshot was taken. */
  readonly curatedLists?: ListAdoption;
}

/** A tool as every page reads it: its facts and what follows from them (see the module comment). */
export interface Tool extends ToolFacts {
  /** Its status shows wherever the tool does (any known status but active; `isFlaggedStatus`). */
  readonly flagged: boolean;
  /** It ended (deprecated, archived, discontinued): listed last, never offered for new work. */
  readonly inactive: boolean;
  /** Dormant or ended: ranked and recommended after living tools. */
  readonly unmaintained: boolean;
  /** The label, icon and description its flagged status shows with; undefined when not flagged. */
  readonly warning: (typeof STATUSES)[Status] | undefined;
  /** The license of each part of a product whose parts carry different licenses; else undefined. */
  readonly licenseTerms: string | undefined;
}

/** What a tool view says of a status: its flags and warning (see `Tool`). */
export function statusFlags(
  status: Status | undefined,
): Pick<Tool, 'flagged' | 'inactive' | 'unmaintained' | 'warning'> {
  return {
    flagged: isFlaggedStatus(status),
    inactive: isInactiveStatus(status),
    unmaintained: isUnmaintainedStatus(status),
    warning: statusWarning(status),
  };
}

/** The tool view of a tool's facts, built once per tool per build by the directory's loader. */
export function toolView(facts: ToolFacts): Tool {
  return { ...facts, ...statusFlags(facts.status), licenseTerms: licensePartsText(facts) };
}

/** A tool's upstream facts in its record. */
export function upstreamRecord(view: UpstreamView | undefined) {
  if (!view) return null;
  return {
    source: view.source,
    asOf: view.asOf,
    stars: view.stars,
    archived: view.archived,
    missingSince: view.missingSince,
    latestRelease: view.latestRelease ? { tag: view.latestRelease.tag, date: view.latestRelease.date } : null,
    lastPush: view.lastPush,
    lastActivity: latestActivity(view)?.date ?? null,
    licenseId: view.licenseId,
    nameWithOwner: view.nameWithOwner,
  };
}

/**
 * A tool's record in `/tools.json` and `/data/tools/<slug>.json` (the format is documented on
 * `directoryData`): its view with every unset fact as null and dates as text (the flag and the
 * license terms as the view derived them); `page` is the absolute address of its page.
 */
export function toolRecord(
  tool: Readonly<ToolData> &
    Pick<Tool, 'slug' | 'flagged' | 'licenseTerms'> & { readonly upstream?: UpstreamView | undefined },
  page: string,
) {
  return {
    slug: tool.slug,
    name: tool.name,
    url: tool.url,
    page,
    description: tool.description,
    category: tool.category,
    subcategory: tool.subcategory,
    alsoIn: tool.alsoIn.map(({ category, subcategory }) => ({ category, subcategory })),
    features: [...tool.features],
    license: tool.license ?? null,
    licenseId: tool.licenseId ?? null,
    openCore: tool.openCore ?? null,
    licenseTerms: tool.licenseTerms ?? null,
    difficulty: tool.difficulty ?? null,
    aliases: [...tool.aliases],
    tags: [...tool.tags],
    repo: tool.repo ?? null,
    docs: tool.docs ?? null,
    deployment: tool.deployment ?? null,
    status: tool.status ?? null,
    flagged: tool.flagged,
    statusDate: tool.statusDate ?? null,
    statusNote: tool.statusNote ?? null,
    successors: [...tool.successors],
    integrates: [...tool.integrates],
    sources: [...tool.sources],
    added: isoDayOrNull(tool.added),
    reviewed: isoDayOrNull(tool.reviewed),
    upstream: upstreamRecord(tool.upstream),
    maintainer: tool.maintainer
      ? {
          name: tool.maintainer.name,
          kind: tool.maintainer.kind,
          foundation: tool.maintainer.foundation ?? null,
          maturity: tool.maintainer.maturity ?? null,
          joined: tool.maintainer.joined ?? null,
          source: tool.maintainer.source ?? null,
        }
      : null,
    languages: tool.languages
      ? {
          sdk: [...tool.languages.sdk],
          implementation: [...tool.languages.implementation],
          source: tool.languages.source ?? null,
        }
      : null,
    firstRelease: tool.firstRelease
      ? { year: tool.firstRelease.year, source: tool.firstRelease.source ?? null }
      : null,
    quickstart: tool.quickstart
      ? {
          command: tool.quickstart.command ?? null,
          url: tool.quickstart.url,
          note: tool.quickstart.note ?? null,
        }
      : null,
    pricing: tool.pricing
      ? {
          models: [...tool.pricing.models],
          url: tool.pricing.url ?? null,
          source: tool.pricing.source ?? null,
        }
      : null,
    capabilities: Object.fromEntries(
      Object.entries(tool.capabilities).map(([id, value]) => [
        id,
        { value: value.value, note: value.note ?? null, source: value.source },
      ]),
    ),
  };
}

/**
 * A tool as client scripts and exports read it: its record (dates as `YYYY-MM-DD` text, unset
 * facts as null). Modules that need part of a tool name the fields they read from this one
 * shape instead of restating it.
 */
export type ToolRecord = ReturnType<typeof toolRecord>;

/** The keys of an object whose value may be null. */
type NullableKeys<T> = { [Key in keyof T]-?: null extends T[Key] ? Key : never }[keyof T];

/**
 * A fact of a record as a page's view or a script reads it: at any depth an unset part is null
 * (the record) or undefined (the view), and a vocabulary value is just text until it is looked up.
 */
type AsRead<T> = T extends string
  ? string
  : T extends readonly (infer Item)[]
    ? readonly AsRead<Item>[]
    : T extends object
      ? { readonly [Key in Exclude<keyof T, NullableKeys<T>>]: AsRead<T[Key]> } & {
          readonly [Key in NullableKeys<T>]?: AsRead<T[Key]> | undefined;
        }
      : T;

/**
 * Part of a tool record: `Needed` fields required, `Facts` optional and read loosely (`AsRead`),
 * so a page can pass its view of a tool, and a script what it read from `/tools.json` or the
 * page, to the same function; no caller restates a field.
 */
export type ToolFields<Needed extends keyof ToolRecord, Facts extends keyof ToolRecord = never> = Readonly<
  Pick<ToolRecord, Needed>
> & { readonly [Key in Facts]?: AsRead<ToolRecord[Key]> | undefined };
