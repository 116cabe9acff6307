/** `YYYY-MM-DD` of a date in UTC: the one format of every date the site shows or exports. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `isoDay` of a date that may be unset, null when it is: how exports write an optional date. */
export function isoDayOrNull(date: Date | undefined): string | null {
  return date ? isoDay(date) : null;
}
