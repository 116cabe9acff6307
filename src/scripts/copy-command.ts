/**
 * `<copy-command>`: a command with a button that copies it. The button stays hidden without
 * JavaScript or a clipboard, where the command can still be selected by hand.
 */
class CopyCommand extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const status = this.querySelector('[data-copy-status]');
    const command = this.querySelector('[data-command]')?.textContent ?? '';
    if (!button || !status || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(command);
        status.textContent = 'Copied.';
      } catch {
        status.textContent = 'Could not copy: select the command and copy it by hand.';
      }
    });
  }
}

customElements.define('copy-command', CopyCommand);
