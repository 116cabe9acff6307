/**
 * Readers of the public curated lists the coverage snapshot is taken from. They keep facts only:
 * each entry's name and address (never its description), and which list includes it.
 */
import { parse } from 'yaml';

export interface ListEntry {
  readonly name: string;
  readonly url: string;
  readonly repo?: string;
}

const MARKDOWN_LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/;

/**
 * The entries of an "awesome" list written in Markdown: the first link of each bullet item
 * (`* [Name](url) - …`) and of each table row (`| [Name](url) | … |`). Headings, badges, the
 * table of contents (links to `#anchors`) and prose links are not entries.
 */
export function markdownListEntries(markdown: string): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const line of markdown.split('\n')) {
    const item = /^\s*(?:[*+-]|\|)\s*(.*)$/.exec(line)?.[1];
    if (item === undefined || !item.startsWith('[')) continue;
    const link = MARKDOWN_LINK.exec(item);
    if (!link?.[1] || !link[2] || link.index !== 0) continue;
    const name = link[1].replace(/[*_`]/g, '').trim();
    if (name === '' || /^!\[/.test(name)) continue;
    entries.push({ name, url: link[2] });
  }
  return entries;
}

type Fields = Readonly<Record<string, unknown>>;

const isFields = (value: unknown): value is Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const listOf = (value: unknown): Fields[] => (Array.isArray(value) ? value.filter(isFields) : []);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The items of a landscape (`landscape.yml` of the CNCF and LF AI & Data landscapes): every
 * item of the named categories, or of all when none are named. Throws on a file that is not a
 * landscape, so a changed format is noticed instead of read as an empty list.
 */
export function landscapeEntries(yamlText: string, categories?: readonly string[]): ListEntry[] {
  const data: unknown = parse(yamlText, { maxAliasCount: -1 });
  if (!isFields(data) || !Array.isArray(data['landscape'])) {
    throw new Error('not a landscape file: no top-level `landscape` list');
  }
  const entries: ListEntry[] = [];
  for (const category of listOf(data['landscape'])) {
    if (categories && !categories.includes(text(category['name']))) continue;
    for (const subcategory of listOf(category['subcategories'])) {
      for (const item of listOf(subcategory['items'])) {
        const name = text(item['name']);
        const repo = text(item['repo_url']);
        const url = text(item['homepage_url']) || repo;
        if (name && url) entries.push({ name, url, ...(repo ? { repo } : {}) });
      }
    }
  }
  return entries;
}
