import type { AstroUserConfig } from 'astro';

/**
 * Astro's settings that shape every page it writes, declared once: `astro.config.mjs` builds the
 * site with them, and `npm run bench` builds its Astro floor (as many trivial pages) with them too,
 * so the floor pays what Astro charges any site per page with these settings (a policy hashed for
 * each page's scripts and styles, a folder per page) and the ratio measures the site's own work.
 */
export const PAGE_SETTINGS = {
  trailingSlash: 'always',
  // One external stylesheet instead of inlined <style> blocks: cached across pages, and the
  // CSP needs no per-style hashes. Rendering four pages at a time overlaps file writes with
  // rendering: a third off the build time of 10,000 tools (npm run bench).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
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
} satisfies Pick<AstroUserConfig, 'trailingSlash' | 'build' | 'security'>;
