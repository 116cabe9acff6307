/**
 * The pure half of `npm run check:links` (scripts/check-links.ts): which links an entry has,
 * what a check outcome means, and how the results are reported. No network, no file system.
 */

/** The fields of tools and resources that hold a link worth checking. */
export const LINK_FIELDS = ['url', 'repo', 'docs'] as const;

/**
 * The facts that cite a page of their own (`source`, or the list `sources`): every one of those
 * URLs is checked too, since a fact is only as good as the page that still says it.
 */
const SOURCE_FIELDS = ['maintainer', 'languages', 'firstRelease', 'activityNote'] as const;
const SOURCE_LISTS = ['history', 'licenseParts'] as const;

/** The field a link is written in: `url`, `sources[2]`, `history[0].source`, `capabilities.grpc-api.source`. */
export type LinkField = string;

/** One link of one entry. */
export interface LinkRef {
  /** Content file the link is written in ("content/tools/mlflow.yaml"). */
  readonly file: string;
  readonly field: LinkField;
  readonly url: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** What checking a URL gave: an HTTP status (after redirects), or an error before any response. */
export type LinkOutcome =
  | { readonly kind: 'response'; readonly status: number }
  | { readonly kind: 'error'; readonly message: string };

/** `alive`: 2xx/3xx; `rate-limited`: 429, not counted dead; `dead`: anything else. */
export type LinkVerdict = 'alive' | 'rate-limited' | 'dead';

export interface LinkResult extends LinkRef {
  readonly outcome: LinkOutcome;
  readonly verdict: LinkVerdict;
}

/**
 * The links of one parsed entry (the value `yaml`'s `parse` returns), in field order. Fields
 * that are missing or not text are skipped: the content check reports those, not this.
 */
export function collectLinks(file: string, data: unknown): LinkRef[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const links: LinkRef[] = [];
  const push = (field: string, value: unknown) => {
    const url = text(value);
    if (url) links.push({ file, field, url });
  };
  for (const field of LINK_FIELDS) push(field, record[field]);
  const sources = record['sources'];
  if (Array.isArray(sources)) sources.forEach((url, index) => push(`sources[${index}]`, url));
  for (const field of SOURCE_FIELDS) {
    const fact = record[field];
    if (isRecord(fact)) push(`${field}.source`, fact['source']);
  }
  for (const field of SOURCE_LISTS) {
    const list = record[field];
    if (Array.isArray(list))
      list.forEach((item, index) => {
        if (isRecord(item)) push(`${field}[${index}].source`, item['source']);
      });
  }
  const capabilities = record['capabilities'];
  if (isRecord(capabilities))
    for (const [id, value] of Object.entries(capabilities))
      if (isRecord(value)) push(`capabilities.${id}.source`, value['source']);
  return links;
}

/** The parts of a GitHub file or folder link: `https://github.com/o/n/blob/<ref>/<path>`. */
export function githubFileLink(
  url: string,
):
  | { readonly repo: string; readonly kind: 'blob' | 'tree'; readonly ref: string; readonly path: string }
  | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.hostname !== 'github.com' && parsed.hostname !== 'www.github.com') return undefined;
  const match = /^\/([^/]+)\/([^/]+)\/(blob|tree)\/([^/]+)(?:\/(.*))?$/.exec(parsed.pathname);
  if (!match) return undefined;
  const [, owner = '', name = '', kind, ref = '', path = ''] = match;
  return { repo: `${owner}/${name}`.toLowerCase(), kind: kind === 'tree' ? 'tree' : 'blob', ref, path };
}

/** Branch names that only ever mean "the default branch": a link on one that is not, is stale. */
const DEFAULT_BRANCH_NAMES: ReadonlySet<string> = new Set([
  'master',
  'main',
  'trunk',
  'develop',
  'development',
]);

/**
 * The GitHub file and folder links written on a default-branch name that is not the
 * repository's default branch any more (`blob/master/…` once it is `main`): they may redirect
 * today, or point at a file deleted years ago. Commit and tag links are left alone (they hold);
 * repositories whose default branch is not known (`defaultBranches`, by lower-case `owner/name`)
 * are skipped.
 */
export function offDefaultBranch(
  links: readonly LinkRef[],
  defaultBranches: ReadonlyMap<string, string>,
): (LinkRef & { readonly ref: string; readonly defaultBranch: string })[] {
  return links.flatMap((link) => {
    const file = githubFileLink(link.url);
    if (!file || !DEFAULT_BRANCH_NAMES.has(file.ref)) return [];
    const defaultBranch = defaultBranches.get(file.repo);
    return defaultBranch && defaultBranch !== file.ref ? [{ ...link, ref: file.ref, defaultBranch }] : [];
  });
}

/** Each URL once, in first-seen order, so a URL shared by several entries is fetched once. */
export function uniqueUrls(links: readonly LinkRef[]): string[] {
  return [...new Set(links.map((link) => link.url))];
}

/** The verdict for an HTTP status. */
export function classifyStatus(status: number): LinkVerdict {
  if (status >= 200 && status < 400) return 'alive';
  if (status === 429) return 'rate-limited';
  return 'dead';
}

/** The verdict for an outcome: network errors and timeouts are dead. */
export function classifyOutcome(outcome: LinkOutcome): LinkVerdict {
  return outcome.kind === 'response' ? classifyStatus(outcome.status) : 'dead';
}

/** Whether a HEAD answer should be retried as GET (servers that refuse or forbid HEAD). */
export function shouldRetryWithGet(status: number): boolean {
  return status === 403 || status === 405 || status === 501;
}

/** The status column: "200", "404", "429 (rate limited, not counted dead)", "error: …". */
export function describeOutcome(outcome: LinkOutcome): string {
  if (outcome.kind === 'error') return `error: ${outcome.message}`;
  if (outcome.status === 429) return '429 (rate limited, not counted dead)';
  return String(outcome.status);
}

/** Pairs every link with the outcome of its URL. */
export function resultsFor(
  links: readonly LinkRef[],
  outcomes: ReadonlyMap<string, LinkOutcome>,
): LinkResult[] {
  return links.map((link) => {
    const outcome: LinkOutcome = outcomes.get(link.url) ?? { kind: 'error', message: 'not checked' };
    return { ...link, outcome, verdict: classifyOutcome(outcome) };
  });
}

export interface LinkSummary {
  readonly total: number;
  readonly alive: number;
  readonly rateLimited: number;
  readonly dead: number;
}

export function summarize(results: readonly LinkResult[]): LinkSummary {
  const count = (verdict: LinkVerdict) => results.filter((result) => result.verdict === verdict).length;
  return {
    total: results.length,
    alive: count('alive'),
    rateLimited: count('rate-limited'),
    dead: count('dead'),
  };
}

/** Text safe inside a Markdown table cell: no pipes, no line breaks, no stray backticks. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/`/g, "'");
}

function markdownTable(results: readonly LinkResult[]): string[] {
  return [
    '| File | Field | URL | Status |',
    '| --- | --- | --- | --- |',
    ...results.map(
      (result) =>
        `| \`${cell(result.file)}\` | ${cell(result.field)} | ${cell(result.url)} | ${cell(describeOutcome(result.outcome))} |`,
    ),
  ];
}

export interface ReportOptions {
  /** When the check ran, shown in the report ("2025-06-19T08:00:00Z"). */
  readonly checkedAt: string;
  /** GitHub links not on the repository's default branch (`offDefaultBranch`). */
  readonly offDefault?: readonly (LinkRef & { readonly ref: string; readonly defaultBranch: string })[];
}

/**
 * The Markdown report (the body of the "Dead links report" issue): dead links first, then
 * rate-limited ones, which are listed but not counted dead.
 */
export function renderMarkdownReport(results: readonly LinkResult[], options: ReportOptions): string {
  const summary = summarize(results);
  const dead = results.filter((result) => result.verdict === 'dead');
  const limited = results.filter((result) => result.verdict === 'rate-limited');
  const lines = [
    '# Dead links report',
    '',
    `Checked ${summary.total} link(s) of tools and resources on ${options.checkedAt}: ` +
      `${summary.alive} alive, ${summary.dead} dead, ${summary.rateLimited} rate limited.`,
    '',
  ];
  if (dead.length === 0) {
    lines.push('No dead links found.', '');
  } else {
    lines.push('## Dead links', '', ...markdownTable(dead), '');
    lines.push(
      'Fix each one in its file (the project may have moved; check its own site), or remove the field ' +
        'when the page no longer exists. Run `npm run check:links` to check again locally.',
      '',
    );
  }
  const offDefault = options.offDefault ?? [];
  if (offDefault.length > 0) {
    lines.push(
      '## GitHub links not on the default branch',
      '',
      "Written on a branch that is no longer the repository's default: link the file on the default " +
        'branch (or at a commit) after checking that it still says the same.',
      '',
      '| File | Field | URL | Branch in the link | Default branch |',
      '| --- | --- | --- | --- | --- |',
      ...offDefault.map(
        (link) =>
          `| \`${cell(link.file)}\` | ${cell(link.field)} | ${cell(link.url)} | ${cell(link.ref)} | ${cell(link.defaultBranch)} |`,
      ),
      '',
    );
  }
  if (limited.length > 0) {
    lines.push(
      '## Rate limited (not counted dead)',
      '',
      'These servers answered 429 Too Many Requests; they will be checked again next week.',
      '',
      ...markdownTable(limited),
      '',
    );
  }
  return lines.join('\n');
}

/** A plain-text table for the terminal, one row per link, padded into columns. */
export function renderTextTable(results: readonly LinkResult[]): string {
  const rows = [
    ['VERDICT', 'STATUS', 'FILE', 'FIELD', 'URL'],
    ...results.map((result) => [
      result.verdict,
      describeOutcome(result.outcome),
      result.file,
      result.field,
      result.url,
    ]),
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((text, column) => (column === row.length - 1 ? text : text.padEnd(widths[column] ?? 0)))
        .join('  '),
    )
    .join('\n');
}
