/**
 * A tool's capabilities as its page shows them: the model of its section with the tool's value
 * for each (or "not recorded"), and what sets it apart from the other tools of that section.
 */
import type { CapabilitySupport } from '../vocabulary.ts';

interface Capability {
  readonly id: string;
  readonly name: string;
  readonly definition: string;
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

/** The section's capabilities in its order, each with the tool's recorded value if any. */
export function capabilityLines(tool: WithCapabilities, model: readonly Capability[]): CapabilityLine[] {
  return model.map((capability) => ({ ...capability, recorded: tool.capabilities[capability.id] }));
}

/** A capability is distinctive when at most this share of the section's other tools has it. */
export const DISTINCTIVE_SHARE = 1 / 3;

/** How many tools of a section record each capability as yes, and how many tools there are. */
export interface SectionCounts {
  readonly tools: number;
  readonly yes: ReadonlyMap<string, number>;
}

export function sectionCounts(section: readonly WithCapabilities[]): SectionCounts {
  const yes = new Map<string, number>();
  for (const tool of section)
    for (const [id, recorded] of Object.entries(tool.capabilities))
      if (recorded.value === 'yes') yes.set(id, (yes.get(id) ?? 0) + 1);
  return { tools: section.length, yes };
}

/**
 * What sets a tool apart: the capabilities it has (yes) that few of its section's other tools
 * are recorded as having. Needs a few other tools to compare with; empty otherwise.
 */
export function distinctiveCapabilities(
  tool: WithCapabilities,
  counts: SectionCounts,
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
