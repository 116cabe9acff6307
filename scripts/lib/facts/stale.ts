/** How long an entry may go without a review before it is reported as stale. */
export const STALE_AFTER_DAYS = 365;

export interface ReviewDates {
  readonly added: Date;
  readonly reviewed?: Date | undefined;
}

/** Days since the entry was last reviewed (or added, if never reviewed). */
export function daysSinceReview(entry: ReviewDates, today: Date): number {
  const last = entry.reviewed ?? entry.added;
  return Math.floor((today.getTime() - last.getTime()) / 86_400_000);
}

/** Entries not reviewed for more than `days`, the longest-waiting first. */
export function staleEntries<T extends ReviewDates>(
  entries: readonly T[],
  today: Date,
  days = STALE_AFTER_DAYS,
): T[] {
  return entries
    .filter((entry) => daysSinceReview(entry, today) > days)
    .sort((a, b) => daysSinceReview(b, today) - daysSinceReview(a, today));
}
