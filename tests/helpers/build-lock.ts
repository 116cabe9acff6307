import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const LOCK = join(import.meta.dirname, '..', '..', '.astro', 'e2e-build.lock');
/** A lock older than this was left by a run that died; no build here takes that long. */
const STALE_MS = 10 * 60_000;

/**
 * Runs the e2e specs' own site builds one at a time. Astro writes generated modules into the
 * project's `.astro/` folder whatever the output directory, so two builds at once (specs run in
 * parallel) could read each other's files.
 */
export async function withBuildLock<T>(build: () => T | Promise<T>): Promise<T> {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released between the two calls.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
