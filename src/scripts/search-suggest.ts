import { loadPagefind, type PagefindResultData } from './pagefind.ts';
import { smartSearch, type SearchOffer } from './smart-search.ts';
import { STATUS_LABEL_META } from '../lib/search.ts';

const MAX_SUGGESTIONS = 6;

/**
 * Turns the header search box into a combobox (ARIA 1.2 pattern) listing the best matches as
 * the person types: ArrowDown/ArrowUp choose, Enter opens the chosen page, Escape closes.
 * Enter without a choice submits the form to the search page, as without JavaScript.
 */
export async function attachSuggestions(input: HTMLInputElement): Promise<void> {
  const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
  const status = document.getElementById('site-search-status');
  const pagefind = await loadPagefind();
  if (!listbox || !pagefind) return;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  let options: HTMLElement[] = [];
  let active = -1;
  let generation = 0;

  const setActive = (index: number) => {
    active = index;
    options.forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
    const current = options[index];
    if (current) input.setAttribute('aria-activedescendant', current.id);
    else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    // Searches still under way must not reopen the list.
    generation++;
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const render = (results: PagefindResultData[], query: string, offers: readonly SearchOffer[]) => {
    listbox.replaceChildren();
    const searchPage = `${input.form?.action ?? '/search/'}?q=${encodeURIComponent(query)}`;
    const entries = [
      ...offers.map((offer) => ({
        href: offer.href,
        title: offer.label,
        detail: undefined,
        flag: undefined,
      })),
      ...results.map((result) => ({
        href: result.url,
        title: result.meta['title'] ?? result.url,
        detail: result.meta['tagline'],
        // A tool that is not active says so in words, as on the search page.
        flag: result.meta[STATUS_LABEL_META],
      })),
      { href: searchPage, title: `All results for “${query}”`, detail: undefined, flag: undefined },
    ];
    options = entries.map((entry, index) => {
      const option = document.createElement('li');
      option.id = `site-search-option-${index}`;
      option.setAttribute('role', 'option');
      option.dataset['href'] = entry.href;
      const title = document.createElement('span');
      title.className = 'suggestion-title';
      title.textContent = entry.title;
      if (entry.flag) {
        const name = document.createElement('span');
        const flag = document.createElement('span');
        flag.className = 'suggestion-status';
        flag.textContent = ` · ${entry.flag}`;
        name.append(title, flag);
        option.append(name);
      } else option.append(title);
      if (entry.detail) {
        const detail = document.createElement('span');
        detail.className = 'suggestion-detail';
        detail.textContent = entry.detail;
        option.append(detail);
      }
      option.addEventListener('click', () => location.assign(entry.href));
      return option;
    });
    listbox.append(...options);
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
    if (status) {
      status.textContent =
        results.length === 0 ? 'No matching tools' : `${results.length} suggestions, use the arrow keys`;
    }
  };

  const update = async () => {
    const query = input.value.trim();
    const current = ++generation;
    if (query.length < 2) return close();
    const { first, offers } = await smartSearch(pagefind, query, {
      compareBase: `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}compare/`,
    });
    if (current === generation) render(first.slice(0, MAX_SUGGESTIONS), query, offers);
  };

  // The suggestions of the last letters typed, and the keys pressed meanwhile: a key waits for
  // them, in the order pressed, so it acts on the list the person will see, not on one that is
  // about to be replaced (which would drop the highlight, or open a stale suggestion).
  let pending: Promise<void> = Promise.resolve();
  let keys: Promise<void> = Promise.resolve();
  const search = () => {
    pending = update().catch(() => undefined);
  };
  const afterSearch = (act: () => void) => {
    keys = keys
      .then(() => pending)
      .then(act)
      .catch(() => undefined);
  };

  input.addEventListener('input', search);
  input.addEventListener('keydown', (event) => {
    const typed = input.value.trim().length >= 2;
    if (event.key === 'ArrowDown' || (event.key === 'ArrowUp' && !listbox.hidden)) {
      if (!typed) return;
      event.preventDefault();
      // Down on a closed list opens it, at its first option.
      if (listbox.hidden) search();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      afterSearch(() => {
        if (listbox.hidden) return;
        // Positions cycle through the options and back to the text box (-1).
        let next = active + step;
        if (next >= options.length) next = -1;
        if (next < -1) next = options.length - 1;
        setActive(next);
      });
    } else if (event.key === 'Enter' && typed) {
      // The chosen page; without a choice, the search page, as the form alone does.
      event.preventDefault();
      afterSearch(() => {
        const href = active >= 0 ? options[active]?.dataset['href'] : undefined;
        if (href) location.assign(href);
        else input.form?.requestSubmit();
      });
    } else if (event.key === 'Escape' && !listbox.hidden) {
      event.preventDefault();
      close();
    }
  });
  // Keep focus in the box while an option is clicked, and close when focus leaves.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', close);
  if (input.value.trim().length >= 2) search();
}
