import type { DirectoryData, ToolFile } from '../lib/data-export.ts';
import {
  MAX_COMPARED,
  MIN_COMPARED,
  comparisonLabels,
  comparisonTable,
  parseComparedSlugs,
  serializeComparedSlugs,
  toggleCompared,
} from '../lib/compare.ts';
import type { LabelMaps } from '../lib/labels.ts';
import { compareTableHtml } from '../lib/compare-table.ts';
import { readList } from '../lib/url-list.ts';

type Categories = Pick<DirectoryData, 'categories' | 'redirects'>;

const EMPTY_LABELS: LabelMaps = {
  license: {},
  difficulty: {},
  deployment: {},
  status: {},
  maintainer: {},
  language: {},
  pricing: {},
};

/** How many matches the picker offers as the person types. */
const PICKER_MATCHES = 8;

/**
 * `<compare-page>`: the comparison of the tools named in `?tools=a,b,c`, built in the browser
 * with the same table model and renderer as the pre-rendered pair pages. It loads the categories
 * (names, capability models, renamed tools) and one small file per compared tool, so a visit
 * costs the same however large the directory grows; the picker finds tools through the search
 * index. The vocabulary labels come from the element's `data-labels`.
 */
class ComparePage extends HTMLElement {
  #categories: Categories | undefined;
  #files = new Map<string, ToolFile | null>();
  #generation = 0;
  /** The matches being looked up for what was typed last, so Enter can wait for them. */
  #pending: Promise<void> = Promise.resolve();

  async connectedCallback(): Promise<void> {
    try {
      this.#categories = await this.#fetch<Categories>(this.dataset['categories'] ?? '/data/categories.json');
    } catch {
      this.#status('Could not load the tools. Try again, or open a comparison below.');
      return;
    }
    const picker = this.querySelector<HTMLFormElement>('[data-picker]');
    if (picker) {
      picker.hidden = false;
      picker.addEventListener('submit', (event) => event.preventDefault());
      picker.addEventListener('input', () => {
        this.#pending = this.#suggest(picker);
      });
      picker.querySelector('input')?.addEventListener('keydown', (event) => void this.#key(picker, event));
      // A press on a match must not blur the box before the click adds it.
      picker.addEventListener('mousedown', (event) => {
        if ((event.target as Element).closest('[role="option"]')) event.preventDefault();
      });
    }
    // The table and the picker's matches are rewritten on every change: clicks are handled here.
    this.addEventListener('click', (event) => {
      const target = (event.target as Element).closest<HTMLElement>('[data-remove], [data-add]');
      const slug = target?.dataset['remove'] ?? target?.dataset['add'];
      if (!slug) return;
      this.#add(slug);
    });
    window.addEventListener('popstate', () => void this.#render());
    await this.#render();
  }

  /** Adds (or, for a Remove button, takes out) a tool; the box is cleared and keeps the focus. */
  #add(slug: string): void {
    const input = this.querySelector<HTMLInputElement>('#compare-add');
    if (input) input.value = '';
    this.#showMatches([]);
    void this.#go(toggleCompared(this.#requested(), slug));
    // The button is gone with the old table or list; keep the keyboard in a stable place.
    input?.focus();
  }

  /** The picker's options, and the highlighted one's index (-1 when none is). */
  #options(): { options: HTMLElement[]; active: number } {
    const options = [...this.querySelectorAll<HTMLElement>('[data-matches] [role="option"]')];
    return {
      options,
      active: options.findIndex((option) => option.getAttribute('aria-selected') === 'true'),
    };
  }

  #highlight(index: number): void {
    const { options } = this.#options();
    const input = this.querySelector<HTMLInputElement>('#compare-add');
    options.forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
    const active = options[index];
    if (active) {
      input?.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else input?.removeAttribute('aria-activedescendant');
  }

  /** Combobox keys: arrows move through the matches, Enter adds one, Escape closes the list. */
  async #key(picker: HTMLFormElement, event: KeyboardEvent): Promise<void> {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // Arrows move through the matches of the last letters typed: matches still on their way
      // would replace the list and drop the highlight.
      await this.#pending;
      const { options, active } = this.#options();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const first = step === 1 ? 0 : options.length - 1;
      this.#highlight(active === -1 ? first : (active + step + options.length) % options.length);
    } else if (event.key === 'Escape') {
      if (this.#options().options.length > 0) {
        event.preventDefault();
        this.#showMatches([]);
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // The matches of the last letters typed may still be on their way.
      await this.#pending;
      const { options, active } = this.#options();
      const slug = options[Math.max(active, 0)]?.dataset['add'];
      if (slug) this.#add(slug);
      else if ((picker.querySelector('input')?.value.trim() ?? '').length > 0)
        this.#status('No tool matches: type more of its name.');
    }
  }

  /** Shows the matches as the listbox's options, none highlighted (an empty list is hidden). */
  #showMatches(matches: readonly { slug: string; name: string }[]): void {
    const list = this.querySelector<HTMLElement>('[data-matches]');
    const input = this.querySelector<HTMLInputElement>('#compare-add');
    if (!list) return;
    list.replaceChildren(
      ...matches.map((match) => {
        const option = document.createElement('li');
        option.id = `compare-option-${match.slug}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset['add'] = match.slug;
        option.textContent = match.name;
        return option;
      }),
    );
    list.hidden = matches.length === 0;
    input?.setAttribute('aria-expanded', String(matches.length > 0));
    input?.removeAttribute('aria-activedescendant');
  }

  async #fetch<T>(url: string): Promise<T> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  #status(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  /** The slugs the URL asks for, old slugs of renamed tools standing for the new ones. */
  #requested(): string[] {
    const renamed = new Map(
      (this.#categories?.redirects ?? []).flatMap((redirect) =>
        redirect.to ? [[redirect.from, redirect.to] as const] : [],
      ),
    );
    const asked = readList(new URLSearchParams(location.search), 'tools', { lowerCase: true }).map(
      (slug) => renamed.get(slug) ?? slug,
    );
    return parseComparedSlugs(location.search, new Set(asked), renamed);
  }

  /** A tool's file, once; null when the directory has no such tool. */
  async #file(slug: string): Promise<ToolFile | null> {
    if (!this.#files.has(slug)) {
      const base = this.dataset['toolData'] ?? '/data/tools/';
      const file = /^[a-z0-9-]+$/.test(slug)
        ? await this.#fetch<ToolFile>(`${base}${slug}.json`).catch(() => null)
        : null;
      this.#files.set(slug, file);
    }
    return this.#files.get(slug) ?? null;
  }

  async #go(slugs: string[]): Promise<void> {
    const query = serializeComparedSlugs(slugs);
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    await this.#render();
  }

  #labels(): LabelMaps {
    try {
      return { ...EMPTY_LABELS, ...(JSON.parse(this.dataset['labels'] ?? '{}') as Partial<LabelMaps>) };
    } catch {
      return EMPTY_LABELS;
    }
  }

  /** Tools whose name matches what is typed, from the search index, not yet compared. */
  async #suggest(picker: HTMLFormElement): Promise<void> {
    const generation = ++this.#generation;
    const words = picker.querySelector('input')?.value.trim() ?? '';
    if (words.length < 2) {
      this.#showMatches([]);
      return;
    }
    // The search index and its helpers load with the first letters typed, not with the page.
    const [{ loadPagefind }, { toolSlugOf }] = await Promise.all([
      import('./pagefind.ts'),
      import('../lib/routes.ts'),
    ]);
    const pagefind = await loadPagefind();
    const response = await pagefind?.search(words, { filters: { kind: { any: ['tool'] } } });
    const data = await Promise.all(
      (response?.results ?? []).slice(0, PICKER_MATCHES * 2).map((result) => result.data()),
    );
    if (generation !== this.#generation) return;
    const compared = this.#requested();
    const matches = data
      .map((result) => ({ slug: toolSlugOf(result.url), name: result.meta['title'] }))
      .filter(
        (match): match is { slug: string; name: string } =>
          !!match.slug && !!match.name && !compared.includes(match.slug),
      )
      .slice(0, PICKER_MATCHES);
    this.#showMatches(matches);
    this.#status(
      matches.length === 0
        ? `No tool not yet compared matches “${words}”.`
        : `${matches.length} ${matches.length === 1 ? 'tool matches' : 'tools match'} “${words}”: arrow keys choose, Enter adds.`,
    );
  }

  async #render(): Promise<void> {
    const categories = this.#categories;
    if (!categories) return;
    const generation = ++this.#generation;
    const requested = this.#requested();
    const files = (await Promise.all(requested.map((slug) => this.#file(slug)))).filter(
      (file): file is ToolFile => file !== null,
    );
    if (generation !== this.#generation) return;
    const tools = files.map((file) => file.tool);
    const target = this.querySelector('[data-table]');
    if (!target) return;
    target.replaceChildren();
    if (tools.length < MIN_COMPARED) {
      this.#status(
        tools.length === 0
          ? 'Pick two tools or more, or one of the comparisons to start with below.'
          : `${tools[0]?.name} is selected. Add at least one more tool.`,
      );
      return;
    }
    this.#status(
      `Comparing ${tools.map((tool) => tool.name).join(', ')}.${tools.length < MAX_COMPARED ? '' : ' Remove one to add more.'}`,
    );
    const names = files.flatMap((file) => Object.entries(file.names).map(([slug, name]) => ({ slug, name })));
    const table = comparisonTable(
      tools,
      comparisonLabels(
        this.#labels(),
        categories.categories,
        [...tools, ...names],
        (slug) => tools.find((tool) => tool.slug === slug)?.upstream?.lastActivity,
      ),
    );
    const toolBase = this.dataset['toolBase'] ?? '/tools/';
    // Every text is escaped by the renderer.
    target.innerHTML = compareTableHtml(table, {
      caption: 'Side by side, fact by fact',
      toolHref: (slug) => `${toolBase}${slug}/`,
      removable: true,
    });
  }
}

customElements.define('compare-page', ComparePage);
