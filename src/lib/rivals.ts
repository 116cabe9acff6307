/**
 * Rivals: the tools that do the same job as a tool, and the pairs of them pre-rendered as
 * `/compare/<a>-vs-<b>/` pages. Build-time only (the browser compares what the URL names).
 */
import { isUnmaintainedStatus } from '../vocabulary-core.ts';
import { pairSlug, type ComparableTool } from './compare.ts';
import { compareIds } from './order.ts';

/** How many rivals a tool page lists; each pair with data to compare gets a pre-rendered page. */
export const MAX_RIVALS = 6;
/**
 * How many tools of a category are weighed as rivals of one tool: its neighbours in name order
 * when the category is larger, so the work (and the pages) grow linearly with the directory.
 */
export const RIVAL_POOL = 60;

/** What choosing rivals reads of a tool (its page's view or its `/tools.json` record). */
type Rivalled = Pick<ComparableTool, 'slug' | 'category' | 'subcategory' | 'status' | 'capabilities'>;

/**
 * Below this share of capabilities in common, tools of different subcategories are not rivals:
 * sharing only what many tools have (self-hostable, dashboards, alerting) does not make a data
 * validator a rival of a metrics store.
 */
const CROSS_JOB_LIKENESS = 0.5;

/**
 * How alike two tools of one category are: the same subcategory first, then a maintained tool
 * before a dormant or ended one, then the share of their capabilities both have (yes on both
 * sides, over every capability either records). 0 means not rivals.
 */
function rivalScore(tool: Rivalled, other: Rivalled): number {
  const mine = tool.capabilities ?? {};
  const theirs = other.capabilities ?? {};
  // Counted without building sets: a tool is weighed against its whole pool, some 600,000
  // pairs at 10,000 tools.
  let recorded = 0;
  let bothYes = 0;
  for (const id of Object.keys(mine)) {
    recorded++;
    if (mine[id]?.value === 'yes' && theirs[id]?.value === 'yes') bothYes++;
  }
  for (const id of Object.keys(theirs)) if (!Object.hasOwn(mine, id)) recorded++;
  const alike = recorded > 0 ? bothYes / recorded : 0;
  const sameJob = tool.subcategory === other.subcategory;
  if (!sameJob && alike < CROSS_JOB_LIKENESS) return 0;
  const live = !isUnmaintainedStatus(other.status);
  return (sameJob ? 10 : 0) + (live ? 2 : 0) + alike;
}

/**
 * The pool a tool's rivals are chosen from: its category (its primary one), bounded around its
 * position there (`index`, -1 when it is not in it).
 */
function poolAround<T extends Rivalled>(tool: T, category: readonly T[], index: number): T[] {
  if (category.length <= RIVAL_POOL + 1) return category.filter((other) => other.slug !== tool.slug);
  const start = Math.max(0, Math.min(index - RIVAL_POOL / 2, category.length - RIVAL_POOL - 1));
  return category.slice(start, start + RIVAL_POOL + 1).filter((other) => other.slug !== tool.slug);
}

function rankRivals<T extends Rivalled>(tool: T, pool: readonly T[], max: number): T[] {
  return pool
    .map((other) => ({ other, score: rivalScore(tool, other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || compareIds(a.other.slug, b.other.slug))
    .slice(0, max)
    .map(({ other }) => other);
}

/**
 * The tools that do the same job as `tool`, most alike first: tools of its primary category,
 * whatever their license (Feast vs Tecton), never a tool it merely runs on (KServe vs
 * Kubernetes). `category` holds the tools whose primary category is the tool's, in a stable order.
 */
export function rivalsOf<T extends Rivalled>(tool: T, category: readonly T[], max = MAX_RIVALS): T[] {
  const index = category.findIndex((other) => other.slug === tool.slug);
  return rankRivals(tool, poolAround(tool, category, index), max);
}

/**
 * Every tool's rivals (see `rivalsOf`), by slug, in one pass over the directory: a tool's pool
 * is found by its position in its category rather than by searching the category for it.
 */
export function rivalsBySlug<T extends Rivalled>(tools: readonly T[], max = MAX_RIVALS): Map<string, T[]> {
  const rivals = new Map<string, T[]>();
  for (const category of byCategory(tools).values()) {
    category.forEach((tool, index) =>
      rivals.set(tool.slug, rankRivals(tool, poolAround(tool, category, index), max)),
    );
  }
  return rivals;
}

/** Tools grouped by primary category, each group in slug order. */
export function byCategory<T extends Rivalled>(tools: readonly T[]): Map<string, T[]> {
  const categories = new Map<string, T[]>();
  for (const tool of [...tools].sort((a, b) => compareIds(a.slug, b.slug))) {
    const group = categories.get(tool.category);
    if (group) group.push(tool);
    else categories.set(tool.category, [tool]);
  }
  return categories;
}

/** Whether a tool records any capability: a pair page opens with what the data says. */
const hasCapabilityData = (tool: Rivalled) => Object.keys(tool.capabilities ?? {}).length > 0;

/**
 * The pairs pre-rendered as `/compare/<a>-vs-<b>/`: each tool with its rivals, at most
 * `perTool` per tool so the number of pages grows linearly with the directory, and only where
 * both record capabilities (a pair without data to compare is still a `/compare/?tools=` away).
 */
export function rivalPairs<T extends Rivalled>(
  tools: readonly T[],
  perTool = MAX_RIVALS,
  rivals: ReadonlyMap<string, readonly T[]> = rivalsBySlug(tools, perTool),
): [T, T][] {
  const pairs = new Map<string, [T, T]>();
  for (const tool of tools) {
    if (!hasCapabilityData(tool)) continue;
    for (const rival of (rivals.get(tool.slug) ?? []).slice(0, perTool)) {
      if (!hasCapabilityData(rival)) continue;
      const [a, b] = compareIds(tool.slug, rival.slug) <= 0 ? [tool, rival] : [rival, tool];
      pairs.set(pairSlug(a.slug, b.slug), [a, b]);
    }
  }
  return [...pairs.values()].sort(
    ([a1, b1], [a2, b2]) => compareIds(a1.slug, a2.slug) || compareIds(b1.slug, b2.slug),
  );
}
