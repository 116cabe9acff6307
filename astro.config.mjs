// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
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
const redirects = redirectsFromContent(process.env.CONTENT_DIR ?? './content');

export default defineConfig({
  site: process.env.SITE_URL ?? SITE.url,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Old addresses of tools that were renamed, merged or removed (content/redirects/).
  redirects,
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    searchIndex(),
    cardFragments(),
    toolDataFiles(),
    hostRedirects(redirects),
  ],
  // One external stylesheet instead of inlined <style> blocks: cached across pages, and the
  // CSP needs no per-style hashes. Rendering four pages at a time overlaps file writes with
  // rendering: a third off the build time of 10,000 tools (npm run bench).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The guides have no code blocks; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // All CSS in one small file that every page shares and the browser caches once; scripts stay
  // files too (Vite would inline small import-free ones into every page that uses them).
  // Lightning CSS resolves the custom media of src/styles/breakpoints.css at build time.
  vite: {
    build: { cssCodeSplit: false, assetsInlineLimit: 0 },
    css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  },
  // A Content-Security-Policy <meta> on every page, with hashes of Astro's own inline scripts
  // and styles. Pagefind needs 'wasm-unsafe-eval' to run its WebAssembly search.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
