import type { Loader } from 'astro/loaders';
import type { CollectionName, ContentFile } from '../lib/content-rules/context.ts';
import type { EntryData } from '../lib/content-read.ts';
import { takeCollection } from './checked-entries.ts';

type LoadedEntry = EntryData & {
  readonly file: ContentFile;
  /** The fields passed the collection's schema already (in the content check). */
  readonly validated: boolean;
};

/**
 * Fields of a collection's entries that name an entry of another collection, and which one: the
 * collection's schema reads each with Astro's `reference()` (`src/content.config.ts`).
 */
export type References = Readonly<Record<string, Exclude<CollectionName, 'guides'>>>;

/** The collection's files and their fields: as the content check handed them over, else read now. */
async function entriesOf(collection: Exclude<CollectionName, 'guides'>): Promise<LoadedEntry[]> {
  const handed = await takeCollection(collection);
  if (handed) return handed.map(({ file, data }) => ({ file, problems: [], data, validated: true }));
  const { readEntryData } = await import('../lib/content-read.ts');
  const { contentRoot, readContentFiles } = await import('../lib/content-files.ts');
  // One collection, and no Git history: only the check's duplicate rule needs it.
  return [...readContentFiles(contentRoot(), { collections: [collection], history: false })].map((file) => ({
    file,
    ...readEntryData(file),
    validated: false,
  }));
}

/**
 * Validated fields as the collection's schema stores them: a reference is stored as Astro's
 * `reference()` reads it, `{ id, collection }`.
 */
export function asStored(data: Record<string, unknown>, references: References): Record<string, unknown> {
  const stored = { ...data };
  for (const [field, collection] of Object.entries(references)) {
    const id = data[field];
    if (typeof id === 'string') stored[field] = { id, collection };
  }
  return stored;
}

/**
 * An Astro loader for a YAML collection that reads the files exactly as `npm run validate` does
 * (`readContentFiles` + `readEntryData`): one reader for the check and the build, so every file
 * the check accepts is built as the check read it, and every file it refuses is never built
 * (a build stops at the content check first; `astro dev` logs the problem and leaves the entry out).
 */
export function checkedYaml(
  collection: Exclude<CollectionName, 'guides'>,
  references: References = {},
): Loader {
  return {
    name: 'mlops-guide:checked-yaml',
    load: async ({ store, parseData, generateDigest, logger, watcher }) => {
      const sync = async () => {
        store.clear();
        for (const { file, data, problems, validated } of await entriesOf(collection)) {
          if (!data) {
            const { formatProblem } = await import('../lib/content-read.ts');
            for (const problem of problems) logger.warn(formatProblem(problem));
            continue;
          }
          const id =
            file.path
              .split('/')
              .at(-1)
              ?.replace(/\.yaml$/, '') ?? file.path;
          // The check validated a build's entries with the same schemas moments before (in its
          // worker): 10,000 tools were half a second of validating again on the main thread.
          const parsed = validated
            ? asStored(data, references)
            : await parseData({ id, data, filePath: file.path });
          store.set({ id, data: parsed, filePath: file.path, digest: generateDigest(file.text) });
        }
      };
      await sync();
      // `astro dev`: reload the collection when one of its files changes.
      watcher?.on('all', (_event, path) => {
        if (path.includes(`/${collection}/`)) void sync();
      });
    },
  };
}
