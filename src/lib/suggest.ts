/** Levenshtein edit distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate to a misspelt word, if it is close enough to be a likely typo. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}

/**
 * `unknown <what> "<value>" (did you mean "<match>"?) (<expected>)`: the one wording of every
 * unknown-reference problem of the content check.
 */
export function unknownReference(
  what: string,
  value: string,
  candidates: readonly string[],
  expected: string,
  /** Where the value was looked up, said after it (`for category "model-serving"`). */
  scope = '',
): string {
  const match = closestMatch(value, candidates);
  return `unknown ${what} "${value}"${scope ? ` ${scope}` : ''}${match ? ` (did you mean "${match}"?)` : ''} (${expected})`;
}
