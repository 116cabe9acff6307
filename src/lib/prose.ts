/**
 * Lists of names in a sentence: "A", "A and B", "A, B or C". Pure and tiny, so browser scripts
 * and the build share it.
 */
export function listOf(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** Ends a full stop may not end: "etc." or "Inc." keeps its own. */
const ABBREVIATION_END = /(?:\.\.|\b(?:etc|Inc|Ltd|Co|vs|e\.g|i\.e)\.)$/i;

/**
 * A tagline as a sentence of its own ("MLflow: … applications."): entries write their one line
 * with or without a final full stop, and a sentence gets exactly one.
 */
export function asSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A tagline inside a sentence, as in brackets: without a final full stop of its own. */
export function asClause(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('.') && !ABBREVIATION_END.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
}
