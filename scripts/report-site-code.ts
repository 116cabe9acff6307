/**
 * `node scripts/report-site-code.ts [folder]`: the modules of `src/` (or of `folder`) that the
 * site never runs, with their lines: candidates for `scripts/lib/`. Exits 1 when there are any.
 */
import { importGraph } from './lib/import-graph.ts';
import { linesOf, modulesTheSiteNeverRuns } from './lib/site-code.ts';

const folder = process.argv[2] ?? 'src';
const root = process.cwd();
const unused = modulesTheSiteNeverRuns(root, folder);
const total = [...importGraph(root, [folder]).keys()].reduce((sum, module) => sum + linesOf(module), 0);
const lines = unused.reduce((sum, { lines }) => sum + lines, 0);
for (const { module, lines } of unused) console.log(`${String(lines).padStart(5)}  ${module}`);
console.log(`${lines} of ${total} lines of ${folder}/ are never run by the site.`);
process.exitCode = unused.length > 0 ? 1 : 0;
