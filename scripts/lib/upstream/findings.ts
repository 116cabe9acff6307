/**
 * Where the hand-written entries and the collected upstream facts disagree: the findings of
 * `npm run report:upstream` and of the bot's pull request. Pure: tools and data in, findings out.
 */
import type { GovernanceData } from '../../../src/schemas/governance.ts';
import type { FoundRecord, UpstreamData, UpstreamRecord } from '../../../src/schemas/upstream.ts';
import { isOsiApproved } from '../../../src/lib/licenses.ts';
import { statusAgreement } from '../../../src/lib/status-agreement.ts';
import { upstreamView } from '../../../src/lib/upstream-view.ts';
import { governanceFindings } from './governance-findings.ts';
import { locateRepo, sameRepoUrl } from '../../../src/lib/upstream/repo-url.ts';
import type { ToolRef } from './tools.ts';

export { FINDING_KINDS } from './finding.ts';
export type { Finding, FindingKind } from './finding.ts';
import { FINDING_KINDS, type Finding } from './finding.ts';

export interface UpstreamReview {
  readonly today: string;
  readonly findings: readonly Finding[];
  /** Tools with a GitHub repository. */
  readonly withRepo: number;
  /** Tools whose current repository has a record, by where the record came from. */
  readonly checked: { readonly api: number; readonly snapshot: number; readonly missing: number };
  /** Tools with a GitHub repository and no record yet. */
  readonly withoutRecord: readonly ToolRef[];
  /** Tools whose repository is not on GitHub (or not a repository URL). */
  readonly skipped: readonly { readonly tool: ToolRef; readonly why: string }[];
  /** Records collected for another `repo` URL than the tool has now: not compared. */
  readonly outdated: readonly { readonly tool: ToolRef; readonly recordRepo: string }[];
  /** API records not refreshed for `staleAfterDays` (a refresh failed and kept them). */
  readonly stale: readonly { readonly tool: ToolRef; readonly fetchedAt: string }[];
  /** Records of slugs no longer in `content/tools/` (the next refresh drops them). */
  readonly orphans: readonly string[];
}

export interface ReviewOptions {
  /** The day of the review, `YYYY-MM-DD`. */
  readonly today: string;
  readonly hosts: ReadonlySet<string>;
  /** A bot record older than this is reported as not refreshed. */
  readonly staleAfterDays?: number;
  /** The foundations' landscape records (`landscapes.json`), compared when given. */
  readonly governance?: GovernanceData;
}

const DAY_MS = 86_400_000;

/** GNU ids GitHub reports without `-only`/`-or-later`: they match either of ours. */
const BARE_GNU = /^(?:A|L)?GPL-\d\.\d$/i;

/** Whether our SPDX id and upstream's name the same license. */
export function sameLicense(ours: string, upstream: string): boolean {
  const a = ours.trim().toLowerCase();
  const b = upstream.trim().toLowerCase();
  if (a === b) return true;
  if (BARE_GNU.test(upstream)) return [`${b}-only`, `${b}-or-later`, `${b}+`].includes(a);
  return false;
}

/** The day one year after a `YYYY-MM-DD` day or `YYYY-MM` month: when "no activity for a year" began. */
function yearAfter(date: string): string {
  return `${Number(date.slice(0, 4)) + 1}${date.slice(4, 10)}`;
}

function asOf(record: UpstreamRecord): string {
  return record.source === 'snapshot'
    ? `snapshot read ${record.readAt}`
    : `GitHub API ${record.fetchedAt.slice(0, 10)}`;
}

function foundFindings(
  tool: ToolRef,
  record: FoundRecord,
  ourName: string,
  base: Omit<Finding, 'kind' | 'ours' | 'upstream'>,
): Finding[] {
  const findings: Finding[] = [];
  if (record.archived && tool.status !== 'archived') {
    findings.push({
      ...base,
      kind: 'archived',
      ours: tool.status ?? '(no status)',
      upstream: 'archived',
      proposal:
        'status: archived, with statusDate and statusNote from the repository notice and the successors it names',
    });
  }
  const upstreamId = record.licenseId;
  const known = upstreamId !== null && upstreamId !== 'NOASSERTION';
  if (known && tool.licenseId && !sameLicense(tool.licenseId, upstreamId)) {
    findings.push({ ...base, kind: 'license', ours: tool.licenseId, upstream: upstreamId });
  }
  if (known && tool.license === 'open-source' && isOsiApproved(upstreamId) === false) {
    findings.push({ ...base, kind: 'not-osi', ours: 'open-source', upstream: upstreamId });
  }
  if (ourName.toLowerCase() !== record.nameWithOwner.toLowerCase()) {
    findings.push({ ...base, kind: 'moved', ours: ourName, upstream: record.nameWithOwner });
  }
  return findings;
}

/** Compares every tool with its upstream record. */
export function reviewUpstream(
  tools: readonly ToolRef[],
  data: UpstreamData,
  options: ReviewOptions,
): UpstreamReview {
  const { today, hosts, staleAfterDays = 8, governance } = options;
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const findings: Finding[] = [];
  const checked = { api: 0, snapshot: 0, missing: 0 };
  const withoutRecord: ToolRef[] = [];
  const skipped: { tool: ToolRef; why: string }[] = [];
  const outdated: { tool: ToolRef; recordRepo: string }[] = [];
  const stale: { tool: ToolRef; fetchedAt: string }[] = [];
  let withRepo = 0;

  for (const tool of tools) {
    if (!tool.repo) continue;
    const location = locateRepo(tool.repo, hosts);
    if (location.forge !== 'github') {
      skipped.push({
        tool,
        why: location.forge === 'invalid' ? location.reason : `hosted on ${location.host}`,
      });
      continue;
    }
    withRepo++;
    const record = data.tools[tool.slug];
    if (!record) {
      withoutRecord.push(tool);
      continue;
    }
    if (!sameRepoUrl(record.repo, tool.repo, hosts)) {
      outdated.push({ tool, recordRepo: record.repo });
      continue;
    }
    if (record.source === 'github-api' && todayMs - Date.parse(record.fetchedAt) > staleAfterDays * DAY_MS) {
      stale.push({ tool, fetchedAt: record.fetchedAt });
    }
    const ourName = `${location.owner}/${location.name}`;
    const base = {
      slug: tool.slug,
      path: tool.path,
      name: tool.name ?? tool.slug,
      repo: tool.repo,
      asOf: asOf(record),
    };
    if (record.source === 'github-api' && record.state === 'missing') {
      checked.missing++;
      findings.push({
        ...base,
        kind: 'missing',
        ours: ourName,
        upstream: `not found since ${record.missingSince.slice(0, 10)}`,
      });
      continue;
    }
    if (record.source === 'snapshot') checked.snapshot++;
    else checked.api++;
    if (record.source === 'github-api') findings.push(...foundFindings(tool, record, ourName, base));
    // The site's lifecycle rule (`statusAgreement`), measured up to the day the facts were
    // collected: nothing read says whether a project went quiet after that day.
    const agreement = tool.activityNote
      ? undefined
      : statusAgreement({ status: tool.status }, upstreamView(record));
    if (agreement?.kind === 'disagrees' && agreement.expected === 'dormant') {
      findings.push({
        ...base,
        kind: 'inactive',
        ours: 'active',
        upstream: `last activity ${agreement.lastActivity}`,
        proposal: `status: dormant, statusDate: ${yearAfter(agreement.lastActivity)} (twelve months without a commit or release), unless upstream announced an end or a private repository`,
      });
    }
  }

  if (governance) findings.push(...governanceFindings(tools, governance, hosts));
  const listed = new Set(tools.map((tool) => tool.slug));
  const order = new Map(FINDING_KINDS.map(({ kind }, index) => [kind, index]));
  findings.sort(
    (a, b) =>
      (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
  return {
    today,
    findings,
    withRepo,
    checked,
    withoutRecord,
    skipped,
    outdated,
    stale,
    orphans: Object.keys(data.tools).filter((slug) => !listed.has(slug)),
  };
}
