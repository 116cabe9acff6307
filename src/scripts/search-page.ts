import {
  RESULTS_PAGE_SIZE,
  STATUS_LABEL_META,
  facetOf,
  isBlankSearch,
  parseSearchState,
  searchSummary,
  serializeSearchState,
  toPagefindFilters,
  uniqueByUrl,
  type FacetVocabulary,
  type SearchState,
} from '../lib/search.ts';
import { MISSING_VALUE } from '../vocabulary-core.ts';
import { unfoldOnWideScreens } from './fold-panel.ts';
import { inSearchOrder, type SearchOrder } from '../lib/search-order.ts';
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import type * as Understanding from '../lib/query-understanding.ts';
import type { SearchOffer } from './smart-search.ts';

/** Query understanding loads with the first search, beside Pagefind, not with the page. */
const understanding = () => import('./smart-search.ts');

type LoadResult = () => Promise<PagefindResultData>;

/**
 * `<search-page>`: full search with facets. The URL is the state (`?q=…&license=…`): it is read
 * on load, so any search is a shareable link, and rewritten as the person types or filters.
 */
class SearchPage extends HTMLElement {
  #pagefind: Pagefind | undefined;
  #vocabulary: FacetVocabulary = {};
  #labels = new Map<string, string>();
  /** "Tool", "Course or book", "Guide": how one result of each kind is described. */
  #singular = new Map<string, string>();
  /** Every result, in display order; each loads its card data when shown. */
  #results: LoadResult[] = [];
  #shown = 0;
  #generation = 0;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Builds a result's tagline and "why it matched" line; loaded with the first search. */
  #resultText: ((result: PagefindResultData, query: string) => HTMLElement[]) | undefined;
  /** The words of the search on screen, which the result text highlights. */
  #query = '';
  /**
   * Whether facet options show counts. On a large directory they start once the person reaches
   * for the filters (see EAGER_FACET_COUNTS_MAX_PAGES), so a first search skips the filter index.
   */
  #counting = false;
  /** The search on screen, so counts can start later for it. */
  #current: { state: SearchState; term: string | null } | undefined;
  /** Page ids of the tools in each order, fetched when the order is first picked. */
  #orders = new Map<string, Promise<readonly string[] | undefined>>();

  async connectedCallback(): Promise<void> {
    const vocabulary: Record<string, string[]> = {};
    for (const box of this.#checkboxes()) {
      (vocabulary[box.name] ??= []).push(box.value);
      this.#labels.set(`${box.name}:${box.value}`, box.dataset['label'] ?? box.value);
      if (box.dataset['singular']) this.#singular.set(box.value, box.dataset['singular']);
    }
    this.#vocabulary = vocabulary;

    this.#counting = this.dataset['facetCounts'] === 'eager';
    this.#pagefind = await loadPagefind({ filters: this.#counting });
    if (!this.#pagefind) {
      this.#element('[data-unavailable]').hidden = false;
      this.#element('[data-search-form]').hidden = true;
      return;
    }
    const facets = this.querySelector('details');
    unfoldOnWideScreens(facets);
    if (!this.#counting) {
      const startCounting = () => void this.#startCounting();
      for (const event of ['pointerenter', 'focusin', 'toggle'])
        facets?.addEventListener(event, startCounting);
    }
    const form = this.#element<HTMLFormElement>('[data-search-form]');
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
      clearTimeout(this.#typingTimer);
      this.#typingTimer = setTimeout(() => this.#commit('replace'), 150);
    });
    form.addEventListener('change', (event) => {
      const target = event.target;
      if (
        (target instanceof HTMLInputElement && target.type === 'checkbox') ||
        target instanceof HTMLSelectElement
      )
        this.#commit('push');
    });
    for (const button of this.querySelectorAll('[data-clear]')) {
      button.addEventListener('click', () => {
        for (const box of this.#checkboxes()) box.checked = false;
        this.#commit('push');
      });
    }
    this.#element('[data-more]').addEventListener('click', () => void this.#showMore());
    window.addEventListener('popstate', () => void this.#run(this.#stateFromUrl()));
    void this.#run(this.#stateFromUrl());
  }

  #element<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`search page is missing ${selector}`);
    return element;
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  #stateFromUrl(): SearchState {
    return parseSearchState(location.search, this.#vocabulary);
  }

  #stateFromForm(): SearchState {
    const params = new URLSearchParams();
    params.set('q', this.#element<HTMLInputElement>('input[type="search"]').value);
    for (const box of this.#checkboxes()) if (box.checked) params.append(box.name, box.value);
    const sort = this.querySelector<HTMLSelectElement>('[data-sort]')?.value;
    if (sort) params.set('sort', sort);
    return parseSearchState(params, this.#vocabulary);
  }

  #commit(mode: 'push' | 'replace'): void {
    const state = this.#stateFromForm();
    const query = serializeSearchState(state, this.#vocabulary);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void this.#run(state);
  }

  async #run(state: SearchState): Promise<void> {
    const pagefind = this.#pagefind;
    if (!pagefind) return;
    const generation = ++this.#generation;
    // Until this search's results are in, "Show more" would page through the previous ones.
    this.#element('[data-more]').hidden = true;
    const queryInput = this.#element<HTMLInputElement>('input[type="search"]');
    if (queryInput.value.trim() !== state.query) queryInput.value = state.query;
    for (const box of this.#checkboxes()) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    const sortMenu = this.querySelector<HTMLSelectElement>('[data-sort]');
    if (sortMenu) sortMenu.value = state.sort ?? '';
    const selected = Object.values(state.filters).reduce((total, values) => total + values.length, 0);
    this.#element('[data-facets-state]').textContent = selected > 0 ? `: ${selected} on` : '';

    const { resultText, facetOffers, searchWords, smartSearch } = await understanding();
    this.#resultText = resultText;
    if (generation !== this.#generation) return;
    const term = state.query === '' ? null : searchWords(state.query);
    this.#current = { state, term };
    const [main, order] = await Promise.all([
      isBlankSearch(state) ? undefined : pagefind.search(term, { filters: toPagefindFilters(state.filters) }),
      state.sort ? this.#searchOrder(state.sort) : undefined,
      this.#counting ? this.#count(state, term, generation) : undefined,
    ]);
    if (generation !== this.#generation) return;
    const ranked: readonly PagefindResult[] = main
      ? order
        ? inSearchOrder(main.results, order)
        : main.results
      : [];

    // The first page is loaded at once so exact names (and what the query asks) come first;
    // a chosen order is kept as it is.
    let firstPage: PagefindResultData[];
    let rest = ranked.slice(RESULTS_PAGE_SIZE);
    let offers: SearchOffer[] = [];
    if (main && term !== null && !state.sort) {
      const smart = await smartSearch(pagefind, state.query, {
        filters: toPagefindFilters(state.filters),
        compareBase: this.dataset['compareBase'] ?? '/compare/',
      });
      ({ first: firstPage, offers } = smart);
      rest = [...smart.rest];
    } else {
      firstPage = await Promise.all(ranked.slice(0, RESULTS_PAGE_SIZE).map((result) => result.data()));
    }
    if (generation !== this.#generation) return;
    this.#renderOffers(state, offers, facetOffers);
    this.#query = state.query;
    this.#results = [
      ...firstPage.map((data) => () => Promise.resolve(data)),
      ...rest.map((result) => () => result.data()),
    ];
    this.#shown = 0;
    this.#element('[data-results]').replaceChildren();
    await this.#showMore();
    if (generation !== this.#generation) return;
    // Announced once the first results are on the page.
    const on = [...this.querySelectorAll<HTMLInputElement>('.facets input:checked')].map(
      (input) => input.dataset['label'] ?? input.value,
    );
    this.#element('[data-summary]').textContent = main
      ? searchSummary(this.#results.length, state.query, on)
      : 'Type a word, or pick a filter to list matching pages.';
    this.#element('[data-empty]').hidden = !main || this.#results.length > 0;
  }

  /** Counts every facet's options for a search: one search per facet, leaving that facet out. */
  async #count(state: SearchState, term: string | null, generation: number): Promise<void> {
    const pagefind = this.#pagefind;
    if (!pagefind) return;
    const keys = Object.keys(this.#vocabulary);
    const perFacet = await Promise.all(
      keys.map((key) =>
        term === null && Object.keys(toPagefindFilters(state.filters, key)).length === 0
          ? pagefind.filters().then((filters) => filters[key] ?? {})
          : pagefind
              .search(term, { filters: toPagefindFilters(state.filters, key) })
              .then((response) => response.filters[key] ?? {}),
      ),
    );
    if (generation !== this.#generation) return;
    keys.forEach((key, index) => {
      const counts = perFacet[index] ?? {};
      for (const box of this.#checkboxes().filter((candidate) => candidate.name === key)) {
        const count = counts[box.value] ?? 0;
        const counter = box.parentElement?.querySelector<HTMLElement>('[data-count]');
        if (counter) {
          counter.textContent = `(${count})`;
          counter.hidden = false;
        }
        box.disabled = count === 0 && !box.checked;
      }
    });
  }

  /** Loads the filter index once and counts the search on screen; later searches count too. */
  async #startCounting(): Promise<void> {
    if (this.#counting || !this.#pagefind) return;
    this.#counting = true;
    await this.#pagefind.filters();
    if (this.#current) await this.#count(this.#current.state, this.#current.term, this.#generation);
  }

  /** The page ids of the tools in an order, from the file the order's menu option names. */
  #searchOrder(order: string): Promise<readonly string[] | undefined> {
    let ids = this.#orders.get(order);
    if (!ids) {
      const option = this.querySelector<HTMLOptionElement>(`[data-sort] option[value="${order}"]`);
      const url = option?.dataset['orderUrl'];
      ids = url
        ? fetch(url)
            .then((response) => (response.ok ? (response.json() as Promise<SearchOrder>) : undefined))
            .then((file) => file?.ids)
            .catch(() => undefined)
        : Promise.resolve(undefined);
      this.#orders.set(order, ids);
    }
    return ids;
  }

  /**
   * Above the results: what the query asks for (a comparison, a tool's rivals) and the filters
   * its words name ("open source feature store" offers the open-source filter).
   */
  #renderOffers(
    state: SearchState,
    offers: readonly SearchOffer[],
    facetOffers: typeof Understanding.facetOffers,
  ): void {
    const list = this.querySelector<HTMLElement>('[data-offers]');
    if (!list) return;
    const options = [...this.#labels].flatMap(([keyValue, label]) => {
      const [key = '', value = ''] = keyValue.split(':');
      return key === 'kind' || state.filters[key]?.includes(value) ? [] : [{ key, value, label }];
    });
    const filters = facetOffers(state.query, options).map((offer) => {
      const params = new URLSearchParams(location.search);
      params.set('q', offer.rest);
      params.set(offer.key, [...(state.filters[offer.key] ?? []), offer.value].join(','));
      return {
        label: `Filter: ${offer.label}${offer.rest ? `, searching “${offer.rest}”` : ''}`,
        href: `?${params}`,
      };
    });
    list.replaceChildren(
      ...[...offers, ...filters].map((offer) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = offer.href;
        link.textContent = offer.label;
        item.append(link);
        return item;
      }),
    );
    list.hidden = list.children.length === 0;
  }

  async #showMore(): Promise<void> {
    const generation = this.#generation;
    const results = this.#results;
    const batch = results.slice(this.#shown, this.#shown + RESULTS_PAGE_SIZE);
    // Claimed before loading, so a second click while this batch loads takes the next one.
    this.#shown += batch.length;
    const data = await Promise.all(batch.map((load) => load()));
    if (generation !== this.#generation || results !== this.#results) return;
    const list = this.#element('[data-results]');
    const firstNew = list.children.length;
    const known = new Set([...list.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? ''));
    list.append(
      ...uniqueByUrl(data.filter((result) => !known.has(result.url))).map((result) => this.#card(result)),
    );
    const more = this.#element('[data-more]');
    more.hidden = this.#shown >= this.#results.length;
    // After "Show more", move focus to the first new result so keyboard users continue there.
    if (firstNew > 0) list.children[firstNew]?.querySelector('a')?.focus();
  }

  #card(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const article = document.createElement('article');
    article.className = 'result';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta['title'] ?? result.url;
    heading.append(link);
    article.append(heading);
    article.append(...(this.#resultText?.(result, this.#query) ?? []));
    // A tool whose status is flagged says so on a line of its own (the label is text, not a
    // colour): its search record carries the label of a flagged status only, as for suggestions.
    const statusLabel = result.meta[STATUS_LABEL_META];
    if (statusLabel) {
      const flag = document.createElement('p');
      flag.className = 'result-status';
      const label = document.createElement('strong');
      label.textContent = `Status: ${statusLabel}`;
      flag.append(label);
      article.append(flag);
    }
    const facts = ['kind', 'category', 'license', 'difficulty']
      .map((key) => {
        // The category shown is the tool's own (meta); its filters also hold those it is placed in.
        const value = key === 'category' ? result.meta[key] : facetOf(result.filters, key);
        if (!value) return undefined;
        const label = this.#labels.get(`${key}:${value}`) ?? value;
        if (value === MISSING_VALUE) return key === 'license' ? 'License not rated' : 'Difficulty not rated';
        return key === 'kind' ? (this.#singular.get(value) ?? label) : label;
      })
      .filter((fact): fact is string => Boolean(fact));
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = facts.join(' · ');
    article.append(meta);
    item.append(article);
    return item;
  }
}

customElements.define('search-page', SearchPage);
