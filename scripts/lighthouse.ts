/**
 * `npm run lighthouse [-- --dist <dir> --base /]`: builds the site into a temporary directory
 * (or takes an already built one), serves it on 127.0.0.1 like a production host (gzip, cache
 * headers) and runs Lighthouse's default mobile audit on one page of each type. Prints the four
 * category scores per page and every failing audit of a category under 100; writes JSON to
 * bench-results/lighthouse-latest.json. A report: exits 0 whatever the scores, non-zero only
 * when Lighthouse cannot run.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { buildSite, REPO_ROOT } from './lib/build-site.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium.ts';
import { startStaticServer, type StaticServer } from './lib/static-server.ts';

const PAGES = [
  { name: 'home', path: '' },
  { name: 'category', path: 'categories/model-serving/' },
  { name: 'all tools', path: 'tools/' },
  { name: 'tool', path: 'tools/mlflow/' },
  { name: 'search', path: 'search/?q=model+registry' },
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof CATEGORIES)[number];

const OUTPUT = join(REPO_ROOT, 'bench-results', 'lighthouse-latest.json');
const UNSCORED = new Set(['manual', 'informative', 'notApplicable']);

interface FailingAudit {
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly displayValue?: string;
  /** Elements (CSS selectors) or URLs the audit points at, first few. */
  readonly targets: readonly string[];
}

interface PageReport {
  readonly page: string;
  readonly url: string;
  readonly scores: Record<CategoryId, number | null>;
  readonly failing: Partial<Record<CategoryId, FailingAudit[]>>;
  readonly runWarnings: readonly string[];
}

function parseOptions(): { dist?: string; base: string } {
  const { values } = parseArgs({
    options: { dist: { type: 'string' }, base: { type: 'string', default: '/' } },
  });
  return { ...(values.dist ? { dist: resolve(values.dist) } : {}), base: values.base };
}

const MAX_TARGETS = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** What a table row points at: a node's selector or a request's path. */
function targetOf(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  if (isRecord(item['node']) && typeof item['node']['selector'] === 'string') return item['node']['selector'];
  if (typeof item['url'] === 'string' && URL.canParse(item['url'])) {
    const url = new URL(item['url']);
    return `${url.pathname}${url.search}`;
  }
  return undefined;
}

/** Selectors and URLs listed in an audit's details (tables, or lists of tables). */
function detailTargets(details: unknown): string[] {
  if (!isRecord(details) || !Array.isArray(details['items'])) return [];
  const items: unknown[] = details['items'];
  const targets = items.flatMap((item) => {
    const nested = isRecord(item) && item['type'] === 'table' ? detailTargets(item) : [];
    const own = targetOf(item);
    return own === undefined ? nested : [own, ...nested];
  });
  return [...new Set(targets)].slice(0, MAX_TARGETS);
}

/** Audits of a category that did not pass: scored below 1, or errored. */
function failingAudits(lhr: Result, category: Result.Category): FailingAudit[] {
  return category.auditRefs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || UNSCORED.has(audit.scoreDisplayMode)) return [];
    if (audit.scoreDisplayMode !== 'error' && (audit.score === null || audit.score >= 1)) return [];
    return [
      {
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        targets: detailTargets(audit.details),
      },
    ];
  });
}

function pageReport(name: string, url: string, lhr: Result): PageReport {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const scores = {} as Record<CategoryId, number | null>;
  const failing: Partial<Record<CategoryId, FailingAudit[]>> = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score === null || category === undefined ? null : Math.round(category.score * 100);
    if (category && scores[id] !== 100) failing[id] = failingAudits(lhr, category);
  }
  return { page: name, url, scores, failing, runWarnings: lhr.runWarnings };
}

async function audit(chrome: LaunchedChrome, name: string, url: string): Promise<PageReport> {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  return pageReport(name, url, result.lhr);
}

function scoresTable(reports: readonly PageReport[]): string {
  const header = `| Page | ${CATEGORIES.join(' | ')} |`;
  const rule = `|------|${CATEGORIES.map((id) => `${'-'.repeat(id.length + 1)}:`).join('|')}|`;
  const rows = reports.map(
    (report) =>
      `| ${report.page} (\`${new URL(report.url).pathname}${new URL(report.url).search}\`) | ${CATEGORIES.map((id) => String(report.scores[id] ?? 'n/a').padStart(id.length)).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}

function failingList(reports: readonly PageReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const [category, audits] of Object.entries(report.failing)) {
      lines.push(`- **${report.page}** · ${category} ${report.scores[category as CategoryId] ?? 'n/a'}:`);
      for (const failed of audits) {
        const score = failed.score === null ? 'error' : failed.score.toFixed(2);
        const value = failed.displayValue ? `, ${failed.displayValue}` : '';
        const where =
          failed.targets.length > 0 ? ` — ${failed.targets.map((t) => `\`${t}\``).join(', ')}` : '';
        lines.push(`  - \`${failed.id}\` ${failed.title} (score ${score}${value})${where}`);
      }
      if (audits.length === 0)
        lines.push('  - (no single failing audit: the category score rounds below 100)');
    }
  }
  return lines.length > 0 ? lines.join('\n') : 'Every category scores 100 on every page.';
}

/** The site to audit: `--dist` as given, or a fresh build into `workDir`. */
async function siteDirectory(dist: string | undefined, workDir: string): Promise<string> {
  if (dist) {
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`--dist ${dist} has no index.html`);
    return dist;
  }
  console.error('Building the site into a temporary directory…');
  const outDir = join(workDir, 'out');
  const build = await buildSite({ outDir, workDir });
  console.error(`Built in ${build.wallSeconds.toFixed(1)}s (${build.indexedPages} pages indexed).`);
  return outDir;
}

async function run(server: StaticServer, chrome: LaunchedChrome): Promise<PageReport[]> {
  const reports: PageReport[] = [];
  for (const page of PAGES) {
    const url = new URL(page.path, server.url).href;
    console.error(`Auditing ${url}…`);
    reports.push(await audit(chrome, page.name, url));
  }
  return reports;
}

async function main(): Promise<void> {
  const options = parseOptions();
  const workDir = mkdtempSync(join(tmpdir(), 'mlops-lighthouse-'));
  let server: StaticServer | undefined;
  let chrome: LaunchedChrome | undefined;
  try {
    const site = await siteDirectory(options.dist, workDir);
    server = await startStaticServer(site, { base: options.base, production: true });
    const chromePath = chromiumExecutable({ full: true });
    chrome = await launch({
      ...(chromePath ? { chromePath } : {}),
      // chrome-launcher starts a visible browser unless told otherwise.
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      logLevel: 'error',
    });
    const reports = await run(server, chrome);
    console.log(
      `\n${scoresTable(reports)}\n\nFailing audits (categories under 100):\n\n${failingList(reports)}\n`,
    );
    const warnings = [...new Set(reports.flatMap((report) => report.runWarnings))];
    if (warnings.length > 0)
      console.log(`Lighthouse warnings:\n${warnings.map((w) => `- ${w}`).join('\n')}\n`);
    mkdirSync(join(REPO_ROOT, 'bench-results'), { recursive: true });
    const settings = { formFactor: 'mobile', server: 'gzip + cache headers', base: options.base };
    writeFileSync(
      OUTPUT,
      `${JSON.stringify({ date: new Date().toISOString(), settings, reports }, null, 2)}\n`,
    );
    console.log('Wrote bench-results/lighthouse-latest.json');
  } finally {
    chrome?.kill();
    await server?.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
