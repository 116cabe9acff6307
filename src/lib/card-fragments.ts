import { toolSlugOf } from './routes.ts';

/**
 * The tool cards of a built listing page, by slug: each `<article class="card">` exactly as the
 * build rendered it. The listing script shows these when it fills a filtered view, so a card it
 * adds is the server's card, never a second markup of it.
 */
export function cardsOfListingPage(html: string): Map<string, string> {
  const cards = new Map<string, string>();
  for (const [card] of html.matchAll(/<article class="card"[\s\S]*?<\/article>/g)) {
    const href = /<a href="([^"]+)"/.exec(card)?.[1];
    const slug = href ? toolSlugOf(href) : undefined;
    if (!slug) throw new Error(`A listing card links to no tool page: ${card.slice(0, 120)}…`);
    cards.set(slug, card);
  }
  return cards;
}
