/** `npm run validate`: checks every content file and prints all problems at once. */
import { checkContent, formatProblem } from '../src/lib/content-check.ts';
import { SITE_RULES } from '../src/lib/content-rules/index.ts';
import { readContentFiles } from '../src/integrations/content-files.ts';

const files = readContentFiles();
const problems = checkContent(files, SITE_RULES);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s).`);
  process.exit(1);
}
console.log(`Content OK: ${files.length} files checked.`);
