/**
 * The fields of each content file as the content check read them before the build, handed to the
 * collections' loaders in the same process (the check runs when Astro reads its configuration,
 * the loaders later, each from its own copy of the modules): a large directory is read and parsed
 * once, not twice.
 */
import type { CollectionName, ContentFile } from '../lib/content-check.ts';

export interface CheckedEntry {
  readonly file: ContentFile;
  readonly data: Record<string, unknown>;
}

const STORE = Symbol.for('mlops-guide:checked-entries');

function store(): Map<string, CheckedEntry> {
  const global = globalThis as { [STORE]?: Map<string, CheckedEntry> };
  return (global[STORE] ??= new Map());
}

/** Keeps what the check read of `file` for the loader of its collection. */
export function handOver(file: ContentFile, data: Record<string, unknown>): void {
  store().set(file.path, { file, data });
}

/**
 * Every entry of `collection` the check handed over, once; undefined when nothing was handed over
 * (`astro dev`, which runs no check, or a second sync), and the loader reads the files itself.
 * A build reads its entries from here without opening a file again: the check read them moments
 * before and stops the build if any has a problem.
 */
export function takeCollection(collection: CollectionName): CheckedEntry[] | undefined {
  const entries = store();
  if (entries.size === 0) return undefined;
  const taken = [...entries.values()].filter((entry) => entry.file.collection === collection);
  for (const entry of taken) entries.delete(entry.file.path);
  return taken;
}
