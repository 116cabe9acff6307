/**
 * Reads the original Markdown guide (tests/fixtures/seed-guide.md) into plain records, so the
 * tests can prove every tool and resource of it made it into the content with its facts.
 */
import { readFileSync } from 'node:fs';

export interface SeedEntry {
  category: string;
  subcategory: string;
  name: string;
  url: string;
  description: string;
  features: string[];
  badges: string[];
}

const BADGE = /^(🆓|🔄|💰|🟢|🟡|🔴)\s/u;

export function readSeed(path = 'tests/fixtures/seed-guide.md'): SeedEntry[] {
  const entries: SeedEntry[] = [];
  let category = '';
  let subcategory = '';
  let current: SeedEntry | undefined;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const heading = /^(#{2,3}) (.+)$/.exec(line);
    if (heading?.[1] && heading[2]) {
      current = undefined;
      if (heading[1] === '##') category = heading[2];
      else subcategory = heading[2];
      continue;
    }
    const entry = /^\*\*\[(.+?)\]\((.+?)\)\*\* - (.+)$/.exec(line);
    if (entry?.[1] && entry[2] && entry[3]) {
      current = {
        category,
        subcategory,
        name: entry[1],
        url: entry[2],
        description: entry[3],
        features: [],
        badges: [],
      };
      entries.push(current);
      continue;
    }
    const bullet = /^- (.+)$/.exec(line);
    if (bullet?.[1] && current) {
      if (BADGE.test(bullet[1])) current.badges.push(bullet[1]);
      else current.features.push(bullet[1]);
    }
  }
  return entries;
}

/** The vocabulary value a seed badge line stands for. */
export function badgeValue(badge: string): { group: 'license' | 'difficulty'; value: string } {
  const text = badge.replace(BADGE, '').toLowerCase();
  if (text.startsWith('open source')) return { group: 'license', value: 'open-source' };
  if (text.startsWith('freemium')) return { group: 'license', value: 'freemium' };
  if (text.startsWith('free')) return { group: 'license', value: 'free' };
  if (text.startsWith('commercial')) return { group: 'license', value: 'commercial' };
  if (text.startsWith('pay-per-use')) return { group: 'license', value: 'pay-per-use' };
  if (text.startsWith('beginner')) return { group: 'difficulty', value: 'beginner' };
  if (text.startsWith('intermediate')) return { group: 'difficulty', value: 'intermediate' };
  if (text.startsWith('advanced')) return { group: 'difficulty', value: 'advanced' };
  throw new Error(`Unknown seed badge "${badge}"`);
}
