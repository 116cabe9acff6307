/**
 * The directory's lifecycle rule applied to the upstream dates a tool page shows beside its
 * status badge, so the two never contradict each other: "active" means a release or commit in
 * the twelve months before the upstream facts were collected, "dormant" means none. The entry
 * may carry a sourced reason for a difference (`activityNote`). Pure; measured against the day
 * the facts were collected, so a page reads the same whatever day it is built.
 */
import type { ToolData } from '../schemas/tool.ts';
import { latestActivity, type DayOrMonth, type UpstreamView } from './upstream-view.ts';

export type StatusAgreement =
  | { readonly kind: 'agrees' }
  | { readonly kind: 'explained'; readonly note: string; readonly source: string }
  | {
      readonly kind: 'disagrees';
      /** The status the rule gives for these dates. */
      readonly expected: 'active' | 'dormant';
      /** The latest release or commit upstream (null: none known). */
      readonly lastActivity: DayOrMonth;
      /** The day the dates were collected. */
      readonly asOf: string;
    };

/** The last moment a day or month stands for ("2026-09" is all of September). */
function endOf(date: DayOrMonth): number {
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return Date.UTC(year, month, 1) - 1;
  }
  return Date.parse(`${date}T23:59:59Z`);
}

/** The same day one year before (29 February goes to 1 March). */
function yearBefore(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year - 1, month - 1, date);
}

/**
 * Whether the status and the upstream dates follow the same rule. Only `active` and `dormant`
 * are about dates; the other statuses come from announcements and are never contradicted by them.
 */
export function statusAgreement(
  tool: {
    readonly status?: string | undefined;
    readonly activityNote?: ToolData['activityNote'] | undefined;
  },
  view: UpstreamView | undefined,
): StatusAgreement {
  if (!view || view.missingSince || (tool.status !== 'active' && tool.status !== 'dormant'))
    return { kind: 'agrees' };
  // Without a commit or push date, a release date alone cannot show that nothing happened since.
  if (!view.lastPush) return { kind: 'agrees' };
  const activity = latestActivity(view);
  if (!activity) return { kind: 'agrees' };
  // A release known only by its month counts to the month's end, even beside a commit day of
  // the same month that `latestActivity` names as the later.
  const release = view.latestRelease?.date;
  const lastSign = Math.max(endOf(view.lastPush), release ? endOf(release) : 0);
  const recent = lastSign >= yearBefore(view.asOf);
  const expected = recent ? 'active' : 'dormant';
  if (expected === tool.status) return { kind: 'agrees' };
  if (tool.activityNote) return { kind: 'explained', ...tool.activityNote };
  return { kind: 'disagrees', expected, lastActivity: activity.date, asOf: view.asOf };
}

/**
 * Why a release can be newer than the newest commit shown: the commit is the default branch's,
 * while releases are often cut from release branches or read at another time. Undefined when
 * the dates do not look contradictory.
 */
export function releaseAfterCommitNote(view: UpstreamView): string | undefined {
  const release = view.latestRelease?.date;
  if (!release || !view.lastPush || view.pushKind !== 'commit') return undefined;
  const releaseKey = release.length === 7 ? `${release}-01` : release;
  if (releaseKey <= view.lastPush) return undefined;
  return 'The release is newer than the newest commit read on the default branch: releases are published from release branches and tags, and the two dates may have been read at different times.';
}
