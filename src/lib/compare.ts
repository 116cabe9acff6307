/**
 * Side-by-side comparison of 2 to 4 tools: which tools a URL asks for, the rows of the table
 * (facts, then features aligned across tools), and the pairs worth pre-rendering as
 * `/compare/<a>-vs-<b>/` pages.
 */

import type { ToolFields } from './tool-view.ts';
import { compareIds } from './order.ts';

export {
  MAX_COMPARED,
  MIN_COMPARED,
  parseComparedSlugs,
  serializeComparedSlugs,
  toggleCompared,
} from './compare-selection.ts';

/** What the comparison needs to know of a tool (the shape of a `/tools.json` entry). */
/** What the comparison reads of a tool: part of its record (one shape, see tool-view.ts). */
export type ComparableTool = ToolFields<
  'slug' | 'name' | 'url' | 'category' | 'subcategory' | 'features' | 'integrates',
  | 'license'
  | 'licenseId'
  | 'openCore'
  | 'difficulty'
  | 'deployment'
  | 'status'
  | 'successors'
  | 'repo'
  | 'docs'
>;

export interface FactRow {
  readonly label: string;
  /** One value per compared tool, in column order; undefined shows as `missing`. */
  readonly values: readonly (string | undefined)[];
  /** What a tool without a value shows: "Unknown" unless the row says otherwise. */
  readonly missing?: string;
  /** True when every tool has the same value (the row can be de-emphasised). */
  readonly same: boolean;
}

export interface FeatureRow {
  readonly feature: string;
  /** Whether each compared tool lists this feature, in column order. */
  readonly has: readonly boolean[];
}

/** The warning a tool that is not active carries in its column header. */
export interface StatusFlag {
  /** The status label ("Deprecated", "Maintenance only"). */
  readonly label: string;
  /** The tools to consider instead, those of the directory only. */
  readonly successors: readonly { readonly slug: string; readonly name: string }[];
}

export interface ComparisonTable {
  readonly tools: readonly ComparableTool[];
  /** For each tool, its status flag, or undefined when it is active (or its status unknown). */
  readonly flags: readonly (StatusFlag | undefined)[];
  readonly facts: readonly FactRow[];
  readonly features: readonly FeatureRow[];
  /** For each tool, the compared tools it integrates with (either side declaring it). */
  readonly integrations: readonly (readonly string[])[];
}

export type LabelGroup = 'license' | 'difficulty' | 'deployment' | 'status';

export interface Labels {
  category(id: string): string;
  value(group: LabelGroup, value: string): string;
  /** Name of a tool of the directory (for successors); undefined for an unknown slug. */
  toolName?(slug: string): string | undefined;
}

/** Display labels of the vocabularies, by group and value: what the browser gets instead of vocabulary.ts. */
export type LabelMaps = Readonly<Record<LabelGroup, Readonly<Record<string, string>>>>;

/**
 * The labels of a comparison, the same on the server and in the browser: vocabulary labels
 * from `maps`, category and tool names from the directory (or `/tools.json`).
 */
export function comparisonLabels(
  maps: LabelMaps,
  categories: readonly { readonly id: string; readonly name: string }[],
  tools: readonly { readonly slug: string; readonly name: string }[],
): Labels {
  return {
    category: (id) => categories.find((category) => category.id === id)?.name ?? id,
    // `hasOwn`: a value from `/tools.json` such as "constructor" is no key of the map.
    value: (group, value) => (Object.hasOwn(maps[group], value) && maps[group][value]) || value,
    toolName: (slug) => tools.find((tool) => tool.slug === slug)?.name,
  };
}

const normalizeFeature = (feature: string) => feature.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Whether a status earns a flag: any known status but active (the rule of `statusWarning` in
 * entries.ts, which the browser does not load).
 */
const isFlagged = (status: string | null | undefined): status is string => !!status && status !== 'active';

/** The comparison table of the given tools, in the given order. */
export function comparisonTable(tools: readonly ComparableTool[], labels: Labels): ComparisonTable {
  const row = (label: string, values: (string | undefined)[], missing?: string): FactRow => ({
    label,
    values,
    ...(missing === undefined ? {} : { missing }),
    same: values.every((value) => value === values[0]),
  });
  const badge = (group: LabelGroup) =>
    tools.map((tool) => {
      const value = tool[group];
      return value ? labels.value(group, value) : undefined;
    });
  const licence = tools.map((tool) => {
    const label = tool.license ? labels.value('license', tool.license) : undefined;
    if (!tool.licenseId) return label;
    return label ? `${label} (${tool.licenseId})` : tool.licenseId;
  });
  const facts = [
    row(
      'Category',
      tools.map((tool) => labels.category(tool.category)),
    ),
    row('Licence / pricing', licence),
    // Only when it says something: most comparisons have no open-core product.
    ...(tools.some((tool) => tool.openCore)
      ? [
          row(
            'Open core',
            tools.map((tool) => tool.openCore ?? undefined),
            '–',
          ),
        ]
      : []),
    row('Difficulty', badge('difficulty')),
    row('Deployment', badge('deployment')),
    row('Status', badge('status')),
  ];

  const nameOf = (slug: string) => labels.toolName?.(slug) ?? tools.find((tool) => tool.slug === slug)?.name;
  const flags = tools.map((tool): StatusFlag | undefined =>
    isFlagged(tool.status)
      ? {
          label: labels.value('status', tool.status),
          successors: (tool.successors ?? []).flatMap((slug) => {
            const name = nameOf(slug);
            return name === undefined ? [] : [{ slug, name }];
          }),
        }
      : undefined,
  );

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
  return { tools, flags, facts, features, integrations };
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
