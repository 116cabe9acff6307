/**
 * What a search query asks for, beyond its words: a comparison ("feast vs tecton", "airflow or
 * prefect"), the alternatives to a tool ("alternatives to mlflow"), or a facet value named in
 * the words ("open source feature store"). Pure, loaded in the browser by the search box and
 * the search page.
 */

export type QueryIntent =
  | { readonly kind: 'words'; readonly words: string }
  | { readonly kind: 'compare'; readonly sides: readonly [string, string] }
  | { readonly kind: 'alternatives'; readonly of: string };

/**
 * Words that only join others: a tool page rarely has them, so they would empty the results; nor
 * are they highlighted in excerpts or read as part of a job's name.
 */
export const JOINING_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'the',
  'to',
  'for',
  'of',
  'on',
  'in',
  'with',
  'my',
  'our',
  'how',
  'best',
  'as',
  'is',
  'are',
  'by',
  'at',
  'into',
  'or',
  'vs',
]);

/** The query without joining words (kept when nothing else is left). */
export function searchWords(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !JOINING_WORDS.has(word.toLowerCase()));
  return (kept.length > 0 ? kept : words).join(' ');
}

const COMPARE = /^(.+?)\s+(?:vs\.?|versus|or|compared (?:to|with))\s+(.+)$/i;
const ALTERNATIVES = [/^(?:an?\s+)?alternatives?\s+(?:to|for)\s+(.+)$/i, /^(.+?)\s+alternatives?$/i];

export function understandQuery(query: string): QueryIntent {
  const trimmed = query.trim();
  for (const pattern of ALTERNATIVES) {
    const match = pattern.exec(trimmed);
    if (match?.[1]) return { kind: 'alternatives', of: searchWords(match[1]) };
  }
  const comparison = COMPARE.exec(trimmed);
  if (comparison?.[1] && comparison[2])
    return { kind: 'compare', sides: [comparison[1].trim(), comparison[2].trim()] };
  return { kind: 'words', words: searchWords(trimmed) };
}

/** A facet value a query names ("open source" → license: open-source), as a filter to offer. */
export interface FacetOffer {
  readonly key: string;
  readonly value: string;
  readonly label: string;
  /** The query without the words that named the value. */
  readonly rest: string;
}

/**
 * The facet values whose label the query contains as whole words (case and hyphens ignored),
 * longest labels first so "self-hosted or managed" wins over "managed".
 */
export function facetOffers(
  query: string,
  options: readonly { readonly key: string; readonly value: string; readonly label: string }[],
): FacetOffer[] {
  const normal = (text: string) =>
    ` ${text.toLowerCase().replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim()} `;
  let remaining = normal(query);
  const offers: FacetOffer[] = [];
  for (const option of [...options].sort((a, b) => b.label.length - a.label.length)) {
    const label = normal(option.label);
    if (label.trim().length < 3 || !remaining.includes(label)) continue;
    remaining = remaining.replace(label, ' ');
    offers.push({ ...option, rest: '' });
  }
  const rest = remaining.replace(/\s+/g, ' ').trim();
  return offers.map((offer) => ({ ...offer, rest }));
}
