/**
 * One thing the upstream review found to re-check in an entry, shared by the repository checks
 * (`findings.ts`) and the governance checks (`governance-findings.ts`).
 */
export type FindingKind =
  'archived' | 'inactive' | 'governance' | 'license' | 'not-osi' | 'moved' | 'missing';

/** Findings in report order, with their category titles. */
export const FINDING_KINDS: readonly { kind: FindingKind; title: string }[] = [
  { kind: 'archived', title: 'Archived upstream, not archived here' },
  { kind: 'inactive', title: 'No push for 12 months, marked active' },
  { kind: 'governance', title: "Foundation or maturity differs from the foundation's landscape" },
  { kind: 'license', title: 'License id differs from ours' },
  { kind: 'not-osi', title: 'Marked open-source, but the license is not OSI-approved' },
  { kind: 'moved', title: 'Repository moved' },
  { kind: 'missing', title: 'Repository not found upstream' },
];

export interface Finding {
  readonly kind: FindingKind;
  readonly slug: string;
  readonly path: string;
  readonly name: string;
  /** The tool's `repo`. */
  readonly repo: string;
  /** What our entry says. */
  readonly ours: string;
  /** What upstream says. */
  readonly upstream: string;
  /** Where and when upstream said it ("GitHub API 2026-12-07", "snapshot read 2026-11-30"). */
  readonly asOf: string;
  /** The change to make to the entry, by the directory's own rules, when one follows. */
  readonly proposal?: string;
  /** The exact place upstream said it (a landscape line), when there is one to cite. */
  readonly source?: string;
}
