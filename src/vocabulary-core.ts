/**
 * The few vocabulary values browser code needs, apart from vocabulary.ts: that module computes
 * its value lists at load time, so importing anything from it would ship every label and
 * description to the browser. vocabulary.ts re-exports these; nothing else declares them.
 */

/** The value a filter or URL uses for "this entry has no value for this facet". */
export const MISSING_VALUE = 'not-rated';

/** Statuses that mean "do not start something new with it": flagged wherever the tool shows. */
export const INACTIVE_STATUSES = ['deprecated', 'archived', 'discontinued'] as const;

/**
 * The statuses rules, each written once: pages, cards, search results, the feed, exports, the
 * stack builder, comparisons and the pull request comment ask these, never the values themselves.
 * A status is read as text (a page's view, a `/tools.json` record, a search record), unset as
 * null or undefined.
 */
type StatusText = string | null | undefined;

/** Whether a status is flagged wherever the tool shows: any known status but active. */
export function isFlaggedStatus(status: StatusText): status is string {
  return !!status && status !== 'active' && status !== MISSING_VALUE;
}

/** Whether a status means the tool ended: not to be chosen for new work (see `INACTIVE_STATUSES`). */
export function isInactiveStatus(status: StatusText): boolean {
  return (INACTIVE_STATUSES as readonly StatusText[]).includes(status);
}

/** Whether nobody maintains the tool (dormant) or it ended: ranked and recommended after living ones. */
export function isUnmaintainedStatus(status: StatusText): boolean {
  return status === 'dormant' || isInactiveStatus(status);
}

/**
 * Whether the tool is only kept in maintenance (fixes, no features): offered after the active
 * tools by shortlists and the stack builder, and never as the place to start.
 */
export function isMaintenanceOnlyStatus(status: StatusText): boolean {
  return status === 'maintenance';
}
