import {
  facetCounts,
  facetValuesOf,
  isEmptyState,
  listingQuery,
  matchesFilters,
  parseFilterState,
  parseView,
  resultSummary,
  serializeFilterState,
  type FacetValues,
  type FilterGroupValues,
  type FilterState,
  type ListingView,
} from '../lib/filter-state.ts';
import { unfoldOnWideScreens } from './fold-panel.ts';

/** An entry of a listing that fits on one page, shown or hidden in place. */
interface LocalItem {
  readonly values: FacetValues;
  readonly target: HTMLElement;
  readonly category: HTMLElement | null;
}

/** The groups of `state` that `fixed` has. */
const pick = (state: FilterState, fixed: FilterState): FilterState =>
  Object.fromEntries(Object.keys(fixed).map((key) => [key, state[key] ?? []]));

/** `state` without the groups `fixed` has (a badge page's own option is in its path). */
const omit = (state: FilterState, fixed: FilterState): FilterState =>
  Object.fromEntries(Object.entries(state).filter(([key]) => !(key in fixed)));

const loadResults = () => import('./listing-results.ts');

/**
 * Beside each option's link to its badge page (`<home><group>/<value>/`), the checkbox that
 * replaces it with JavaScript, made of the link's own words and count; the page carries the links
 * only, which is all it needs without JavaScript.
 */
function addCheckboxes(listing: HTMLElement, home: string): void {
  for (const link of listing.querySelectorAll('form[data-filter-form] a.option-link')) {
    // The option's group and value are its badge page's path: vocabulary slugs, safe as attributes.
    const [name, value] = (link.getAttribute('href') ?? '').slice(home.length).split('/');
    let count = '';
    const words = link.innerHTML.replace(/\((\d+)\)<\/span>$/, (_, number: string) => {
      count = number;
      return `(<span data-count>${number}</span>)</span>`;
    });
    const state = link.getAttribute('aria-current') ? ' checked' : count === '0' ? ' disabled' : '';
    link.insertAdjacentHTML(
      'afterend',
      `<label class="option-check"><input type="checkbox" name="${name}" value="${value}"${state}>${words}</label>`,
    );
  }
}

/**
 * `<badge-filter>`: the filters, count, active-filter chips and view of a listing. The selection
 * lives in the URL (`?license=a,b&difficulty=c&view=compact`), so a view can be shared, reloaded
 * and navigated with back and forward. A listing on several pages filters, counts and pages over
 * all of its tools (`listing-results.ts`, loaded with the first selection); a listing on one page
 * shows and hides its entries. With nothing selected the page is as the build wrote it.
 */
class BadgeFilter extends HTMLElement {
  /** The groups this listing offers, read from its form: checkbox names and values in order. */
  #groups: FilterGroupValues[] = [];
  /** A badge page's own option, which every other filter narrows. */
  #fixed: FilterState = {};
  #labels = new Map<string, string>();
  #serverCounts = new Map<HTMLInputElement, string>();
  #original = { results: [] as Node[], pagination: [] as Node[], summary: '', suffix: '', title: '' };
  #local: LocalItem[] = [];
  #renders = 0;

  connectedCallback(): void {
    addCheckboxes(this, this.dataset['listingHome'] ?? '/');
    const disclosure = this.querySelector<HTMLDetailsElement>('[data-filter-disclosure]');
    unfoldOnWideScreens(disclosure);
    const toFilters = this.querySelector<HTMLElement>('[data-to-filters]');
    if (toFilters && disclosure) {
      // Offered once the folded filters have scrolled out of view.
      new IntersectionObserver(([entry]) => (toFilters.hidden = entry?.isIntersecting ?? false)).observe(
        disclosure,
      );
      toFilters.addEventListener('click', () => {
        disclosure.open = true;
        disclosure.querySelector('summary')?.focus();
        disclosure.scrollIntoView({ block: 'start' });
      });
    }
    const groups = new Map<string, string[]>();
    for (const box of this.#checkboxes()) {
      groups.set(box.name, [...(groups.get(box.name) ?? []), box.value]);
      // The option's own words: the label's text, without its icon and count.
      const words = [...(box.parentElement?.childNodes ?? [])].filter(
        (node) => node.nodeType === Node.TEXT_NODE,
      );
      this.#labels.set(
        `${box.name}=${box.value}`,
        words
          .map((node) => node.textContent)
          .join('')
          .trim(),
      );
      this.#serverCounts.set(box, box.parentElement?.querySelector('[data-count]')?.textContent ?? '');
    }
    this.#groups = [...groups].map(([key, values]) => ({ key, values }));
    this.#fixed = parseFilterState(this.dataset['fixed'] ?? '', this.#groups);
    const results = this.#part('[data-results]');
    this.#original = {
      results: [...results.childNodes],
      pagination: [...this.#part('[data-pagination]').childNodes],
      summary: this.#part('[data-summary]').textContent,
      suffix: document.querySelector('[data-page-suffix]')?.textContent ?? '',
      title: document.title,
    };
    if (!this.dataset['listing']) {
      this.#local = [...results.querySelectorAll<HTMLElement>('[data-filter-item]')].map((element) => ({
        values: facetValuesOf(element.dataset, this.#groups),
        target: element.closest('li') ?? element,
        category: element.closest<HTMLElement>('[data-filter-section]'),
      }));
    }

    this.querySelector('form')?.addEventListener('change', () => {
      const params = new URLSearchParams();
      for (const box of this.#checkboxes()) if (box.checked) params.append(box.name, box.value);
      this.#navigate(parseFilterState(params, this.#groups));
    });
    for (const button of this.querySelectorAll('[data-clear]')) {
      button.addEventListener('click', () => {
        this.#navigate({});
        this.#part('[data-summary]').focus();
      });
    }
    this.#part('[data-chips]').addEventListener('click', (event) => {
      const chip =
        event.target instanceof Element ? event.target.closest<HTMLElement>('[data-remove]') : null;
      if (!chip) return;
      const [key = '', value] = (chip.dataset['remove'] ?? '').split('=');
      const state = this.#state();
      this.#navigate({ ...state, [key]: (state[key] ?? []).filter((selected) => selected !== value) });
      this.#part('[data-summary]').focus();
    });
    const toggle = this.#part('[data-view-toggle]');
    toggle.hidden = false;
    toggle.addEventListener('click', (event) => {
      const view = event.target instanceof HTMLElement ? event.target.dataset['view'] : undefined;
      if (view === 'cards' || view === 'compact') this.#navigate(this.#state(), view);
    });
    // The listing's data is fetched as soon as someone reaches for the filters.
    const prefetch = () => {
      const url = this.dataset['listing'];
      if (url) void loadResults().then(({ loadListing }) => loadListing(url).catch(() => undefined));
    };
    for (const type of ['pointerenter', 'focusin'])
      this.querySelector('.listing-aside')?.addEventListener(type, prefetch, { once: true });
    window.addEventListener('popstate', () => void this.#render());
    void this.#render();
  }

  #part(selector: string): HTMLElement {
    const part = this.querySelector<HTMLElement>(selector);
    if (!part) throw new Error(`badge-filter: no ${selector}`);
    return part;
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('form[data-filter-form] input[type="checkbox"]')];
  }

  #query(state: FilterState): string {
    return serializeFilterState(state, this.#groups);
  }

  /** The URL's filters for the groups this listing offers, with a badge page's own option. */
  #state(): FilterState {
    return { ...parseFilterState(location.search, this.#groups), ...this.#fixed };
  }

  /**
   * Shows `state` in `view`: in place on a listing's first page; from a later page, or when a
   * badge page's own option changes, at the first page of the listing that holds the selection.
   */
  #navigate(state: FilterState, view: ListingView = parseView(location.search)): void {
    const changed = this.#query(state) !== this.#query(this.#state());
    const badge = !isEmptyState(this.#fixed);
    if (
      badge &&
      (this.#query(pick(state, this.#fixed)) !== this.#query(this.#fixed) ||
        (changed && !this.dataset['listing']))
    ) {
      location.assign(`${this.dataset['listingHome'] ?? '/'}${listingQuery('', state, this.#groups, view)}`);
      return;
    }
    const query = listingQuery(location.search, omit(state, this.#fixed), this.#groups, view);
    const base = this.dataset['base'];
    if (changed && base && Number(this.dataset['page'] ?? 1) > 1) {
      location.assign(`${base}${query}`);
      return;
    }
    history.pushState(null, '', `${location.pathname}${query}${location.hash}`);
    void this.#render();
  }

  async #render(): Promise<void> {
    const render = ++this.#renders;
    const state = this.#state();
    const view = parseView(location.search);
    this.dataset['view'] = view;
    for (const button of this.querySelectorAll('[data-view]'))
      button.setAttribute('aria-pressed', String(button.getAttribute('data-view') === view));
    for (const box of this.#checkboxes()) box.checked = state[box.name]?.includes(box.value) ?? false;
    this.#renderChips(state);
    // Another order keeps the selection and the view.
    const own = listingQuery('', omit(state, this.#fixed), this.#groups, view);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-sort]')) link.search = own;
    const selected = Object.values<readonly string[] | undefined>(state).reduce(
      (total, values) => total + (values?.length ?? 0),
      0,
    );
    const disclosure = this.querySelector('[data-filter-state]');
    if (disclosure) disclosure.textContent = selected > 0 ? `: ${selected} on` : '';

    const summary = this.#part('[data-summary]');
    const results = this.#part('[data-results]');
    const pagination = this.#part('[data-pagination]');
    const empty = this.#part('[data-empty]');
    const noun = this.dataset['noun'] ?? 'entries';
    const { listing, cards, base, page, layout } = this.dataset;
    if (this.#query(state) === this.#query(this.#fixed)) {
      // As the build wrote it.
      results.replaceChildren(...this.#original.results);
      pagination.replaceChildren(...this.#original.pagination);
      summary.textContent = this.#original.summary;
      for (const [box, count] of this.#serverCounts) this.#setCount(box, count);
      this.#setPages(this.#original.suffix);
      empty.hidden = true;
      for (const item of this.#local) item.target.hidden = false;
      for (const item of this.#local) if (item.category) item.category.hidden = false;
    } else if (!listing) {
      let shown = 0;
      const perCategory = new Map<HTMLElement, number>();
      for (const item of this.#local) {
        const visible = matchesFilters(item.values, state);
        item.target.hidden = !visible;
        if (visible) shown++;
        if (item.category)
          perCategory.set(item.category, (perCategory.get(item.category) ?? 0) + Number(visible));
      }
      for (const [category, count] of perCategory) category.hidden = count === 0;
      summary.textContent = resultSummary(shown, this.#local.length, noun);
      empty.hidden = shown > 0;
      this.#setCounts(
        facetCounts(
          this.#local.map((item) => item.values),
          state,
          this.#groups,
        ),
      );
    } else {
      results.ariaBusy = 'true';
      // The build's page links lead to the unfiltered pages: none until the results' own.
      pagination.replaceChildren();
      try {
        const { keepCards, showResults } = await loadResults();
        for (const node of this.#original.results) if (node instanceof Element) keepCards(node);
        const shown = await showResults(
          {
            listing,
            cards: cards ?? '',
            base: base ?? location.pathname,
            page: Number(page ?? 1),
            layout: layout === 'subcategories' ? 'subcategories' : 'flat',
          },
          state,
          location.search,
        );
        if (render !== this.#renders) return;
        results.replaceChildren(...shown.results);
        pagination.replaceChildren(...shown.pagination);
        summary.textContent = resultSummary(shown.matching, shown.total, noun);
        empty.hidden = shown.matching > 0;
        this.#setPages(shown.pages > 1 ? `, page ${shown.page} of ${shown.pages}` : '');
        this.#setCounts(shown.counts);
      } catch {
        if (render === this.#renders)
          summary.textContent = `Could not load the ${noun} of this listing: check your connection and try again.`;
      } finally {
        if (render === this.#renders) results.ariaBusy = null;
      }
    }
    // The compare tray shows the toggles of the cards now shown.
    document.dispatchEvent(new Event('listing-render'));
  }

  #setCounts(counts: Record<string, Map<string, number> | undefined>): void {
    for (const box of this.#checkboxes()) this.#setCount(box, String(counts[box.name]?.get(box.value) ?? 0));
  }

  /** An option's count; one that would show nothing cannot be ticked (unless it is). */
  #setCount(box: HTMLInputElement, count: string): void {
    const counter = box.parentElement?.querySelector('[data-count]');
    if (counter) counter.textContent = count;
    box.disabled = count === '0' && !box.checked;
  }

  /** ", page 2 of 3" in the heading and the title, for the pages the results fill. */
  #setPages(suffix: string): void {
    const heading = document.querySelector('[data-page-suffix]');
    if (heading) heading.textContent = suffix;
    const { title, suffix: original } = this.#original;
    document.title = original ? title.replace(original, suffix) : title;
  }

  #renderChips(state: FilterState): void {
    const chips = this.#groups.flatMap((group) =>
      (state[group.key] ?? []).map((value) => {
        const chip = document.createElement('button');
        chip.type = 'button';
        chip.className = 'chip';
        chip.dataset['remove'] = `${group.key}=${value}`;
        const remove = Object.assign(document.createElement('span'), { className: 'visually-hidden' });
        const cross = Object.assign(document.createElement('span'), { ariaHidden: 'true' });
        remove.textContent = 'Remove ';
        cross.textContent = '×';
        chip.append(remove, this.#labels.get(`${group.key}=${value}`) ?? value, cross);
        const item = document.createElement('li');
        item.append(chip);
        return item;
      }),
    );
    this.#part('[data-chips]').replaceChildren(...chips);
    this.#part('[data-clear]').hidden = chips.length === 0;
  }
}

customElements.define('badge-filter', BadgeFilter);
