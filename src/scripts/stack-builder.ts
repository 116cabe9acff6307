import type { DirectoryData } from '../lib/data-export.ts';
import {
  STACK_STAGES,
  isFlaggedStatus,
  meetsConstraints,
  parseConstraints,
  parseStack,
  serializeStack,
  stackMarkdown,
  stackSummary,
  toolsForStage,
  type StackSelection,
  type StackSummary,
  type StackTool,
} from '../lib/stack.ts';

/**
 * `<stack-builder>`: one radio group per lifecycle stage; the choice is mirrored in the URL
 * (`?serving=bentoml&monitoring=evidently-ai`) and summed up next to the form.
 */
class StackBuilder extends HTMLElement {
  #tools: StackTool[] = [];
  /** Display labels by "group:value", from the page (the vocabulary stays out of this script). */
  #labels: Record<string, string> = {};
  /** Names of successors of tools that are not active, from the page, until /tools.json has loaded. */
  #names = new Map<string, string>();
  /**
   * Choices the URL makes from a stage's menu before /tools.json has filled it: kept, so that a
   * change to another stage in the meantime does not drop them from the URL.
   */
  #pending = new Map<string, string>();
  /** What the choices are restricted to (`?only=open-source,kubernetes`). */
  #constraints: string[] = [];

  connectedCallback(): void {
    this.#labels = this.#json('labels');
    this.#names = new Map(Object.entries(this.#json('successorNames')));
    // The listed tools, as the page gives them: the same record fields /tools.json has.
    this.#tools.push(...(JSON.parse(this.dataset['tools'] ?? '[]') as StackTool[]));
    this.querySelector('form')?.addEventListener('change', (event) => {
      // A stage's radios and its menu of further tools are one choice: the newest wins.
      const target = event.target;
      let stage: string | undefined;
      if (target instanceof HTMLInputElement && target.dataset['constraint'] !== undefined) {
        this.#constraints = this.#constraintBoxes()
          .filter((box) => box.checked)
          .map((box) => box.value);
      } else if (target instanceof HTMLSelectElement) {
        stage = target.dataset['moreChoices'];
        for (const input of this.#radios()) if (input.name === stage) input.checked = false;
      } else if (target instanceof HTMLInputElement) {
        stage = target.name;
        const menu = this.#menuOf(stage);
        if (menu) menu.value = '';
      }
      if (stage) this.#pending.delete(stage);
      this.#commit(this.#selectionFromForm());
    });
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      this.#pending.clear();
      this.#constraints = [];
      this.#commit({});
    });
    this.querySelector('[data-copy]')?.addEventListener(
      'click',
      (event) => void this.#copy(event.currentTarget),
    );
    window.addEventListener('popstate', () => this.#render(this.#selectionFromUrl()));
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    if (summary) summary.hidden = false;
    this.#render(this.#selectionFromUrl());
    if (this.#menus().length > 0) void this.#loadMoreChoices();
  }

  #json(key: string): Record<string, string> {
    try {
      return JSON.parse(this.dataset[key] ?? '{}') as Record<string, string>;
    } catch {
      return {};
    }
  }

  #label = (group: string, value: string): string => this.#labels[`${group}:${value}`] ?? value;

  /** The URL's stack as far as the known tools go; the rest of a menu stage's choice waits. */
  #selectionFromUrl(): StackSelection {
    this.#constraints = parseConstraints(location.search);
    const selection = parseStack(location.search, this.#tools);
    const params = new URLSearchParams(location.search);
    this.#pending.clear();
    for (const menu of this.#menus()) {
      const stage = menu.dataset['moreChoices'] ?? '';
      const slug = params.get(stage);
      if (slug && !selection[stage] && menu.options.length <= 1) this.#pending.set(stage, slug);
    }
    return selection;
  }

  /** Stages list their first tools; the others come from /tools.json into each stage's menu. */
  async #loadMoreChoices(): Promise<void> {
    let data: Pick<DirectoryData, 'tools'>;
    try {
      const response = await fetch(this.dataset['source'] ?? '/tools.json');
      if (!response.ok) return;
      data = (await response.json()) as typeof data;
    } catch {
      return;
    }
    const known = new Set(this.#tools.map((tool) => tool.slug));
    for (const tool of data.tools) {
      if (known.has(tool.slug)) continue;
      this.#tools.push({
        slug: tool.slug,
        name: tool.name,
        category: tool.category,
        alsoIn: tool.alsoIn,
        license: tool.license ?? undefined,
        deployment: tool.deployment ?? undefined,
        integrates: tool.integrates,
        status: tool.status,
        statusNote: tool.statusNote,
        successors: tool.successors,
        subcategory: tool.subcategory,
        maintainer: tool.maintainer,
        capabilities: tool.capabilities,
      });
    }
    for (const menu of this.#menus()) {
      const stage = STACK_STAGES.find((candidate) => candidate.key === menu.dataset['moreChoices']);
      if (!stage) continue;
      // Per stage: a tool listed under one stage may be in another stage's menu.
      const listed = new Set(
        this.#radios()
          .filter((input) => input.name === stage.key)
          .map((input) => input.value),
      );
      for (const tool of toolsForStage(stage, this.#tools)) {
        if (listed.has(tool.slug)) continue;
        const option = document.createElement('option');
        option.value = tool.slug;
        option.textContent = isFlaggedStatus(tool.status)
          ? `${tool.name} (${this.#label('status', tool.status)})`
          : tool.name;
        menu.append(option);
      }
      const wrapper = menu.closest<HTMLElement>('.more-select');
      if (wrapper) wrapper.hidden = false;
    }
    this.#render(this.#selectionFromUrl());
  }

  #menus(): HTMLSelectElement[] {
    return [...this.querySelectorAll<HTMLSelectElement>('select[data-more-choices]')];
  }

  #menuOf(stage: string): HTMLSelectElement | undefined {
    return this.#menus().find((menu) => menu.dataset['moreChoices'] === stage);
  }

  #radios(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  #constraintBoxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[data-constraint]')];
  }

  #selectionFromForm(): StackSelection {
    const selection: Record<string, string> = {};
    for (const menu of this.#menus()) {
      const stage = menu.dataset['moreChoices'];
      if (stage && menu.value) selection[stage] = menu.value;
    }
    for (const input of this.#radios()) if (input.checked && input.value) selection[input.name] = input.value;
    for (const [stage, slug] of this.#pending) selection[stage] ??= slug;
    return selection;
  }

  #commit(selection: StackSelection): void {
    const query = serializeStack(selection, this.#constraints);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    this.#render(selection);
  }

  #text(selector: string, text: string): void {
    const node = this.querySelector(selector);
    if (node) node.textContent = text;
  }

  #render(selection: StackSelection): void {
    for (const box of this.#constraintBoxes()) box.checked = this.#constraints.includes(box.value);
    const bySlug = new Map(this.#tools.map((tool) => [tool.slug, tool]));
    // A constraint hides the tools that break it, except one already chosen (the summary says so).
    const shown = (slug: string, chosen: boolean) => {
      const tool = bySlug.get(slug);
      return !slug || chosen || !tool || meetsConstraints(tool, this.#constraints);
    };
    for (const input of this.#radios()) {
      input.checked = (selection[input.name] ?? '') === input.value;
      const item = input.closest('li');
      if (item) item.hidden = !shown(input.value, input.checked);
    }
    for (const menu of this.#menus())
      for (const option of menu.options) option.hidden = !shown(option.value, option.selected);
    for (const menu of this.#menus()) {
      const chosen = selection[menu.dataset['moreChoices'] ?? ''] ?? '';
      // '' unless the choice is one of the menu's tools rather than a listed one.
      menu.value = [...menu.options].some((option) => option.value === chosen) ? chosen : '';
    }
    const summary = stackSummary(selection, this.#tools, this.#names);
    const mix = (group: 'license' | 'deployment', counts: ReadonlyMap<string, number>) =>
      [...counts].map(([value, count]) => `${this.#label(group, value)} ×${count}`).join(', ') ||
      'Nothing chosen yet';
    const chosen = summary.choices.filter((choice) => choice.tool).length;
    const flagged = summary.warnings.map(
      ({ tool }) => `${tool.name}: ${this.#label('status', tool.status ?? '')}.`,
    );
    const breaking = summary.choices.flatMap(({ tool }) =>
      tool && !meetsConstraints(tool, this.#constraints)
        ? [`${tool.name} does not meet the constraints.`]
        : [],
    );
    this.#text(
      '[data-status]',
      [`${chosen} of ${STACK_STAGES.length} stages chosen.`, ...flagged, ...breaking].join(' '),
    );
    this.#renderWarnings(summary.warnings);
    this.#text('[data-license-mix]', mix('license', summary.licenseMix));
    this.#text('[data-deployment-mix]', mix('deployment', summary.deploymentMix));
    this.#text(
      '[data-integrations]',
      summary.integrations.map(([a, b]) => `${a.name} + ${b.name}`).join('; ') ||
        'None known between the chosen tools',
    );
    this.#text(
      '[data-gaps]',
      summary.gaps.map((stage) => stage.label).join(', ') || 'None: every stage is covered',
    );
    const site = this.dataset['site'] ?? location.origin;
    const toolBase = this.dataset['toolBase'] ?? '/tools/';
    const markdown = this.querySelector<HTMLTextAreaElement>('[data-markdown]');
    if (markdown) {
      const query = serializeStack(selection, this.#constraints);
      markdown.value = stackMarkdown(
        summary,
        (tool) => new URL(`${toolBase}${tool.slug}/`, site).href,
        this.#label,
        new URL(`${location.pathname}${query ? `?${query}` : ''}`, site).href,
      );
    }
  }

  /** A note per chosen tool that is not active: its status, why, and links to its successors. */
  #renderWarnings(warnings: StackSummary<StackTool>['warnings']): void {
    const list = this.querySelector<HTMLElement>('[data-warnings]');
    if (!list) return;
    const toolBase = this.dataset['toolBase'] ?? '/tools/';
    list.replaceChildren(
      ...warnings.map(({ tool, successors }) => {
        const item = document.createElement('li');
        const heading = document.createElement('strong');
        heading.textContent = `${tool.name}: ${this.#label('status', tool.status ?? '')}.`;
        item.append(heading);
        if (tool.statusNote) item.append(` ${tool.statusNote}`);
        if (successors.length > 0) {
          // "For new work, consider A, B or C.", each a link to the tool's page.
          item.append(' For new work, consider ');
          successors.forEach((successor, index) => {
            const link = document.createElement('a');
            link.href = `${toolBase}${successor.slug}/`;
            link.textContent = successor.name;
            item.append(index === 0 ? '' : index < successors.length - 1 ? ', ' : ' or ', link);
          });
          item.append('.');
        }
        return item;
      }),
    );
    list.hidden = warnings.length === 0;
  }

  async #copy(button: EventTarget | null): Promise<void> {
    const markdown = this.querySelector<HTMLTextAreaElement>('[data-markdown]')?.value ?? '';
    try {
      await navigator.clipboard.writeText(markdown);
      this.#text('[data-status]', 'Markdown copied to the clipboard.');
    } catch {
      this.querySelector<HTMLTextAreaElement>('[data-markdown]')?.select();
      this.#text('[data-status]', 'Select the Markdown above and copy it.');
    }
    if (button instanceof HTMLElement) button.focus();
  }
}

customElements.define('stack-builder', StackBuilder);
