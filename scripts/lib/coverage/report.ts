/**
 * Coverage of the directory against the curated lists' consensus: the tools at least `threshold`
 * of the snapshot's lists include, less those the maintainers considered and left out.
 */
import { foldName, listedRecords, type ListSnapshot } from '../../../src/lib/curated-lists.ts';
import type { ListedTool, RejectedTool } from '../../../src/schemas/curated-lists.ts';

export interface CoverageReport {
  readonly threshold: number;
  /** Tools of the consensus the directory lists. */
  readonly covered: readonly ListedTool[];
  /** Tools of the consensus it neither lists nor has rejected, most-listed first. */
  readonly missing: readonly ListedTool[];
  /** Tools of the consensus it left out on purpose, with why. */
  readonly rejected: readonly (ListedTool & { readonly rejection: RejectedTool })[];
  /** covered / (covered + missing): the share of the consensus inside our scope that we list. */
  readonly coverage: number;
}

export function coverageReport<
  T extends { readonly name: string; readonly url: string; readonly repo?: string | null | undefined },
>(
  directory: ReadonlyMap<string, T>,
  snapshot: ListSnapshot,
  rejected: readonly RejectedTool[],
  threshold = 3,
): CoverageReport {
  const consensus = snapshot.tools.filter((tool) => tool.lists.length >= threshold);
  const ours = new Set(listedRecords(directory, consensus).values());
  const rejectedByName = new Map(rejected.map((entry) => [foldName(entry.name), entry]));
  const covered: ListedTool[] = [];
  const missing: ListedTool[] = [];
  const left: (ListedTool & { rejection: RejectedTool })[] = [];
  for (const tool of consensus) {
    const rejection = rejectedByName.get(foldName(tool.name));
    if (ours.has(tool)) covered.push(tool);
    else if (rejection) left.push({ ...tool, rejection });
    else missing.push(tool);
  }
  missing.sort((a, b) => b.lists.length - a.lists.length || a.name.localeCompare(b.name));
  const inScope = covered.length + missing.length;
  return {
    threshold,
    covered,
    missing,
    rejected: left,
    coverage: inScope === 0 ? 1 : covered.length / inScope,
  };
}

/** The report as Markdown, for a maintainer's terminal or a pull request. */
export function coverageMarkdown(report: CoverageReport, snapshot: ListSnapshot): string {
  const percent = (report.coverage * 100).toFixed(0);
  const line = (tool: ListedTool) =>
    `- [${tool.name}](${tool.url}) (${tool.lists.length} lists: ${tool.lists.join(', ')})`;
  return [
    `# Coverage of the curated lists' consensus (snapshot of ${snapshot.date})`,
    '',
    `Lists read: ${snapshot.lists.map((list) => `${list.name} (${list.date})`).join('; ')}.`,
    '',
    `Consensus: tools at least ${report.threshold} of the ${snapshot.lists.length} lists include, ` +
      `${report.covered.length + report.missing.length + report.rejected.length} in all; ` +
      `${report.rejected.length} left out on purpose (content/coverage/rejected.yaml).`,
    '',
    `**Coverage: ${report.covered.length} of ${report.covered.length + report.missing.length} (${percent} %) of the consensus inside our scope.**`,
    '',
    `## Missing (${report.missing.length})`,
    '',
    ...report.missing.map(line),
    '',
    `## Left out (${report.rejected.length})`,
    '',
    ...report.rejected.map((tool) => `${line(tool)}: ${tool.rejection.reason}, ${tool.rejection.note}`),
    '',
  ].join('\n');
}
