/**
 * Side-by-side comparison of 2 to 4 tools: which tools a URL asks for, the rows of the table
 * (facts, then the capabilities of their categories' models, then each tool's own words), and the
 * rivals worth pre-rendering as `/compare/<a>-vs-<b>/` pages.
 */

import { modelOf, type CapabilityModel, type ModelCategory } from './capabilities.ts';
import { listOf } from './prose.ts';
import type { LabelGroup, LabelMaps } from './labels.ts';
import type { ToolFields } from './tool-view.ts';
import type { CapabilitySupport } from '../vocabulary.ts';

export {
  MAX_COMPARED,
  MIN_COMPARED,
  parseComparedSlugs,
  serializeComparedSlugs,
  toggleCompared,
} from './compare-selection.ts';

/** What the comparison reads of a tool: part of its record (one shape, see tool-view.ts). */
export type ComparableTool = ToolFields<
  'slug' | 'name' | 'url' | 'category' | 'subcategory' | 'features' | 'integrates' | 'alsoIn' | 'flagged',
  | 'license'
  | 'licenseTerms'
  | 'licenseId'
  | 'openCore'
  | 'difficulty'
  | 'deployment'
  | 'status'
  | 'successors'
  | 'repo'
  | 'docs'
  | 'maintainer'
  | 'languages'
  | 'firstRelease'
  | 'pricing'
  | 'capabilities'
>;

export interface FactRow {
  readonly label: string;
  /** One value per compared tool, in column order; undefined shows as `missing`. */
  readonly values: readonly (string | undefined)[];
  /** What a tool without a value shows: "Unknown" unless the row says otherwise. */
  readonly missing?: string;
  /** True when every tool has the same value (the row can be folded away). */
  readonly same: boolean;
}

/** One tool's recorded value for a capability; `value` undefined means "not recorded". */
export interface CapabilityCell {
  readonly value?: CapabilitySupport | undefined;
  readonly note?: string | undefined;
  readonly source?: string | undefined;
}

export interface CapabilityRow {
  readonly id: string;
  readonly name: string;
  readonly definition: string;
  readonly cells: readonly CapabilityCell[];
  /** True when every tool has the same value (not recorded included). */
  readonly same: boolean;
  /** False when no compared tool records a value: the row folds away by default. */
  readonly recorded: boolean;
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
  /** The capabilities the tools are compared on: their shared job's model, or those all share. */
  readonly capabilities: readonly CapabilityRow[];
  /** What the capability rows come from, in a sentence for the reader. */
  readonly scope: string;
  /** Each tool's own feature bullets, as it words them (never aligned across tools). */
  readonly features: readonly (readonly string[])[];
  /** For each tool, the compared tools it integrates with (either side declaring it). */
  readonly integrations: readonly (readonly string[])[];
}

/** A category as the comparison reads it: its name and the capability models of its jobs. */
export type ComparedCategory = ModelCategory;

export interface Labels {
  category(id: string): string;
  value(group: LabelGroup, value: string): string;
  /** Name of a tool of the directory (for successors); undefined for an unknown slug. */
  toolName?(slug: string): string | undefined;
  /** The capability model of a placement's job (see `modelOf`; empty when none is declared). */
  model(placement: { readonly category: string; readonly subcategory: string }): CapabilityModel;
  /** The date of a tool's latest release or push upstream, when collected. */
  activity?(slug: string): string | null | undefined;
}

/**
 * The labels of a comparison, the same on the server and in the browser: vocabulary labels
 * from `maps`, category names and capability models, tool names from the directory (or `/tools.json`).
 */
export function comparisonLabels(
  maps: LabelMaps,
  categories: readonly ComparedCategory[],
  tools: readonly { readonly slug: string; readonly name: string }[],
  activity?: (slug: string) => string | null | undefined,
): Labels {
  const names = new Map(tools.map((tool) => [tool.slug, tool.name]));
  return {
    ...(activity ? { activity } : {}),
    category: (id) => categories.find((category) => category.id === id)?.name ?? id,
    // `hasOwn`: a value from `/tools.json` such as "constructor" is no key of the map.
    value: (group, value) => (Object.hasOwn(maps[group], value) && maps[group][value]) || value,
    toolName: (slug) => names.get(slug),
    model: (placement) => modelOf(categories, placement),
  };
}

/** The jobs of a tool: the models of its placements, its own first, each once. */
function jobsOf(tool: ComparableTool, labels: Labels): CapabilityModel[] {
  const jobs: CapabilityModel[] = [];
  for (const placement of [tool, ...(tool.alsoIn ?? [])]) {
    const job = labels.model(placement);
    if (!jobs.some((known) => known.key === job.key)) jobs.push(job);
  }
  return jobs;
}

/**
 * The capability rows: when the tools share a job (a subcategory with its own model, or a
 * category), that job's model, the first shared one in the first tool's order; otherwise the
 * capabilities every tool's jobs declare.
 */
function capabilityRows(
  tools: readonly ComparableTool[],
  labels: Labels,
): Pick<ComparisonTable, 'capabilities' | 'scope'> {
  const jobs = tools.map((tool) => jobsOf(tool, labels));
  const shared = (jobs[0] ?? []).find((job) =>
    jobs.every((models) => models.some((other) => other.key === job.key)),
  );
  let model: CapabilityModel['capabilities'];
  let scope: string;
  if (shared !== undefined) {
    model = shared.capabilities;
    scope =
      model.length > 0
        ? `Compared on the capabilities practitioners weigh for ${shared.label}.`
        : `${shared.label} has no capability model yet: compared on facts only.`;
  } else {
    const declared = jobs.map((models) => models.flatMap((job) => job.capabilities));
    model = (declared[0] ?? []).filter(
      (capability, index, all) =>
        all.findIndex((other) => other.id === capability.id) === index &&
        declared.every((capabilities) => capabilities.some((other) => other.id === capability.id)),
    );
    const names = listOf([...new Set(jobs.map((models) => models[0]?.label ?? ''))], 'and');
    scope =
      model.length > 0
        ? `These tools do different jobs (${names}): they are compared on their facts and on the ${model.length} capabilities their jobs share.`
        : `These tools do different jobs (${names}) and share no capability: they are compared on their facts only.`;
  }
  const capabilities = model.map((capability): CapabilityRow => {
    const cells = tools.map((tool): CapabilityCell => {
      const recorded = tool.capabilities?.[capability.id];
      return recorded
        ? {
            value: recorded.value as CapabilitySupport,
            note: recorded.note ?? undefined,
            source: recorded.source,
          }
        : {};
    });
    return {
      ...capability,
      cells,
      same: cells.every((cell) => cell.value === cells[0]?.value),
      recorded: cells.some((cell) => cell.value !== undefined),
    };
  });
  return { capabilities, scope };
}

/** The comparison table of the given tools, in the given order. */
export function comparisonTable(tools: readonly ComparableTool[], labels: Labels): ComparisonTable {
  const row = (label: string, values: (string | undefined)[], missing?: string): FactRow => ({
    label,
    values,
    ...(missing === undefined ? {} : { missing }),
    same: values.every((value) => value === values[0]),
  });
  const badge = (group: 'difficulty' | 'deployment' | 'status') =>
    tools.map((tool) => {
      const value = tool[group];
      return value ? labels.value(group, value) : undefined;
    });
  const license = tools.map((tool) => {
    const label = tool.license ? labels.value('license', tool.license) : undefined;
    // A product whose parts carry different licenses names each part's (its main repository's
    // among them) instead of one id, as its page does.
    if (tool.licenseTerms) return label ? `${label}; ${tool.licenseTerms}` : tool.licenseTerms;
    return !tool.licenseId ? label : label ? `${label} (${tool.licenseId})` : tool.licenseId;
  });
  const joined = (group: LabelGroup, values: readonly string[] | undefined, word: string) =>
    values && values.length > 0 ? values.map((value) => labels.value(group, value)).join(word) : undefined;
  const optional = (label: string, values: (string | undefined)[], missing: string) =>
    values.some((value) => value !== undefined) ? [row(label, values, missing)] : [];
  const facts = [
    row(
      'Category',
      tools.map((tool) => labels.category(tool.category)),
    ),
    row('License', license),
    // Only when it says something: most comparisons have no open-core product.
    ...optional(
      'Open core',
      tools.map((tool) => tool.openCore ?? undefined),
      'Not recorded',
    ),
    ...optional(
      'Pricing',
      tools.map((tool) => joined('pricing', tool.pricing?.models, ', ')),
      'Not recorded',
    ),
    row('Deployment', badge('deployment')),
    row('Status', badge('status')),
    row('Difficulty', badge('difficulty')),
    row(
      'Maintained by',
      tools.map((tool) =>
        tool.maintainer
          ? `${tool.maintainer.name} (${labels.value('maintainer', tool.maintainer.kind).toLowerCase()}${
              tool.maintainer.foundation ? `: ${tool.maintainer.foundation}` : ''
            })`
          : undefined,
      ),
    ),
    row(
      'SDK languages',
      tools.map((tool) => joined('language', tool.languages?.sdk, ', ')),
    ),
    row(
      'First released',
      tools.map((tool) => (tool.firstRelease ? String(tool.firstRelease.year) : undefined)),
    ),
    ...optional(
      'Latest upstream activity',
      tools.map((tool) => labels.activity?.(tool.slug) ?? undefined),
      'Not collected',
    ),
  ];

  const nameOf = (slug: string) => labels.toolName?.(slug) ?? tools.find((tool) => tool.slug === slug)?.name;
  const flags = tools.map((tool): StatusFlag | undefined =>
    tool.flagged
      ? {
          label: labels.value('status', tool.status ?? ''),
          successors: (tool.successors ?? []).flatMap((slug) => {
            const name = nameOf(slug);
            return name === undefined ? [] : [{ slug, name }];
          }),
        }
      : undefined,
  );

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
  return {
    tools,
    flags,
    facts,
    ...capabilityRows(tools, labels),
    features: tools.map((tool) => [...tool.features]),
    integrations,
  };
}

/**
 * Where two compared tools differ, in a few sentences built from their data only: the
 * capabilities one records and the other does not have (or has partly), then license and
 * deployment when they differ. Empty when the data shows no difference.
 */
export function differenceSummary(table: ComparisonTable): string[] {
  const [first, second] = table.tools;
  if (!first || !second || table.tools.length !== 2) return [];
  const sentences: string[] = [];
  const only = (index: 0 | 1) =>
    table.capabilities
      .filter((row) => {
        const mine = row.cells[index]?.value;
        const theirs = row.cells[1 - index]?.value;
        return mine === 'yes' && (theirs === 'no' || theirs === 'partial');
      })
      .map((row) =>
        /^[A-Z][a-z]/.test(row.name) ? row.name.charAt(0).toLowerCase() + row.name.slice(1) : row.name,
      );
  for (const index of [0, 1] as const) {
    const names = only(index);
    const tool = table.tools[index];
    if (tool && names.length > 0)
      sentences.push(
        `${tool.name} has ${listOf(names, 'and')}, where ${table.tools[1 - index]?.name} has ${names.length > 1 ? 'them' : 'it'} only partly or not at all.`,
      );
  }
  const both = table.capabilities.filter((row) => row.cells.every((cell) => cell.value === 'yes')).length;
  if (both > 0)
    sentences.push(`Both record ${both} of the ${table.capabilities.length} capabilities compared.`);
  for (const label of ['License', 'Deployment']) {
    const fact = table.facts.find((candidate) => candidate.label === label);
    const [a, b] = fact?.values ?? [];
    if (fact && !fact.same && a && b)
      sentences.push(
        `${label}: ${first.name} is ${a.charAt(0).toLowerCase() + a.slice(1)}; ${second.name} is ${b.charAt(0).toLowerCase() + b.slice(1)}.`,
      );
  }
  return sentences;
}

/** `/compare/<a>-vs-<b>/` slug of a pair, alphabetical so each pair has one address. */
export function pairSlug(a: string, b: string): string {
  return [a, b].sort().join('-vs-');
}
