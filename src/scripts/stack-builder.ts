import { labelOf } from '../lib/labels.ts';
import {
  STACK_STAGES,
  parseStack,
  serializeStack,
  stackMarkdown,
  stackSummary,
  type StackSelection,
  type StackTool,
} from '../lib/stack.ts';

/**
 * `<stack-builder>`: one radio group per lifecycle stage; the choice is mirrored in the URL
 * (`?serving=bentoml&monitoring=evidently-ai`) and summed up next to the form.
 */
class StackBuilder extends HTMLElement {
  #tools: StackTool[] = [];

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
    this.querySelector('form')?.addEventListener('change', () => this.#commit(this.#selectionFromForm()));
    this.querySelector('[data-reset]')?.addEventListener('click', () => this.#commit({}));
    this.querySelector('[data-copy]')?.addEventListener(
      'click',
      (event) => void this.#copy(event.currentTarget),
    );
    window.addEventListener('popstate', () => this.#render(parseStack(location.search, this.#tools)));
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    if (summary) summary.hidden = false;
    this.#render(parseStack(location.search, this.#tools));
  }

  #radios(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  #selectionFromForm(): StackSelection {
    const selection: Record<string, string> = {};
    for (const input of this.#radios()) if (input.checked && input.value) selection[input.name] = input.value;
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
