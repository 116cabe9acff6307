/**
 * Starting points for the stack builder: common situations, each a set of constraints and
 * preferences from which the build picks one tool per stage out of the guide's own data. No
 * preset names a tool, so they follow the directory as it changes; the person then changes
 * whatever does not fit.
 */
import { compareNames } from './order.ts';
import {
  STACK_STAGES,
  meetsConstraints,
  serializeStack,
  toolsForStage,
  type StackConstraint,
  type StackSelection,
  type StackTool,
} from './stack.ts';

export interface StackPreset {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly constraints: readonly StackConstraint[];
  /** Stages the situation does not need, left empty. */
  readonly skip?: readonly string[];
  /** Per stage, the subcategories that do the job here (an LLM application serves LLMs). */
  readonly subcategories?: Readonly<Record<string, readonly string[]>>;
  /** Values that make a tool a better fit, each match adding to its score. */
  readonly favour?: {
    readonly difficulty?: readonly string[];
    readonly deployment?: readonly string[];
    readonly maintainer?: readonly string[];
  };
  /** Prefer the tools of one maintainer across stages (one cloud provider's services). */
  readonly oneProvider?: boolean;
}

export const STACK_PRESETS: readonly StackPreset[] = [
  {
    id: 'solo-laptop',
    label: 'Solo practitioner on a laptop',
    description: 'Open-source tools that one person installs and runs on one machine.',
    constraints: ['open-source', 'active'],
    skip: ['labelling', 'training', 'features', 'retrieval', 'infrastructure'],
    subcategories: { serving: ['inference-servers'], monitoring: ['model-monitoring', 'data-quality'] },
    favour: { difficulty: ['beginner'], deployment: ['self-hosted', 'both'] },
  },
  {
    id: 'small-team-cloud',
    label: 'Small team on one cloud',
    description: 'Managed services, from one cloud provider where it has them, so nobody runs servers.',
    constraints: ['managed', 'active'],
    skip: ['retrieval'],
    subcategories: { serving: ['managed-inference', 'inference-servers'], monitoring: ['model-monitoring'] },
    favour: { deployment: ['managed'], maintainer: ['cloud-provider'] },
    oneProvider: true,
  },
  {
    id: 'platform-kubernetes',
    label: 'Platform team on Kubernetes',
    description: 'Open-source tools that run on Kubernetes, run by a team that operates the cluster.',
    constraints: ['open-source', 'kubernetes', 'active'],
    skip: ['retrieval'],
    favour: { maintainer: ['foundation', 'community'], deployment: ['self-hosted', 'both'] },
  },
  {
    id: 'llm-application',
    label: 'LLM application',
    description: 'Serve a language model, trace and evaluate its answers, and retrieve from a vector store.',
    constraints: ['active'],
    skip: ['labelling', 'training', 'infrastructure', 'versioning', 'features'],
    subcategories: {
      serving: ['llm-inference-engines', 'llm-gateways', 'managed-inference'],
      monitoring: ['llm-observability'],
      evaluation: ['llm-evaluation'],
    },
  },
];

export interface PresetChoice {
  readonly preset: StackPreset;
  readonly selection: StackSelection;
  /** The builder's query for the preset: constraints and choices (`only=…&serving=…`). */
  readonly query: string;
}

/** Whether a tool is placed in one of the given subcategories (its own placement or a further one). */
const inSubcategories = (tool: StackTool, subcategories: readonly string[]) =>
  subcategories.includes(tool.subcategory) ||
  (tool.alsoIn ?? []).some((placement) => subcategories.includes(placement.subcategory));

/**
 * The preset's stack: per stage, among the tools that fit it and meet the constraints (in the
 * preset's subcategories when any is there), the best fit: a tool filed under the stage's own
 * category before one placed there too, the preset's preferences, a tool not chosen for another
 * stage yet; then `popularity`, then the name.
 */
export function presetStack<T extends StackTool>(
  preset: StackPreset,
  tools: readonly T[],
  popularity: (tool: T) => number = () => 0,
): PresetChoice {
  const candidates = tools.filter((tool) => meetsConstraints(tool, preset.constraints));
  const provider = preset.oneProvider ? leadingProvider(preset, candidates) : undefined;
  const score = (tool: T) => {
    const favour = preset.favour ?? {};
    let points = 0;
    if (tool.difficulty && favour.difficulty?.includes(tool.difficulty)) points += 2;
    if (tool.deployment && favour.deployment?.includes(tool.deployment)) points += 2;
    if (tool.maintainer && favour.maintainer?.includes(tool.maintainer.kind)) points += 2;
    if (provider && tool.maintainer?.name === provider) points += 3;
    return points;
  };
  const taken = new Set<string>();
  const selection: Record<string, string> = {};
  for (const stage of STACK_STAGES) {
    if (preset.skip?.includes(stage.key)) continue;
    let fit = toolsForStage(stage, candidates);
    const wanted = preset.subcategories?.[stage.key];
    if (wanted) {
      const inJob = fit.filter((tool) => inSubcategories(tool, wanted));
      if (inJob.length > 0) fit = inJob;
    }
    const fitness = (tool: T) =>
      score(tool) +
      (toolsForStage(stage, [{ ...tool, alsoIn: [] }]).length > 0 ? 4 : 0) -
      (taken.has(tool.slug) ? 3 : 0);
    const [best] = [...fit].sort(
      (a, b) => fitness(b) - fitness(a) || popularity(b) - popularity(a) || compareNames(a, b),
    );
    if (!best) continue;
    selection[stage.key] = best.slug;
    taken.add(best.slug);
  }
  return { preset, selection, query: serializeStack(selection, preset.constraints) };
}

/** The cloud provider whose services cover the most stages (the "one cloud" of a small team). */
function leadingProvider(preset: StackPreset, tools: readonly StackTool[]): string | undefined {
  const coverage = new Map<string, number>();
  for (const stage of STACK_STAGES) {
    if (preset.skip?.includes(stage.key)) continue;
    const names = new Set(
      toolsForStage(stage, tools).flatMap((tool) =>
        tool.maintainer?.kind === 'cloud-provider' && tool.maintainer.name ? [tool.maintainer.name] : [],
      ),
    );
    for (const name of names) coverage.set(name, (coverage.get(name) ?? 0) + 1);
  }
  return [...coverage].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0];
}
