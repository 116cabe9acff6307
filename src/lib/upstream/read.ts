import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GovernanceData } from '../../schemas/governance.ts';
import type { UpstreamData } from '../../schemas/upstream.ts';
import { GOVERNANCE_FILE, emptyGovernance, parseGovernance } from './governance-data.ts';
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

/**
 * The governance facts of a data directory (`landscapes.json`), schema-checked; empty data when
 * the file does not exist yet (the bot has not read a landscape).
 */
export function readGovernance(dir: string): GovernanceData {
  const file = join(dir, GOVERNANCE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyGovernance();
    throw error;
  }
  return parseGovernance(text, file);
}
