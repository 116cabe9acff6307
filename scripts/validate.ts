/**
 * `npm run validate`: checks every content file and prints all problems at once. On GitHub
 * Actions it also prints each problem as a workflow command, so a pull request shows it on the
 * line it is on; elsewhere the output is only the `file:line — field — message` lines.
 */
import { checkContent, formatProblem } from '../src/lib/content-check.ts';
import { SITE_RULES } from '../src/lib/content-rules/index.ts';
import { onGitHubActions, problemAnnotation } from './lib/annotations/github-annotations.ts';
import { parse } from 'yaml';
import { readContentFiles } from '../src/lib/content-files.ts';
import { sourceWarnings } from './lib/link-report/source-lint.ts';

const files = readContentFiles();
const problems = checkContent(files, SITE_RULES);
// Warnings never fail the check (a weak source may be one of several, but is worth replacing); they go
// to standard output, so the problems alone stay on standard error.
const warnings = files
  .filter((file) => file.collection === 'tools' || file.collection === 'resources')
  .flatMap((file) => {
    try {
      return sourceWarnings(file.path, parse(file.text));
    } catch {
      return [];
    }
  });
for (const warning of warnings)
  console.log(`${warning.file} — ${warning.field} — warning: ${warning.message} (${warning.url})`);
if (warnings.length > 0)
  console.log(`${warnings.length} weak source(s): see CONTRIBUTING, "What reviewers look for".\n`);
if (problems.length > 0) {
  // The runner reads workflow commands from standard output; the readable lines stay on stderr.
  if (onGitHubActions(process.env)) for (const problem of problems) console.log(problemAnnotation(problem));
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s).`);
  process.exit(1);
}
console.log(`Content OK: ${files.length} files checked.`);
