/**
 * `npm run bench [-- --runs 3 --sizes 1000,10000 --temp /dev/shm]`: builds the site from the real
 * content and from generated content with that many extra tools, `--runs` times each (cold Astro
 * cache every time), in a folder under `--temp`, and reports medians of build time, memory and
 * output size, the weight of each page type and the bytes a first search transfers. Prints a
 * markdown table and writes JSON to bench-results/.
 */
import { BUDGETS, firstSearchBudgetOf, htmlBudgetOf } from './lib/budgets.ts';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFloor } from './lib/astro-floor.ts';
import { describeFilesystem } from './lib/filesystem.ts';
import { formatPairedRatio, median, pairedRatio, type PairedRatio } from './lib/paired-ratio.ts';
import { buildSite, readBuildLog, REPO_ROOT, type BuildResult } from './lib/build-site.ts';
import { routeTimes, type RouteTime } from './lib/route-times.ts';
import { generateContent, REAL_CONTENT_DIR } from './lib/generate-content.ts';
import {
  directorySize,
  pageWeights,
  PAGE_TYPES,
  surveyHtml,
  type HtmlSurvey,
  type PageType,
  type PageWeight,
} from './lib/page-weight.ts';
import {
  DATA_VISITS,
  DEFAULT_SEARCH_TERM,
  measureDataTransfer,
  measureSearchTransfer,
  type DataTransfer,
  type SearchTransfer,
} from './lib/search-transfer.ts';
import { startStaticServer } from './lib/static-server.ts';

const RESULTS_DIR = join(REPO_ROOT, 'bench-results');

interface Options {
  readonly runs: number;
  readonly sizes: readonly number[];
  readonly term: string;
  /** Where the content, the builds and the floors are written (`--temp`); the system's temp folder by default. */
  readonly temp: string;
}

interface Dataset {
  readonly label: string;
  readonly extraTools: number;
  readonly contentDir: string;
}

interface Medians {
  readonly wallSeconds: number;
  readonly astroSeconds: number;
  readonly indexSeconds: number;
  readonly peakRssBytes: number | undefined;
  readonly distBytes: number;
  readonly distFiles: number;
}

interface DatasetResult {
  readonly label: string;
  readonly extraTools: number;
  readonly tools: number;
  readonly indexedPages: number;
  readonly runs: readonly (BuildResult & { readonly distBytes: number; readonly distFiles: number })[];
  readonly median: Medians;
  readonly pages: Record<PageType, PageWeight>;
  readonly html: HtmlSurvey;
  readonly firstSearch: SearchTransfer;
  /** Data a visit of a filtered listing, a two-tool comparison and a two-choice stack transfers. */
  readonly dataVisits: Record<keyof typeof DATA_VISITS, DataTransfer>;
  /** Seconds Astro takes to write as many HTML pages from a trivial template (the floor), median of one per run. */
  readonly floorSeconds: number;
  /** The same floor built with the site's per-page Astro settings and a sitemap (`src/astro-settings.ts`). */
  readonly siteFloorSeconds: number;
  /** Each run's Astro time over the floor built right after it (`scripts/lib/paired-ratio.ts`). */
  readonly floorRatio: PairedRatio;
  readonly siteFloorRatio: PairedRatio;
  /** Rendering time by kind of page, from Astro's log of the last run. */
  readonly routeTimes: readonly RouteTime[];
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string', default: '3' },
      sizes: { type: 'string', default: '1000,10000' },
      term: { type: 'string', default: DEFAULT_SEARCH_TERM },
      temp: { type: 'string', default: tmpdir() },
    },
  });
  const runs = Number(values.runs);
  const sizes = values.sizes
    .split(',')
    .filter((size) => size.trim() !== '')
    .map(Number);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number ≥ 1, got ${values.runs}`);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--sizes must be whole numbers ≥ 1 separated by commas, got ${values.sizes}`);
  }
  if (!existsSync(values.temp)) throw new Error(`--temp ${values.temp} does not exist`);
  return { runs, sizes, term: values.term, temp: values.temp };
}

function prepareDatasets(sizes: readonly number[], tempRoot: string): Dataset[] {
  const datasets: Dataset[] = [{ label: 'real', extraTools: 0, contentDir: REAL_CONTENT_DIR }];
  for (const size of sizes) {
    const contentDir = join(tempRoot, `content-${size}`);
    generateContent(size, contentDir);
    datasets.push({ label: `+${size.toLocaleString('en')}`, extraTools: size, contentDir });
  }
  return datasets;
}

/** A run's build time without the search index: what Astro's floor is compared with. */
const astroSecondsOf = (run: BuildResult) => run.wallSeconds - run.indexSeconds;

function medians(runs: DatasetResult['runs']): Medians {
  const of = (pick: (run: DatasetResult['runs'][number]) => number) => median(runs.map(pick));
  const memory = runs.map((run) => run.peakRssBytes).filter((bytes): bytes is number => bytes !== undefined);
  return {
    wallSeconds: of((run) => run.wallSeconds),
    astroSeconds: of(astroSecondsOf),
    indexSeconds: of((run) => run.indexSeconds),
    peakRssBytes: memory.length > 0 ? median(memory) : undefined,
    distBytes: of((run) => run.distBytes),
    distFiles: of((run) => run.distFiles),
  };
}

async function measureBuiltSite(
  site: string,
  term: string,
): Promise<Pick<DatasetResult, 'pages' | 'html' | 'firstSearch' | 'dataVisits'>> {
  const pages = pageWeights(site);
  const server = await startStaticServer(site);
  try {
    const visit = ({ path, ready }: (typeof DATA_VISITS)[keyof typeof DATA_VISITS]) =>
      measureDataTransfer(server.url, path, ready);
    return {
      pages,
      html: surveyHtml(site, htmlBudgetOf),
      firstSearch: await measureSearchTransfer(server.url, term),
      dataVisits: {
        listing: await visit(DATA_VISITS.listing),
        compare: await visit(DATA_VISITS.compare),
        stack: await visit(DATA_VISITS.stack),
      },
    };
  } finally {
    await server.close();
  }
}

/** How many HTML pages a built site has: the floors build as many trivial pages. */
function htmlPageCount(site: string): number {
  return readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))
    .length;
}

async function benchDataset(dataset: Dataset, options: Options, tempRoot: string): Promise<DatasetResult> {
  const runs: DatasetResult['runs'][number][] = [];
  const floors: number[] = [];
  const siteFloors: number[] = [];
  let measuredSite: Pick<DatasetResult, 'pages' | 'html' | 'firstSearch' | 'dataVisits'> | undefined;
  for (let run = 1; run <= options.runs; run++) {
    const workDir = mkdtempSync(join(tempRoot, `build-${dataset.extraTools}-${run}-`));
    const outDir = join(workDir, 'out');
    // Every run's output stays until the benchmark ends (under 1 GB at 10,000 tools). Deleting
    // 20,000 files slows the disk for about a minute on these machines: with deletion between
    // runs, three 10,000-tool builds took 22.5, 25.4 and 27.6 s; without, 21.2, 21.2 and 21.1 s.
    const build = await buildSite({ contentDir: dataset.contentDir, outDir, workDir });
    runs.push({ ...build, ...distSize(outDir) });
    // The floors are built right after each run, so a machine that slows down or speeds up
    // between runs does so for both sides of the ratio; the ratio is of their medians.
    const pages = htmlPageCount(outDir);
    const floorDir = mkdtempSync(join(tempRoot, `floor-${dataset.extraTools}-${run}-`));
    floors.push(await buildFloor(pages, floorDir, 'bare'));
    siteFloors.push(await buildFloor(pages, floorDir, 'site'));
    console.error(
      `  ${dataset.label} run ${run}/${options.runs}: ${build.wallSeconds.toFixed(1)}s; ` +
        `floor of ${pages} trivial pages ${floors.at(-1)?.toFixed(1)}s, ` +
        `with the site's Astro settings ${siteFloors.at(-1)?.toFixed(1)}s`,
    );
    if (run === options.runs) measuredSite = await measureBuiltSite(outDir, options.term);
  }
  if (!measuredSite) throw new Error('no run was measured');
  const last = runs.at(-1);
  const slugs = new Set(toolSlugs(dataset.contentDir));
  return {
    label: dataset.label,
    extraTools: dataset.extraTools,
    tools: toolCount(dataset.contentDir),
    indexedPages: last?.indexedPages ?? 0,
    runs,
    median: medians(runs),
    ...measuredSite,
    floorSeconds: median(floors),
    siteFloorSeconds: median(siteFloors),
    floorRatio: pairedRatio(runs.map(astroSecondsOf), floors),
    siteFloorRatio: pairedRatio(runs.map(astroSecondsOf), siteFloors),
    routeTimes: last ? routeTimes(readBuildLog(last.logFile), slugs) : [],
  };
}

function distSize(outDir: string): { distFiles: number; distBytes: number } {
  const { files, bytes } = directorySize(outDir);
  return { distFiles: files, distBytes: bytes };
}

function toolSlugs(contentDir: string): string[] {
  return readdirSync(join(contentDir, 'tools'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));
}

const toolCount = (contentDir: string) => toolSlugs(contentDir).length;

/**
 * Rendering time by kind of page, a column per dataset: pages, summed seconds and milliseconds a
 * page (of the last run; several pages render at once, so the sums exceed the wall time).
 */
function routeTimesTable(results: readonly DatasetResult[]): string {
  const kinds = [...new Set(results.flatMap((result) => result.routeTimes.map((time) => time.kind)))];
  const largest = results.at(-1);
  const weight = (kind: string) => largest?.routeTimes.find((time) => time.kind === kind)?.milliseconds ?? 0;
  const rows = kinds
    .sort((a, b) => weight(b) - weight(a))
    .map((kind) => [
      kind,
      ...results.map((result) => {
        const time = result.routeTimes.find((candidate) => candidate.kind === kind);
        return time
          ? `${time.pages.toLocaleString('en')} · ${(time.milliseconds / 1000).toFixed(1)} s · ${(time.milliseconds / time.pages).toFixed(2)} ms`
          : '—';
      }),
    ]);
  return markdownTable(
    ['Rendering by kind of page: pages · summed time · per page', ...results.map((r) => r.label)],
    rows,
  );
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);
/** The per-page HTML budgets `npm test` enforces (tests/e2e/content/budgets.spec.ts). */
const BUDGET_NAME = `${kB(BUDGETS.html)} kB, listings ${kB(BUDGETS.listingHtml)} kB, gzip`;
const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const seconds = (value: number) => value.toFixed(2);

function overBudgetCell(survey: HtmlSurvey): string {
  const { overBudget, pages } = survey;
  if (overBudget.length === 0) return `0 of ${pages.toLocaleString('en')}`;
  const names = overBudget.slice(0, 3).map((entry) => entry.page.replace(/index\.html$/, ''));
  return `${overBudget.length} of ${pages.toLocaleString('en')}: ${names.join(', ')}${overBudget.length > 3 ? ', …' : ''}`;
}

/** "9.1 (3 files)": the data one visit fetched. */
function dataCell(transfer: DataTransfer): string {
  return `${kB(transfer.gzipBytes)} (${transfer.count} files)`;
}

function pageCell(weight: PageWeight): string {
  return `${kB(weight.html.gzipBytes)} / ${kB(weight.css.gzipBytes)} / ${kB(weight.js.gzipBytes)}`;
}

function tableRows(results: readonly DatasetResult[], term: string): [string, ...string[]][] {
  const row = (label: string, cell: (result: DatasetResult) => string): [string, ...string[]] => [
    label,
    ...results.map(cell),
  ];
  return [
    row('Tools', (r) => r.tools.toLocaleString('en')),
    row('Pages indexed', (r) => r.indexedPages.toLocaleString('en')),
    row('Build wall time (s)', (r) => seconds(r.median.wallSeconds)),
    row('… Astro (s)', (r) => seconds(r.median.astroSeconds)),
    row('… search index (s)', (r) => seconds(r.median.indexSeconds)),
    row('Astro floor, same pages (s)', (r) => seconds(r.floorSeconds)),
    row('… Astro time / floor', (r) => `${(r.median.astroSeconds / r.floorSeconds).toFixed(2)}×`),
    row('… the same, run by run: median (range)', (r) => formatPairedRatio(r.floorRatio)),
    row("Astro floor with the site's Astro settings (s)", (r) => seconds(r.siteFloorSeconds)),
    row('… Astro time / that floor', (r) => `${(r.median.astroSeconds / r.siteFloorSeconds).toFixed(2)}×`),
    row('… the same, run by run: median (range)', (r) => formatPairedRatio(r.siteFloorRatio)),
    row('Peak memory (MB)', (r) => (r.median.peakRssBytes === undefined ? 'n/a' : MB(r.median.peakRssBytes))),
    row('dist size (MB)', (r) => MB(r.median.distBytes)),
    row('dist files', (r) => r.median.distFiles.toLocaleString('en')),
    ...(Object.keys(PAGE_TYPES) as PageType[]).map((type) =>
      row(`${type} page: HTML / CSS / JS (gzip kB)`, (r) => pageCell(r.pages[type])),
    ),
    row('Heaviest HTML page (gzip kB)', (r) => `${r.html.largest.page} ${kB(r.html.largest.gzipBytes)}`),
    row(`HTML pages over budget, ${BUDGET_NAME}`, (r) => overBudgetCell(r.html)),
    row(`First search "${term}": files`, (r) => String(r.firstSearch.count)),
    row('… transfer raw (kB)', (r) => kB(r.firstSearch.bytes)),
    row('… transfer gzip (kB)', (r) => kB(r.firstSearch.gzipBytes)),
    row('… budget (gzip kB)', (r) => {
      const budget = firstSearchBudgetOf(r.indexedPages);
      return `${kB(budget)}${r.firstSearch.gzipBytes > budget ? ' OVER' : ''}`;
    }),
    row('… results shown', (r) => String(r.firstSearch.results)),
    row(`Data of one visit to the filtered listing /${DATA_VISITS.listing.path} (gzip kB)`, (r) =>
      dataCell(r.dataVisits.listing),
    ),
    row(`Data of one visit to /${DATA_VISITS.compare.path} (gzip kB)`, (r) => dataCell(r.dataVisits.compare)),
    row(`Data of one visit to /${DATA_VISITS.stack.path} (gzip kB)`, (r) => dataCell(r.dataVisits.stack)),
  ];
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `-${'-'.repeat(width)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Build-time ratio of +10,000 to +1,000 tools, or of the largest to the smallest generated size. */
function buildTimeRatio(
  results: readonly DatasetResult[],
): { from: string; to: string; ratio: number } | undefined {
  const generated = results.filter((result) => result.extraTools > 0);
  const find = (size: number) => generated.find((result) => result.extraTools === size);
  const [small, large] =
    find(1000) && find(10000) ? [find(1000), find(10000)] : [generated.at(0), generated.at(-1)];
  if (!small || !large || small === large) return undefined;
  return { from: small.label, to: large.label, ratio: large.median.wallSeconds / small.median.wallSeconds };
}

/**
 * Astro time over a floor at each generated size, run by run (the median of each run's ratio to
 * the floor built right after it, and their range), and how that ratio grows from the smallest
 * to the largest size.
 */
function floorGrowth(
  results: readonly DatasetResult[],
  name: string,
  ratioOf: (result: DatasetResult) => PairedRatio,
): string {
  const generated = results.filter((result) => result.extraTools > 0);
  const ratios = generated.map((result) => ({ label: result.label, ratio: ratioOf(result) }));
  const [first, last] = [ratios.at(0), ratios.at(-1)];
  const each = ratios.map(({ label, ratio }) => `${label} ${formatPairedRatio(ratio)}`).join(', ');
  const title = `Astro time / ${name}, run by run`;
  if (!first || !last || first === last) return `${title}: ${each || 'needs a generated size'}`;
  const growth = last.ratio.median / first.ratio.median;
  return `${title}: ${each}; growth ${first.label} → ${last.label}: ${growth.toFixed(2)}× (goal: at most 1.00×, each at most 2.00×)`;
}

/** One line per dataset whose pages pass the HTML budget or whose first search passes its own; empty when none does. */
function budgetFailures(results: readonly DatasetResult[], term: string): string[] {
  const pages = results
    .filter((result) => result.html.overBudget.length > 0)
    .map(
      (result) => `${result.label}: ${overBudgetCell(result.html)} HTML pages over budget (${BUDGET_NAME})`,
    );
  const searches = results
    .filter((result) => result.firstSearch.gzipBytes > firstSearchBudgetOf(result.indexedPages))
    .map(
      (result) =>
        `${result.label}: the first search "${term}" transfers ${kB(result.firstSearch.gzipBytes)} kB gzipped, over its ${kB(firstSearchBudgetOf(result.indexedPages))} kB budget`,
    );
  return [...pages, ...searches];
}

/** The one-minute load average, rounded. */
const loadNow = () => (loadavg()[0] ?? 0).toFixed(1);
const loadBefore = loadNow();

function report(results: readonly DatasetResult[], options: Options, startedAt: Date): void {
  const header = [
    'Metric (median of runs)',
    ...results.map((r) => `${r.label} (${r.tools.toLocaleString('en')} tools)`),
  ];
  const table = markdownTable(header, tableRows(results, options.term));
  const ratio = buildTimeRatio(results);
  console.log(`\n${table}\n`);
  console.log(`${routeTimesTable(results)}\n`);
  if (ratio) {
    console.log(`Build-time ratio ${ratio.to} / ${ratio.from}: ${ratio.ratio.toFixed(2)}×`);
  } else {
    console.log('Build-time ratio: needs two generated sizes (e.g. --sizes 1000,10000).');
  }
  console.log(floorGrowth(results, 'floor', (result) => result.floorRatio));
  console.log(
    floorGrowth(results, "floor with the site's Astro settings", (result) => result.siteFloorRatio),
  );
  const filesystem = describeFilesystem(options.temp);
  console.log(
    `${options.runs} run(s) each, cold Astro cache per run, written to ${filesystem}; Node ${process.version}, ${cpus().length} CPU(s); load average ${loadBefore} before, ${loadNow()} after (timings on a loaded machine are noisy: compare ratios within one run).`,
  );
  const json = {
    startedAt: startedAt.toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: { before: loadBefore, after: loadNow() },
    filesystem,
    ...options,
  };
  const body = `${JSON.stringify({ ...json, buildTimeRatio: ratio ?? null, results, table }, null, 2)}\n`;
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS_DIR, `bench-${stamp}.json`), body);
  writeFileSync(join(RESULTS_DIR, 'latest.json'), body);
  console.log(`Wrote bench-results/bench-${stamp}.json and bench-results/latest.json`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const tempRoot = mkdtempSync(join(options.temp, 'mlops-bench-'));
  const cleanUp = () => rmSync(tempRoot, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    console.error(`Generating content for sizes ${options.sizes.join(', ') || '(none)'}…`);
    const datasets = prepareDatasets(options.sizes, tempRoot);
    const results: DatasetResult[] = [];
    for (const dataset of datasets) {
      console.error(`Building ${dataset.label} (${options.runs} run(s))…`);
      results.push(await benchDataset(dataset, options, tempRoot));
    }
    report(results, options, startedAt);
    const failures = budgetFailures(results, options.term);
    if (failures.length > 0) {
      // Loudly: a page or a first search over its budget fails the benchmark, whatever the timings say.
      console.error(`\nBUDGET EXCEEDED\n${failures.join('\n')}`);
      process.exitCode = 1;
    }
  } finally {
    cleanUp();
  }
}

await main();
