/**
 * `npm run export:markdown`: writes GUIDE.md, the whole directory as one Markdown list.
 * `--check` exits 1 when GUIDE.md differs from what the content would produce.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SITE } from '../src/config.ts';
import { join } from 'node:path';
import { contentRoot, readContentFiles } from '../src/integrations/content-files.ts';
import { formatProblem, readCheckedContent } from '../src/lib/content-check.ts';
import { exportMarkdown } from '../src/lib/export-markdown.ts';
import { readUpstream } from '../src/lib/upstream/read.ts';

const OUTPUT = 'GUIDE.md';
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

if (process.argv.includes('--check')) {
  const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
  if (current !== markdown) {
    console.error(`${OUTPUT} is out of date: run \`npm run export:markdown\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${OUTPUT} is up to date.`);
} else {
  writeFileSync(OUTPUT, markdown);
  console.log(`Wrote ${OUTPUT}.`);
}
