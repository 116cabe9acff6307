/**
 * Weight of a built page: its HTML plus the stylesheets and scripts it references
 * (`<link rel="stylesheet">`, `<script src>`, and the static imports of those modules),
 * raw and gzipped (level 9, what a compressing host sends).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  readonly files: number;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface PageWeight {
  readonly page: string;
  readonly html: Weight;
  readonly css: Weight;
  readonly js: Weight;
}

export interface DirectorySize {
  readonly files: number;
  readonly bytes: number;
}

/** The pages the benchmark weighs, by type, as paths inside the built site. */
export const PAGE_TYPES = {
  home: '/index.html',
  category: '/categories/model-serving/index.html',
  'all tools': '/tools/index.html',
  tool: '/tools/mlflow/index.html',
  search: '/search/index.html',
} as const;

export type PageType = keyof typeof PAGE_TYPES;

const ORIGIN = 'http://site.invalid';
const TAG = /<(link|script)\b[^>]*>/gi;
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);
}

/** Same-site URL paths of the stylesheets and scripts a page's HTML references. */
export function referencedAssets(html: string, pagePath: string): { css: string[]; js: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  const add = (list: string[], href: string | undefined) => {
    const url = href === undefined ? undefined : new URL(href, `${ORIGIN}${pagePath}`);
    if (url?.origin === ORIGIN) list.push(url.pathname);
  };
  for (const [tag, name] of html.matchAll(TAG)) {
    if (name?.toLowerCase() === 'script') add(js, attribute(tag, 'src'));
    else if (/\bstylesheet\b/i.test(attribute(tag, 'rel') ?? '')) add(css, attribute(tag, 'href'));
  }
  return { css, js };
}

/** The relative module specifiers a JS file imports statically (not `import()`). */
export function staticImports(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)]
    .map((match) => match[1])
    .filter((specifier): specifier is string => specifier !== undefined && /^\.{0,2}\//.test(specifier));
}

function weigh(site: string, paths: Iterable<string>): Weight {
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  for (const path of paths) {
    const body = readFileSync(join(site, path));
    files++;
    bytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}

/** Scripts plus everything they import statically, transitively, once each. */
function withImports(site: string, scripts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...scripts];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const source = readFileSync(join(site, path), 'utf8');
    for (const specifier of staticImports(source))
      queue.push(new URL(specifier, `${ORIGIN}${path}`).pathname);
  }
  return seen;
}

/** Weighs one page of the built site at `site` (`pagePath` like "/tools/index.html"). */
export function pageWeight(site: string, pagePath: string): PageWeight {
  const html = readFileSync(join(site, pagePath), 'utf8');
  const assets = referencedAssets(html, pagePath);
  return {
    page: pagePath,
    html: weigh(site, [pagePath]),
    css: weigh(site, new Set(assets.css)),
    js: weigh(site, withImports(site, assets.js)),
  };
}

export function pageWeights(site: string): Record<PageType, PageWeight> {
  const entries = Object.entries(PAGE_TYPES).map(([type, path]) => [type, pageWeight(site, path)] as const);
  return Object.fromEntries(entries) as Record<PageType, PageWeight>;
}

/** File count and total bytes of every file under `directory`. */
export function directorySize(directory: string): DirectorySize {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(directory, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(directory, name));
    if (!stats.isFile()) continue;
    files++;
    bytes += stats.size;
  }
  return { files, bytes };
}

export interface HtmlSurvey {
  readonly pages: number;
  /** The heaviest page, gzipped. */
  readonly largest: { readonly page: string; readonly gzipBytes: number };
  /** Pages over their budget, heaviest first. */
  readonly overBudget: readonly {
    readonly page: string;
    readonly gzipBytes: number;
    readonly budget: number;
  }[];
}

/** The URL path of a page file of the site ("/tools/index.html" is "/tools/"). */
export const urlPathOf = (page: string) => page.replace(/(^|\/)index\.html$/, '$1');

/**
 * Every HTML page of the built site against its gzipped budget (`budgetOf` its URL path):
 * `npm test` checks the budgets for the real content; this shows which pages outgrow them at
 * generated sizes.
 */
export function surveyHtml(site: string, budgetOf: (urlPath: string) => number): HtmlSurvey {
  const weighed = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const page = `/${name.split('\\').join('/')}`;
      return {
        page,
        gzipBytes: gzipSync(readFileSync(join(site, name)), { level: 9 }).length,
        budget: budgetOf(urlPathOf(page)),
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const largest = weighed[0] ?? { page: '(none)', gzipBytes: 0 };
  return {
    pages: weighed.length,
    largest: { page: largest.page, gzipBytes: largest.gzipBytes },
    overBudget: weighed.filter((entry) => entry.gzipBytes > entry.budget),
  };
}
