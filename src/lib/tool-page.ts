/**
 * What a tool's page says, from its tool view (`tool-view.ts`) and its job's capability model:
 * every sentence and fact line of `/tools/<slug>/`, as text and dates, so the page only renders
 * them and this module is tested on fixtures. The lookups in the whole directory (related tools,
 * rivals, integrations, standing) stay with the directory (`src/data/directory.ts`).
 */
import { SITE } from '../config.ts';
import { DIFFICULTIES, STATUSES, facetLabel } from '../vocabulary.ts';
import { distinctiveCapabilities, type CapabilityModel, type CategoryCounts } from './capabilities.ts';
import { isoDay } from './dates.ts';
import { copyleftOf, isOpenCore } from './licenses.ts';
import { releaseAfterCommitNote, statusAgreement } from './status-agreement.ts';
import { glanceParts, inSentence } from './tool-facts.ts';
import type { Tool } from './tool-view.ts';
import { archivedUpstreamOnly, fullStars, latestActivity, type UpstreamView } from './upstream-view.ts';

/** A tool's job as its page reads it: its subcategory's name, the job's model and its counts. */
export interface ToolJob {
  /** The name of its own subcategory, when its category declares it. */
  readonly subcategoryName?: string | undefined;
  /** The capability model of its job (`jobModelOf`). */
  readonly model: CapabilityModel;
  /** How many tools of that job record each capability as yes (`capabilityCountsOf`). */
  readonly counts: CategoryCounts;
}

const COPYLEFT = {
  strong: 'strong copyleft',
  weak: 'weak copyleft',
  none: 'permissive or not copyleft',
} as const;

/** The page's "License / pricing" line. */
export interface LicenseFact {
  readonly label: string;
  /** Its SPDX id, with what kind of license that is ("Apache-2.0 (permissive or not copyleft)"). */
  readonly id?: string;
  /** The license of each part, when they differ. */
  readonly parts?: string;
  readonly openCore?: string;
}

/** The page's "Status" line: the status, since when, why, and whether the upstream dates agree. */
export interface StatusFact {
  readonly label: string;
  readonly since?: string;
  readonly note?: string;
  /** The upstream dates make it another status by the twelve-month rule: the entry is due for review. */
  readonly disagrees?: string;
  /** A sourced reason why the dates and the status differ. */
  readonly explained?: { readonly note: string; readonly source: string };
}

/** The page's "Upstream activity" list, each date absolute (the page is static). */
export interface UpstreamFacts {
  readonly missingSince?: string;
  /** Archived on GitHub; `unflagged` when the entry does not say so yet. */
  readonly archived?: { readonly unflagged: boolean };
  readonly stars: string;
  /** The latest release: its tag, and its day ("on") or month ("in") when known. */
  readonly release?: { readonly tag: string; readonly date?: string; readonly preposition: 'on' | 'in' };
  /** The last push, or the newest commit of a snapshot, with its day when known. */
  readonly push: { readonly label: string; readonly date?: string };
  readonly releaseNote?: string;
  /** The license GitHub detects. */
  readonly licenseId?: string;
  /** How and when the facts were collected. */
  readonly collected: { readonly how: string; readonly asOf: string; readonly end: string };
}

/** Everything the page of a tool says that is not a lookup in the directory. */
export interface ToolPage {
  /** Words of its job, indexed above free text: subcategory, topics, capabilities it has. */
  readonly searchJob: readonly string[];
  /** What sets it apart at a glance: who backs it, what it speaks, how old it is, how it is billed. */
  readonly summary: readonly string[];
  readonly openCore: boolean;
  readonly license: LicenseFact;
  readonly difficulty: { readonly label: string; readonly description?: string };
  readonly deployment: string;
  readonly status: StatusFact;
  /** Undefined when nothing was collected. */
  readonly upstream?: UpstreamFacts;
  readonly added: string;
  /** Undefined when not reviewed yet. */
  readonly reviewed?: string;
  /** "Edit this entry on GitHub". */
  readonly editUrl: string;
}

function licenseFact(tool: Tool): LicenseFact {
  return {
    label: facetLabel('license', tool.license),
    // A product licensed part by part names its main repository's license among its parts.
    ...(tool.licenseId &&
      !tool.licenseTerms && { id: `${tool.licenseId} (${COPYLEFT[copyleftOf(tool.licenseId)]})` }),
    ...(tool.licenseTerms && { parts: tool.licenseTerms }),
    ...(tool.openCore && { openCore: tool.openCore }),
  };
}

function statusFact(tool: Tool): StatusFact {
  const agreement = statusAgreement(tool, tool.upstream);
  return {
    label: facetLabel('status', tool.status),
    ...(tool.statusDate && { since: tool.statusDate }),
    ...(tool.statusNote && { note: tool.statusNote }),
    ...(agreement.kind === 'disagrees' && {
      disagrees: `the upstream dates below, latest ${agreement.lastActivity} as of ${agreement.asOf}, make it ${STATUSES[agreement.expected].label.toLowerCase()} by the directory's twelve-month rule: this entry is due for review`,
    }),
    ...(agreement.kind === 'explained' && { explained: { note: agreement.note, source: agreement.source } }),
  };
}

function upstreamFacts(upstream: UpstreamView, status: Tool['status']): UpstreamFacts {
  const release = upstream.latestRelease;
  const releaseNote = releaseAfterCommitNote(upstream);
  return {
    ...(upstream.missingSince && { missingSince: upstream.missingSince }),
    ...(upstream.archived && { archived: { unflagged: archivedUpstreamOnly(upstream, status) } }),
    stars:
      upstream.stars !== null ? `${fullStars(upstream.stars)} stars on GitHub` : 'Stars: not collected yet',
    ...(release && {
      release: {
        tag: release.tag,
        ...(release.date && { date: release.date }),
        preposition: release.date?.length === 7 ? 'in' : 'on',
      },
    }),
    push: {
      label: upstream.pushKind === 'push' ? 'Last push' : 'Newest commit on the default branch',
      ...(upstream.lastPush && { date: upstream.lastPush }),
    },
    ...(releaseNote && { releaseNote }),
    ...(upstream.licenseId && { licenseId: upstream.licenseId }),
    collected: {
      how:
        upstream.source === 'snapshot'
          ? 'Read from a snapshot of the repository on'
          : 'Fetched from the GitHub API on',
      asOf: upstream.asOf,
      end: latestActivity(upstream) ? '.' : '; no release or commit date known.',
    },
  };
}

/** What a tool's page says (see `ToolPage`), from its view and its job. */
export function toolPage(tool: Tool, job: ToolJob): ToolPage {
  const distinctive = distinctiveCapabilities(tool, job.counts, job.model.capabilities);
  return {
    searchJob: [
      ...(job.subcategoryName ? [job.subcategoryName] : []),
      ...tool.tags.map((tag) => tag.replace(/-/g, ' ')),
      ...job.model.capabilities
        .filter((capability) => tool.capabilities[capability.id]?.value === 'yes')
        .map((capability) => capability.name),
    ],
    summary: [
      ...glanceParts(tool),
      ...(distinctive.length > 0
        ? [`stands out for ${distinctive.map((capability) => inSentence(capability.name)).join(', ')}`]
        : []),
    ],
    openCore: isOpenCore(tool),
    license: licenseFact(tool),
    difficulty: {
      label: facetLabel('difficulty', tool.difficulty),
      ...(tool.difficulty && { description: DIFFICULTIES[tool.difficulty].description }),
    },
    deployment: facetLabel('deployment', tool.deployment),
    status: statusFact(tool),
    ...(tool.upstream && { upstream: upstreamFacts(tool.upstream, tool.status) }),
    added: isoDay(tool.added),
    ...(tool.reviewed && { reviewed: isoDay(tool.reviewed) }),
    editUrl: `${SITE.repository}/edit/${SITE.branch}/${tool.sourcePath}`,
  };
}
