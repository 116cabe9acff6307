/** The width from which filter panels are always open: the CSS breakpoint, read from the page. */
const wideScreen = () =>
  `(min-width: ${getComputedStyle(document.documentElement).getPropertyValue('--breakpoint-wide-screen').trim() || '48rem'})`;

/**
 * Filter panels are folded `<details>` that CSS keeps open on wide screens through
 * `::details-content`. Browsers without it would show them folded there, so open them.
 */
export function unfoldOnWideScreens(details: HTMLDetailsElement | null): void {
  if (details && !CSS.supports('selector(::details-content)') && matchMedia(wideScreen()).matches) {
    details.open = true;
  }
}
