/**
 * `npm run report:facts`: the age of every tool's facts (the day they were last reviewed, the
 * longest-waiting first, with how many sources they cite and when the facts of its repository
 * were collected), then every fact the upstream bot would change (repository and governance
 * findings, with the proposal and where it was read). See CONTRIBUTING, "Keeping entries fresh".
 *
 *   npm run report:facts [-- --today 2026-12-07] [-- --output facts.md] [-- --days 365]
 *
 * Exit 0 whatever it finds; 1 when the content or the upstream data is invalid.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, readContentFiles } from '../src/lib/content-files.ts';
import { formatProblem, readCheckedContent } from '../src/lib/content-check.ts';
import { isoDay } from '../src/lib/dates.ts';
import { allSources } from '../src/lib/tool-facts.ts';
import { upstreamViews } from '../src/lib/upstream-view.ts';
import { reviewUpstream } from './lib/upstream/findings.ts';
import { readGovernance, readUpstream } from '../src/lib/upstream/read.ts';
import { githubHosts } from '../src/lib/upstream/repo-url.ts';
import { STALE_AFTER_DAYS } from './lib/facts/stale.ts';
import { renderFactsReport } from './lib/facts/facts-report.ts';
import { DEFAULT_API_URL, readToolRefs } from './refresh-upstream.ts';

function main(): number {
  let values;
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      options: { today: { type: 'string' }, output: { type: 'string' }, days: { type: 'string' } },
      strict: true,
    }).values;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const todayText = values.today ?? isoDay(new Date());
  const days = Number(values.days ?? STALE_AFTER_DAYS);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(todayText) || Number.isNaN(Date.parse(todayText)) || !(days > 0)) {
    console.error('--today expects YYYY-MM-DD and --days a positive number');
    return 2;
  }
  const today = new Date(`${todayText}T00:00:00Z`);
  const contentDir = contentRoot();
  const content = readCheckedContent(readContentFiles(contentDir));
  if (content.problems.length > 0) {
    for (const problem of content.problems) console.error(formatProblem(problem));
    return 1;
  }
  const dataDir = join(contentDir, 'upstream');
  let upstream;
  let governance;
  try {
    upstream = readUpstream(dataDir);
    governance = readGovernance(dataDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const tools = content.tools.map((entry) => ({ slug: entry.id, path: entry.path, ...entry.data }));
  const views = upstreamViews(tools, upstream.tools);
  const hosts = githubHosts(
    process.env['GITHUB_API_URL'] || DEFAULT_API_URL,
    process.env['GITHUB_SERVER_URL'] || undefined,
  );
  const review = reviewUpstream(readToolRefs(contentDir), upstream, { today: todayText, hosts, governance });
  const report = renderFactsReport({
    entries: tools.map((tool) => ({
      slug: tool.slug,
      path: tool.path,
      name: tool.name,
      added: tool.added,
      reviewed: tool.reviewed,
      sources: allSources(tool).length,
      upstreamAsOf: views.get(tool.slug)?.asOf,
    })),
    review,
    today,
    staleAfterDays: days,
  });
  if (values.output) {
    writeFileSync(values.output, report);
    console.log(`Facts report written to ${values.output}.`);
  } else process.stdout.write(report);
  return 0;
}

process.exitCode = main();
