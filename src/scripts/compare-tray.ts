import { readList, readableQuery } from '../lib/url-list.ts';
import { MAX_COMPARED, serializeComparedSlugs, toggleCompared } from '../lib/compare-selection.ts';

/**
 * `<compare-tray>`: the "Compare" toggles on the cards of a listing collect tools into
 * `?compare=a,b` on the listing's own URL (other parameters, such as filters, are kept) and
 * the tray links to `/compare/?tools=a,b`.
 */
class CompareTray extends HTMLElement {
  /** Every tool a toggle has been shown for: a filtered listing replaces its cards. */
  #known = new Set<string>();

  connectedCallback(): void {
    // One listener for the toggles of every card, those a filtered listing adds later included.
    document.addEventListener('click', (event) => {
      const toggle = event.target instanceof Element ? event.target.closest('[data-compare-toggle]') : null;
      if (toggle instanceof HTMLElement)
        this.#commit(toggleCompared(this.#slugs(), toggle.dataset['compareToggle'] ?? ''));
    });
    // The listing script says when it has shown other cards.
    document.addEventListener('listing-render', () => this.#render());
    this.querySelector('[data-tray-clear]')?.addEventListener('click', () => {
      this.#commit([]);
      // The tray hides itself; continue from the first toggle.
      this.#toggles()[0]?.focus();
    });
    window.addEventListener('popstate', () => this.#render());
    this.#render();
  }

  #toggles(): HTMLButtonElement[] {
    return [...document.querySelectorAll<HTMLButtonElement>('[data-compare-toggle]')];
  }

  #slugs(): string[] {
    const requested = readList(new URLSearchParams(location.search), 'compare');
    return [...new Set(requested.filter((slug) => this.#known.has(slug)))].slice(0, MAX_COMPARED);
  }

  #commit(slugs: string[]): void {
    const params = new URLSearchParams(location.search);
    params.delete('compare');
    if (slugs.length > 0) params.set('compare', slugs.join(','));
    const query = readableQuery(params);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    this.#render();
  }

  #render(): void {
    for (const toggle of this.#toggles()) {
      toggle.hidden = false;
      this.#known.add(toggle.dataset['compareToggle'] ?? '');
    }
    const slugs = this.#slugs();
    for (const toggle of this.#toggles()) {
      toggle.setAttribute('aria-pressed', String(slugs.includes(toggle.dataset['compareToggle'] ?? '')));
    }
    const tray = this.querySelector<HTMLElement>('[data-tray]');
    const link = this.querySelector<HTMLAnchorElement>('[data-tray-link]');
    const status = this.querySelector('[data-tray-status]');
    if (!tray || !link || !status) return;
    tray.hidden = slugs.length === 0;
    status.textContent =
      slugs.length === 1 ? '1 tool selected: pick at least one more.' : `${slugs.length} tools selected.`;
    const announce = this.querySelector('[data-tray-announce]');
    if (announce)
      announce.textContent = slugs.length === 0 ? 'No tools selected to compare.' : status.textContent;
    link.textContent = `Compare ${slugs.length} tools`;
    link.href = `${this.dataset['compareBase'] ?? '/compare/'}?${serializeComparedSlugs(slugs)}`;
    link.hidden = slugs.length < 2;
  }
}

customElements.define('compare-tray', CompareTray);
