/**
 * The facts report (`npm run report:facts`): how old each entry's hand-checked facts are, the
 * longest-waiting first, and which facts the upstream bot would change. Pure: entries and the
 * upstream review in, Markdown out.
 */
import type { Finding, UpstreamReview } from '../upstream/findings.ts';
import { cell } from '../upstream/report.ts';
import { isoDay } from '../../../src/lib/dates.ts';
import { STALE_AFTER_DAYS, daysSinceReview } from './stale.ts';

export interface FactsEntry {
  readonly slug: string;
  readonly path: string;
  readonly name: string;
  readonly added: Date;
  readonly reviewed?: Date | undefined;
  /** Pages the entry's facts cite (its `sources` and each fact's own). */
  readonly sources: number;
  /** The day the machine-collected facts of its repository were read, when there are any. */
  readonly upstreamAsOf?: string | undefined;
}

export interface FactsReportInput {
  readonly entries: readonly FactsEntry[];
  readonly review: UpstreamReview;
  readonly today: Date;
  readonly staleAfterDays?: number;
}

function byAge(today: Date) {
  return (a: FactsEntry, b: FactsEntry) =>
    daysSinceReview(b, today) - daysSinceReview(a, today) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** The finding as one line of what would change, with where it was read. */
function findingRow(finding: Finding): string[] {
  return [
    `${cell(finding.name)} (\`${finding.path.replace(/`/g, '')}\`)`,
    finding.kind,
    cell(finding.ours),
    cell(finding.upstream),
    cell(finding.proposal ?? 'check by hand'),
    finding.source ? `[${cell(finding.asOf)}](${finding.source})` : cell(finding.asOf),
  ];
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** The report as Markdown. */
export function renderFactsReport(input: FactsReportInput): string {
  const { entries, review, today, staleAfterDays = STALE_AFTER_DAYS } = input;
  const ordered = [...entries].sort(byAge(today));
  const stale = ordered.filter((entry) => daysSinceReview(entry, today) > staleAfterDays);
  const bySlug = new Map<string, Finding[]>();
  for (const finding of review.findings)
    bySlug.set(finding.slug, [...(bySlug.get(finding.slug) ?? []), finding]);
  const lines = [
    `# Facts: ${entries.length} tools, ${stale.length} not reviewed for over ${staleAfterDays} days, ${review.findings.length} ${review.findings.length === 1 ? 'fact' : 'facts'} the bot would change`,
    '',
    `As of ${isoDay(today)}. "Last reviewed" is the day someone checked the entry against its sources ` +
      '(or the day it was added, if never); the upstream column is the day the facts of its repository ' +
      'were collected. Oldest review first.',
    '',
    '## Age of the facts',
    '',
    row(['Tool', 'Last reviewed', 'Days', 'Sources', 'Upstream facts as of', 'Bot would change']),
    row(['---', '---', '---:', '---:', '---', '---']),
    ...ordered.map((entry) =>
      row([
        `${cell(entry.name)} (\`${entry.path.replace(/`/g, '')}\`)`,
        `${isoDay(entry.reviewed ?? entry.added)}${entry.reviewed ? '' : ' (added, never reviewed)'}`,
        String(daysSinceReview(entry, today)),
        String(entry.sources),
        entry.upstreamAsOf ?? 'not collected',
        [...new Set((bySlug.get(entry.slug) ?? []).map((finding) => finding.kind))].join(', ') || '—',
      ]),
    ),
    '',
    `## Facts the bot would change (${review.findings.length})`,
    '',
  ];
  if (review.findings.length === 0) lines.push('None: every collected fact agrees with the entries.');
  else
    lines.push(
      row(['Tool', 'Kind', 'Ours', 'Upstream', 'Proposal', 'Read from']),
      row(['---', '---', '---', '---', '---', '---']),
      ...review.findings.map((finding) => row(findingRow(finding))),
    );
  return `${lines.join('\n')}\n`;
}
