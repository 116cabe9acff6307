/**
 * `npm run report:stale [-- --days 365]`: lists tools and resources not reviewed for a year,
 * so a maintainer can re-check their facts and bump `reviewed:`.
 */
import { isoDay } from '../src/lib/dates.ts';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/lib/content-files.ts';
import { formatProblem, readCheckedContent } from '../src/lib/content-check.ts';
import { STALE_AFTER_DAYS, daysSinceReview, staleEntries } from './lib/facts/stale.ts';

const { values } = parseArgs({ options: { days: { type: 'string' } } });
const days = Number(values.days ?? STALE_AFTER_DAYS);
const content = readCheckedContent(readContentFiles());
if (content.problems.length > 0) {
  for (const problem of content.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const today = new Date();
const entries = [...content.tools, ...content.resources].map((entry) => ({
  path: entry.path,
  name: entry.data.name,
  added: entry.data.added,
  reviewed: entry.data.reviewed,
}));
const stale = staleEntries(entries, today, days);
if (stale.length === 0) {
  console.log(`All ${entries.length} entries were reviewed in the last ${days} days.`);
} else {
  console.log(`${stale.length} of ${entries.length} entries not reviewed for over ${days} days:\n`);
  for (const entry of stale) {
    const last = isoDay(entry.reviewed ?? entry.added);
    console.log(
      `${entry.path}  ${entry.name}  last reviewed ${last} (${daysSinceReview(entry, today)} days ago)`,
    );
  }
}
