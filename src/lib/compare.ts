/**
 * Side-by-side comparison of 2 to 4 tools: which tools a URL asks for, the rows of the table
 * (facts, then features aligned across tools), and the pairs worth pre-rendering as
 * `/compare/<a>-vs-<b>/` pages.
 */

import { compareIds } from './order.ts';

export {
  MAX_COMPARED,
  MIN_COMPARED,
  parseComparedSlugs,
  serializeComparedSlugs,
  toggleCompared,
} from './compare-selection.ts';

/** What the comparison needs to know of a tool (the shape of a `/tools.json` entry). */
export interface ComparableTool {
  readonly slug: string;
  readonly name: string;
  readonly url: string;
  readonly category: string;
  readonly subcategory: string;
  readonly features: readonly string[];
  readonly license?: string | null | undefined;
  readonly difficulty?: string | null | undefined;
  readonly deployment?: string | null | undefined;
  readonly status?: string | null | undefined;
  readonly integrates: readonly string[];
  readonly repo?: string | null | undefined;
  readonly docs?: string | null | undefined;
}

export interface FactRow {
  readonly label: string;
  /** One value per compared tool, in column order; undefined shows as "unknown". */
  readonly values: readonly (string | undefined)[];
  /** True when every tool has the same value (the row can be de-emphasised). */
  readonly same: boolean;
}

export interface FeatureRow {
  readonly feature: string;
  /** Whether each compared tool lists this feature, in column order. */
  readonly has: readonly boolean[];
}

export interface ComparisonTable {
  readonly tools: readonly ComparableTool[];
  readonly facts: readonly FactRow[];
  readonly features: readonly FeatureRow[];
  /** For each tool, the compared tools it integrates with (either side declaring it). */
  readonly integrations: readonly (readonly string[])[];
}

export interface Labels {
  category(id: string): string;
  value(group: 'license' | 'difficulty' | 'deployment' | 'status', value: string): string;
}

const normalizeFeature = (feature: string) => feature.trim().toLowerCase().replace(/\s+/g, ' ');

/** The comparison table of the given tools, in the given order. */
export function comparisonTable(tools: readonly ComparableTool[], labels: Labels): ComparisonTable {
  const row = (label: string, values: (string | undefined)[]): FactRow => ({
    label,
    values,
    same: values.every((value) => value === values[0]),
  });
  const badge = (group: 'license' | 'difficulty' | 'deployment' | 'status') =>
    tools.map((tool) => {
      const value = tool[group];
      return value ? labels.value(group, value) : undefined;
    });
  const facts = [
    row(
      'Category',
      tools.map((tool) => labels.category(tool.category)),
    ),
    row('Licence / pricing', badge('license')),
    row('Difficulty', badge('difficulty')),
    row('Deployment', badge('deployment')),
    row('Status', badge('status')),
  ];

  const features: FeatureRow[] = [];
  const seen = new Map<string, number>();
  for (const tool of tools) {
    for (const feature of tool.features) {
      const key = normalizeFeature(feature);
      if (seen.has(key)) continue;
      seen.set(key, features.length);
      features.push({
        feature,
        has: tools.map((candidate) => candidate.features.some((other) => normalizeFeature(other) === key)),
      });
    }
  }

  const slugs = new Set(tools.map((tool) => tool.slug));
  const integrations = tools.map((tool) =>
    tools
      .filter(
        (other) =>
          other.slug !== tool.slug &&
          slugs.has(other.slug) &&
          (tool.integrates.includes(other.slug) || other.integrates.includes(tool.slug)),
      )
      .map((other) => other.name),
  );
  return { tools, facts, features, integrations };
}

/** `/compare/<a>-vs-<b>/` slug of a pair, alphabetical so each pair has one address. */
export function pairSlug(a: string, b: string): string {
  return [a, b].sort().join('-vs-');
}

/**
 * Subcategories up to this size get a pre-rendered page for every pair of their tools. Larger
 * ones (a directory of thousands) get none, so the number of pages stays bounded; their tools
 * are still compared on `/compare/?tools=…`.
 */
export const MAX_PAIRED_GROUP = 10;

function groupsOf<T extends Pick<ComparableTool, 'slug' | 'category' | 'subcategory'>>(
  tools: readonly T[],
): T[][] {
  const groups = new Map<string, T[]>();
  for (const tool of [...tools].sort((a, b) => compareIds(a.slug, b.slug))) {
    const key = `${tool.category}/${tool.subcategory}`;
    const group = groups.get(key);
    if (group) group.push(tool);
    else groups.set(key, [tool]);
  }
  return [...groups.values()];
}

/** The pairs worth a page of their own ("MLflow vs Kubeflow"): tools of the same small subcategory. */
export function subcategoryPairs<T extends Pick<ComparableTool, 'slug' | 'category' | 'subcategory'>>(
  tools: readonly T[],
  maxGroup = MAX_PAIRED_GROUP,
): [T, T][] {
  const pairs: [T, T][] = [];
  for (const group of groupsOf(tools)) {
    if (group.length > maxGroup) continue;
    group.forEach((tool, index) => {
      for (const other of group.slice(index + 1)) pairs.push([tool, other]);
    });
  }
  return pairs.sort(([a1, b1], [a2, b2]) => compareIds(a1.slug, a2.slug) || compareIds(b1.slug, b2.slug));
}

/** The tools a tool has a pre-rendered pair page with, without computing every pair. */
export function comparePartners<T extends Pick<ComparableTool, 'slug' | 'category' | 'subcategory'>>(
  tool: T,
  tools: readonly T[],
  maxGroup = MAX_PAIRED_GROUP,
): T[] {
  const group = tools.filter(
    (other) => other.category === tool.category && other.subcategory === tool.subcategory,
  );
  if (group.length > maxGroup) return [];
  return group.filter((other) => other.slug !== tool.slug).sort((a, b) => compareIds(a.slug, b.slug));
}
