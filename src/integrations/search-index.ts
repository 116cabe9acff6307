import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { writeSearchOrders } from './search-order-files.ts';

/**
 * Builds the Pagefind search index into `dist/pagefind/` once Astro has written the pages.
 * The Node API (rather than the CLI after `astro build`) makes every build, including
 * `npm start` and the benchmarks, produce a searchable site, and lets the hook time the index
 * on its own. Only elements marked `data-pagefind-body` are indexed: tool, resource and guide pages.
 * Then the tool orders of `/data/order/` are written as page ids for sorted search.
 */
/** Tool, resource and guide pages: the only pages with `data-pagefind-body`. */
const SEARCHABLE_PAGES = '{tools,resources,guides}/*/index.html';

export function searchIndex(): AstroIntegration {
  return {
    name: 'mlops-guide:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only the pages that carry a search record; skipping listings halves the parsing.
          const added = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          writeSearchOrders(site);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`indexed ${added.page_count} pages in ${seconds}s`);
        } finally {
          await close();
        }
      },
    },
  };
}
