import type { DirectoryData } from '../lib/data-export.ts';
import type { LabelGroup, LabelMaps } from '../lib/labels.ts';

/** How many matches a stage's search offers. */
const MORE_MATCHES = 6;
import {
  STACK_STAGES,
  brokenConstraints,
  meetsConstraints,
  parseConstraints,
  parseStack,
  replacementFor,
  serializeStack,
  stackMarkdown,
  stackSummary,
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
  /** Display labels by group and value, from the page (the vocabulary stays out of this script). */
  #labels: Partial<LabelMaps> = {};
  /** Names of successors of tools that are not active, from the page and the tools' files. */
  #names = new Map<string, string>();
  /** Choices made beyond the listed tools (found by search, or named by the URL), by stage. */
  #extra = new Map<string, string>();
  /** What the choices are restricted to (`?only=open-source,kubernetes`). */
  #constraints: string[] = [];
  #generation = 0;
  /** How widely each listed tool is used, as the page ranks them (for replacements). */
  #popularity: Record<string, number> = {};

  connectedCallback(): void {
    this.#labels = this.#json<Readonly<Record<string, string>>>('labels');
    this.#names = new Map(Object.entries(this.#json('successorNames')));
    this.#popularity = Object.fromEntries(
      Object.entries(this.#json('popularity')).map(([slug, value]) => [slug, Number(value) || 0]),
    );
    // The listed tools, as the page gives them: the same record fields /tools.json has.
    this.#tools.push(...(JSON.parse(this.dataset['tools'] ?? '[]') as StackTool[]));
    this.querySelector('form')?.addEventListener('change', (event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement)) return;
      if (target.dataset['constraint'] !== undefined) {
        this.#constraints = this.#constraintBoxes()
          .filter((box) => box.checked)
          .map((box) => box.value);
      } else if (target.type === 'radio') {
        // A stage's radios and its search are one choice: the newest wins.
        this.#extra.delete(target.name);
      } else return;
      this.#commit(this.#selectionFromForm());
    });
    this.querySelector('form')?.addEventListener('input', (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.dataset['moreChoices']) void this.#findMore(target);
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-choose]');
      const [stage, slug] = (button?.dataset['choose'] ?? '').split(':');
      if (stage && slug) void this.#choose(stage, slug);
      const replace = (event.target as Element).closest<HTMLElement>('[data-replace]');
      const [replaceStage, replacement] = (replace?.dataset['replace'] ?? '').split(':');
      if (replaceStage && replacement) this.#replace(replaceStage, replacement);
    });
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      this.#extra.clear();
      this.#constraints = [];
      this.#commit({});
    });
    this.querySelector('[data-copy]')?.addEventListener(
      'click',
      (event) => void this.#copy(event.currentTarget),
    );
    window.addEventListener('popstate', () => void this.#fromUrl());
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    if (summary) summary.hidden = false;
    for (const wrapper of this.querySelectorAll<HTMLElement>('.more-select')) wrapper.hidden = false;
    void this.#fromUrl();
  }

  #json<T = string>(key: string): Record<string, T> {
    try {
      return JSON.parse(this.dataset[key] ?? '{}') as Record<string, T>;
    } catch {
      return {};
    }
  }

  #label = (group: LabelGroup, value: string): string => this.#labels[group]?.[value] ?? value;

  /** The URL's stack: tools the page does not list are loaded from their files first. */
  async #fromUrl(): Promise<void> {
    this.#constraints = parseConstraints(location.search);
    const params = new URLSearchParams(location.search);
    const known = new Set(this.#tools.map((tool) => tool.slug));
    const listed = new Set(this.#radios().map((input) => `${input.name}:${input.value}`));
    // Choices beyond the listed tools are kept while their files load, so a change to another
    // stage in the meantime does not drop them from the URL.
    this.#extra.clear();
    const missing: string[] = [];
    for (const stage of STACK_STAGES) {
      const slug = params.get(stage.key)?.trim().toLowerCase();
      if (!slug || !/^[a-z0-9-]+$/.test(slug) || listed.has(`${stage.key}:${slug}`)) continue;
      this.#extra.set(stage.key, slug);
      if (!known.has(slug)) missing.push(slug);
    }
    await Promise.all([...new Set(missing)].map((slug) => this.#load(slug)));
    const selection = parseStack(location.search, this.#tools);
    for (const [stage, slug] of this.#extra) if (selection[stage] !== slug) this.#extra.delete(stage);
    this.#render(selection);
  }

  /** Adds a tool from its file (`/data/tools/<slug>.json`); false when there is none. */
  async #load(slug: string): Promise<boolean> {
    if (this.#tools.some((tool) => tool.slug === slug)) return true;
    try {
      const response = await fetch(`${this.dataset['toolData'] ?? '/data/tools/'}${slug}.json`);
      if (!response.ok) return false;
      const { tool, names } = (await response.json()) as {
        tool: DirectoryData['tools'][number];
        names: Record<string, string>;
      };
      for (const [other, name] of Object.entries(names)) this.#names.set(other, name);
      this.#tools.push({
        ...tool,
        license: tool.license ?? undefined,
        deployment: tool.deployment ?? undefined,
        difficulty: tool.difficulty ?? undefined,
      });
      return true;
    } catch {
      return false;
    }
  }

  /** Tools of a stage whose name matches what is typed, from the search index. */
  async #findMore(input: HTMLInputElement): Promise<void> {
    const generation = ++this.#generation;
    const stageKey = input.dataset['moreChoices'] ?? '';
    const stage = STACK_STAGES.find((candidate) => candidate.key === stageKey);
    const target = this.querySelector(`[data-more-matches="${stageKey}"]`);
    const words = input.value.trim();
    if (!stage || !target) return;
    if (words.length < 2) {
      target.replaceChildren();
      return;
    }
    // The search index and its helpers load with the first letters typed, not with the page.
    const [{ loadPagefind }, { toolSlugOf }] = await Promise.all([
      import('./pagefind.ts'),
      import('../lib/routes.ts'),
    ]);
    const pagefind = await loadPagefind();
    const response = await pagefind?.search(words, {
      filters: { kind: { any: ['tool'] }, category: { any: [...stage.categories] } },
    });
    const data = await Promise.all(
      (response?.results ?? []).slice(0, MORE_MATCHES).map((result) => result.data()),
    );
    if (generation !== this.#generation) return;
    target.replaceChildren(
      ...data.flatMap((result) => {
        const slug = toolSlugOf(result.url);
        if (!slug) return [];
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button-outline';
        button.dataset['choose'] = `${stage.key}:${slug}`;
        button.textContent = `Choose ${result.meta['title'] ?? slug}`;
        return [button, ' '];
      }),
    );
  }

  async #choose(stage: string, slug: string): Promise<void> {
    if (!(await this.#load(slug))) return;
    this.#extra.set(stage, slug);
    const input = this.querySelector<HTMLInputElement>(`[data-more-choices="${stage}"]`);
    if (input) input.value = '';
    this.querySelector(`[data-more-matches="${stage}"]`)?.replaceChildren();
    this.#commit(this.#selectionFromForm());
  }

  /** Puts a tool that meets the constraints in place of one that breaks them, in one click. */
  #replace(stage: string, slug: string): void {
    const radio = this.querySelector<HTMLInputElement>(
      `input[type="radio"][name="${CSS.escape(stage)}"][value="${CSS.escape(slug)}"]`,
    );
    if (radio) {
      this.#extra.delete(stage);
      radio.checked = true;
    } else this.#extra.set(stage, slug);
    this.#commit(this.#selectionFromForm());
    radio?.focus();
  }

  #radios(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  #constraintBoxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[data-constraint]')];
  }

  #selectionFromForm(): StackSelection {
    const selection: Record<string, string> = {};
    for (const input of this.#radios()) if (input.checked && input.value) selection[input.name] = input.value;
    for (const [stage, slug] of this.#extra) selection[stage] = slug;
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
    // A stage chosen beyond its listed tools says which, next to its search.
    for (const stage of STACK_STAGES) {
      const note = this.querySelector(`[data-more-matches="${stage.key}"]`);
      const extra = this.#extra.get(stage.key);
      if (note && extra && note.children.length === 0)
        note.textContent = `Chosen: ${this.#tools.find((tool) => tool.slug === extra)?.name ?? extra}`;
      else if (note && !extra && note.children.length === 0) note.textContent = '';
    }
    const summary = stackSummary(selection, this.#tools, this.#names);
    const mix = (group: 'license' | 'deployment', counts: ReadonlyMap<string, number>) =>
      [...counts].map(([value, count]) => `${this.#label(group, value)} ×${count}`).join(', ') ||
      'Nothing chosen yet';
    const chosen = summary.choices.filter((choice) => choice.tool).length;
    const flagged = summary.warnings.map(
      ({ tool }) => `${tool.name}: ${this.#label('status', tool.status ?? '')}.`,
    );
    const breakingCount = summary.choices.filter(
      ({ tool }) => tool && !meetsConstraints(tool, this.#constraints),
    ).length;
    const breaking =
      breakingCount === 0
        ? []
        : [
            `${breakingCount === 1 ? '1 choice breaks' : `${breakingCount} choices break`} the constraints: see the replacements below.`,
          ];
    this.#text(
      '[data-status]',
      [`${chosen} of ${STACK_STAGES.length} stages chosen.`, ...flagged, ...breaking].join(' '),
    );
    this.#renderWarnings(summary.warnings);
    this.#renderReplacements(summary.choices);
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

  /**
   * A line per chosen tool that breaks the constraints: which ones, and a button that puts the
   * best tool of the stage that meets them in its place (or says there is none).
   */
  #renderReplacements(choices: StackSummary<StackTool>['choices']): void {
    const list = this.querySelector<HTMLElement>('[data-replacements]');
    if (!list) return;
    const items = choices.flatMap(({ stage, tool }) => {
      if (!tool || meetsConstraints(tool, this.#constraints)) return [];
      const item = document.createElement('li');
      const heading = document.createElement('strong');
      heading.textContent = `${stage.label}: ${tool.name} breaks ${brokenConstraints(tool, this.#constraints).join(', ')}.`;
      item.append(heading, ' ');
      const replacement = replacementFor(
        stage,
        tool,
        this.#tools,
        this.#constraints,
        (candidate) => this.#popularity[candidate.slug] ?? 0,
      );
      if (replacement) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button-outline';
        button.dataset['replace'] = `${stage.key}:${replacement.slug}`;
        button.textContent = `Use ${replacement.name} instead`;
        item.append(button);
      } else item.append('No tool of this stage listed here meets them: search the stage for another.');
      return [item];
    });
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
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
