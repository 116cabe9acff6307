/**
 * `npm run report:upstream`: where our entries (`content/tools/*.yaml`: status, license,
 * licenseId, repo) and the collected upstream facts (`content/upstream/github.json`) disagree,
 * as Markdown: archived upstream but not here; no push for 12 months but marked active; a
 * different license id; `open-source` with a license that is not OSI-approved; a repository
 * that moved or is not found; and, from the foundations' landscapes (`landscapes.json`), a
 * foundation, maturity or year joined that differs from ours. Findings that follow the
 * directory's rules carry a proposal. The bot's pull request uses the same report as its body.
 *
 *   npm run report:upstream                               prints the report
 *   npm run report:upstream -- --output report.md         writes it to a file
 *   npm run report:upstream -- --max-chars 60000          cuts long categories to fit
 *   npm run report:upstream -- --today 2026-12-07         reviews as of that day
 *
 * Exit 0 whatever it finds (findings are for people to judge); 1 when the data is invalid. In
 * GitHub Actions, the number of findings is written to the step's outputs as `findings`.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-files.ts';
import { isoDay } from '../src/lib/dates.ts';
import { UPSTREAM_FILE } from '../src/lib/upstream/data.ts';
import { reviewUpstream } from './lib/upstream/findings.ts';
import { readGovernance, readUpstream } from '../src/lib/upstream/read.ts';
import { renderReport } from './lib/upstream/report.ts';
import { githubHosts } from '../src/lib/upstream/repo-url.ts';
import { DEFAULT_API_URL, readToolRefs } from './refresh-upstream.ts';

function main(): number {
  let values;
  try {
    values = parseArgs({
      args: process.argv.slice(2),
      options: {
        data: { type: 'string' },
        output: { type: 'string' },
        today: { type: 'string' },
        'max-chars': { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const today = values.today ?? isoDay(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    console.error(`--today expects YYYY-MM-DD, got "${today}"`);
    return 2;
  }
  const maxChars = values['max-chars'] === undefined ? undefined : Number(values['max-chars']);
  if (maxChars !== undefined && !(Number.isInteger(maxChars) && maxChars > 0)) {
    console.error(`--max-chars expects a positive whole number, got "${values['max-chars']}"`);
    return 2;
  }
  const contentDir = contentRoot();
  const dataDir = values.data ?? join(contentDir, 'upstream');
  let data;
  let governance;
  try {
    data = readUpstream(dataDir);
    governance = readGovernance(dataDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const hosts = githubHosts(
    process.env['GITHUB_API_URL'] || DEFAULT_API_URL,
    process.env['GITHUB_SERVER_URL'] || undefined,
  );
  const review = reviewUpstream(readToolRefs(contentDir), data, { today, hosts, governance });
  const report = renderReport(review, {
    dataFile: relative(process.cwd(), join(dataDir, UPSTREAM_FILE)),
    ...(maxChars === undefined ? {} : { maxChars }),
  });
  if (values.output) {
    writeFileSync(values.output, report);
    console.log(`${review.findings.length} finding(s); report written to ${values.output}.`);
  } else {
    process.stdout.write(report);
  }
  const githubOutput = process.env['GITHUB_OUTPUT'];
  if (githubOutput) appendFileSync(githubOutput, `findings=${review.findings.length}\n`);
  return 0;
}

process.exitCode = main();
