/** `YYYY-MM-DD` of a date in UTC: the one format of every date the site shows or exports. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
