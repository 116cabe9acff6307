/**
 * A URL reduced to what makes two links point at the same page, for duplicate detection:
 * case-insensitive, without "www.", trailing slashes, query or fragment.
 */
export function normalizeUrlForComparison(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/+$/, '').toLowerCase();
    return `${host}${path}`;
  } catch {
    return url.trim().toLowerCase().replace(/\/+$/, '');
  }
}

/** Hostname of a URL without "www.", for compact display ("mlflow.org"). */
export function displayHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
