/** The width from which filter panels are always open (the same as in their CSS). */
const WIDE_SCREEN = '(min-width: 48rem)';

/**
 * Filter panels are folded `<details>` that CSS keeps open on wide screens through
 * `::details-content`. Browsers without it would show them folded there, so open them.
 */
export function unfoldOnWideScreens(details: HTMLDetailsElement | null): void {
  if (details && !CSS.supports('selector(::details-content)') && matchMedia(WIDE_SCREEN).matches) {
    details.open = true;
  }
}
