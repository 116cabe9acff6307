/**
 * What changed in the directory, and when, from the entries' own dated fields: a tool joined
 * (`added`), its status changed (`status`, `statusDate`, `successors`), its license changed
 * (`licenseChanges`), or it was renamed or removed (`content/redirects/*.yaml`, `date`). The
 * feed and the statistics page list these, newest first; nothing is inferred from the clock.
 */
import { facetLabel, isFlaggedStatus, type License, type Status } from '../vocabulary.ts';
import { isoDay } from './dates.ts';
import { listOf } from './prose.ts';
import { compareNames } from './order.ts';
import { pushTo } from './maps.ts';
import type { Tool } from './tool-view.ts';

export type ChangeKind = 'added' | 'batch' | 'status' | 'license' | 'renamed' | 'removed';

export interface DirectoryChange {
  readonly kind: ChangeKind;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  readonly date: string;
  /** The tool the change is about, as the guide names it now (or named it, when removed). */
  readonly name: string;
  /**
   * Slug of its page: the tool's, its new one after a rename, the old slug's notice after a
   * removal; undefined for a batch of additions (the listing of all tools tells it).
   */
  readonly slug?: string | undefined;
  /** One line saying what happened ("Neptune.ai was discontinued"). */
  readonly title: string;
  /** What to know, in a sentence or two: the note, the reason, what to use instead. */
  readonly detail: string;
}

/** What the history reads of a tool. */
type Changed = Pick<
  Tool,
  | 'slug'
  | 'name'
  | 'description'
  | 'added'
  | 'license'
  | 'licenseId'
  | 'licenseChanges'
  | 'status'
  | 'statusDate'
  | 'statusNote'
  | 'successors'
>;

interface ChangedRedirect {
  /** The old slug (the file name). */
  readonly slug: string;
  readonly name: string;
  readonly to?: string | undefined;
  readonly reason: string;
  readonly instead?: readonly string[] | undefined;
  readonly date: Date;
}

/** Which of two changes on the same day comes first: the ones that ask something of the reader. */
const KIND_ORDER: Readonly<Record<ChangeKind, number>> = {
  status: 0,
  license: 1,
  removed: 2,
  renamed: 3,
  added: 4,
  batch: 4,
};

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** "Open source (Apache-2.0)". */
const licenseLabel = (license: License | undefined, id: string | undefined) =>
  `${facetLabel('license', license)}${id ? ` (${id})` : ''}`;

/** What a status change did, as a verb phrase ("was discontinued", "went dormant"). */
const STATUS_VERB: Readonly<Record<Status, string>> = {
  active: 'is active again',
  maintenance: 'moved to maintenance only',
  dormant: 'shows no recent activity',
  deprecated: 'was deprecated',
  archived: 'was archived',
  discontinued: 'was discontinued',
};

/** Every recorded change of the directory, newest first (same day: status changes first, then by name). */
export function changeHistory(
  tools: readonly Changed[],
  redirects: readonly ChangedRedirect[] = [],
): DirectoryChange[] {
  const nameOf = (slug: string) => tools.find((tool) => tool.slug === slug)?.name;
  const insteadOf = (slugs: readonly string[] | undefined) => {
    const names = (slugs ?? []).flatMap((slug) => nameOf(slug) ?? []);
    return names.length > 0 ? ` Consider ${listOf(names, 'or')} instead.` : '';
  };
  const changes: DirectoryChange[] = [];
  for (const tool of tools) {
    changes.push({
      kind: 'added',
      date: isoDay(tool.added),
      name: tool.name,
      slug: tool.slug,
      title: `${tool.name} joined the guide`,
      detail: sentence(tool.description),
    });
    if (isFlaggedStatus(tool.status) && tool.statusDate)
      changes.push({
        kind: 'status',
        date: tool.statusDate,
        name: tool.name,
        slug: tool.slug,
        title: `${tool.name} ${STATUS_VERB[tool.status]}`,
        detail: `${tool.statusNote ? sentence(tool.statusNote) : `Status: ${facetLabel('status', tool.status)}.`}${insteadOf(tool.successors)}`,
      });
    // Each change leads to the license after it: the next newer one's `from`, or the current one.
    (tool.licenseChanges ?? []).forEach((change, index, all) => {
      const newer = all[index - 1];
      const to = newer ? licenseLabel(newer.from, newer.fromId) : licenseLabel(tool.license, tool.licenseId);
      changes.push({
        kind: 'license',
        date: change.date,
        name: tool.name,
        slug: tool.slug,
        title: `${tool.name} changed its license`,
        detail: `From ${licenseLabel(change.from, change.fromId)} to ${to}.`,
      });
    });
  }
  for (const redirect of redirects) {
    const renamedTo = redirect.to ? nameOf(redirect.to) : undefined;
    changes.push(
      redirect.to
        ? {
            kind: 'renamed',
            date: isoDay(redirect.date),
            name: renamedTo ?? redirect.name,
            slug: redirect.to,
            title:
              renamedTo && renamedTo !== redirect.name
                ? `${redirect.name} is now ${renamedTo}`
                : `${redirect.name} moved to a new address`,
            detail: sentence(redirect.reason),
          }
        : {
            kind: 'removed',
            date: isoDay(redirect.date),
            name: redirect.name,
            slug: redirect.slug,
            title: `${redirect.name} left the guide`,
            detail: `${sentence(redirect.reason)}${insteadOf(redirect.instead)}`,
          },
    );
  }
  return changes.sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareNames(a, b),
  );
}

/** More additions than this on one day (a first edition, an import) are one item, not a flood. */
export const ADDITIONS_PER_DAY = 5;

/**
 * The history with each day of many additions folded into one change naming a few of them, so
 * a bulk import does not push every other change out of a feed.
 */
export function foldAdditions(
  changes: readonly DirectoryChange[],
  perDay: number = ADDITIONS_PER_DAY,
): DirectoryChange[] {
  const additionsOn = new Map<string, DirectoryChange[]>();
  for (const change of changes) if (change.kind === 'added') pushTo(additionsOn, change.date, change);
  const folded: DirectoryChange[] = [];
  for (const change of changes) {
    const sameDay = change.kind === 'added' ? (additionsOn.get(change.date) ?? []) : [];
    if (sameDay.length <= perDay) folded.push(change);
    else if (sameDay[0] === change) {
      const named = sameDay.slice(0, 3).map((addition) => addition.name);
      folded.push({
        kind: 'batch',
        date: change.date,
        name: `${sameDay.length} tools`,
        title: `${sameDay.length} tools joined the guide`,
        detail: `Among them ${listOf([...named, `${sameDay.length - named.length} more`], 'and')}.`,
      });
    }
  }
  return folded;
}
