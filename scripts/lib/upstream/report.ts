/**
 * Markdown for people: the findings report (`npm run report:upstream`, also the body of the
 * bot's pull request) and the summary of a refresh run.
 */
import { FINDING_KINDS, type Finding, type UpstreamReview } from './findings.ts';
import { tally, type RefreshEntry } from './refresh.ts';

/**
 * GitHub refuses pull-request bodies over 65,536 characters: the report gets this much, the run
 * summary (at most `SUMMARY_ITEMS` lines per list) the rest.
 */
export const PR_BODY_LIMIT = 50_000;

/** Lines per list of the run summary; the rest are counted. */
export const SUMMARY_ITEMS = 25;

/**
 * Text for a Markdown table cell: characters with a Markdown meaning are escaped, `@` cannot
 * mention anyone, and line breaks become spaces.
 */
export function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]<>|#~!])/g, '\\$1')
    .replace(/@/g, '@\u200b');
}

/** `[owner/name](https://…)` for a repository URL; the escaped text when it is not a URL. */
function repoLink(url: string): string {
  try {
    const parsed = new URL(url);
    const label = parsed.pathname.replace(/^\/+|\/+$/g, '') || parsed.hostname;
    return `[${cell(label)}](${parsed.href.replace(/[()<> ]/g, (c) => encodeURIComponent(c))})`;
  } catch {
    return cell(url);
  }
}

/** `[cncf/landscape@153d699](https://…#L4572)`: where a finding was read, linked to the line. */
function sourceLink(label: string, url: string): string {
  try {
    const parsed = new URL(url);
    return `[${cell(label)}](${parsed.href.replace(/[()<> ]/g, (c) => encodeURIComponent(c))})`;
  } catch {
    return cell(label);
  }
}

function toolCell(finding: { name: string; path: string }): string {
  return `${cell(finding.name)} (\`${finding.path.replace(/`/g, '')}\`)`;
}

function table(header: readonly string[], rows: readonly string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

const HEADERS: Record<Finding['kind'], readonly [string, string]> = {
  archived: ['Our status', 'Upstream'],
  inactive: ['Our status', 'Upstream'],
  governance: ['Our maintainer', 'Foundation landscape'],
  license: ['Our license id', 'Upstream license id'],
  'not-osi': ['Our badge', 'Upstream license id'],
  moved: ['Our repo', 'Upstream now'],
  missing: ['Our repo', 'Upstream'],
};

function more(count: number): string[] {
  return count > 0 ? ['', `…and ${count} more: run \`npm run report:upstream\` for the full list.`] : [];
}

function render(review: UpstreamReview, dataFile: string, cap: number): string {
  const lines: string[] = [];
  const { findings, checked } = review;
  const total = checked.api + checked.snapshot + checked.missing;
  lines.push(
    `# Upstream facts: ${findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}`,
    '',
    `The entries of \`content/tools/\` compared with the facts collected from their repositories ` +
      `(\`${dataFile}\`) on ${review.today}.`,
    '',
    `- ${review.withRepo} tools with a GitHub repository; ${total} with upstream facts ` +
      `(${checked.api} from the GitHub API, ${checked.snapshot} read from repository snapshots, ` +
      `${checked.missing} not found upstream).`,
  );
  if (review.withoutRecord.length > 0) {
    lines.push(
      `- ${review.withoutRecord.length} without upstream facts yet: the next refresh collects them.`,
    );
  }
  if (review.skipped.length > 0)
    lines.push(`- ${review.skipped.length} not on GitHub, skipped (listed below).`);
  if (review.stale.length > 0) {
    lines.push(
      `- ${review.stale.length} with facts a failed refresh kept from an earlier run (listed below).`,
    );
  }

  for (const { kind, title } of FINDING_KINDS) {
    const found = findings.filter((finding) => finding.kind === kind);
    if (found.length === 0) continue;
    const [ours, upstream] = HEADERS[kind];
    // Categories whose findings propose a change get a column for it; the others stay as they were.
    const proposes = found.some((finding) => finding.proposal !== undefined);
    const rows = found
      .slice(0, cap)
      .map((finding) => [
        toolCell(finding),
        repoLink(finding.repo),
        cell(finding.ours),
        cell(finding.upstream),
        ...(proposes ? [cell(finding.proposal ?? '')] : []),
        finding.source ? sourceLink(finding.asOf, finding.source) : cell(finding.asOf),
      ]);
    lines.push(
      '',
      `## ${title} (${found.length})`,
      '',
      ...table(['Tool', 'Repository', ours, upstream, ...(proposes ? ['Proposal'] : []), 'As of'], rows),
    );
    lines.push(...more(found.length - rows.length));
  }

  const notes: string[] = [];
  if (review.skipped.length > 0) {
    notes.push(
      '',
      `### Not on GitHub (${review.skipped.length})`,
      '',
      ...review.skipped
        .slice(0, cap)
        .map(
          ({ tool, why }) => `- ${toolCell({ name: tool.name ?? tool.slug, path: tool.path })}: ${cell(why)}`,
        ),
      ...more(review.skipped.length - cap),
    );
  }
  if (review.stale.length > 0) {
    notes.push(
      '',
      `### Not refreshed by the last run (${review.stale.length})`,
      '',
      ...review.stale
        .slice(0, cap)
        .map(
          ({ tool, fetchedAt }) =>
            `- ${toolCell({ name: tool.name ?? tool.slug, path: tool.path })}: facts from ${fetchedAt.slice(0, 10)}`,
        ),
      ...more(review.stale.length - cap),
    );
  }
  if (review.outdated.length > 0) {
    notes.push(
      '',
      `### Facts for a former repo URL, not compared (${review.outdated.length})`,
      '',
      ...review.outdated
        .slice(0, cap)
        .map(
          ({ tool, recordRepo }) =>
            `- ${toolCell({ name: tool.name ?? tool.slug, path: tool.path })}: facts are for ${repoLink(recordRepo)}`,
        ),
      ...more(review.outdated.length - cap),
    );
  }
  if (notes.length > 0) lines.push('', '## Not checked', ...notes);
  return `${lines.join('\n')}\n`;
}

/**
 * The findings report as Markdown. With `maxChars`, each category is cut short (saying how many
 * rows it left out) until the whole fits: a pull-request body has a size limit.
 */
export function renderReport(
  review: UpstreamReview,
  options: { dataFile?: string; maxChars?: number } = {},
): string {
  const dataFile = options.dataFile ?? 'content/upstream/github.json';
  const full = render(review, dataFile, Number.POSITIVE_INFINITY);
  const limit = options.maxChars;
  if (limit === undefined || full.length <= limit) return full;
  let low = 0;
  let high = Math.max(
    review.findings.length,
    review.skipped.length,
    review.stale.length,
    review.outdated.length,
  );
  // The largest number of rows per category that fits.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (render(review, dataFile, mid).length <= limit) low = mid;
    else high = mid - 1;
  }
  return render(review, dataFile, low);
}

function reasonText(entry: RefreshEntry & { action: 'kept' | 'failed' }): string {
  return `${entry.failure.reason}: ${entry.failure.message}`;
}

/**
 * What a refresh did, for the log and the pull request: counts, then the tools not updated
 * (`maxItems` per list, the others counted).
 */
export function renderRefreshSummary(
  log: readonly RefreshEntry[],
  queries: number,
  maxItems = SUMMARY_ITEMS,
): string {
  const counts = tally(log);
  const lines = [
    '## Refresh run',
    '',
    `${queries} GraphQL quer${queries === 1 ? 'y' : 'ies'}: ${counts.updated} updated, ${counts.missing} not found, ` +
      `${counts.kept} kept from before after a failed request, ${counts.failed} failed with nothing to keep, ` +
      `${counts.skipped} skipped, ${counts.dropped} dropped.`,
  ];
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(
      '',
      `### ${title} (${items.length})`,
      '',
      ...items.slice(0, maxItems).map((item) => `- ${item}`),
    );
    if (items.length > maxItems) lines.push(`- …and ${items.length - maxItems} more (see the run's log).`);
  };
  const kept = log.filter((entry) => entry.action === 'kept');
  list(
    'Previous record kept: the request failed',
    kept.map((entry) => `\`${entry.slug}\`: ${cell(reasonText(entry))}`),
  );
  const failed = log.filter((entry) => entry.action === 'failed');
  list(
    'Failed, no previous record',
    failed.map((entry) => `\`${entry.slug}\`: ${cell(reasonText(entry))}`),
  );
  const missing = log.filter((entry) => entry.action === 'missing');
  list(
    'Not found upstream (marked missing, nothing deleted)',
    missing.map((entry) => `\`${entry.slug}\`: ${cell(entry.record.repo)}`),
  );
  const skipped = log.filter((entry) => entry.action === 'skipped');
  list(
    'Skipped',
    skipped.map(
      (entry) => `\`${entry.slug}\`: ${cell(entry.why)}${entry.kept ? ' (previous record kept)' : ''}`,
    ),
  );
  const dropped = log.filter((entry) => entry.action === 'dropped');
  list(
    'Dropped',
    dropped.map((entry) => `\`${entry.slug}\`: ${cell(entry.why)}`),
  );
  return `${lines.join('\n')}\n`;
}
