/**
 * Merges the entries of several curated lists into one snapshot: one record per tool (matched
 * by repository, else address, else name), with the ids of the lists that include it.
 */
import { identityKeys, type CuratedList, type ListSnapshot } from '../../../src/lib/curated-lists.ts';
import type { ListedTool } from '../../../src/schemas/curated-lists.ts';
import type { ListEntry } from './parse.ts';

interface Merged {
  name: string;
  url: string;
  repo?: string;
  lists: Set<string>;
}

export function mergeLists(
  read: readonly { readonly list: CuratedList; readonly entries: readonly ListEntry[] }[],
  date: string,
): ListSnapshot {
  const records: Merged[] = [];
  const byKey = new Map<string, Merged>();
  for (const { list, entries } of read) {
    for (const entry of entries) {
      const keys = identityKeys(entry);
      const strong = [keys.repo, ...keys.web].filter((key): key is string => key !== undefined);
      const found =
        strong.map((key) => byKey.get(key)).find((record) => record !== undefined) ??
        (keys.repo ? undefined : byKey.get(keys.name));
      const record = found ?? { name: entry.name, url: entry.url, lists: new Set<string>() };
      if (!found) records.push(record);
      if (entry.repo && !record.repo) record.repo = entry.repo;
      record.lists.add(list.id);
      for (const key of [...strong, keys.name]) if (!byKey.has(key)) byKey.set(key, record);
    }
  }
  const tools = records
    .map((record): ListedTool => ({
      name: record.name,
      url: record.url,
      ...(record.repo ? { repo: record.repo } : {}),
      lists: read.map(({ list }) => list.id).filter((id) => record.lists.has(id)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  return { date, lists: read.map(({ list }) => list), tools };
}
