/**
 * "The bytes a first search transfers": opens `/search/?q=<term>` in a fresh Chromium context,
 * waits for the results, and sums every Pagefind file and every `/_astro/*.js` file it loaded.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.ts';

export const DEFAULT_SEARCH_TERM = 'feature store';

const RESULTS_OR_EMPTY = '[data-results] article, [data-empty]:not([hidden])';

export interface TransferredFile {
  readonly url: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Bytes one visit fetched of the files counted. */
export interface Transfer {
  readonly count: number;
  /** Bytes as stored and served by the (non-compressing) static server. */
  readonly bytes: number;
  /** What a host compressing text with gzip -9 would send (Pagefind's gzipped chunks count as is). */
  readonly gzipBytes: number;
  readonly files: readonly TransferredFile[];
}

export interface SearchTransfer extends Transfer {
  readonly term: string;
  /** Result cards on the page once the first batch rendered. */
  readonly results: number;
}

/** Bytes a gzip-compressing host would send: already gzipped bodies go out unchanged. */
export function gzippedSize(body: Buffer): number {
  const alreadyGzipped = body[0] === 0x1f && body[1] === 0x8b;
  return alreadyGzipped ? body.length : gzipSync(body, { level: 9 }).length;
}

function isCounted(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.includes('/pagefind/') || (pathname.includes('/_astro/') && pathname.endsWith('.js'));
}

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS],
  });
}

async function measured(response: Response): Promise<TransferredFile> {
  const body = await response.body();
  return { url: response.url(), bytes: body.length, gzipBytes: gzippedSize(body) };
}

/**
 * Opens `path` (relative to `siteUrl`) in a fresh browser context, lets `ready` wait for what the
 * page builds (and read what it needs of it), waits for the network to settle and sums the
 * responses `counted` selects.
 */
async function measureVisit<T>(
  siteUrl: string,
  path: string,
  counted: (url: string) => boolean,
  ready: (page: Page) => Promise<T>,
  browser?: Browser,
): Promise<{ readonly seen: T; readonly transfer: Transfer }> {
  const ownBrowser = browser ?? (await launchChromium());
  const context = await ownBrowser.newContext();
  try {
    const page = await context.newPage();
    const pending: Promise<TransferredFile>[] = [];
    page.on('response', (response) => {
      if (counted(response.url())) pending.push(measured(response));
    });
    await page.goto(new URL(path, siteUrl).href);
    const seen = await ready(page);
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(pending)).sort((a, b) => a.url.localeCompare(b.url));
    return {
      seen,
      transfer: {
        count: files.length,
        bytes: files.reduce((sum, file) => sum + file.bytes, 0),
        gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
        files,
      },
    };
  } finally {
    await context.close();
    if (!browser) await ownBrowser.close();
  }
}

/** Runs one first search on the site served at `siteUrl` (ending in "/"). */
export async function measureSearchTransfer(
  siteUrl: string,
  term = DEFAULT_SEARCH_TERM,
  browser?: Browser,
): Promise<SearchTransfer> {
  const { seen: results, transfer } = await measureVisit(
    siteUrl,
    `search/?q=${encodeURIComponent(term)}`,
    isCounted,
    async (page) => {
      // The first batch of results is rendered at once.
      await page.locator(RESULTS_OR_EMPTY).first().waitFor({ timeout: 60_000 });
      return page.locator('[data-results] article').count();
    },
    browser,
  );
  return { term, results, ...transfer };
}

/** What one visit of a page that loads directory data transfers of it. */
export interface DataTransfer extends Transfer {
  readonly path: string;
}

const isData = (url: string) => {
  const { pathname } = new URL(url);
  return pathname.includes('/data/') || pathname.endsWith('/tools.json') || pathname.includes('/pagefind/');
};

/**
 * The data one visit of `path` fetches once `ready` has seen what the page builds from it:
 * `/data/…`, `/tools.json` and any search index file.
 */
export async function measureDataTransfer(
  siteUrl: string,
  path: string,
  ready: (page: Page) => Promise<void>,
  browser?: Browser,
): Promise<DataTransfer> {
  const { transfer } = await measureVisit(siteUrl, path, isData, ready, browser);
  return { path, ...transfer };
}

/**
 * A comparison of two tools, a stack of two choices and a filtered listing, as people open them
 * from a link. The stack's choices come late in the alphabet, beyond the tools each stage lists
 * in its HTML, so the builder has to fetch them; the listing fetches its filter data and the
 * cards of its first page of results that the page's own HTML lacks.
 */
export const DATA_VISITS = {
  listing: {
    path: 'tools/?license=open-source',
    ready: async (page: Page) => {
      await page.waitForFunction(
        () => / of /.test(document.querySelector('[data-summary]')?.textContent ?? ''),
        undefined,
        { timeout: 60_000 },
      );
    },
  },
  compare: {
    path: 'compare/?tools=feast,tecton',
    ready: (page: Page) => page.getByRole('table').first().waitFor({ timeout: 60_000 }),
  },
  stack: {
    path: 'stack/?features=tecton&serving=vllm',
    ready: async (page: Page) => {
      await page.waitForFunction(
        () => {
          const markdown = document.querySelector('textarea')?.value ?? '';
          return markdown.includes('Tecton') && markdown.includes('vLLM');
        },
        undefined,
        { timeout: 60_000 },
      );
    },
  },
} as const;
