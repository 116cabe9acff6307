import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { generateContent } from '../../scripts/lib/generate-content.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import {
  FIXTURE_CONTENT_DIR,
  REPO_ROOT,
  SCALE_EXTRA_TOOLS,
  SITES,
  outDirVariable,
  siteOutDir,
  type SiteName,
} from '../helpers/sites.ts';

/**
 * Builds the test sites once per run, at the same time, each from a copy of the project (Astro
 * writes into its root's `.astro/` whatever the output folder), serves them with the real guide's
 * `dist/`, and returns the teardown that stops every server and removes every folder.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const workDir = mkdtempSync(join(tmpdir(), 'mlops-e2e-'));
  const servers: StaticServer[] = [];
  const teardown = async () => {
    await Promise.allSettled(servers.map((server) => server.close()));
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const scaleContent = join(workDir, 'scale-content');
    generateContent(SCALE_EXTRA_TOOLS, scaleContent, FIXTURE_CONTENT_DIR);
    const builds: [Exclude<SiteName, 'content'>, string][] = [
      ['fixture', FIXTURE_CONTENT_DIR],
      ['base', FIXTURE_CONTENT_DIR],
      ['scale', scaleContent],
    ];
    await Promise.all(
      builds.map(async ([name, contentDir]) => {
        const siteDir = join(workDir, name);
        const outDir = join(siteDir, 'out');
        await buildSite({ contentDir, outDir, workDir: siteDir, base: SITES[name].base, ownRoot: true });
        process.env[outDirVariable(name)] = outDir;
      }),
    );
    if (!existsSync(join(REPO_ROOT, 'dist', 'index.html')))
      throw new Error('dist/ has no site: run `npm run build` before the browser tests');
    for (const name of Object.keys(SITES) as SiteName[]) {
      servers.push(await startStaticServer(siteOutDir(name), SITES[name]));
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
