import { toPagefindFilters } from '../lib/search.ts';
import { loadPagefind } from './pagefind.ts';

/**
 * `<tool-finder>`: the home page's "find a tool" form. It submits as a plain GET form; with
 * JavaScript it also says how many tools match before submitting (from the search index, loaded
 * on the first change) and leaves unset choices out of the URL.
 */
class ToolFinder extends HTMLElement {
  #generation = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    form.addEventListener('change', () => void this.#count(form));
    form.addEventListener('formdata', (event) => {
      for (const [key, value] of [...event.formData]) if (value === '') event.formData.delete(key);
    });
  }

  async #count(form: HTMLFormElement): Promise<void> {
    const generation = ++this.#generation;
    const output = this.querySelector('[data-finder-count]');
    const pagefind = await loadPagefind();
    if (!pagefind || !output) return;
    const filters: Record<string, string[]> = {};
    for (const [key, value] of new FormData(form))
      if (typeof value === 'string' && value) filters[key] = [value];
    const response = await pagefind.search(null, { filters: toPagefindFilters(filters) });
    if (generation !== this.#generation) return;
    const count = response.results.length;
    output.textContent = count === 1 ? '1 tool matches' : `${count} tools match`;
  }
}

customElements.define('tool-finder', ToolFinder);
