/**
 * The header search box on every page: `/` and Ctrl/Cmd+K focus it. Suggestions (and Pagefind)
 * are loaded only when the box is first focused.
 */
const input = document.querySelector<HTMLInputElement>('#site-search-input');

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

if (input) {
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !isTypingTarget(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !commandK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  input.addEventListener(
    'focus',
    () => void import('./search-suggest.ts').then((module) => module.attachSuggestions(input)),
    { once: true },
  );
}
