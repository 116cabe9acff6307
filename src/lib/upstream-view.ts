/**
 * What the site shows of the upstream facts (`content/upstream/github.json`): one view per tool,
 * the orders listings and search can be sorted in (one vocabulary: values, labels, URLs, search
 * keys), and the tallies of the statistics page. Pure: records in, values out; client scripts may
 * import the sort vocabulary (the schema import is types only).
 */
import type { ToolData } from '../schemas/tool.ts';
import type { FoundRecord, SnapshotRecord, UpstreamRecord } from '../schemas/upstream.ts';
import { compareForListing, compareLiving } from './order.ts';
import { sameRepoUrl } from './upstream/repo-url.ts';

/** A day (`YYYY-MM-DD`), or a month (`YYYY-MM`) when only the month is known. */
export type DayOrMonth = string;

/** The upstream facts of one tool, as the site shows them. */
export interface UpstreamView {
  /** Where the facts come from: the GitHub API (bot), or a snapshot of the repository read by a person. */
  readonly source: 'github-api' | 'snapshot';
  /** The day the facts were collected: when the API answered, or when the snapshot was read. */
  readonly asOf: string;
  /** GitHub stars; null when not collected (snapshots never guess them). */
  readonly stars: number | null;
  /** Whether GitHub marks the repository archived; null when not known (snapshot). */
  readonly archived: boolean | null;
  /** The day the API first answered "not found" for the repository, when it does now. */
  readonly missingSince: string | null;
  readonly latestRelease: { readonly tag: string; readonly date: DayOrMonth | null } | null;
  /** Day of the last push (API) or of the newest commit on the default branch (snapshot). */
  readonly lastPush: string | null;
  /** What `lastPush` is: a push to any branch (API) or the newest commit (snapshot). */
  readonly pushKind: 'push' | 'commit';
  /** SPDX id of the license GitHub detected (`NOASSERTION`: one it could not identify). */
  readonly licenseId: string | null;
  /** `owner/name` as GitHub spells it, when known. */
  readonly nameWithOwner: string | null;
}

const day = (timestamp: string | null | undefined) => (timestamp ? timestamp.slice(0, 10) : null);

function foundView(record: FoundRecord, missingSince: string | null): UpstreamView {
  return {
    source: 'github-api',
    asOf: record.fetchedAt.slice(0, 10),
    stars: record.stars,
    archived: record.archived,
    missingSince,
    latestRelease: record.latestRelease
      ? { tag: record.latestRelease.tag, date: day(record.latestRelease.date) }
      : null,
    lastPush: day(record.pushedAt) ?? day(record.lastCommitAt),
    pushKind: record.pushedAt ? 'push' : 'commit',
    licenseId: record.licenseId,
    nameWithOwner: record.nameWithOwner,
  };
}

function snapshotView(record: SnapshotRecord, missingSince: string | null): UpstreamView {
  return {
    source: 'snapshot',
    asOf: record.readAt,
    stars: null,
    archived: null,
    missingSince,
    latestRelease: record.latestRelease
      ? { tag: record.latestRelease.tag, date: record.latestRelease.date }
      : null,
    lastPush: record.lastCommit,
    pushKind: 'commit',
    licenseId: null,
    nameWithOwner: null,
  };
}

/**
 * The view of a record. A repository the API no longer finds keeps what was known before
 * (`missingSince` says since when it is gone); with nothing known before, only that is shown.
 */
export function upstreamView(record: UpstreamRecord): UpstreamView {
  if (record.source === 'snapshot') return snapshotView(record, null);
  if (record.state === 'found') return foundView(record, null);
  const since = day(record.missingSince);
  if (record.lastKnown?.source === 'snapshot') return snapshotView(record.lastKnown, since);
  if (record.lastKnown) return foundView(record.lastKnown, since);
  return {
    source: 'github-api',
    asOf: record.fetchedAt.slice(0, 10),
    stars: null,
    archived: null,
    missingSince: since,
    latestRelease: null,
    lastPush: null,
    pushKind: 'push',
    licenseId: null,
    nameWithOwner: null,
  };
}

const GITHUB_HOSTS: ReadonlySet<string> = new Set(['github.com', 'www.github.com']);

/**
 * The views of every tool that has a record for its current `repo` (a record collected for a
 * repository the tool no longer points to is left out until the next refresh replaces it).
 */
export function upstreamViews(
  tools: readonly { readonly slug: string; readonly repo?: string | undefined }[],
  records: ReadonlyMap<string, UpstreamRecord> | Readonly<Record<string, UpstreamRecord>>,
): Map<string, UpstreamView> {
  const get = (slug: string): UpstreamRecord | undefined =>
    records instanceof Map
      ? records.get(slug)
      : Object.hasOwn(records, slug)
        ? (records as Readonly<Record<string, UpstreamRecord>>)[slug]
        : undefined;
  const views = new Map<string, UpstreamView>();
  for (const tool of tools) {
    const record = get(tool.slug);
    if (!record || !tool.repo || !sameRepoUrl(record.repo, tool.repo, GITHUB_HOSTS)) continue;
    views.set(tool.slug, upstreamView(record));
  }
  return views;
}

/** A sortable key of a day or month; a month sorts before the days of that month. */
const dateKey = (date: DayOrMonth) => (date.length === 7 ? `${date}-00` : date);

/** The latest sign of life: the latest release or the last push (commit), whichever is later. */
export function latestActivity(
  view: UpstreamView,
): { readonly date: DayOrMonth; readonly kind: 'release' | 'push' | 'commit' } | null {
  const release = view.latestRelease?.date ?? null;
  const push = view.lastPush;
  if (release && (!push || dateKey(release) > dateKey(push))) return { date: release, kind: 'release' };
  return push ? { date: push, kind: view.pushKind } : null;
}

/** Whether upstream says the repository is archived while our entry does not. */
export function archivedUpstreamOnly(view: UpstreamView | undefined, status: string | undefined): boolean {
  return view?.archived === true && status !== 'archived';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Aug 2026" for `2026-08-21` or `2026-08`: an absolute month, true whenever the page is read. */
export function monthLabel(date: DayOrMonth): string {
  const [year, month] = date.split('-');
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** `2026-08` of a day or month, for `<time datetime>`. */
export const monthOf = (date: DayOrMonth) => date.slice(0, 7);

/** One decimal at most, cut (never rounded up, so a count is never overstated): 12.3, 123. */
function cut(value: number): string {
  if (value >= 100) return String(Math.floor(value));
  return String(Math.floor(value * 10) / 10);
}

/** Stars, compact: 950, 1.2k, 12.3k, 123k, 1.2M. Truncated, never rounded up. */
export function compactStars(stars: number): string {
  if (stars < 1000) return String(stars);
  if (stars < 1_000_000) return `${cut(stars / 1000)}k`;
  return `${cut(stars / 1_000_000)}M`;
}

/** Stars in full, with thousands separators: 12,345. */
export function fullStars(stars: number): string {
  return stars.toLocaleString('en-US');
}

// ---------------------------------------------------------------------------------------------
// Sort orders: the one vocabulary of the listings, their pre-rendered pages and search.

/** The orders tools can be listed in, with their labels; the first is the default. */
export const SORT_ORDERS = {
  name: { label: 'Name', description: 'A to Z' },
  adoption: {
    label: 'Most adopted',
    description: 'by curated lists, then integrations, then stars',
  },
  stars: { label: 'Most starred', description: 'by GitHub stars, most first' },
  activity: { label: 'Recently active', description: 'by latest release or push upstream, newest first' },
  added: { label: 'Newest in the guide', description: 'by the day they joined the guide, newest first' },
} as const;

export type SortOrder = keyof typeof SORT_ORDERS;

export const SORT_VALUES = Object.keys(SORT_ORDERS) as SortOrder[];

export const DEFAULT_SORT: SortOrder = 'name';

/** Of `orders`, those with pre-rendered listings of their own (`…/sorted/<order>/`): all but the default. */
export function sortedOrders(orders: readonly SortOrder[] = SORT_VALUES): SortOrder[] {
  return orders.filter((order) => order !== DEFAULT_SORT);
}

/** The URL parameter naming an order (`?sort=stars`). */
export const SORT_PARAM = 'sort';

export function isSortOrder(value: unknown): value is SortOrder {
  return typeof value === 'string' && Object.hasOwn(SORT_ORDERS, value);
}

/** The order a URL value names; the default for none or an unknown one. */
export function parseSort(value: string | null | undefined): SortOrder {
  return isSortOrder(value) ? value : DEFAULT_SORT;
}

/**
 * The listing at `base` (a route ending in "/": `routes.tools`, `routes.category(id)`) in
 * `order`: the listing itself for the default order, else its pre-rendered `sorted/<order>/`.
 */
export function sortedHref(base: string, order: SortOrder): string {
  return order === DEFAULT_SORT ? base : `${base}sorted/${order}/`;
}

/** What sorting reads of a tool: facts of its schema and its upstream view. */
export type Sortable = Pick<ToolData, 'name' | 'status' | 'added'> & {
  readonly upstream?: UpstreamView | undefined;
};

/**
 * Maintained tools first (`compareLiving`); within each part known values first (highest first),
 * unknown ones last; ties in listing order.
 */
function byDescending<T extends Sortable>(key: (tool: T) => number | string | null) {
  return (a: T, b: T): number => {
    const living = compareLiving(a, b);
    if (living !== 0) return living;
    const left = key(a);
    const right = key(b);
    if (left !== right) {
      if (left === null) return 1;
      if (right === null) return -1;
      return left < right ? 1 : -1;
    }
    return compareForListing(a, b);
  };
}

const COMPARATORS: {
  readonly [K in Exclude<SortOrder, 'adoption'>]: (a: Sortable, b: Sortable) => number;
} = {
  name: compareForListing,
  stars: byDescending((tool) => tool.upstream?.stars ?? null),
  activity: byDescending((tool) => {
    const activity = tool.upstream ? latestActivity(tool.upstream) : null;
    return activity ? dateKey(activity.date) : null;
  }),
  added: byDescending((tool) => tool.added.getTime()),
};

/**
 * How many of `tools` have the value `order` sorts by (stars, activity date); undefined for the
 * orders every tool has a value for. Listings say it, so an order of few known values is not
 * mistaken for a ranking of all.
 */
export function sortCoverage(
  tools: readonly Sortable[],
  order: SortOrder,
): { readonly known: number; readonly total: number } | undefined {
  const has =
    order === 'stars'
      ? (tool: Sortable) => (tool.upstream?.stars ?? null) !== null
      : order === 'activity'
        ? (tool: Sortable) => tool.upstream !== undefined && latestActivity(tool.upstream) !== null
        : undefined;
  if (!has) return undefined;
  // Every page of a paginated listing asks about the same array: count it once.
  let byOrder = coverageCache.get(tools);
  if (!byOrder) coverageCache.set(tools, (byOrder = new Map()));
  let known = byOrder.get(order);
  if (known === undefined) byOrder.set(order, (known = tools.filter(has).length));
  return { known, total: tools.length };
}

const coverageCache = new WeakMap<readonly Sortable[], Map<SortOrder, number>>();

/**
 * The orders worth offering for `tools`: every order but one that no tool has a value for (no
 * star count collected yet: "Most starred" would only be A to Z under another name).
 */
export function offeredOrders(tools: readonly Sortable[]): SortOrder[] {
  return SORT_VALUES.filter((order) => sortCoverage(tools, order)?.known !== 0);
}

/**
 * The tools in `order`, a new array; stable, and total (ties fall back to the listing order). The
 * adoption order needs the whole directory's signals: `sortByAdoption` in adoption.ts.
 */
export function sortTools<T extends Sortable>(
  tools: readonly T[],
  order: Exclude<SortOrder, 'adoption'>,
): T[] {
  return [...tools].sort(COMPARATORS[order]);
}

// ---------------------------------------------------------------------------------------------
// Statistics.

/** Buckets of the time since the latest activity, by the day the facts were collected. */
export const ACTIVITY_BUCKETS = [
  { id: 'quarter', label: 'Within 3 months', maxDays: 92 },
  { id: 'year', label: '3 to 12 months before', maxDays: 366 },
  { id: 'two-years', label: '1 to 2 years before', maxDays: 731 },
  { id: 'older', label: 'More than 2 years before', maxDays: Infinity },
] as const;

export interface UpstreamSummary {
  /** Tools considered. */
  readonly tools: number;
  /** Tools with upstream facts, by where they come from. */
  readonly withFacts: number;
  readonly fromApi: number;
  readonly fromSnapshot: number;
  /** Repositories the API no longer finds. */
  readonly missing: number;
  /** Repositories archived upstream, and those of them our entry does not mark archived yet. */
  readonly archived: number;
  readonly archivedNotMarked: number;
  /** Tools whose star count is known. */
  readonly withStars: number;
  /** The oldest and newest day the facts were collected (null without facts). */
  readonly oldestAsOf: string | null;
  readonly newestAsOf: string | null;
  /** Tools by time from their latest activity to the day their facts were collected. */
  readonly activity: readonly { readonly id: string; readonly label: string; readonly value: number }[];
}

/** A day or month as epoch ms (a month counts as its last day: it may have been any of them). */
function toTime(date: DayOrMonth): number {
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return Date.UTC(year, month, 0);
  }
  return Date.parse(`${date}T00:00:00Z`);
}

const DAY_MS = 86_400_000;

/**
 * The upstream facts of the directory in numbers. Each tool's activity is measured against the
 * day its own facts were collected, so the result does not depend on the day of the build.
 */
export function summarizeUpstream(
  tools: readonly { readonly status?: string | undefined; readonly upstream?: UpstreamView | undefined }[],
): UpstreamSummary {
  const counts = new Map<string, number>(ACTIVITY_BUCKETS.map((bucket) => [bucket.id, 0]));
  let unknown = 0;
  let withFacts = 0;
  let fromApi = 0;
  let fromSnapshot = 0;
  let missing = 0;
  let archived = 0;
  let archivedNotMarked = 0;
  let withStars = 0;
  let oldestAsOf: string | null = null;
  let newestAsOf: string | null = null;
  for (const tool of tools) {
    const view = tool.upstream;
    if (!view) continue;
    withFacts++;
    if (view.source === 'snapshot') fromSnapshot++;
    else fromApi++;
    if (view.missingSince) missing++;
    if (view.archived) archived++;
    if (archivedUpstreamOnly(view, tool.status)) archivedNotMarked++;
    if (view.stars !== null) withStars++;
    if (oldestAsOf === null || view.asOf < oldestAsOf) oldestAsOf = view.asOf;
    if (newestAsOf === null || view.asOf > newestAsOf) newestAsOf = view.asOf;
    const activity = latestActivity(view);
    if (!activity) {
      unknown++;
      continue;
    }
    const days = (toTime(view.asOf) - toTime(activity.date)) / DAY_MS;
    const bucket = ACTIVITY_BUCKETS.find((candidate) => days <= candidate.maxDays) ?? ACTIVITY_BUCKETS[3];
    counts.set(bucket.id, (counts.get(bucket.id) ?? 0) + 1);
  }
  return {
    tools: tools.length,
    withFacts,
    fromApi,
    fromSnapshot,
    missing,
    archived,
    archivedNotMarked,
    withStars,
    oldestAsOf,
    newestAsOf,
    activity: [
      ...ACTIVITY_BUCKETS.map((bucket) => ({
        id: bucket.id,
        label: bucket.label,
        value: counts.get(bucket.id) ?? 0,
      })),
      { id: 'unknown', label: 'No date known', value: unknown },
    ],
  };
}
