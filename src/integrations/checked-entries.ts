/**
 * The fields of each content file as the content check validated them before the build, handed to the
 * collections' loaders in the same process (the check starts when Astro reads its configuration,
 * the loaders run later, each from its own copy of the modules): a large directory is read and
 * parsed once, not twice. The check runs beside Astro's start-up (`content-check.ts`), so what it
 * hands over is a promise the loaders wait for.
 */
import type { CollectionName, ContentFile } from '../lib/content-check.ts';

export interface CheckedEntry {
  readonly file: ContentFile;
  /** The fields as the collection's schema reads them: only entries that pass it are handed over. */
  readonly data: Record<string, unknown>;
}

const STORE = Symbol.for('mlops-guide:checked-entries');

type Handover = Promise<Map<string, CheckedEntry>>;

function slot(): { handover?: Handover } {
  const global = globalThis as { [STORE]?: { handover?: Handover } };
  return (global[STORE] ??= {});
}

/**
 * Hands over what the check will have read of each file, as its schema reads it: the loaders
 * wait for it. A check that finds problems stops the build before the promise settles.
 */
export function handOver(entries: Promise<readonly CheckedEntry[]>): void {
  slot().handover = entries.then((list) => new Map(list.map((entry) => [entry.file.path, entry])));
}

/** The handed-over entries once the check is done; undefined when nothing was handed over. */
export async function checkedEntries(): Promise<ReadonlyMap<string, CheckedEntry> | undefined> {
  return slot().handover;
}

/**
 * Every entry of `collection` the check handed over, once; undefined when nothing was handed over
 * (`astro dev`, which runs no check, or a second sync), and the loader reads the files itself.
 * A build reads its entries from here without opening a file again: the check read them moments
 * before and stops the build if any has a problem.
 */
export async function takeCollection(collection: CollectionName): Promise<CheckedEntry[] | undefined> {
  const handover = slot().handover;
  if (!handover) return undefined;
  const entries = await handover;
  if (entries.size === 0) return undefined;
  const taken = [...entries.values()].filter((entry) => entry.file.collection === collection);
  for (const entry of taken) entries.delete(entry.file.path);
  return taken;
}
