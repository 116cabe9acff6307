/**
 * `npm run snapshot:lists -- <folder>`: takes the coverage snapshot (`content/coverage/snapshot.yaml`)
 * from local copies of the public curated lists in `<folder>`, one per list, each either a clone
 * named after the repository (`awesome-mlops/`) or a bare snapshot (`kelvins+awesome-mlops/repo`).
 * It keeps names and addresses only: tools that at least two lists include, and any tool of the
 * directory that one list includes. Maintainers run it a few times a year and review the diff.
 * It needs no network itself: clone the lists first (`git clone --depth 1 <repository>`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { contentRoot, readContentFiles } from '../src/lib/content-files.ts';
import { listedRecords, type CuratedList } from '../src/lib/curated-lists.ts';
import { SNAPSHOT_FILE } from '../src/lib/curated-lists-read.ts';
import { readCheckedContent } from '../src/lib/content-check.ts';
import { isoDay } from './lib/scaffold/new-entry.ts';
import { LIST_SOURCES, type ListSource } from './lib/coverage/lists.ts';
import { mergeLists } from './lib/coverage/snapshot.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run snapshot:lists -- <folder with a clone of each list>');
  console.error(LIST_SOURCES.map((list) => `  ${list.repository}`).join('\n'));
  process.exit(2);
}

/** The list's file and the date of its newest commit, from a clone or a bare snapshot. */
function readSource(source: ListSource): { text: string; date: string } {
  const [owner, name] = source.repository.split('/').slice(-2) as [string, string];
  const candidates = [join(folder ?? '', name), join(folder ?? '', `${owner}+${name}`, 'repo')];
  const gitDir = candidates.find((candidate) => existsSync(candidate));
  if (!gitDir)
    throw new Error(`no copy of ${source.repository} in ${folder} (looked for ${candidates.join(', ')})`);
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const working = join(gitDir, source.file);
  const text = existsSync(working) ? readFileSync(working, 'utf8') : git('show', `HEAD:${source.file}`);
  return { text, date: git('log', '-1', '--format=%cs').trim() };
}

const read = LIST_SOURCES.map((source) => {
  const { text, date } = readSource(source);
  const entries = source.read(text);
  if (entries.length === 0)
    throw new Error(`${source.repository}: no entries read (has its format changed?)`);
  const list: CuratedList = { id: source.id, name: source.name, url: source.repository, date };
  console.error(`${source.id}: ${entries.length} entries (as of ${date})`);
  return { list, entries };
});

const content = readCheckedContent(readContentFiles());
const directory = new Map(content.tools.map((tool) => [tool.id, tool.data]));
const all = mergeLists(read, isoDay(new Date()));
const ours = new Set(listedRecords(directory, all.tools).values());
const snapshot = { ...all, tools: all.tools.filter((tool) => tool.lists.length >= 2 || ours.has(tool)) };
const out = join(contentRoot(), 'coverage');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, SNAPSHOT_FILE),
  '# Names and addresses from public curated lists (npm run snapshot:lists). Facts only; not edited by hand.\n' +
    stringify(snapshot, { lineWidth: 0 }),
);
console.error(
  `${snapshot.tools.length} tools kept of ${all.tools.length} read; ${ours.size} of the directory's ${directory.size} tools are listed.`,
);
