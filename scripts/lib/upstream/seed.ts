/**
 * Seeding the upstream data before the bot first runs: facts people read from repository
 * snapshots (newest commit, latest release) become `source: snapshot` records. Only what was
 * read is kept; stars were not read, so they stay empty. Records the bot already wrote win.
 */
import {
  snapshotRecordSchema,
  type SnapshotRecord,
  type UpstreamData,
} from '../../../src/schemas/upstream.ts';
import { locateRepo, sameRepoUrl } from '../../../src/lib/upstream/repo-url.ts';
import type { ToolRef } from './tools.ts';

/** One researched tool, as the research notes write it (only these fields are read). */
export interface ResearchEntry {
  readonly slug?: unknown;
  readonly repo?: unknown;
  readonly lastCommit?: unknown;
  readonly latestRelease?: unknown;
}

export interface SeedResult {
  readonly records: Readonly<Record<string, SnapshotRecord>>;
  /** Facts left out, and why ("tag … is not a git tag"). */
  readonly notes: readonly { readonly slug: string; readonly note: string }[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function factCount(entry: ResearchEntry): number {
  return (text(entry.lastCommit) ? 1 : 0) + (entry.latestRelease ? 1 : 0);
}

/**
 * The research entry about a tool's repository: the one with the tool's slug when it read the
 * same repository, else one that read the same repository under another slug (tools get
 * renamed: "comet-ml" is now "comet"), the one with the most facts first.
 */
export function researchFor(
  tool: ToolRef & { repo: string },
  research: readonly ResearchEntry[],
  hosts: ReadonlySet<string>,
): ResearchEntry | undefined {
  const sameRepo = research.filter((entry) => {
    const repo = text(entry.repo);
    return repo !== undefined && sameRepoUrl(repo, tool.repo, hosts);
  });
  const bySlug = sameRepo.find((entry) => entry.slug === tool.slug);
  if (bySlug && factCount(bySlug) > 0) return bySlug;
  return [...sameRepo].sort((a, b) => factCount(b) - factCount(a))[0];
}

/** Snapshot records for the tools with a GitHub repository the research read something about. */
export function seedFromResearch(
  tools: readonly ToolRef[],
  research: readonly ResearchEntry[],
  readAt: string,
  hosts: ReadonlySet<string>,
): SeedResult {
  const records: Record<string, SnapshotRecord> = {};
  const notes: { slug: string; note: string }[] = [];
  for (const tool of tools) {
    if (!tool.readable || !tool.repo || locateRepo(tool.repo, hosts).forge !== 'github') continue;
    const entry = researchFor({ ...tool, repo: tool.repo }, research, hosts);
    if (!entry) continue;
    const lastCommitText = text(entry.lastCommit);
    const lastCommit = lastCommitText && DAY.test(lastCommitText) ? lastCommitText : null;
    if (lastCommitText && !lastCommit) {
      notes.push({ slug: tool.slug, note: `lastCommit "${lastCommitText}" is not a day: left out` });
    }
    let latestRelease: SnapshotRecord['latestRelease'] = null;
    const release = entry.latestRelease;
    if (release !== null && typeof release === 'object') {
      const tag = text((release as { tag?: unknown }).tag);
      const dateText = text((release as { date?: unknown }).date);
      const date = dateText && DAY_OR_MONTH.test(dateText) ? dateText : null;
      const candidate = tag ? { tag, date } : null;
      const checked = snapshotRecordSchema.shape.latestRelease.safeParse(candidate);
      if (candidate && checked.success) latestRelease = checked.data;
      else
        notes.push({
          slug: tool.slug,
          note: `release tag ${JSON.stringify(tag ?? null)} is not a git tag: left out`,
        });
    }
    if (lastCommit === null && latestRelease === null) continue;
    const record = snapshotRecordSchema.safeParse({
      source: 'snapshot',
      repo: tool.repo,
      url: text(entry.repo),
      readAt,
      stars: null,
      lastCommit,
      latestRelease,
    });
    if (record.success) records[tool.slug] = record.data;
    else
      notes.push({ slug: tool.slug, note: `not a valid record: ${record.error.issues[0]?.message ?? ''}` });
  }
  return { records, notes };
}

/** `data` with the seeded records added where it has none (records already there win). */
export function withSeed(
  data: UpstreamData,
  records: Readonly<Record<string, SnapshotRecord>>,
): UpstreamData {
  return { ...data, tools: { ...records, ...data.tools } };
}
