/**
 * `npm run report:coverage [-- --threshold 3]`: how much of what the major curated lists agree on
 * the directory lists, from the dated snapshot in `content/coverage/` (no network).
 */
import { parseArgs } from 'node:util';
import { contentRoot, readContentFiles } from '../src/lib/content-files.ts';
import { readListSnapshot, readRejectedTools } from '../src/lib/curated-lists-read.ts';
import { formatProblem, readCheckedContent } from '../src/lib/content-check.ts';
import { coverageMarkdown, coverageReport } from './lib/coverage/report.ts';

const { values } = parseArgs({ options: { threshold: { type: 'string', default: '3' } } });
const content = readCheckedContent(readContentFiles());
if (content.problems.length > 0) {
  for (const problem of content.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const snapshot = readListSnapshot(contentRoot());
if (!snapshot) {
  console.error('No snapshot in content/coverage/: run npm run snapshot:lists first.');
  process.exit(1);
}
const directory = new Map(content.tools.map((tool) => [tool.id, tool.data]));
const report = coverageReport(
  directory,
  snapshot,
  readRejectedTools(contentRoot()),
  Number(values.threshold),
);
process.stdout.write(coverageMarkdown(report, snapshot));
