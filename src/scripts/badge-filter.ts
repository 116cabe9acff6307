import {
  facetCounts,
  facetValuesOf,
  isEmptyState,
  matchesFilters,
  parseFilterState,
  resultSummary,
  serializeFilterState,
  type FacetValues,
  type FilterGroupValues,
  type FilterState,
} from '../lib/filter-state.ts';
import { unfoldOnWideScreens } from './fold-panel.ts';

interface FilterItem {
  readonly values: FacetValues;
  /** The element hidden when the entry is filtered out (its list item). */
  readonly target: HTMLElement;
  /** The subsection it belongs to, hidden when none of its entries is shown. */
  readonly section: HTMLElement | null;
}

/**
 * `<badge-filter>`: live badge filtering of the entries inside it. The selection lives in the
 * URL (`?license=a,b&difficulty=c`), so a filtered view can be shared, reloaded and navigated
 * with back and forward.
 */
class BadgeFilter extends HTMLElement {
  #items: FilterItem[] = [];
  /** The groups this listing offers, read from its form: checkbox names and values in order. */
  #groups: FilterGroupValues[] = [];

  connectedCallback(): void {
    unfoldOnWideScreens(this.querySelector('details'));
    const groups = new Map<string, string[]>();
    for (const box of this.#checkboxes()) groups.set(box.name, [...(groups.get(box.name) ?? []), box.value]);
    this.#groups = [...groups].map(([key, values]) => ({ key, values }));
    this.#items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')].map((element) => ({
      values: facetValuesOf(element.dataset, this.#groups),
      target: element.closest('li') ?? element,
      section: element.closest<HTMLElement>('[data-filter-section]'),
    }));
    this.querySelector('form')?.addEventListener('change', () => this.#onChange());
    for (const button of this.querySelectorAll('[data-clear]')) {
      button.addEventListener('click', () => {
        this.#commit({});
        // The button is now disabled or hidden: move focus to the result count.
        this.querySelector<HTMLElement>('[data-summary]')?.focus();
      });
    }
    window.addEventListener('popstate', () => this.#render(this.#stateFromUrl()));
    this.#render(this.#stateFromUrl());
  }

  /** The URL's filters for the groups this listing offers. */
  #stateFromUrl(): FilterState {
    return parseFilterState(location.search, this.#groups);
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('form[data-filter-form] input[type="checkbox"]')];
  }

  #onChange(): void {
    const params = new URLSearchParams();
    for (const box of this.#checkboxes()) if (box.checked) params.append(box.name, box.value);
    this.#commit(parseFilterState(params, this.#groups));
  }

  #commit(state: FilterState): void {
    const params = new URLSearchParams(location.search);
    for (const group of this.#groups) params.delete(group.key);
    const query = [params.toString(), serializeFilterState(state, this.#groups)].filter(Boolean).join('&');
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    this.#render(state);
  }

  #render(state: FilterState): void {
    let shown = 0;
    const shownPerSection = new Map<HTMLElement, number>();
    for (const item of this.#items) {
      const visible = matchesFilters(item.values, state);
      item.target.hidden = !visible;
      if (visible) shown++;
      if (item.section)
        shownPerSection.set(item.section, (shownPerSection.get(item.section) ?? 0) + (visible ? 1 : 0));
    }
    for (const [section, count] of shownPerSection) section.hidden = count === 0;

    const counts = facetCounts(
      this.#items.map((item) => item.values),
      state,
      this.#groups,
    );
    for (const box of this.#checkboxes()) {
      const key = box.name;
      const count = counts[key]?.get(box.value) ?? 0;
      box.checked = state[key]?.includes(box.value) ?? false;
      box.disabled = count === 0 && !box.checked;
      const counter = box.parentElement?.querySelector('[data-count]');
      if (counter) counter.textContent = String(count);
    }

    const summary = this.querySelector('[data-summary]');
    if (summary)
      summary.textContent = resultSummary(shown, this.#items.length, this.dataset['noun'] ?? 'entries');
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = shown > 0;
    for (const button of this.querySelectorAll<HTMLButtonElement>('form [data-clear]')) {
      button.disabled = isEmptyState(state);
    }
    // The folded panel's summary says how many options are on.
    const selected = Object.values<readonly string[] | undefined>(state).reduce(
      (total, values) => total + (values?.length ?? 0),
      0,
    );
    // A paginated listing filters its own page; its link to search carries the same filters to all.
    const filters = serializeFilterState(state, this.#groups);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-search-with-filters]'))
      link.href = `${link.dataset['searchWithFilters']}${filters && `&${filters}`}`;
    const filterState = this.querySelector('[data-filter-state]');
    if (filterState) filterState.textContent = selected > 0 ? `: ${selected} on` : '';
  }
}

customElements.define('badge-filter', BadgeFilter);
