/**
 * Where our entries' governance (`maintainer`: kind, foundation, maturity, joined) and the
 * foundations' landscapes disagree, each with the change to propose and the landscape line that
 * says so. Pure: tool refs and governance data in, findings out.
 */
import type { GovernanceData, LandscapeRecord } from '../../../src/schemas/governance.ts';
import type { Finding } from './finding.ts';
import { sameRepoUrl } from '../../../src/lib/upstream/repo-url.ts';
import type { ToolRef } from './tools.ts';

/** "CNCF graduated, joined 2023", "vendor, no foundation": what our entry says. */
function oursText(tool: ToolRef): string {
  if (!tool.foundation) return `${tool.maintainerKind ?? 'no maintainer'}, no foundation`;
  return [
    tool.foundation,
    tool.maturity ?? 'no maturity',
    tool.joined ? `joined ${tool.joined}` : 'no year joined',
  ].join(', ');
}

/** "graduated 2026-07-24; accepted 2023-07-25": the steps the landscape dates. */
function stepsText(record: LandscapeRecord): string {
  const steps = (['accepted', 'incubating', 'graduated', 'archived'] as const).flatMap((step) =>
    record.dates[step] ? [`${step} ${record.dates[step]}`] : [],
  );
  return steps.length > 0 ? ` (${steps.join(', ')})` : '';
}

/** The year the project joined the foundation, as the landscape dates it. */
function joinedYear(record: LandscapeRecord): number | undefined {
  const accepted = record.dates.accepted ?? record.dates.incubating;
  return accepted ? Number(accepted.slice(0, 4)) : undefined;
}

/** The governance findings of every tool whose repository a foundation's landscape lists as its project. */
export function governanceFindings(
  tools: readonly ToolRef[],
  data: GovernanceData,
  hosts: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = [];
  for (const tool of tools) {
    const records = data.tools[tool.slug];
    if (!records || !tool.repo) continue;
    const repo = tool.repo;
    for (const record of records) {
      if (record.maturity === null || !sameRepoUrl(record.repo, repo, hosts)) continue;
      const read = data.landscapes[record.landscape];
      const base = {
        kind: 'governance' as const,
        slug: tool.slug,
        path: tool.path,
        name: tool.name ?? tool.slug,
        repo,
        ours: oursText(tool),
        asOf: read ? `${read.repo}@${read.commit.slice(0, 7)}` : record.landscape,
        source: record.source,
      };
      const upstream = `${record.foundation} ${record.maturity}${stepsText(record)}: “${record.name}”`;
      if (record.maturity === 'archived') {
        findings.push({
          ...base,
          upstream,
          proposal: `the foundation archived it${record.dates.archived ? ` on ${record.dates.archived}` : ''}: check the project's own notice, then status, statusDate and successors`,
        });
        continue;
      }
      const year = joinedYear(record);
      const sameFoundation = tool.maintainerKind === 'foundation' && tool.foundation === record.foundation;
      const sameMaturity = tool.maturity === record.maturity;
      const sameYear = year === undefined || tool.joined === year;
      if (sameFoundation && sameMaturity && sameYear) continue;
      const changes = [
        ...(sameFoundation ? [] : ['kind: foundation', `foundation: ${record.foundation}`]),
        ...(sameMaturity ? [] : [`maturity: ${record.maturity}`]),
        ...(sameYear ? [] : [`joined: ${year}`]),
      ];
      findings.push({
        ...base,
        upstream,
        proposal: `maintainer ${changes.join(', ')}; cite the landscape line as the maintainer's source`,
      });
    }
  }
  return findings;
}
