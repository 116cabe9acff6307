/**
 * Runs `astro build` as a child process into a temporary OUT_DIR, timing it and measuring its
 * peak memory, for the benchmark and Lighthouse scripts. Never touches `dist/`.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REAL_CONTENT_DIR } from './generate-content.ts';
import { astroCommand, buildProcessEnv } from './build-process.ts';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
const GNU_TIME = '/usr/bin/time';
const INDEX_LOG = /indexed (\d+) pages in ([\d.]+)s/;
const MAX_RSS = /Maximum resident set size \(kbytes\): (\d+)/;
const SAMPLE_INTERVAL_MS = 100;

export interface BuildOptions {
  /** Content directory (CONTENT_DIR), absolute; the repository's `content/` when unset. */
  readonly contentDir?: string;
  /** Output directory (OUT_DIR), inside `workDir`; never the shared `dist/`. */
  readonly outDir: string;
  /**
   * Scratch directory for the wrapper config, Astro's cache and the build log. The build runs
   * with it as working directory: Astro puts its prerender chunks in `<cwd>/.astro/.prerender/`
   * when OUT_DIR is outside the working directory, which concurrent builds would share. A
   * `node_modules` link in it lets those chunks (then in `<outDir>/.prerender/`) import packages.
   */
  readonly workDir: string;
  /** Base path the site is built for (BASE_PATH); "/" when unset. */
  readonly base?: string;
  /**
   * Build from a copy of the project's source in `workDir` instead of the project itself. Astro
   * writes generated files into `<root>/.astro/` (which content files the build reads, among
   * them), so builds of different content can run at the same time only from roots of their own.
   */
  readonly ownRoot?: boolean;
}

/** What a build reads from the project besides `node_modules` (linked) and the content. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project's source into `<workDir>/project` and returns that root. */
function copyProject(workDir: string): string {
  const root = join(workDir, 'project');
  for (const file of PROJECT_FILES) cpSync(join(REPO_ROOT, file), join(root, file), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

export interface BuildResult {
  readonly wallSeconds: number;
  /** Seconds the Pagefind hook reported ("indexed N pages in Xs"). */
  readonly indexSeconds: number;
  readonly indexedPages: number;
  /** Peak resident memory in bytes, when it could be measured. */
  readonly peakRssBytes: number | undefined;
  /** How peak memory was measured. */
  readonly memoryMethod: 'gnu-time-max-rss' | 'proc-tree-sampling' | 'unavailable';
  /** Astro's log of the build (it stays in `workDir`). */
  readonly logFile: string;
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** A build's log (`BuildResult.logFile`) as text, without terminal colours. */
export const readBuildLog = (logFile: string): string => readFileSync(logFile, 'utf8').replace(ANSI, '');

/**
 * A config that re-exports the project's config with private caches, so benchmark and test
 * builds (with other content) never share Astro's content cache with builds of the real site,
 * nor Vite's dependency cache (`node_modules/.vite`, reached through the linked `node_modules`)
 * with another Astro process: two processes optimizing dependencies into one folder at once
 * fail with ENOTEMPTY (seen when `astro check` and an e2e build started together).
 */
function writeWrapperConfig(workDir: string, root: string): string {
  const file = join(workDir, 'astro.bench.config.mjs');
  const projectConfig = pathToFileURL(join(root, 'astro.config.mjs')).href;
  writeFileSync(
    file,
    `import config from ${JSON.stringify(projectConfig)};\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(join(workDir, 'astro-cache'))}, ` +
      `vite: { ...config.vite, cacheDir: ${JSON.stringify(join(workDir, 'vite-cache'))} } };\n`,
  );
  return relative(root, file);
}

function buildEnv(options: BuildOptions): NodeJS.ProcessEnv {
  return {
    ...buildProcessEnv(),
    PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
    OUT_DIR: options.outDir,
    BASE_PATH: options.base ?? '/',
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: options.contentDir ?? REAL_CONTENT_DIR,
  };
}

/** Resident memory of `pid` and all its descendants, in bytes (Linux /proc). */
function treeRssBytes(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const stack = [pid];
  let total = 0;
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

function parseMaxRss(timeOutput: string): number | undefined {
  const kilobytes = MAX_RSS.exec(timeOutput)?.[1];
  return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
}

function tail(file: string, lines = 30): string {
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/** Runs the build from `workDir` with OUT_DIR inside it, packages reachable through a link. */
function prepareWorkDir(workDir: string): void {
  mkdirSync(workDir, { recursive: true });
  const link = join(workDir, 'node_modules');
  if (!existsSync(link)) symlinkSync(join(REPO_ROOT, 'node_modules'), link, 'dir');
}

/** Builds the site; rejects (with the end of the build log) when the build fails. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  if (!resolve(options.outDir).startsWith(resolve(options.workDir) + sep)) {
    throw new Error(`outDir ${options.outDir} must be inside workDir ${options.workDir}`);
  }
  prepareWorkDir(options.workDir);
  const root = options.ownRoot ? copyProject(options.workDir) : REPO_ROOT;
  const config = writeWrapperConfig(options.workDir, root);
  const logFile = join(options.workDir, 'build.log');
  const timeFile = join(options.workDir, 'time.txt');
  const useGnuTime = existsSync(GNU_TIME);
  const astro = astroCommand(['build', '--root', root, '--config', config]);
  const command = useGnuTime ? GNU_TIME : astro.command;
  const args = useGnuTime ? ['-v', '-o', timeFile, astro.command, ...astro.args] : astro.args;
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.workDir,
    env: buildEnv(options),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let sampledPeak = 0;
  const sampler =
    !useGnuTime && existsSync('/proc') && child.pid !== undefined
      ? setInterval(
          () => (sampledPeak = Math.max(sampledPeak, treeRssBytes(child.pid ?? 0))),
          SAMPLE_INTERVAL_MS,
        )
      : undefined;
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await new Promise<void>((resolve) => log.end(resolve));
  if (exitCode !== 0)
    throw new Error(`astro build failed (exit ${exitCode}); end of ${logFile}:\n${tail(logFile)}`);

  const output = readBuildLog(logFile);
  const indexed = INDEX_LOG.exec(output);
  if (!indexed) throw new Error(`no "indexed N pages in Xs" line in ${logFile}`);
  const peakRssBytes = useGnuTime ? parseMaxRss(readFileSync(timeFile, 'utf8')) : sampledPeak || undefined;
  return {
    wallSeconds,
    indexSeconds: Number(indexed[2]),
    indexedPages: Number(indexed[1]),
    peakRssBytes,
    memoryMethod:
      peakRssBytes === undefined ? 'unavailable' : useGnuTime ? 'gnu-time-max-rss' : 'proc-tree-sampling',
    logFile,
  };
}
