/**
 * Governance facts from the foundations' own data: the `landscape.yml` of the CNCF and of
 * LF AI & Data, read at a commit, matched to the tools by repository URL. Pure: the text of a
 * landscape in, records out; the script fetches the files. A file whose layout changed is
 * refused as a whole (`LandscapeFormatError`), so the refresh keeps what it knew before instead
 * of proposing from a misread file.
 */
import { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import {
  GOVERNANCE_FORMAT,
  LANDSCAPE_MATURITIES,
  governanceDataSchema,
  type GovernanceData,
  type LandscapeId,
  type LandscapeMaturity,
  type LandscapeRead,
  type LandscapeRecord,
} from '../../../src/schemas/governance.ts';
import { locateRepo, sameRepoUrl } from '../../../src/lib/upstream/repo-url.ts';
import type { ToolRef } from './tools.ts';

/** Where each landscape lives, and the foundation name our entries use for it. */
export interface LandscapeSpec {
  readonly id: LandscapeId;
  readonly foundation: string;
  /** `owner/name` on GitHub. */
  readonly repo: string;
  readonly path: string;
}

export const LANDSCAPES: readonly LandscapeSpec[] = [
  { id: 'cncf', foundation: 'CNCF', repo: 'cncf/landscape', path: 'landscape.yml' },
  { id: 'lfai', foundation: 'LF AI & Data', repo: 'lfai/lfai-landscape', path: 'landscape.yml' },
];

/** Thrown when a landscape file is not YAML or no longer has the layout this reader knows. */
export class LandscapeFormatError extends Error {
  readonly problems: readonly string[];

  constructor(landscape: LandscapeSpec, problems: readonly string[]) {
    super(`${landscape.repo}/${landscape.path} has changed format: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'LandscapeFormatError';
    this.problems = problems;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayField = z
  .string()
  .regex(DAY, { error: 'expected YYYY-MM-DD' })
  .refine((day) => !Number.isNaN(Date.parse(day)), { error: 'expected a date that exists' })
  .optional();

/** The part of an entry this reader relies on; any other key is ignored. */
const itemSchema = z.object({
  name: z.string().min(1),
  project: z
    .enum(LANDSCAPE_MATURITIES, {
      error: `expected project to be one of ${LANDSCAPE_MATURITIES.join(', ')}`,
    })
    .optional(),
  repo_url: z.string().optional(),
  additional_repos: z.array(z.object({ repo_url: z.string() })).optional(),
  extra: z
    .object({ accepted: dayField, incubating: dayField, graduated: dayField, archived: dayField })
    .nullable()
    .optional(),
});
/** Enough of an entry to know which repositories it names, when the rest cannot be read. */
const reposOnlySchema = z.object({
  repo_url: z.string().optional(),
  additional_repos: z.array(z.object({ repo_url: z.string() }).partial()).optional(),
});
const layoutSchema = z.object({
  landscape: z.array(
    z.object({
      name: z.string(),
      subcategories: z
        .array(z.object({ name: z.string(), items: z.array(z.unknown()).nullable().optional() }))
        .nullable()
        .optional(),
    }),
  ),
});

/** One entry of a landscape, with the line it starts on. */
export interface LandscapeItem {
  readonly name: string;
  readonly maturity: LandscapeMaturity | null;
  readonly repos: readonly string[];
  readonly dates: LandscapeRecord['dates'];
  readonly line: number;
  /**
   * Why the entry could not be read ("project: expected one of …" for a level this reader does
   * not know): a tool it matches keeps what was known before, and the run says why.
   */
  readonly problem?: string;
}

const repoList = (first: string | undefined, more: readonly { repo_url?: string | undefined }[]) =>
  [first, ...more.map((repo) => repo.repo_url)].filter(
    (url): url is string => typeof url === 'string' && url.trim() !== '',
  );

/** The item nodes of the document, in order (`landscape[].subcategories[].items[]`). */
function itemNodes(root: Node | null): Node[] {
  const nodes: Node[] = [];
  if (!isMap(root)) return nodes;
  const categories = root.get('landscape', true);
  if (!isSeq(categories)) return nodes;
  for (const category of categories.items) {
    if (!isMap(category)) continue;
    const subcategories = category.get('subcategories', true);
    if (!isSeq(subcategories)) continue;
    for (const subcategory of subcategories.items) {
      if (!isMap(subcategory)) continue;
      const items = subcategory.get('items', true);
      if (!isSeq(items)) continue;
      for (const item of items.items) if (isMap(item)) nodes.push(item);
    }
  }
  return nodes;
}

/** Every entry of a landscape file; throws `LandscapeFormatError` when its layout is not the known one. */
export function parseLandscape(text: string, landscape: LandscapeSpec): LandscapeItem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0)
    throw new LandscapeFormatError(
      landscape,
      document.errors.map((error) => `YAML: ${error.message}`),
    );
  const layout = layoutSchema.safeParse(document.toJS({ maxAliasCount: 100 }));
  if (!layout.success)
    throw new LandscapeFormatError(
      landscape,
      layout.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  const items: LandscapeItem[] = [];
  for (const node of itemNodes(document.contents)) {
    const line = node.range ? lineCounter.linePos(node.range[0]).line : 1;
    const json: unknown = node.toJSON();
    const parsed = itemSchema.safeParse(json);
    if (!parsed.success) {
      const repos = reposOnlySchema.safeParse(json);
      const name = json !== null && typeof json === 'object' && 'name' in json ? String(json.name) : '?';
      items.push({
        name,
        maturity: null,
        repos: repos.success ? repoList(repos.data.repo_url, repos.data.additional_repos ?? []) : [],
        dates: {},
        line,
        problem: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
      });
      continue;
    }
    const { name, project, repo_url, additional_repos = [], extra } = parsed.data;
    const dates: Record<string, string> = {};
    for (const key of ['accepted', 'incubating', 'graduated', 'archived'] as const) {
      const day = extra?.[key];
      if (day) dates[key] = day;
    }
    items.push({ name, maturity: project ?? null, repos: repoList(repo_url, additional_repos), dates, line });
  }
  if (items.length === 0)
    throw new LandscapeFormatError(landscape, ['no entries found under landscape[].subcategories[].items']);
  const unreadable = items.filter((item) => item.problem !== undefined);
  // A few odd entries are the foundation's typos; most of them unreadable means the layout changed.
  if (unreadable.length * 2 > items.length)
    throw new LandscapeFormatError(
      landscape,
      unreadable.slice(0, 3).map((item) => `line ${item.line}: ${item.problem ?? ''}`),
    );
  return items;
}

/** The URL of a line of the file at a commit: what a proposal cites. */
export function lineUrl(landscape: LandscapeSpec, commit: string, line: number): string {
  return `https://github.com/${landscape.repo}/blob/${commit}/${landscape.path}#L${line}`;
}

/**
 * The entries each tool's repository matches, by slug. A foundation project comes before an
 * entry that is only listed, so the first record is the one that says who governs it.
 */
export function matchTools(
  tools: readonly ToolRef[],
  items: readonly LandscapeItem[],
  landscape: LandscapeSpec,
  commit: string,
  hosts: ReadonlySet<string>,
): { records: Map<string, LandscapeRecord[]>; unread: Map<string, string> } {
  const byKey = new Map<string, LandscapeItem[]>();
  for (const item of items) {
    for (const repo of item.repos) {
      const location = locateRepo(repo, hosts);
      if (location.forge !== 'github') continue;
      const list = byKey.get(location.key) ?? [];
      if (!list.includes(item)) list.push(item);
      byKey.set(location.key, list);
    }
  }
  const matches = new Map<string, LandscapeRecord[]>();
  const unread = new Map<string, string>();
  for (const tool of tools) {
    if (!tool.readable || !tool.repo) continue;
    const location = locateRepo(tool.repo, hosts);
    if (location.forge !== 'github') continue;
    const found = byKey.get(location.key);
    if (!found) continue;
    const odd = found.find((item) => item.problem !== undefined);
    if (odd) {
      unread.set(tool.slug, `line ${odd.line} (“${odd.name}”): ${odd.problem ?? ''}`);
      continue;
    }
    const ordered = [...found].sort((a, b) => Number(b.maturity !== null) - Number(a.maturity !== null));
    matches.set(
      tool.slug,
      ordered.map((item) => ({
        landscape: landscape.id,
        foundation: landscape.foundation,
        repo: tool.repo ?? '',
        name: item.name,
        maturity: item.maturity,
        dates: item.dates,
        line: item.line,
        source: lineUrl(landscape, commit, item.line),
      })),
    );
  }
  return { records: matches, unread };
}

/** What fetching one landscape gave: its text at a commit, or why there is none. */
export type LandscapeFetch =
  | { readonly ok: true; readonly text: string; readonly commit: string; readonly readAt: string }
  | { readonly ok: false; readonly reason: string };

export type GovernanceLogEntry =
  | {
      readonly landscape: LandscapeId;
      readonly action: 'read';
      readonly items: number;
      readonly matched: number;
      /** Tools whose entry could not be read: their previous records were kept. */
      readonly unread: readonly { readonly slug: string; readonly reason: string }[];
    }
  | {
      readonly landscape: LandscapeId;
      readonly action: 'kept';
      readonly reason: string;
      readonly kept: number;
    };

export interface GovernanceRefresh {
  readonly data: GovernanceData;
  readonly log: readonly GovernanceLogEntry[];
}

/**
 * The new governance data: each landscape that was read and understood replaces its records;
 * one that failed or changed format keeps its previous records and says why. Records of tools
 * no longer in the guide, or whose `repo` changed since, are dropped.
 */
export function refreshGovernance(options: {
  readonly tools: readonly ToolRef[];
  readonly previous: GovernanceData;
  readonly fetched: ReadonlyMap<LandscapeId, LandscapeFetch>;
  readonly hosts: ReadonlySet<string>;
  readonly landscapes?: readonly LandscapeSpec[];
}): GovernanceRefresh {
  const { tools, previous, fetched, hosts, landscapes = LANDSCAPES } = options;
  const log: GovernanceLogEntry[] = [];
  const reads: Partial<Record<LandscapeId, LandscapeRead>> = {};
  const records = new Map<string, LandscapeRecord[]>();
  const add = (slug: string, list: readonly LandscapeRecord[]) => {
    if (list.length > 0) records.set(slug, [...(records.get(slug) ?? []), ...list]);
  };
  const current = new Map(tools.map((tool) => [tool.slug, tool]));
  const previousOf = (id: LandscapeId, slug: string): LandscapeRecord[] => {
    const tool = current.get(slug);
    return (previous.tools[slug] ?? []).filter(
      (record) =>
        record.landscape === id && tool?.repo !== undefined && sameRepoUrl(record.repo, tool.repo, hosts),
    );
  };
  const keepPrevious = (id: LandscapeId, reason: string) => {
    let kept = 0;
    for (const slug of Object.keys(previous.tools)) {
      const mine = previousOf(id, slug);
      if (mine.length > 0) {
        add(slug, mine);
        kept++;
      }
    }
    const before = previous.landscapes[id];
    if (before) reads[id] = before;
    log.push({ landscape: id, action: 'kept', reason, kept });
  };
  for (const landscape of landscapes) {
    const result = fetched.get(landscape.id);
    if (!result || !result.ok) {
      keepPrevious(landscape.id, result ? result.reason : 'not fetched');
      continue;
    }
    let items: LandscapeItem[];
    try {
      items = parseLandscape(result.text, landscape);
    } catch (error) {
      keepPrevious(landscape.id, error instanceof Error ? error.message : String(error));
      continue;
    }
    const matched = matchTools(tools, items, landscape, result.commit, hosts);
    for (const [slug, list] of matched.records) add(slug, list);
    for (const slug of matched.unread.keys()) add(slug, previousOf(landscape.id, slug));
    reads[landscape.id] = {
      repo: landscape.repo,
      path: landscape.path,
      commit: result.commit,
      readAt: result.readAt,
      items: items.length,
    };
    log.push({
      landscape: landscape.id,
      action: 'read',
      items: items.length,
      matched: matched.records.size,
      unread: [...matched.unread].map(([slug, reason]) => ({ slug, reason })),
    });
  }
  const sortedTools = Object.fromEntries(
    [...records.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const data = governanceDataSchema.parse({
    format: GOVERNANCE_FORMAT,
    landscapes: reads,
    tools: sortedTools,
  });
  return { data, log };
}
