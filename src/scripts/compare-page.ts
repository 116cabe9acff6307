import {
  MIN_COMPARED,
  comparisonTable,
  parseComparedSlugs,
  serializeComparedSlugs,
  toggleCompared,
  type ComparableTool,
  type ComparisonTable,
} from '../lib/compare.ts';
import { labelOf } from '../lib/labels.ts';

interface DirectoryData {
  readonly categories: readonly { id: string; name: string }[];
  readonly tools: readonly ComparableTool[];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function cell(tag: 'td' | 'th', content: string | Node, scope?: string): HTMLTableCellElement {
  const node = element(tag);
  if (scope) node.scope = scope;
  node.append(content);
  return node;
}

function externalLink(href: string, text: string): HTMLAnchorElement {
  const link = element('a', text);
  link.href = href;
  link.rel = 'noopener noreferrer';
  return link;
}

/**
 * `<compare-page>`: the comparison of the tools named in `?tools=a,b,c`, built in the browser
 * from `/tools.json` with the same table model as the pre-rendered pair pages.
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
      this.#fillPicker(picker);
      picker.hidden = false;
      picker.addEventListener('submit', (event) => {
        event.preventDefault();
        const slug = new FormData(picker).get('tool');
        if (typeof slug === 'string' && !this.#slugs().includes(slug))
          this.#go(toggleCompared(this.#slugs(), slug));
      });
    }
    window.addEventListener('popstate', () => this.#render());
    this.#render();
  }

  /**
   * The picker's choices come from the data the comparison needs anyway, so the page's HTML does
   * not grow with the directory (it has no picker without JavaScript).
   */
  #fillPicker(picker: HTMLFormElement): void {
    const select = picker.querySelector('select');
    const data = this.#data;
    if (!select || !data) return;
    select.replaceChildren(
      ...data.categories.map((category) => {
        const group = element('optgroup');
        group.label = category.name;
        for (const tool of data.tools.filter((candidate) => candidate.category === category.id)) {
          const option = element('option', tool.name);
          option.value = tool.slug;
          group.append(option);
        }
        return group;
      }),
    );
  }

  #slugs(): string[] {
    return parseComparedSlugs(location.search, new Set(this.#data?.tools.map((tool) => tool.slug)));
  }

  #go(slugs: string[]): void {
    const query = serializeComparedSlugs(slugs);
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    this.#render();
  }

  #render(): void {
    const data = this.#data;
    if (!data) return;
    const slugs = this.#slugs();
    const tools = slugs.flatMap((slug) => data.tools.filter((tool) => tool.slug === slug));
    const status = this.querySelector('[data-status]');
    const target = this.querySelector('[data-table]');
    if (!status || !target) return;
    target.replaceChildren();
    if (tools.length < MIN_COMPARED) {
      status.textContent =
        tools.length === 0
          ? 'Pick at least two tools to compare, or open one of the common comparisons below.'
          : `${tools[0]?.name} is selected. Add at least one more tool.`;
      return;
    }
    status.textContent = `Comparing ${tools.map((tool) => tool.name).join(', ')}.`;
    const table = comparisonTable(tools, {
      category: (id) => data.categories.find((category) => category.id === id)?.name ?? id,
      value: labelOf,
    });
    target.append(this.#table(table, slugs));
  }

  #table(table: ComparisonTable, slugs: string[]): HTMLElement {
    const toolBase = this.dataset['toolBase'] ?? '/tools/';
    const wrapper = element('section');
    wrapper.className = 'table-scroll';
    wrapper.setAttribute('aria-label', 'Comparison');
    wrapper.tabIndex = 0;
    const root = element('table');
    root.className = 'compare-table';
    root.append(element('caption', 'Side by side, fact by fact'));
    const head = element('tr');
    head.append(element('td'));
    for (const tool of table.tools) {
      const link = element('a', tool.name);
      link.href = `${toolBase}${tool.slug}/`;
      const remove = element('button', `Remove ${tool.name}`);
      remove.type = 'button';
      remove.className = 'remove';
      remove.addEventListener('click', () => {
        this.#go(toggleCompared(slugs, tool.slug));
        // The button is gone with the old table; keep the keyboard in a stable place.
        this.querySelector<HTMLElement>('#compare-add')?.focus();
      });
      const header = cell('th', link, 'col');
      header.append(remove);
      head.append(header);
    }
    root.append(element('thead'));
    root.tHead?.append(head);
    const body = element('tbody');
    const section = (title: string) => {
      const row = element('tr');
      row.className = 'section';
      const header = cell('th', title, 'rowgroup');
      header.colSpan = table.tools.length + 1;
      row.append(header);
      body.append(row);
    };
    for (const fact of table.facts) {
      const row = element('tr');
      if (fact.same) row.className = 'same';
      row.append(
        cell('th', fact.label, 'row'),
        ...fact.values.map((value) => cell('td', value ?? 'Unknown')),
      );
      body.append(row);
    }
    section('Features');
    for (const feature of table.features) {
      const row = element('tr');
      row.append(cell('th', feature.feature, 'row'));
      for (const has of feature.has) {
        const mark = cell('td', has ? '✓' : '–');
        mark.className = `mark ${has ? 'yes' : 'no'}`;
        mark.setAttribute('aria-label', has ? 'Yes' : 'Not listed');
        row.append(mark);
      }
      body.append(row);
    }
    section('Ecosystem');
    const works = element('tr');
    works.append(
      cell('th', 'Works with (compared)', 'row'),
      ...table.integrations.map((names) => cell('td', names.length > 0 ? names.join(', ') : '–')),
    );
    const links = element('tr');
    links.append(cell('th', 'Links', 'row'));
    for (const tool of table.tools) {
      const list = element('td');
      list.append(externalLink(tool.url, 'Website'));
      if (tool.repo) list.append(' · ', externalLink(tool.repo, 'Source'));
      if (tool.docs) list.append(' · ', externalLink(tool.docs, 'Docs'));
      links.append(list);
    }
    body.append(works, links);
    root.append(body);
    wrapper.append(root);
    return wrapper;
  }
}

customElements.define('compare-page', ComparePage);
