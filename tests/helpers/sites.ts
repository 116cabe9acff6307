/**
 * The sites the browser tests run against, each on a fixed local port so the Playwright config
 * can name its base URL before they exist. `tests/e2e/global-setup.ts` builds and serves them.
 *
 * - `content`: the real guide, as `npm run build` wrote it to `dist/`; checked by invariants only.
 * - `fixture`: the frozen fixture content (`tests/fixtures/content`); behaviour is tested here.
 * - `base`: the fixture content built under a sub-path, as on GitHub Pages project sites.
 * - `scale`: the fixture content plus generated tools, for pages that must stay small at scale.
 */
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURE_CONTENT_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'content');

/** Generated tools added on top of the fixture for the `scale` site. */
export const SCALE_EXTRA_TOOLS = 1000;

const FIRST_PORT = Number(process.env['E2E_PORT'] ?? 4329);

export const SITES = {
  content: { port: FIRST_PORT, base: '/' },
  fixture: { port: FIRST_PORT + 1, base: '/' },
  base: { port: FIRST_PORT + 2, base: '/mlops-guide/' },
  scale: { port: FIRST_PORT + 3, base: '/' },
} as const satisfies Record<string, { port: number; base: string }>;

export type SiteName = keyof typeof SITES;

/** Root URL of a test site, ending in "/" ("http://127.0.0.1:4330/"). */
export function siteUrl(name: SiteName): string {
  const { port, base } = SITES[name];
  return `http://127.0.0.1:${port}${base}`;
}

/** Environment variable through which global setup passes a built site's folder to the specs. */
export const outDirVariable = (name: SiteName) => `E2E_OUT_${name.toUpperCase()}`;

/** The folder a test site was built into (only set while Playwright runs). */
export function siteOutDir(name: SiteName): string {
  if (name === 'content') return join(REPO_ROOT, 'dist');
  const dir = process.env[outDirVariable(name)];
  if (!dir) throw new Error(`${name} site not built: run the specs through Playwright's global setup`);
  return dir;
}

/**
 * Astro's redirect pages (old addresses of renamed or removed tools) are a bare meta refresh that
 * Astro writes itself; page budgets and HTML checks are about the site's own pages.
 */
export const isRedirectPage = (html: string) => /<meta http-equiv="refresh"/.test(html.slice(0, 400));
