/**
 * The fields of each content file as the content check read them before the build, handed to the
 * collections' loaders in the same process (the check runs when Astro reads its configuration,
 * the loaders later, each from its own copy of the modules): a large directory is parsed once,
 * not twice. A loader takes an entry only while the file's text is the one that was checked.
 */
import type { ContentFile } from '../lib/content-check.ts';

interface CheckedEntry {
  readonly text: string;
  readonly data: Record<string, unknown>;
}

const STORE = Symbol.for('mlops-guide:checked-entries');

function store(): Map<string, CheckedEntry> {
  const global = globalThis as { [STORE]?: Map<string, CheckedEntry> };
  return (global[STORE] ??= new Map());
}

/** Keeps what the check read of `file` for the loader of its collection. */
export function handOver(file: ContentFile, data: Record<string, unknown>): void {
  store().set(file.path, { text: file.text, data });
}

/** What the check read of `file`, once, if its text has not changed since; undefined otherwise. */
export function takeOver(file: ContentFile): Record<string, unknown> | undefined {
  const entries = store();
  const entry = entries.get(file.path);
  entries.delete(file.path);
  return entry?.text === file.text ? entry.data : undefined;
}
