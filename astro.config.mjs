// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { PAGE_SETTINGS } from './src/astro-settings.ts';
import { SITE } from './src/config.ts';
import { cardFragments } from './src/integrations/card-fragments.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { hostRedirects, redirectsFromContent } from './src/integrations/redirects.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { toolDataFiles } from './src/integrations/tool-files.ts';

// BASE_PATH serves the site under a sub-path (GitHub Pages project sites: "/<repo>/").
// SITE_URL is the public origin used for canonical URLs.
// OUT_DIR lets benchmarks and tests build elsewhere than dist/ (CONTENT_DIR, read in
// src/content.config.ts, does the same for the content).
const contentDir = process.env.CONTENT_DIR ?? './content';
const redirects = redirectsFromContent(contentDir);
// Astro's content cache, one per content folder: Astro keeps a cached entry whose text has not
// changed with the path it was first read from, so a build of other content (CONTENT_DIR) that
// shared the cache left the site's guides pointing into that other folder.
const contentKey = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);

export default defineConfig({
  site: process.env.SITE_URL ?? SITE.url,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: PAGE_SETTINGS.trailingSlash,
  // Old addresses of tools that were renamed, merged or removed (content/redirects/).
  redirects,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: `./node_modules/.astro/content-${contentKey}`,
  // Two routes that would build the same address fail the build instead of one silently winning
  // (the listing route families and the tool pages share /tools/).
  prerenderConflictBehavior: 'error',
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    searchIndex(),
    cardFragments(),
    toolDataFiles(),
    hostRedirects(redirects),
  ],
  // A folder per page, one external stylesheet, four pages at a time (src/astro-settings.ts).
  build: PAGE_SETTINGS.build,
  // The guides have no code blocks; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // All CSS in one small file that every page shares and the browser caches once; scripts stay
  // files too (Vite would inline small import-free ones into every page that uses them).
  // Lightning CSS resolves the custom media of src/styles/breakpoints.css at build time.
  vite: {
    build: { cssCodeSplit: false, assetsInlineLimit: 0 },
    css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  },
  // A Content-Security-Policy <meta> on every page (src/astro-settings.ts).
  security: PAGE_SETTINGS.security,
});
