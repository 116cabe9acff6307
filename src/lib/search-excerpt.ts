/**
 * What a search result shows under its name: a sentence of the page itself with the query's
 * words highlighted. Pagefind's own excerpt is cut from everything indexed, which on a tool page
 * starts with the words added for ranking (subcategory, topics, synonyms: its search record). The
 * page's own text begins where its heading and lede do ("Feast. Open-source feature store…"), so
 * the excerpt is chosen from the sentences from there on, which the page shows as they are.
 * Pure: the search page renders the parts as text and <mark>.
 */
import { JOINING_WORDS } from './query-understanding.ts';
import { comparableName } from './search.ts';

type Meta = Readonly<Record<string, string | undefined>>;

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

export interface Excerpt {
  /** Which sentence: 0 is the tagline, then the page's sentences in order. */
  readonly index: number;
  readonly parts: readonly ExcerptPart[];
}

/** The words of a query worth highlighting, in comparable form. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      comparableName(query)
        .split(' ')
        .filter((word) => word.length > 1 && !JOINING_WORDS.has(word)),
    ),
  ];
}

/** Whether a word of the page is a form of a query word: "tracking" for "track", "stores" for "store". */
function sameWord(word: string, term: string): boolean {
  if (word === term) return true;
  if (term.length >= 3 && word.startsWith(term)) return true;
  let common = 0;
  while (common < word.length && common < term.length && word[common] === term[common]) common++;
  return common >= 5 && common >= Math.min(word.length, term.length) - 3;
}

/**
 * A sentence split into parts, the words that are forms of a query term marked; marked words
 * only a space apart are marked as one ("experiment tracking").
 */
export function markTerms(sentence: string, terms: readonly string[]): ExcerptPart[] {
  const pieces = sentence
    .split(/([\p{L}\p{N}]+)/u)
    .filter(Boolean)
    .map((text) => {
      const word = comparableName(text);
      return { text, marked: word !== '' && terms.some((term) => sameWord(word, term)) };
    });
  const parts: ExcerptPart[] = [];
  pieces.forEach((piece, index) => {
    const between = /^ +$/.test(piece.text) && pieces[index - 1]?.marked && pieces[index + 1]?.marked;
    const marked = piece.marked || Boolean(between);
    const last = parts.at(-1);
    if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + piece.text, marked };
    else parts.push({ text: piece.text, marked });
  });
  return parts;
}

/**
 * The sentences a result's excerpt is chosen from: its tagline, then the sentences of its indexed
 * text that follow its heading and tagline (Pagefind ends every block with a full stop). None
 * beyond the tagline when the text does not hold them in that order.
 */
export function sentencesOf(meta: Meta, content = ''): string[] {
  const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
  const tagline = plain(meta['tagline'] ?? '');
  const title = plain(meta['title'] ?? '');
  const text = plain(content);
  const opening = `${title}. ${tagline}`;
  const start = title && tagline ? text.indexOf(opening) : -1;
  if (start < 0) return tagline ? [tagline] : [];
  const rest = text
    .slice(start + opening.length)
    .replace(/^\.?\s*/, '')
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '' && sentence !== '.');
  return [tagline, ...rest];
}

/** How many of the terms a sentence holds, each counted once. */
function termsFound(sentence: string, terms: readonly string[]): number {
  const words = comparableName(sentence).split(' ');
  return terms.filter((term) => words.some((word) => sameWord(word, term))).length;
}

/**
 * The sentence that holds the most of the query's words (the earliest among equals), marked;
 * undefined when no sentence holds any (the page matched by a synonym or a hidden topic).
 */
export function bestExcerpt(sentences: readonly string[], query: string): Excerpt | undefined {
  const terms = queryTerms(query);
  let best: { index: number; found: number } | undefined;
  sentences.forEach((sentence, index) => {
    // A page's short labels ("Visit kubernetes.io.") say nothing the name does not.
    if (index > 0 && sentence.split(' ').length < 3) return;
    const found = termsFound(sentence, terms);
    if (found > 0 && (!best || found > best.found)) best = { index, found };
  });
  return best && { index: best.index, parts: markTerms(sentences[best.index] ?? '', terms) };
}
