/**
 * `npm run export:markdown [-- --output <file>]`: the whole directory as one Markdown list, on
 * standard output or into a file. The site publishes the same document at `/guide.md` with every
 * build; nothing in the repository is generated, so a content pull request never refreshes it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE } from '../src/config.ts';
import { contentRoot, readContentFiles } from '../src/lib/content-files.ts';
import { formatProblem, readCheckedContent } from '../src/lib/content-check.ts';
import { exportMarkdown } from '../src/lib/export-markdown.ts';
import { readUpstream } from '../src/lib/upstream/read.ts';

const { values } = parseArgs({ options: { output: { type: 'string' } } });
const content = readCheckedContent(readContentFiles());
if (content.problems.length > 0) {
  for (const problem of content.problems) console.error(formatProblem(problem));
  process.exit(1);
}
// Machine-collected facts, apart from the hand-written entries (npm run refresh:upstream).
const upstream = readUpstream(join(contentRoot(), 'upstream')).tools;
const markdown = exportMarkdown(content, {
  upstream,
  title: SITE.title,
  description: SITE.description,
  siteUrl: SITE.url,
});

if (values.output === undefined) process.stdout.write(markdown);
else {
  writeFileSync(values.output, markdown);
  console.error(`Wrote ${values.output}.`);
}
