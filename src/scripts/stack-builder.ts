import { labelOf } from '../lib/labels.ts';
import {
  STACK_STAGES,
  parseStack,
  serializeStack,
  stackMarkdown,
  stackSummary,
  toolsForStage,
  type StackSelection,
  type StackTool,
} from '../lib/stack.ts';

/**
 * `<stack-builder>`: one radio group per lifecycle stage; the choice is mirrored in the URL
 * (`?serving=bentoml&monitoring=evidently-ai`) and summed up next to the form.
 */
class StackBuilder extends HTMLElement {
  #tools: StackTool[] = [];
  /**
   * Choices the URL makes from a stage's menu before /tools.json has filled it: kept, so that a
   * change to another stage in the meantime does not drop them from the URL.
   */
  #pending = new Map<string, string>();

  connectedCallback(): void {
    const seen = new Set<string>();
    for (const input of this.#radios()) {
      if (!input.value || seen.has(input.value)) continue;
      seen.add(input.value);
      this.#tools.push({
        slug: input.value,
        name: input.dataset['name'] ?? input.value,
        category: input.dataset['category'] ?? '',
        license: input.dataset['license'] || undefined,
        deployment: input.dataset['deployment'] || undefined,
        integrates: (input.dataset['integrates'] ?? '').split(' ').filter(Boolean),
      });
    }
    this.querySelector('form')?.addEventListener('change', (event) => {
      // A stage's radios and its menu of further tools are one choice: the newest wins.
      const target = event.target;
      let stage: string | undefined;
      if (target instanceof HTMLSelectElement) {
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

  /** The URL's stack as far as the known tools go; the rest of a menu stage's choice waits. */
  #selectionFromUrl(): StackSelection {
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
    let data: { tools: readonly (StackTool & { category: string })[] };
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
        license: tool.license ?? undefined,
        deployment: tool.deployment ?? undefined,
        integrates: tool.integrates,
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
        option.textContent = tool.name;
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
    const query = serializeStack(selection);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    this.#render(selection);
  }

  #text(selector: string, text: string): void {
    const node = this.querySelector(selector);
    if (node) node.textContent = text;
  }

  #render(selection: StackSelection): void {
    for (const input of this.#radios()) input.checked = (selection[input.name] ?? '') === input.value;
    for (const menu of this.#menus()) {
      const chosen = selection[menu.dataset['moreChoices'] ?? ''] ?? '';
      // '' unless the choice is one of the menu's tools rather than a listed one.
      menu.value = [...menu.options].some((option) => option.value === chosen) ? chosen : '';
    }
    const summary = stackSummary(selection, this.#tools);
    const mix = (group: 'license' | 'deployment', counts: ReadonlyMap<string, number>) =>
      [...counts].map(([value, count]) => `${labelOf(group, value)} ×${count}`).join(', ') ||
      'Nothing chosen yet';
    const chosen = summary.choices.filter((choice) => choice.tool).length;
    this.#text('[data-status]', `${chosen} of ${STACK_STAGES.length} stages chosen.`);
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
      markdown.value = stackMarkdown(
        summary,
        (tool) => new URL(`${toolBase}${tool.slug}/`, site).href,
        labelOf,
      );
    }
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
