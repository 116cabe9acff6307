// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { SITE } from './src/config.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// BASE_PATH serves the site under a sub-path (GitHub Pages project sites: "/<repo>/").
// SITE_URL is the public origin used for canonical URLs.
// OUT_DIR lets benchmarks and tests build elsewhere than dist/ (CONTENT_DIR, read in
// src/content.config.ts, does the same for the content).
export default defineConfig({
  site: process.env.SITE_URL ?? SITE.url,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [contentCheck(), mdx(), searchIndex()],
  build: { format: 'directory' },
});
