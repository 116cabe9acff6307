/**
 * `<guide-checklist>`: ticks on a best-practice page, remembered in this browser
 * (localStorage), with progress, reset, print and "copy as Markdown".
 */
class GuideChecklist extends HTMLElement {
  get #storageKey(): string {
    return `mlops-guide:checklist:${this.dataset['key'] ?? location.pathname}`;
  }

  connectedCallback(): void {
    const saved = this.#load();
    for (const box of this.#boxes()) {
      box.checked = saved.has(box.dataset['check'] ?? '');
      box.addEventListener('change', () => this.#save());
    }
    const toolbar = this.querySelector<HTMLElement>('[data-toolbar]');
    if (toolbar) toolbar.hidden = false;
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      for (const box of this.#boxes()) box.checked = false;
      this.#save();
    });
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
    this.#progress();
  }

  #boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[data-check]')];
  }

  #load(): Set<string> {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(this.#storageKey) ?? '[]');
      return new Set(
        Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [],
      );
    } catch {
      return new Set();
    }
  }

  #save(): void {
    const ticked = this.#boxes()
      .filter((box) => box.checked)
      .map((box) => box.dataset['check'] ?? '');
    try {
      localStorage.setItem(this.#storageKey, JSON.stringify(ticked));
    } catch {
      // Storage can be full or disabled; the ticks then last for this visit only.
    }
    this.#progress();
  }

  #progress(): void {
    const boxes = this.#boxes();
    const done = boxes.filter((box) => box.checked).length;
    const status = this.querySelector('[data-progress]');
    if (status) status.textContent = `${done} of ${boxes.length} done`;
  }

  #markdown(): string {
    const title = document.querySelector('h1')?.textContent?.trim() ?? 'Checklist';
    const lines = [`## ${title}`, ''];
    for (const item of this.querySelectorAll<HTMLElement>('[data-check-item]')) {
      const box = item.querySelector<HTMLInputElement>('input[data-check]');
      const heading = item.querySelector('h2')?.textContent?.trim() ?? '';
      // A tool that is not active keeps its flag: "[TorchServe](…) (deprecated; use … instead)".
      const tools = [...item.querySelectorAll<HTMLAnchorElement>('a[data-tool-name]')].map(
        (link) =>
          `[${link.dataset['toolName'] ?? ''}](${link.href})` +
          (link.dataset['toolFlag'] ? ` (${link.dataset['toolFlag']})` : ''),
      );
      lines.push(
        `- [${box?.checked ? 'x' : ' '}] ${heading}${tools.length > 0 ? ` (${tools.join(', ')})` : ''}`,
      );
    }
    return `${lines.join('\n')}\n`;
  }

  async #copy(): Promise<void> {
    const status = this.querySelector('[data-copy-status]');
    const markdown = this.#markdown();
    const output = this.querySelector<HTMLTextAreaElement>('[data-markdown]');
    if (output) {
      output.value = markdown;
      output.hidden = false;
    }
    try {
      await navigator.clipboard.writeText(markdown);
      if (status) status.textContent = 'Copied as Markdown.';
    } catch {
      output?.select();
      if (status) status.textContent = 'Select the Markdown below and copy it.';
    }
  }
}

customElements.define('guide-checklist', GuideChecklist);
