import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardsOfListingPage } from '../lib/card-fragments.ts';

/** The pages of the all-tools listing in the build's output: every tool's card, once. */
function allToolsPages(site: string): string[] {
  const later = join(site, 'tools', 'page');
  const numbers = existsSync(later) ? readdirSync(later).filter((name) => /^\d+$/.test(name)) : [];
  return [join(site, 'tools', 'index.html'), ...numbers.map((page) => join(later, page, 'index.html'))];
}

/**
 * Writes `data/cards/<slug>.json` (the card's HTML as a JSON string) for every tool card of the
 * all-tools listing, so a filtered listing fetches the few cards it shows that its page lacks.
 * Fails the build when a listed tool has no card.
 */
export function writeCardFragments(site: string): number {
  const outDir = join(site, 'data', 'cards');
  mkdirSync(outDir, { recursive: true });
  const listed = JSON.parse(readFileSync(join(site, 'data', 'listing', 'all', 'name.json'), 'utf8')) as {
    tools: string[];
  };
  const cards = new Map<string, string>();
  for (const page of allToolsPages(site)) {
    for (const [slug, card] of cardsOfListingPage(readFileSync(page, 'utf8'))) cards.set(slug, card);
  }
  const missing = listed.tools.filter((slug) => !cards.has(slug));
  if (missing.length > 0) throw new Error(`card fragments: no card for ${missing.slice(0, 5).join(', ')}`);
  for (const [slug, card] of cards) writeFileSync(join(outDir, `${slug}.json`), `${JSON.stringify(card)}\n`);
  return cards.size;
}

export function cardFragments(): AstroIntegration {
  return {
    name: 'mlops-guide:card-fragments',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`wrote ${writeCardFragments(fileURLToPath(dir))} tool cards`);
      },
    },
  };
}
