import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UpstreamData } from '../../schemas/upstream.ts';
import { UPSTREAM_FILE, emptyUpstream, parseUpstream } from './data.ts';

/**
 * The upstream facts of a data directory (`content/upstream/`), schema-checked: the loader for
 * the site and the scripts. A directory without the file has no facts yet (empty data); a file
 * that is not valid throws an `UpstreamDataError` naming each problem.
 */
export function readUpstream(dir: string): UpstreamData {
  const file = join(dir, UPSTREAM_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyUpstream();
    throw error;
  }
  return parseUpstream(text, file);
}
