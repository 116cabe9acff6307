import type { DirectoryData as ToolsJson } from '../lib/data-export.ts';
import {
  MIN_COMPARED,
  comparisonLabels,
  comparisonTable,
  parseComparedSlugs,
  serializeComparedSlugs,
  toggleCompared,
  type LabelMaps,
} from '../lib/compare.ts';
import { compareTableHtml } from '../lib/compare-table.ts';

/** What the page reads of `/tools.json` (its shape is declared once, in data-export.ts). */
type DirectoryData = Pick<ToolsJson, 'categories' | 'tools' | 'redirects'>;

const EMPTY_LABELS: LabelMaps = {
  license: {},
  difficulty: {},
  deployment: {},
  status: {},
  maintainer: {},
  language: {},
  pricing: {},
};

/**
 * `<compare-page>`: the comparison of the tools named in `?tools=a,b,c`, built in the browser
 * from `/tools.json` with the same table model and the same renderer as the pre-rendered pair
 * pages. The vocabulary labels come from the element's `data-labels`.
 */
class ComparePage extends HTMLElement {
  #data: DirectoryData | undefined;

  async connectedCallback(): Promise<void> {
    try {
      const response = await fetch(this.dataset['source'] ?? '/tools.json');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.#data = (await response.json()) as DirectoryData;
    } catch {
      const status = this.querySelector('[data-status]');
      if (status)
        status.textContent =
          'The tool data could not be loaded. Try again, or open one of the comparisons below.';
      return;
    }
    const picker = this.querySelector<HTMLFormElement>('[data-picker]');
    if (picker) {
      picker.hidden = false;
      picker.addEventListener('submit', (event) => {
        event.preventDefault();
        const slug = new FormData(picker).get('tool');
        if (typeof slug === 'string' && !this.#slugs().includes(slug))
          this.#go(toggleCompared(this.#slugs(), slug));
      });
    }
    // The table is rewritten on every change, so its "Remove" buttons are handled here.
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-remove]');
      const slug = button?.dataset['remove'];
      if (!slug) return;
      this.#go(toggleCompared(this.#slugs(), slug));
      // The button is gone with the old table; keep the keyboard in a stable place.
      this.querySelector<HTMLElement>('#compare-add')?.focus();
    });
    window.addEventListener('popstate', () => this.#render());
    this.#render();
  }

  /**
   * The picker's choices come from the data the comparison needs anyway, so the page's HTML does
   * not grow with the directory (it has no picker without JavaScript). It offers only the tools
   * not compared yet, behind a placeholder, so adding is always a deliberate choice.
   */
  #fillPicker(compared: readonly string[]): void {
    const select = this.querySelector<HTMLSelectElement>('[data-picker] select');
    const data = this.#data;
    if (!select || !data) return;
    const placeholder = new Option('Choose a tool…', '', true, true);
    placeholder.disabled = true;
    select.replaceChildren(
      placeholder,
      ...data.categories.map((category) => {
        const group = document.createElement('optgroup');
        group.label = category.name;
        for (const tool of data.tools)
          if (tool.category === category.id && !compared.includes(tool.slug))
            group.append(new Option(tool.name, tool.slug));
        return group;
      }),
    );
  }

  #slugs(): string[] {
    const renamed = new Map(
      (this.#data?.redirects ?? []).flatMap((redirect) =>
        redirect.to ? [[redirect.from, redirect.to] as const] : [],
      ),
    );
    return parseComparedSlugs(location.search, new Set(this.#data?.tools.map((tool) => tool.slug)), renamed);
  }

  #go(slugs: string[]): void {
    const query = serializeComparedSlugs(slugs);
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    this.#render();
  }

  #labels(): LabelMaps {
    try {
      return { ...EMPTY_LABELS, ...(JSON.parse(this.dataset['labels'] ?? '{}') as Partial<LabelMaps>) };
    } catch {
      return EMPTY_LABELS;
    }
  }

  #render(): void {
    const data = this.#data;
    if (!data) return;
    const slugs = this.#slugs();
    this.#fillPicker(slugs);
    const tools = slugs.flatMap((slug) => data.tools.filter((tool) => tool.slug === slug));
    const status = this.querySelector('[data-status]');
    const target = this.querySelector('[data-table]');
    if (!status || !target) return;
    target.replaceChildren();
    if (tools.length < MIN_COMPARED) {
      status.textContent =
        tools.length === 0
          ? 'Pick at least two tools to compare, or open one of the popular comparisons below.'
          : `${tools[0]?.name} is selected. Add at least one more tool.`;
      return;
    }
    status.textContent = `Comparing ${tools.map((tool) => tool.name).join(', ')}.`;
    const table = comparisonTable(
      tools,
      comparisonLabels(
        this.#labels(),
        data.categories,
        data.tools,
        (slug) => data.tools.find((tool) => tool.slug === slug)?.upstream?.lastActivity,
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
