/**
 * Lists of names in a sentence: "A", "A and B", "A, B or C". Pure and tiny, so browser scripts
 * and the build share it.
 */
export function listOf(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
