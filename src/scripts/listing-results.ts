/**
 * The whole-listing part of `<badge-filter>`, loaded with the first selection on a listing that
 * spans pages: fetches the listing's filter data once, finds the matching tools of every page,
 * and shows the page asked for with the build's own cards (those of the page shown, the others
 * fetched one small file each), grouped under their subcategories where the listing is.
 */
import type { FilterState } from '../lib/filter-state.ts';
import { createListingIndex, resultPage, type ListingData, type ListingIndex } from '../lib/listing-index.ts';
import { LISTING_PAGE_SIZE, pageHref, pageLinks } from '../lib/paginate.ts';
import { toolSlugOf } from '../lib/routes.ts';

/** Where a listing's data and cards are, and how its pages are laid out. */
export interface ListingSource {
  /** `/data/listing/<listing>/<order>.json`. */
  readonly listing: string;
  /** `/data/cards/`. */
  readonly cards: string;
  /** Address of the listing's first page, and the page shown. */
  readonly base: string;
  readonly page: number;
  /** Cards grouped under subcategory headings, or one flat list. */
  readonly layout: 'flat' | 'subcategories';
}

/** What a page of results shows, for the element to say. */
export interface ShownResults {
  readonly matching: number;
  readonly total: number;
  readonly page: number;
  readonly pages: number;
  readonly counts: Record<string, Map<string, number>>;
  /** The results and the page links, to put in place. */
  readonly results: Node[];
  readonly pagination: Node[];
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  if (text) element.textContent = text;
  return element;
};

const hidden = (text: string) => Object.assign(el('span', text), { className: 'visually-hidden' });

const listings = new Map<string, Promise<{ data: ListingData; index: ListingIndex }>>();
const cards = new Map<string, Promise<Element>>();

/** The listing's data, fetched once; a failed fetch is tried again next time. */
export function loadListing(url: string): Promise<{ data: ListingData; index: ListingIndex }> {
  let loaded = listings.get(url);
  if (!loaded) {
    loaded = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<ListingData>;
      })
      .then((data) => ({ data, index: createListingIndex(data) }));
    loaded.catch(() => listings.delete(url));
    listings.set(url, loaded);
  }
  return loaded;
}

/** Keeps the cards the build put on this page, so only the others are fetched. */
export function keepCards(root: ParentNode): void {
  for (const card of root.querySelectorAll('.card')) {
    const slug = toolSlugOf(card.querySelector('.card-name a')?.getAttribute('href') ?? '');
    if (slug && !cards.has(slug)) cards.set(slug, Promise.resolve(card.cloneNode(true) as Element));
  }
}

async function cardOf(base: string, slug: string): Promise<Element> {
  let card = cards.get(slug);
  if (!card) {
    card = fetch(`${base}${slug}.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`card of ${slug}: ${response.status}`);
        return response.json() as Promise<string>;
      })
      .then((html) => {
        const template = el('template');
        // The build's own card markup (`integrations/card-fragments.ts`), its text escaped there.
        template.innerHTML = html;
        const element = template.content.firstElementChild;
        if (!element) throw new Error(`card of ${slug} is empty`);
        return element;
      });
    card.catch(() => cards.delete(slug));
    cards.set(slug, card);
  }
  return (await card).cloneNode(true) as Element;
}

/** Gives a card the heading level and line above its name that its place in the listing asks for. */
function fitCard(card: Element, level: 'h2' | 'h3', eyebrow: string | null | undefined): Element {
  const heading = card.querySelector('.card-name');
  if (heading && heading.localName !== level) {
    const replacement = el(level);
    replacement.className = heading.className;
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
  const line = card.querySelector('.card-eyebrow');
  if (eyebrow === null) line?.remove();
  else if (eyebrow !== undefined) {
    const target = line ?? card.insertBefore(el('p'), card.firstChild);
    target.className = 'card-eyebrow';
    target.textContent = eyebrow;
  }
  return card;
}

/** The pages of a filtered listing, as `Pagination.astro` renders them, each keeping the query. */
function paginationNav(base: string, current: number, count: number, query: string): Node[] {
  if (count <= 1) return [];
  const list = el('ul');
  const link = (page: number, ...content: (Node | string)[]) => {
    const anchor = el('a');
    anchor.href = `${pageHref(base, page)}${query}`;
    anchor.append(...content);
    const item = el('li');
    item.append(anchor);
    list.append(item);
    return anchor;
  };
  if (current > 1) link(current - 1, 'Previous').rel = 'prev';
  for (const page of pageLinks(current, count)) {
    if (page === 'gap') {
      const gap = el('li', '…');
      gap.ariaHidden = 'true';
      list.append(gap);
    } else if (page === current) link(page, hidden('Page '), String(page)).ariaCurrent = 'page';
    else link(page, hidden('Page '), String(page));
  }
  if (current < count) link(current + 1, 'Next').rel = 'next';
  const nav = el('nav');
  nav.className = 'pagination';
  nav.ariaLabel = 'Pages';
  nav.append(list);
  return [nav];
}

/** The page of results `source` asks for under `state`. */
export async function showResults(
  source: ListingSource,
  state: FilterState,
  query: string,
): Promise<ShownResults> {
  const { data, index } = await loadListing(source.listing);
  const positions = index.matching(state);
  const { page, pages, runs } = resultPage(data, positions, source.page, LISTING_PAGE_SIZE);
  const grouped = source.layout === 'subcategories';
  const results = await Promise.all(
    runs.map(async (run) => {
      const list = el('ul');
      list.className = 'card-grid';
      for (const card of await Promise.all(run.tools.map((slug) => cardOf(source.cards, slug)))) {
        const item = el('li');
        // A category's cards sit under its subcategory's heading, or name their subcategory.
        item.append(fitCard(card, grouped ? 'h3' : 'h2', grouped ? null : run.subcategory?.name));
        list.append(item);
      }
      if (!grouped || !run.subcategory) return list;
      const group = el('section');
      group.setAttribute('aria-labelledby', run.subcategory.id);
      const heading = el('h2', run.subcategory.name);
      heading.id = run.subcategory.id;
      group.append(heading);
      if (run.subcategory.description) group.append(el('p', run.subcategory.description));
      group.append(list);
      return group;
    }),
  );
  return {
    matching: positions.length,
    total: data.tools.length,
    page,
    pages,
    counts: index.counts(state),
    results,
    pagination: paginationNav(source.base, page, pages, query),
  };
}
