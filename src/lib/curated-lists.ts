/**
 * Adoption across curated lists: how many of the major public lists of MLOps tools include a
 * tool, from a dated snapshot of their names and addresses (`content/coverage/snapshot.yaml`,
 * refreshed by maintainers with `npm run snapshot:lists`). A signal that needs no API; it is
 * shown on tool pages and used for ordering beside the bot's stars.
 */
import type { ListedTool } from '../schemas/curated-lists.ts';

/** One public list, as the snapshot read it. */
export interface CuratedList {
  readonly id: string;
  readonly name: string;
  /** Where the list lives (its repository). */
  readonly url: string;
  /** Date of the list's newest commit when it was read, YYYY-MM-DD. */
  readonly date: string;
}

export interface ListSnapshot {
  /** When the snapshot was taken, YYYY-MM-DD. */
  readonly date: string;
  readonly lists: readonly CuratedList[];
  readonly tools: readonly ListedTool[];
}

/** What a tool page says: in how many lists, which ones, as of when. */
export interface ListAdoption {
  readonly lists: readonly CuratedList[];
  readonly of: number;
  readonly date: string;
}

/**
 * The keys one tool is known by: its GitHub repository (`github:owner/name`), its web address
 * without scheme, `www.` or trailing slash (`web:host/path`), and its name folded to letters
 * and digits (`name:mlflow`). Two records are the same tool when they share a repository key or
 * an address key; a name matches only as `sameProject` allows.
 */
export function identityKeys(record: {
  readonly name: string;
  readonly url?: string | undefined;
  readonly repo?: string | null | undefined;
}): { repo?: string; web: string[]; name: string } {
  const repo = githubRepo(record.repo) ?? githubRepo(record.url);
  const web = [record.url]
    .filter((url): url is string => typeof url === 'string' && /^https?:\/\//.test(url))
    .filter((url) => !githubRepo(url))
    .map(webKey);
  return { ...(repo ? { repo } : {}), web, name: `name:${foldName(record.name)}` };
}

/** `github:owner/name` of a GitHub repository address (any page under it), lower case. */
export function githubRepo(url: string | null | undefined): string | undefined {
  const match = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+)/i.exec(url ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  return `github:${match[1]}/${match[2].replace(/\.git$/i, '')}`.toLowerCase();
}

/** `web:host/path` of an address: no scheme, `www.`, query, fragment or trailing slash; lower case. */
export function webKey(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/+$/, '');
    return `web:${host}${path}`.toLowerCase();
  } catch {
    return `web:${url.toLowerCase()}`;
  }
}

/** A name folded for matching: letters and digits only, lower case ("Weights & Biases" → "weightsbiases"). */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * The snapshot record of each tool, by repository, else by address, else by name when one side
 * records no repository. Tools the lists do not include are absent.
 */
export function listedRecords<T extends ToolIdentity>(
  tools: ReadonlyMap<string, T>,
  listed: readonly ListedTool[],
): Map<string, ListedTool> {
  const byAddress = new Map<string, ListedTool>();
  const byName = new Map<string, ListedTool>();
  for (const record of listed) {
    const keys = identityKeys(record);
    for (const key of [keys.repo, ...keys.web]) if (key && !byAddress.has(key)) byAddress.set(key, record);
    if (!byName.has(keys.name)) byName.set(keys.name, record);
  }
  const result = new Map<string, ListedTool>();
  for (const [id, tool] of tools) {
    const keys = identityKeys(tool);
    const byItsName = byName.get(keys.name);
    const found =
      (keys.repo ? byAddress.get(keys.repo) : undefined) ??
      keys.web.map((key) => byAddress.get(key)).find((record) => record !== undefined) ??
      (byItsName && sameProject(keys.repo, identityKeys(byItsName).repo) ? byItsName : undefined);
    if (found) result.set(id, found);
  }
  return result;
}

/**
 * Whether two records of the same name are one project: names alone are weak, so they are
 * trusted where one side records no repository, or where the repositories differ only in their
 * owner (a project that moved to a new organisation: `allegroai/clearml` → `clearml/clearml`).
 */
function sameProject(repo: string | undefined, other: string | undefined): boolean {
  if (!repo || !other) return true;
  return repo.split('/').at(-1) === other.split('/').at(-1);
}

interface ToolIdentity {
  readonly name: string;
  readonly url: string;
  readonly repo?: string | null | undefined;
}

/**
 * Each tool's adoption: the lists of the snapshot that include it. Tools the lists do not
 * include get `lists: []` (a count of zero is a fact of the snapshot, not a missing value).
 */
export function listAdoptionOf<T extends ToolIdentity>(
  tools: ReadonlyMap<string, T>,
  snapshot: ListSnapshot,
): Map<string, ListAdoption> {
  const records = listedRecords(tools, snapshot.tools);
  const listsById = new Map(snapshot.lists.map((list) => [list.id, list]));
  const result = new Map<string, ListAdoption>();
  for (const id of tools.keys()) {
    const lists = (records.get(id)?.lists ?? []).flatMap((listId) => listsById.get(listId) ?? []);
    result.set(id, { lists, of: snapshot.lists.length, date: snapshot.date });
  }
  return result;
}

/** "In 3 of 5 curated lists (snapshot of 2026-12-07)", or that it is in none of them. */
export function listAdoptionSummary(adoption: ListAdoption): string {
  const when = `snapshot of ${adoption.date}`;
  return adoption.lists.length === 0
    ? `In none of the ${adoption.of} curated lists the guide reads (${when})`
    : `In ${adoption.lists.length} of ${adoption.of} curated lists (${when})`;
}
