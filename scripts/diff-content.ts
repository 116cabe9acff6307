/**
 * `npm run diff:content -- --base <ref> [--output <file>]`: what the working tree changes in the
 * directory compared with a git ref (a branch, tag or commit), in Markdown: the tools and
 * resources added, removed, renamed and changed, warnings for reviewers, and the content check.
 * It reads the ref with `git ls-tree` and `git show` (never through a shell); the comparison
 * itself is scripts/lib/diff/content-diff.ts. Exits 0 whatever the content says; 2 when git cannot help.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS, contentRoot, readContentFiles } from '../src/lib/content-files.ts';
import type { CollectionName, ContentFile } from '../src/lib/content-check.ts';
import { diffContent, renderDiffMarkdown } from './lib/diff/content-diff.ts';
import { SITE_RULES } from '../src/lib/content-rules/index.ts';

const USAGE = 'usage: npm run diff:content -- --base <git ref> [--output <file>]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function git(args: readonly string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The commit a ref names; refuses anything git would read as an option. */
function resolveCommit(ref: string, cwd: string): string {
  if (ref === '' || ref.startsWith('-')) fail(`--base: "${ref}" is not a git ref\n${USAGE}`);
  try {
    return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd).trim();
  } catch {
    return fail(
      `--base: git knows no commit "${ref}" (fetch it first, e.g. git fetch origin main)\n${USAGE}`,
    );
  }
}

/**
 * The content files at `commit`, with the paths and collections `readContentFiles` gives the
 * working tree, so both sides compare file by file.
 */
function contentFilesAt(commit: string, root: string): ContentFile[] {
  const top = git(['rev-parse', '--show-toplevel'], process.cwd()).trim();
  const rootInRepo = relative(top, resolve(root)).split(sep).join('/');
  if (rootInRepo.startsWith('..') || isAbsolute(rootInRepo)) {
    fail(`the content folder ${root} is outside the git repository ${top}`);
  }
  const prefix = rootInRepo === '' ? '' : `${rootInRepo}/`;
  const listed = git(['ls-tree', '-r', '-z', '--full-tree', '--name-only', commit, '--', prefix || '.'], top)
    .split('\0')
    .filter((path) => path !== '' && path.startsWith(prefix))
    .sort();
  const files: ContentFile[] = [];
  for (const path of listed) {
    const [collection, ...rest] = path.slice(prefix.length).split('/');
    if (!COLLECTIONS.includes(collection as CollectionName) || rest.length === 0) continue;
    if (rest.some((part) => part.startsWith('.'))) continue;
    files.push({
      path: relative(process.cwd(), join(top, path)),
      collection: collection as CollectionName,
      text: git(['show', `${commit}:${path}`], top),
    });
  }
  return files;
}

const { values } = parseArgs({
  options: { base: { type: 'string' }, output: { type: 'string' } },
});
if (values.base === undefined) fail(`--base is required\n${USAGE}`);

const root = contentRoot();
const commit = resolveCommit(values.base, process.cwd());
const diff = diffContent(contentFilesAt(commit, root), readContentFiles(root), SITE_RULES);
const markdown = renderDiffMarkdown(diff, {
  base: values.base === commit ? commit.slice(0, 12) : `${values.base} (${commit.slice(0, 12)})`,
});
if (values.output === undefined) {
  process.stdout.write(markdown);
} else {
  mkdirSync(dirname(values.output), { recursive: true });
  writeFileSync(values.output, markdown);
  console.log(`Wrote the directory diff against ${values.base} to ${values.output}.`);
}
