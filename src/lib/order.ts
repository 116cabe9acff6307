/**
 * Sort orders used across the site.
 */
import { isInactiveStatus, isUnmaintainedStatus } from '../vocabulary-core.ts';

// One collator for every comparison: `localeCompare` with options builds a new one per call,
// which dominated the build time of large directories.
const nameCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** Case- and accent-insensitive comparison of display names, for stable alphabetical lists. */
export function compareNames(a: { name: string }, b: { name: string }): number {
  return nameCollator.compare(a.name, b.name);
}

/** Plain code-point order of ids (slugs are lowercase ASCII, so no collation is needed). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Listing order: tools that can still be chosen first, then those that ended (deprecated,
 * archived, discontinued), each part A to Z; a visitor meets the live options first.
 */
export function compareForListing(
  a: { name: string; status?: string | undefined },
  b: { name: string; status?: string | undefined },
): number {
  return Number(isInactiveStatus(a.status)) - Number(isInactiveStatus(b.status)) || compareNames(a, b);
}

/**
 * For the sorted orders (most adopted, most starred, recently active, newest): tools somebody
 * maintains before those gone quiet or ended (dormant, deprecated, archived, discontinued), as
 * search ranks them, so a ranking never leads with a tool nobody should pick.
 */
export function compareLiving(
  a: { status?: string | undefined },
  b: { status?: string | undefined },
): number {
  return Number(isUnmaintainedStatus(a.status)) - Number(isUnmaintainedStatus(b.status));
}
