/**
 * Search synonyms (`content/search/synonyms.yaml`), applied when the index is built: a tool page
 * that uses one word of a group also carries the others, hidden, so a search for "k8s" finds
 * what says "Kubernetes" without the browser loading any list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { synonymsSchema, type SynonymsData } from '../schemas/synonyms.ts';

export const SYNONYMS_FILE = join('search', 'synonyms.yaml');

/** The synonym groups of a content directory; none when it has no file, an error when it is invalid. */
export function readSynonyms(contentDir: string): SynonymsData['groups'] {
  let text: string;
  try {
    text = readFileSync(join(contentDir, SYNONYMS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = synonymsSchema.safeParse(parse(text));
  if (!parsed.success)
    throw new Error(
      `${SYNONYMS_FILE}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return parsed.data.groups;
}

/** Lower case, punctuation as spaces (but the "/" of "ci/cd" and the "&" of "r&d"), padded. */
const normalise = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/&+#]+/gu, ' ')
    .trim()} `;

/**
 * The words of every group some word of which the text uses (as whole words), minus the words
 * the text already has: what to add to the page's index.
 */
export function synonymsFor(text: string, groups: readonly (readonly string[])[]): string[] {
  const haystack = normalise(text);
  const has = (word: string) => haystack.includes(normalise(word));
  const added = new Set<string>();
  for (const group of groups) if (group.some(has)) for (const word of group) if (!has(word)) added.add(word);
  return [...added];
}
