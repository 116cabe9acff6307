import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { BUDGETS, LISTING_PAGE, formatKb as kb, htmlBudgetOf } from '../../../scripts/lib/budgets.ts';
import { isRedirectPage } from '../../helpers/sites.ts';

/**
 * Size budgets of the built site. Sizes are deterministic, so they are measured on the files in
 * dist/ (gzip level 9), without a browser. `npm test` builds before it runs Playwright.
 */

const DIST = join(process.cwd(), 'dist');
const HTML_NOTICE = BUDGETS.htmlNotice;
const CSS_BUDGET = BUDGETS.css;
const HEADER_JS_BUDGET = BUDGETS.headerJs;
/** The site-wide header search box: the one script every page may load. */
const HEADER_SEARCH_SCRIPT = /^\/_astro\/SiteSearch\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;

/**
 * Pages that need a script of their own, with the header search box and everything both import
 * statically at most 5 KB gzipped (code loaded by `import()`, like Pagefind, is not counted:
 * it loads when a search starts).
 */
const SCRIPTED_PAGES: { type: string; matches: (url: string) => boolean; budget: number }[] = [
  // Badge filter and compare tray: /tools/, /resources/, each /categories/<id>/ and badge page.
  {
    type: 'listing',
    matches: (url) => LISTING_PAGE.test(url),
    budget: BUDGETS.pageJs,
  },
  // A common question's shortlist: cards with the compare tray.
  {
    type: 'shortlist',
    matches: (url) => /^\/categories\/[^/]+\/for\/[^/]+\/$/.test(url),
    budget: BUDGETS.pageJs,
  },
  // A tool page: the quick start's copy button.
  {
    type: 'tool',
    matches: (url) => /^\/tools\/(?!page\/|sorted\/)[^/]+\/$/.test(url),
    budget: BUDGETS.headerJs,
  },
  // The home page's "find a tool" form counts matches from the search index.
  { type: 'home', matches: (url) => url === '/', budget: BUDGETS.pageJs },
  { type: 'search', matches: (url) => url === '/search/', budget: BUDGETS.pageJs },
  // Tool picker and table of /compare/ (the pre-rendered pairs need no script).
  { type: 'comparison', matches: (url) => url === '/compare/', budget: BUDGETS.pageJs },
  { type: 'stack builder', matches: (url) => url === '/stack/', budget: BUDGETS.pageJs },
  // Checklist ticks of a guide, kept in the browser.
  { type: 'guide', matches: (url) => /^\/guides\/[^/]+\/$/.test(url), budget: BUDGETS.pageJs },
  // Old "X vs Y" addresses land on the 404 page, whose script opens that comparison.
  { type: '404', matches: (url) => url === '/404.html', budget: BUDGETS.pageJs },
];

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every page of the site, by its dist/ path ("tools/mlflow/index.html"). Pagefind's UI is no page. */
const pages = filesUnder(DIST, '.html').filter(
  (file) => !file.startsWith('pagefind/') && !isRedirectPage(readFileSync(join(DIST, file), 'utf8')),
);
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** Its URL path ("/tools/mlflow/"). */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Resolves a module specifier of an /_astro/ file to a dist/ URL path. */
const resolveFrom = (importer: string, specifier: string) =>
  specifier.startsWith('/') ? specifier : posix.join(posix.dirname(importer), specifier);

/**
 * The static imports of a built module (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`); dynamic `import()` is loaded on demand and not followed.
 */
function staticImports(url: string, source: string): string[] {
  const imports = source.matchAll(
    /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g,
  );
  return [...imports].map((match) => resolveFrom(url, match[1] ?? ''));
}

interface PageScripts {
  /** Script files loaded, with their static imports, as dist/ URL paths. */
  files: string[];
  /** The `src` of each `<script>` element. */
  sources: string[];
  /** The text of each inline `<script>`. */
  inline: string[];
  /** Files referenced but not in dist/. */
  missing: string[];
}

/** A page's scripts, following static imports. */
function scriptsOf(html: string): PageScripts {
  const elements = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const sources = elements.flatMap((match) => /\bsrc="([^"]+)"/.exec(match[1] ?? '')?.[1] ?? []);
  const inline = elements.filter((match) => !/\bsrc=/.test(match[1] ?? '')).map((match) => match[2] ?? '');
  const files = new Set<string>();
  const missing: string[] = [];
  const queue = [...sources, ...inline.flatMap((text) => staticImports('/', text))];
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (files.has(url) || missing.includes(url)) continue;
    const file = join(DIST, url);
    if (!existsSync(file)) {
      missing.push(url);
      continue;
    }
    files.add(url);
    queue.push(...staticImports(url, readFileSync(file, 'utf8')));
  }
  return { files: [...files], sources, inline, missing };
}

const jsSize = ({ files, inline }: PageScripts) =>
  files.reduce((sum, url) => sum + gzipSize(readFileSync(join(DIST, url))), 0) +
  inline.reduce((sum, text) => sum + gzipSize(text), 0);

test('the build exists', () => {
  expect(pages.length, 'HTML pages in dist/ (run npm run build first)').toBeGreaterThan(50);
});

test(`every HTML page is at most ${kb(BUDGETS.html)} gzipped, a listing page ${kb(BUDGETS.listingHtml)}`, () => {
  const sizes = pages.map((file) => ({ file, size: gzipSize(readFileSync(join(DIST, file))) }));
  for (const { file, size } of sizes) {
    const budget = htmlBudgetOf(urlOf(file));
    expect.soft(size, `dist/${file} is ${kb(size)} gzipped, over ${kb(budget)}`).toBeLessThanOrEqual(budget);
    if (size > HTML_NOTICE)
      test.info().annotations.push({
        type: `over ${kb(HTML_NOTICE)}`,
        description: `dist/${file}: ${kb(size)} gzipped`,
      });
  }
  const largest = sizes.reduce((a, b) => (b.size > a.size ? b : a));
  test
    .info()
    .annotations.push({ type: 'largest page', description: `dist/${largest.file}: ${kb(largest.size)}` });
});

test(`all CSS together is at most ${kb(CSS_BUDGET)} gzipped`, () => {
  const linked = new Set(
    pages.flatMap((file) =>
      [...read(file).matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(
        (match) => /\bhref="([^"]+)"/.exec(match[0])?.[1] ?? '',
      ),
    ),
  );
  const stylesheets = new Set([
    ...linked,
    ...filesUnder(join(DIST, '_astro'), '.css').map((file) => `/${file}`),
  ]);
  const sizes = [...stylesheets].map((url) => {
    expect(existsSync(join(DIST, url)), `stylesheet ${url} is linked but missing`).toBe(true);
    return { url, size: gzipSize(readFileSync(join(DIST, url))) };
  });
  const total = sizes.reduce((sum, { size }) => sum + size, 0);
  const list = sizes.map(({ url, size }) => `${url} ${kb(size)}`).join(', ');
  expect(total, `CSS files are ${kb(total)} gzipped together: ${list}`).toBeLessThanOrEqual(CSS_BUDGET);
  test.info().annotations.push({ type: 'CSS', description: `${kb(total)} gzipped: ${list}` });
});

test('pages load only the scripts they need, within budget', () => {
  const largest = new Map<string, { file: string; size: number }>();
  for (const file of pages) {
    const url = urlOf(file);
    const scripts = scriptsOf(read(file));
    const size = jsSize(scripts);
    const rule = SCRIPTED_PAGES.find((candidate) => candidate.matches(url));
    const type = rule?.type ?? 'other';
    const where =
      `dist/${file} (${type} page: ${kb(size)} gzipped JS: ` +
      `${[...scripts.files, ...scripts.inline.map(() => 'inline')].join(', ') || 'none'})`;
    if (size >= (largest.get(type)?.size ?? 0)) largest.set(type, { file, size });
    expect.soft(scripts.missing, `${where} loads missing files`).toEqual([]);
    if (rule) {
      expect.soft(size, `${where} is over ${kb(rule.budget)}`).toBeLessThanOrEqual(rule.budget);
    } else {
      const extra = [
        ...scripts.sources.filter((src) => !HEADER_SEARCH_SCRIPT.test(src)),
        ...scripts.inline.map((text) => `inline: ${text.slice(0, 60)}`),
      ];
      expect.soft(extra, `${where} loads scripts besides the header search box`).toEqual([]);
      expect.soft(size, `${where} is over ${kb(HEADER_JS_BUDGET)}`).toBeLessThanOrEqual(HEADER_JS_BUDGET);
    }
  }
  for (const [type, { file, size }] of largest)
    test
      .info()
      .annotations.push({ type: `JS, ${type} pages`, description: `at most ${kb(size)} (dist/${file})` });
});

test('no web fonts, or only with font-display: swap', () => {
  const stylesheets = filesUnder(join(DIST, '_astro'), '.css').map((file) => ({
    where: `dist/${file}`,
    css: read(file),
  }));
  const inline = pages.flatMap((file) =>
    [...read(file).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({
      where: `dist/${file} (inline <style>)`,
      css: match[1] ?? '',
    })),
  );
  for (const { where, css } of [...stylesheets, ...inline]) {
    for (const [fontFace] of css.matchAll(/@font-face\s*\{[^}]*\}/g))
      expect
        .soft(fontFace, `${where} declares a web font without font-display: swap`)
        .toMatch(/font-display:\s*swap/);
  }
  for (const file of pages) {
    const preloads = read(file).match(/<link\b[^>]*\bas="font"[^>]*>/g) ?? [];
    expect.soft(preloads, `dist/${file} preloads a font`).toEqual([]);
  }
});

test('every image has width and height, and is lazy unless it is in the header', () => {
  for (const file of pages) {
    const html = read(file);
    const headerStart = html.indexOf('<header class="site-header"');
    const headerEnd = headerStart < 0 ? -1 : html.indexOf('</header>', headerStart);
    for (const match of html.matchAll(/<img\b[^>]*>/g)) {
      const tag = match[0];
      const inHeader = match.index > headerStart && match.index < headerEnd;
      const where = `dist/${file}: ${tag}`;
      expect.soft(tag, `${where} has no width`).toMatch(/\swidth="\d+"/);
      expect.soft(tag, `${where} has no height`).toMatch(/\sheight="\d+"/);
      if (!inHeader) expect.soft(tag, `${where} is not loading="lazy"`).toMatch(/\sloading="lazy"/);
    }
  }
});

test(`the badge filter script is at most ${kb(BUDGETS.filterJs)} gzipped`, () => {
  const html = read('tools/index.html');
  const filter = scriptsOf(html).sources.filter((src) => /FilterableListing/.test(src));
  expect(filter, 'the listing loads its filter script').toHaveLength(1);
  const size = jsSize(scriptsOf(`<script type="module" src="${filter[0] ?? ''}"></script>`));
  expect(size, `${filter[0]}: ${kb(size)} gzipped`).toBeLessThanOrEqual(BUDGETS.filterJs);
});

test(`what a listing loads with a selection is at most ${kb(BUDGETS.listingJs)} gzipped`, () => {
  const chunks = readdirSync(join(DIST, '_astro')).filter((name) =>
    /^listing-results\.[\w-]+\.js$/.test(name),
  );
  expect(chunks, 'one whole-listing script').toHaveLength(1);
  const size = jsSize(scriptsOf(`<script type="module" src="/_astro/${chunks[0] ?? ''}"></script>`));
  expect(size, `${chunks[0]}: ${kb(size)} gzipped`).toBeLessThanOrEqual(BUDGETS.listingJs);
});
