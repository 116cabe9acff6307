/**
 * Capability models by job, and a tool's capabilities as its page shows them: the model of its
 * job with the tool's value for each (or "not recorded"), and what sets it apart from the other
 * tools doing that job.
 *
 * A job is a placement's model: a subcategory that declares its own capabilities (LLM gateways,
 * vector databases) is a job of its own; any other subcategory shares its category's model.
 */
import type { CapabilitySupport } from '../vocabulary.ts';
import type { Tool } from './tool-view.ts';

export interface Capability {
  readonly id: string;
  readonly name: string;
  readonly definition: string;
}

/** A category as the models read it: its own model and its subcategories' (empty: the category's). */
export interface ModelCategory {
  readonly id: string;
  readonly name: string;
  readonly capabilities?: readonly Capability[] | undefined;
  readonly subcategories?: readonly {
    readonly id: string;
    readonly name: string;
    readonly capabilities?: readonly Capability[] | undefined;
  }[];
}

/** The capability model of one job. */
export interface CapabilityModel {
  /** `<category>` for a category's model, `<category>/<subcategory>` for a subcategory's own. */
  readonly key: string;
  /** The job's name: the subcategory's when it has its own model, else the category's. */
  readonly label: string;
  readonly capabilities: readonly Capability[];
}

/**
 * The model a placement is compared on: its subcategory's own model when it declares one, else
 * its category's (which may be empty). An unknown category gives an empty model.
 */
export function modelOf(
  categories: readonly ModelCategory[],
  placement: { readonly category: string; readonly subcategory: string },
): CapabilityModel {
  const category = categories.find((candidate) => candidate.id === placement.category);
  const subcategory = category?.subcategories?.find((candidate) => candidate.id === placement.subcategory);
  if (subcategory?.capabilities && subcategory.capabilities.length > 0)
    return {
      key: `${placement.category}/${placement.subcategory}`,
      label: subcategory.name,
      capabilities: subcategory.capabilities,
    };
  return {
    key: placement.category,
    label: category?.name ?? placement.category,
    capabilities: category?.capabilities ?? [],
  };
}

/** The models of every placement of a tool, its own first, each job once. */
export function modelsOfTool(
  categories: readonly ModelCategory[],
  tool: Pick<Tool, 'category' | 'subcategory' | 'alsoIn'>,
): CapabilityModel[] {
  const models: CapabilityModel[] = [];
  for (const placement of [tool, ...(tool.alsoIn ?? [])]) {
    const model = modelOf(categories, placement);
    if (!models.some((known) => known.key === model.key)) models.push(model);
  }
  return models;
}

interface Recorded {
  readonly value: CapabilitySupport;
  readonly note?: string | undefined;
  readonly source: string;
}

type WithCapabilities = { readonly capabilities: Readonly<Record<string, Recorded>> };

export interface CapabilityLine extends Capability {
  /** Undefined when the guide records no value: "not recorded", never "no". */
  readonly recorded?: Recorded | undefined;
}

/** The category's capabilities in its order, each with the tool's recorded value if any. */
export function capabilityLines(tool: WithCapabilities, model: readonly Capability[]): CapabilityLine[] {
  return model.map((capability) => ({ ...capability, recorded: tool.capabilities[capability.id] }));
}

/** A capability is distinctive when at most this share of the category's other tools has it. */
export const DISTINCTIVE_SHARE = 1 / 3;

/** How many tools of a category record each capability as yes, and how many tools there are. */
export interface CategoryCounts {
  readonly tools: number;
  readonly yes: ReadonlyMap<string, number>;
}

export function categoryCounts(category: readonly WithCapabilities[]): CategoryCounts {
  const yes = new Map<string, number>();
  for (const tool of category)
    for (const [id, recorded] of Object.entries(tool.capabilities))
      if (recorded.value === 'yes') yes.set(id, (yes.get(id) ?? 0) + 1);
  return { tools: category.length, yes };
}

/**
 * What sets a tool apart: the capabilities it has (yes) that few of its category's other tools
 * are recorded as having. Needs a few other tools to compare with; empty otherwise.
 */
export function distinctiveCapabilities(
  tool: WithCapabilities,
  counts: CategoryCounts,
  model: readonly Capability[],
): Capability[] {
  const others = counts.tools - 1;
  if (others < 3) return [];
  return model.filter((capability) => {
    if (tool.capabilities[capability.id]?.value !== 'yes') return false;
    const having = (counts.yes.get(capability.id) ?? 0) - 1;
    return having / others <= DISTINCTIVE_SHARE;
  });
}

/** A capability declared by a category's model or one of its subcategories' own; undefined if none. */
export function findCapability(
  categories: readonly ModelCategory[],
  categoryId: string,
  capabilityId: string,
): Capability | undefined {
  const category = categories.find((candidate) => candidate.id === categoryId);
  if (!category) return undefined;
  return [
    ...(category.capabilities ?? []),
    ...(category.subcategories ?? []).flatMap((subcategory) => subcategory.capabilities ?? []),
  ].find((capability) => capability.id === capabilityId);
}
