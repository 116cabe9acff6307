/**
 * The content reader: the collections of `content/` and the files each holds, read for the
 * content check, the build's loaders and the maintainers' scripts alike.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The folders of `content/`, one collection each. */
export type CollectionName = 'categories' | 'tools' | 'resources' | 'guides' | 'redirects';

export interface ContentFile {
  /** Path shown to the contributor, relative to the repository ("content/tools/mlflow.yaml"). */
  readonly path: string;
  readonly collection: CollectionName;
  readonly text: string;
  /**
   * Why the reader could not take this path as an entry (a symbolic link, a folder, a hidden or
   * oversized file, text that is not UTF-8); the check reports it and reads nothing more.
   */
  readonly refused?: { readonly message: string; readonly line: number };
  /**
   * When the file entered the repository's history (seconds since the epoch; `Infinity` when not
   * committed yet; its modification time outside Git): of two duplicate entries, the newer is
   * blamed.
   */
  readonly addedAt?: number;
}

export const COLLECTIONS: readonly CollectionName[] = [
  'categories',
  'tools',
  'resources',
  'guides',
  'redirects',
];

/** The one file type each collection holds. */
export const ENTRY_EXTENSIONS: Record<CollectionName, string> = {
  categories: '.yaml',
  tools: '.yaml',
  resources: '.yaml',
  guides: '.mdx',
  redirects: '.yaml',
};

/**
 * The largest file the check reads, per collection (CONTRIBUTING, "Limits"): a tool entry is
 * about 2–5 KB, a guide about 5 KB. Anything far larger is a mistake or an attack on the build.
 */
export const MAX_FILE_BYTES: Record<CollectionName, number> = {
  categories: 64 * 1024,
  tools: 64 * 1024,
  resources: 64 * 1024,
  guides: 256 * 1024,
  redirects: 64 * 1024,
};

/** Files an operating system or editor leaves beside the entries; never entries themselves. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep']);

/** The content directory: `CONTENT_DIR` (used by benchmarks and fixtures) or `content/`. */
export function contentRoot(): string {
  return process.env['CONTENT_DIR'] ?? 'content';
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/**
 * Decodes a file as UTF-8, or says on which line it stops being UTF-8. A byte-order mark is
 * dropped, as every YAML and MDX reader does.
 */
function decode(bytes: Buffer): { text: string } | { line: number } {
  try {
    const text = UTF8.decode(bytes);
    return { text };
  } catch {
    const lenient = bytes.toString('utf8');
    const at = lenient.indexOf('\uFFFD');
    return { line: lenient.slice(0, Math.max(at, 0)).split('\n').length };
  }
}

/** One scratch buffer for every read: a fresh 64 KB buffer per file cost 10,000 tools seconds. */
let scratch = Buffer.allocUnsafe(0);
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads at most `limit + 1` bytes, so an oversized file is never loaded whole. The bytes live in
 * a shared buffer until the next read: decode them before reading another file.
 */
function readBounded(path: string, limit: number): Buffer {
  if (scratch.length < limit + 1) scratch = Buffer.allocUnsafe(limit + 1);
  const descriptor = openSync(path, 'r');
  try {
    const read = readSync(descriptor, scratch, 0, limit + 1, 0);
    return scratch.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * When each content file first entered the repository's history (seconds since the epoch), and
 * `Infinity` for files not committed yet: the newer of two duplicates is the one that adds the
 * duplicate. Not known when `root` is not in a Git work tree (or Git is missing).
 */
function historyOf(root: string): { known: boolean; addedAt: Map<string, number> } {
  const addedAt = new Map<string, number>();
  const git = (args: string[]) =>
    spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const top = git(['rev-parse', '--show-toplevel']);
  if (top.status !== 0) return { known: false, addedAt };
  const repository = top.stdout.trim();
  // Oldest first, so the first commit that adds a path is kept even if it was deleted and re-added.
  const log = git(['log', '--reverse', '--diff-filter=A', '--format=%x00%ct', '--name-only', '--', '.']);
  if (log.status === 0) {
    let time = 0;
    for (const line of log.stdout.split('\n')) {
      if (line.startsWith('\u0000')) time = Number(line.slice(1));
      else if (line && !addedAt.has(line)) addedAt.set(resolve(repository, line), time);
    }
  }
  return { known: true, addedAt };
}

/**
 * Reads every file of every collection under `root`, paths relative to the working directory.
 * Nothing is skipped in silence: a symbolic link (never followed), a folder, a hidden entry file,
 * a file over the size limit or one that is not UTF-8 comes back `refused`, with the reason, for
 * the content check to report. Only operating-system litter (`.DS_Store`) is passed over.
 */
export function readContentFiles(
  root = contentRoot(),
  options: {
    /** Read only these collections (the build's loader reads one at a time). */
    readonly collections?: readonly CollectionName[];
    /** Look up when each file entered Git (only the duplicate rule needs it). */
    readonly history?: boolean;
  } = {},
): ContentFile[] {
  const files: ContentFile[] = [];
  const history =
    options.history === false ? { known: false, addedAt: new Map<string, number>() } : historyOf(root);
  for (const collection of options.collections ?? COLLECTIONS) {
    const directory = join(root, collection);
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    const expected = ENTRY_EXTENSIONS[collection];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (SYSTEM_FILES.has(entry.name)) continue;
      const absolute = resolve(directory, entry.name);
      const path = relative(process.cwd(), absolute);
      const stats = lstatSync(absolute);
      // Outside Git, a copied file's modification time is the best sign of which file is new.
      const addedAt = history.known
        ? (history.addedAt.get(absolute) ?? Number.POSITIVE_INFINITY)
        : stats.mtimeMs / 1000;
      const base = { path, collection, text: '', addedAt };
      const refuse = (message: string, line = 1) => files.push({ ...base, refused: { message, line } });
      if (stats.isSymbolicLink()) {
        refuse(`a symbolic link: entries must be ordinary files (links are never followed)`);
      } else if (stats.isDirectory()) {
        refuse(
          `a folder inside content/${collection}/: entries are ${expected} files directly in ` +
            `content/${collection}/, and nothing in a subfolder is ever built (move its files up)`,
        );
      } else if (!stats.isFile()) {
        refuse(`not an ordinary file (expected a ${expected} file)`);
      } else if (entry.name.startsWith('.')) {
        refuse(`a hidden file is never built (expected a name without the leading dot)`);
      } else if (stats.size > MAX_FILE_BYTES[collection]) {
        refuse(
          `the file is ${kb(stats.size)}, over the limit of ${kb(MAX_FILE_BYTES[collection])} for one entry`,
        );
      } else {
        const decoded = decode(readBounded(absolute, MAX_FILE_BYTES[collection]));
        if ('line' in decoded)
          refuse('not valid UTF-8 text (save the file with UTF-8 encoding)', decoded.line);
        else files.push({ ...base, text: decoded.text });
      }
    }
  }
  return files;
}
