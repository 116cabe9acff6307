/**
 * A listing's filter data, compact enough to fetch whole at 10,000 tools: the listing's tools in
 * display order, and for each filter group one short code per tool saying which of the group's
 * values it carries (a bit per value, six to a character). The build encodes it once per listing
 * and order (`/data/listing/<listing>/<order>.json`); the browser decodes it and filters, counts
 * and pages over the whole listing, never only over the cards of the page shown.
 */
import { type FacetValues, type FilterGroupValues, type FilterState } from './filter-state.ts';

/** One group of a listing's data: its values in canonical order and every tool's code. */
export interface ListingGroupData {
  readonly key: string;
  readonly values: readonly string[];
  /** `width` characters per tool, in listing order; bit `i` of the code is `values[i]`. */
  readonly codes: string;
}

/** A subcategory of a category's listing: cards are grouped under it, or name it. */
export interface ListingSubcategory {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
}

export interface ListingData {
  /** The tools' slugs in display order. */
  readonly tools: readonly string[];
  readonly groups: readonly ListingGroupData[];
  /** A category's subcategories, and each tool's subcategory as one character (its index). */
  readonly subcategories?: readonly ListingSubcategory[] | undefined;
  readonly subcategoryCodes?: string | undefined;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BITS = 6;

/** Characters per tool for a group of `values` values. */
const widthOf = (values: number) => Math.max(1, Math.ceil(values / BITS));

/** One character for a small number (0–63): a subcategory index. */
export function encodeSmall(index: number): string {
  const char = ALPHABET[index];
  if (char === undefined) throw new Error(`${index} does not fit one character`);
  return char;
}

export const decodeSmall = (char: string) => ALPHABET.indexOf(char);

/** Encodes each tool's values (as `facetValuesOf` gives them) for the given groups. */
export function encodeGroups(
  entries: readonly FacetValues[],
  groups: readonly FilterGroupValues[],
): ListingGroupData[] {
  return groups.map((group) => {
    const width = widthOf(group.values.length);
    const index = new Map(group.values.map((value, position) => [value, position]));
    const codes = entries.map((entry) => {
      const chunks = new Array<number>(width).fill(0);
      for (const value of entry[group.key] ?? []) {
        const position = index.get(value);
        if (position === undefined) continue;
        chunks[Math.floor(position / BITS)] =
          (chunks[Math.floor(position / BITS)] ?? 0) | (1 << (position % BITS));
      }
      return chunks.map(encodeSmall).join('');
    });
    return { key: group.key, values: group.values, codes: codes.join('') };
  });
}

/** What the browser asks of a listing's data. */
export interface ListingIndex {
  readonly size: number;
  /** Positions (in listing order) of the tools that pass every selected group. */
  matching(state: FilterState): number[];
  /**
   * For every option, how many tools of the whole listing it would show next to the other
   * groups' selection: the same count as `facetCounts` over every tool.
   */
  counts(state: FilterState): Record<string, Map<string, number>>;
}

interface DecodedGroup {
  readonly key: string;
  readonly values: readonly string[];
  readonly width: number;
  /** `width` 6-bit chunks per tool. */
  readonly chunks: Uint8Array;
}

function decodeGroup(group: ListingGroupData, size: number): DecodedGroup {
  const width = widthOf(group.values.length);
  if (group.codes.length !== size * width)
    throw new Error(`Listing data of "${group.key}" has ${group.codes.length} characters for ${size} tools`);
  const chunks = new Uint8Array(group.codes.length);
  for (let index = 0; index < group.codes.length; index++)
    chunks[index] = decodeSmall(group.codes.charAt(index));
  return { key: group.key, values: group.values, width, chunks };
}

/** The selected values of a group as chunk masks, or undefined when the group does not filter. */
function selectionMask(group: DecodedGroup, state: FilterState): Uint8Array | undefined {
  const selected = state[group.key] ?? [];
  if (selected.length === 0) return undefined;
  const mask = new Uint8Array(group.width);
  for (const value of selected) {
    const position = group.values.indexOf(value);
    if (position >= 0)
      mask[Math.floor(position / BITS)] = (mask[Math.floor(position / BITS)] ?? 0) | (1 << (position % BITS));
  }
  return mask;
}

function passes(group: DecodedGroup, mask: Uint8Array, tool: number): boolean {
  for (let chunk = 0; chunk < group.width; chunk++) {
    if (((group.chunks[tool * group.width + chunk] ?? 0) & (mask[chunk] ?? 0)) !== 0) return true;
  }
  return false;
}

export function createListingIndex(data: ListingData): ListingIndex {
  const size = data.tools.length;
  const groups = data.groups.map((group) => decodeGroup(group, size));

  /** Per tool: -1 when it passes every group, the index of the one group it fails, or -2. */
  function failures(state: FilterState): Int8Array {
    const masks = groups.map((group) => selectionMask(group, state));
    const failed = new Int8Array(size).fill(-1);
    for (let tool = 0; tool < size; tool++) {
      for (const [index, group] of groups.entries()) {
        const mask = masks[index];
        if (!mask || passes(group, mask, tool)) continue;
        failed[tool] = failed[tool] === -1 ? index : -2;
        if (failed[tool] === -2) break;
      }
    }
    return failed;
  }

  return {
    size,
    matching(state) {
      const failed = failures(state);
      const positions: number[] = [];
      for (let tool = 0; tool < size; tool++) if (failed[tool] === -1) positions.push(tool);
      return positions;
    },
    counts(state) {
      const failed = failures(state);
      const counts: Record<string, Map<string, number>> = {};
      for (const [index, group] of groups.entries()) {
        const tally = new Array<number>(group.values.length).fill(0);
        for (let tool = 0; tool < size; tool++) {
          // A tool counts for a group's options when it passes every other group.
          if (failed[tool] !== -1 && failed[tool] !== index) continue;
          for (let chunk = 0; chunk < group.width; chunk++) {
            const bits = group.chunks[tool * group.width + chunk] ?? 0;
            for (let bit = 0; bit < BITS; bit++) {
              if (bits & (1 << bit)) tally[chunk * BITS + bit] = (tally[chunk * BITS + bit] ?? 0) + 1;
            }
          }
        }
        counts[group.key] = new Map(group.values.map((value, position) => [value, tally[position] ?? 0]));
      }
      return counts;
    },
  };
}

/** A run of consecutive tools of one page of results, under one subcategory when the listing has them. */
export interface ResultRun {
  readonly subcategory?: ListingSubcategory | undefined;
  readonly tools: readonly string[];
}

/**
 * Page `page` (1-based) of the tools at `positions`, `size` to a page: their slugs, in runs that
 * share a subcategory (one run when the listing has none), and how many pages the results fill.
 */
export function resultPage(
  data: ListingData,
  positions: readonly number[],
  page: number,
  size: number,
): { readonly page: number; readonly pages: number; readonly runs: ResultRun[] } {
  const pages = Math.max(1, Math.ceil(positions.length / size));
  // A page the selection does not reach (a shared link to page 8 of what is now 6) shows the last.
  const shown = Math.min(Math.max(1, page), pages);
  const runs: { subcategory?: ListingSubcategory | undefined; tools: string[] }[] = [];
  let last: number | undefined;
  for (const position of positions.slice((shown - 1) * size, shown * size)) {
    const slug = data.tools[position];
    if (slug === undefined) continue;
    const code = data.subcategoryCodes?.charAt(position);
    const group = code ? decodeSmall(code) : -1;
    const run = runs.at(-1);
    if (run && group === last) run.tools.push(slug);
    else runs.push({ subcategory: data.subcategories?.[group], tools: [slug] });
    last = group;
  }
  return { page: shown, pages, runs };
}
