/**
 * The stack builder: one tool per lifecycle stage, kept in the URL
 * (`/stack/?serving=bentoml&monitoring=evidently-ai`), with what the chosen stack adds up to.
 */
import type { ToolFields } from './tool-view.ts';
import { MISSING_VALUE, isMaintenanceOnlyStatus } from '../vocabulary-core.ts';
import { listOf } from './prose.ts';
import { readAllowed, writeList } from './url-list.ts';

export interface StackStage {
  /** URL parameter of the stage. */
  readonly key: string;
  readonly label: string;
  /** What the stage is for, in one line. */
  readonly purpose: string;
  /** Categories whose tools fit the stage. */
  readonly categories: readonly string[];
  /** Only these subcategories of those categories fit (the job, not the whole category). */
  readonly subcategories?: readonly string[];
  /** These subcategories do not fit (their tools belong to another stage). */
  readonly excludeSubcategories?: readonly string[];
  /** Extra tools from other categories that also fit. */
  readonly extraTools?: readonly string[];
  /**
   * Capabilities that show a tool does the stage's job: a tool that fits only through a further
   * placement (`alsoIn`) is offered when it records one of them as yes or partial. Without
   * them, any placement counts.
   */
  readonly evidence?: readonly string[];
}

export const STACK_STAGES: readonly StackStage[] = [
  {
    key: 'tracking',
    label: 'Tracking and platform',
    purpose: 'Record experiments and manage the model lifecycle.',
    categories: ['mlops-platforms'],
  },
  {
    key: 'labelling',
    label: 'Labelling and curation',
    purpose: 'Label, review and clean the data models learn from.',
    categories: ['data-labelling-curation'],
  },
  {
    key: 'versioning',
    label: 'Data and model versioning',
    purpose: 'Version datasets and models, and register what ships.',
    categories: ['model-versioning'],
    // A server listed among registries because it packages models is not a registry.
    evidence: [
      'git-like-branching',
      'large-file-handling',
      'data-diff',
      'time-travel',
      'reproducible-pipelines',
      'model-registry',
    ],
  },
  {
    key: 'training',
    label: 'Training and fine-tuning',
    purpose: 'Train across GPUs, fine-tune foundation models and search hyperparameters.',
    categories: ['training-fine-tuning'],
  },
  {
    key: 'orchestration',
    label: 'Orchestration',
    purpose: 'Schedule and run pipelines as workflows.',
    categories: ['infrastructure-orchestration'],
    subcategories: ['workflow-orchestration'],
  },
  {
    key: 'infrastructure',
    label: 'Compute and infrastructure',
    purpose: 'The clusters, schedulers and GPU capacity that training and serving run on.',
    categories: ['infrastructure-orchestration'],
    excludeSubcategories: ['workflow-orchestration'],
  },
  {
    key: 'features',
    label: 'Feature store',
    purpose: 'Serve the same features to training and inference.',
    categories: ['feature-stores'],
  },
  {
    key: 'retrieval',
    label: 'Vector store',
    purpose: 'Store embeddings and find the right context for a model.',
    categories: ['retrieval-vector-search'],
  },
  {
    key: 'serving',
    label: 'Serving',
    purpose: 'Put models behind an API that scales.',
    categories: ['model-serving'],
  },
  {
    key: 'evaluation',
    label: 'Evaluation and safety',
    purpose: 'Score models and LLM answers before release, and guard them in production.',
    categories: ['evaluation-safety'],
  },
  {
    key: 'monitoring',
    label: 'Monitoring',
    purpose: 'Catch drift, data problems and falling accuracy in production.',
    categories: ['monitoring-observability'],
  },
  {
    key: 'cicd',
    label: 'CI/CD',
    purpose: 'Test and deliver models and pipelines automatically.',
    categories: ['ci-cd-for-ml'],
  },
];

/** What the stack builder reads of a tool: part of its record (one shape, see tool-view.ts). */
export type StackTool = ToolFields<
  'slug' | 'name' | 'category' | 'subcategory' | 'integrates' | 'flagged',
  'alsoIn' | 'license' | 'deployment' | 'status' | 'statusNote' | 'successors' | 'difficulty'
> & {
  // Narrower than the record's: the stack page sends only what these rules read of each listed
  // tool (its maintainer's kind, each capability's value), to keep its HTML small.
  readonly maintainer?: { readonly kind: string; readonly name?: string | undefined } | null | undefined;
  readonly capabilities?: Readonly<Record<string, { readonly value: string }>> | undefined;
};

/**
 * Tools listed as choices per stage. A stage with more finds the rest by name through the search
 * index, so the page stays small however large the directory grows: 144 choices in all keep
 * /stack/ within its HTML budget at +1,000 tools (180 measured 14.1 KB, `npm run bench`), so 12
 * each for twelve stages.
 */
export const STAGE_CHOICES_LISTED = 12;

/** Whether a placement (a category and subcategory) does the stage's job. */
function fitsStage(stage: StackStage, placement: { category: string; subcategory: string }): boolean {
  return (
    stage.categories.includes(placement.category) &&
    (!stage.subcategories || stage.subcategories.includes(placement.subcategory)) &&
    !(stage.excludeSubcategories ?? []).includes(placement.subcategory)
  );
}

/** Whether a tool records one of the given capabilities as yes or partial. */
const hasAny = (tool: StackTool, ids: readonly string[]) =>
  ids.some((id) => ['yes', 'partial'].includes(tool.capabilities?.[id]?.value ?? ''));

/**
 * The tools that fit a stage, in the given order: by their own placement, or by a further one
 * (`alsoIn`) when the stage's `evidence` (if any) shows they do the job.
 */
export function toolsForStage<T extends StackTool>(stage: StackStage, tools: readonly T[]): T[] {
  return tools.filter(
    (tool) =>
      fitsStage(stage, tool) ||
      ((tool.alsoIn ?? []).some((placement) => fitsStage(stage, placement)) &&
        (!stage.evidence || hasAny(tool, stage.evidence))) ||
      (stage.extraTools ?? []).includes(tool.slug),
  );
}

/**
 * A stage's choices in the order the builder lists them: `tools` in the order given (the "Most
 * adopted" order), the tools only kept in maintenance after the others, as a new stack should
 * not start on them.
 */
export function stageChoices<T extends StackTool>(stage: StackStage, tools: readonly T[]): T[] {
  const fitting = toolsForStage(stage, tools);
  return [
    ...fitting.filter((tool) => !isMaintenanceOnlyStatus(tool.status)),
    ...fitting.filter((tool) => isMaintenanceOnlyStatus(tool.status)),
  ];
}

/** The capabilities that make a tool Kubernetes-native for the constraint of that name. */
const KUBERNETES_CAPABILITIES = ['kubernetes-native', 'kubernetes-execution'];

/** Every capability the builder reads (constraints and stage evidence); the page sends only these. */
export const STACK_CAPABILITIES: readonly string[] = [
  ...new Set([...KUBERNETES_CAPABILITIES, ...STACK_STAGES.flatMap((stage) => stage.evidence ?? [])]),
];

/**
 * What a stack may be restricted to, each a test of a tool. `kubernetes` reads the capability
 * models: a tool records Kubernetes-native (or, for orchestrators, running on Kubernetes) as yes
 * or partial.
 */
export const STACK_CONSTRAINTS = [
  {
    key: 'open-source',
    label: 'Open source only',
    test: (tool: StackTool) => tool.license === 'open-source',
  },
  {
    key: 'self-hosted',
    label: 'Self-hosted only',
    test: (tool: StackTool) => tool.deployment === 'self-hosted' || tool.deployment === 'both',
  },
  {
    key: 'kubernetes',
    label: 'Kubernetes-native',
    test: (tool: StackTool) => hasAny(tool, KUBERNETES_CAPABILITIES),
  },
  {
    key: 'managed',
    label: 'Managed services only',
    test: (tool: StackTool) => tool.deployment === 'managed' || tool.deployment === 'both',
  },
  {
    key: 'vendor-neutral',
    label: 'Vendor-neutral only',
    test: (tool: StackTool) =>
      tool.maintainer?.kind === 'foundation' || tool.maintainer?.kind === 'community',
  },
  {
    key: 'active',
    label: 'Hide tools that are not active',
    test: (tool: StackTool) => !tool.flagged,
  },
] as const satisfies readonly { key: string; label: string; test: (tool: StackTool) => boolean }[];

export type StackConstraint = (typeof STACK_CONSTRAINTS)[number]['key'];

/** The URL parameter holding the constraints (`?only=open-source,kubernetes`). */
export const CONSTRAINTS_PARAM = 'only';

/** Whether a tool meets every given constraint. */
export function meetsConstraints(tool: StackTool, constraints: readonly string[]): boolean {
  return STACK_CONSTRAINTS.every(
    (constraint) => !constraints.includes(constraint.key) || constraint.test(tool),
  );
}

/** The labels of the given constraints a tool breaks, in their order ("Open source only"). */
export function brokenConstraints(tool: StackTool, constraints: readonly string[]): string[] {
  return STACK_CONSTRAINTS.filter(
    (constraint) => constraints.includes(constraint.key) && !constraint.test(tool),
  ).map((constraint) => constraint.label);
}

/**
 * The best tool to choose for a stage instead of one that breaks the constraints: among the
 * stage's tools that meet them, one of the same subcategory first, then the one sharing most of
 * its recorded capabilities, then the most adopted (`popularity`), then by name. Undefined when
 * no tool of the stage meets them.
 */
export function replacementFor<T extends StackTool>(
  stage: StackStage,
  current: T,
  tools: readonly T[],
  constraints: readonly string[],
  popularity: (tool: T) => number = () => 0,
): T | undefined {
  const shared = (tool: T) =>
    Object.entries(tool.capabilities ?? {}).filter(
      ([id, recorded]) => recorded.value === 'yes' && current.capabilities?.[id]?.value === 'yes',
    ).length;
  const sameJob = (tool: T) => (tool.subcategory === current.subcategory ? 1 : 0);
  return toolsForStage(stage, tools)
    .filter((tool) => tool.slug !== current.slug && meetsConstraints(tool, constraints))
    .sort(
      (a, b) =>
        sameJob(b) - sameJob(a) ||
        shared(b) - shared(a) ||
        popularity(b) - popularity(a) ||
        a.name.localeCompare(b.name, 'en'),
    )[0];
}

/** The constraints of a query string, known ones only, in their canonical order. */
export function parseConstraints(search: string | URLSearchParams): StackConstraint[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return readAllowed(
    params,
    CONSTRAINTS_PARAM,
    STACK_CONSTRAINTS.map((constraint) => constraint.key),
  ) as StackConstraint[];
}

/** Chosen slug per stage key. */
export type StackSelection = Readonly<Record<string, string>>;

/** Reads a stack from a query string, keeping only tools that fit their stage. */
export function parseStack<T extends StackTool>(
  search: string | URLSearchParams,
  tools: readonly T[],
): StackSelection {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const selection: Record<string, string> = {};
  for (const stage of STACK_STAGES) {
    const slug = params.get(stage.key)?.trim().toLowerCase();
    if (slug && toolsForStage(stage, tools).some((tool) => tool.slug === slug)) selection[stage.key] = slug;
  }
  return selection;
}

/**
 * Writes a stack as `only=open-source&serving=bentoml&monitoring=evidently-ai`: its constraints,
 * then its choices in stage order.
 */
export function serializeStack(selection: StackSelection, constraints: readonly string[] = []): string {
  const only = STACK_CONSTRAINTS.map((constraint) => constraint.key).filter((key) =>
    constraints.includes(key),
  );
  return [
    writeList(CONSTRAINTS_PARAM, only),
    ...STACK_STAGES.filter((stage) => selection[stage.key]).map(
      (stage) => `${stage.key}=${encodeURIComponent(selection[stage.key] ?? '')}`,
    ),
  ]
    .filter(Boolean)
    .join('&');
}

export interface StackSummary<T extends StackTool> {
  /** Chosen tool per stage, in stage order; undefined for a gap. */
  readonly choices: readonly { stage: StackStage; tool: T | undefined }[];
  readonly gaps: readonly StackStage[];
  /** How many chosen tools have each license value ("not-rated" for none). */
  readonly licenseMix: ReadonlyMap<string, number>;
  readonly deploymentMix: ReadonlyMap<string, number>;
  /** Pairs of chosen tools that work together (declared on either side). */
  readonly integrations: readonly [T, T][];
  /** Chosen tools that are not active, each once, in stage order, with the successors known. */
  readonly warnings: readonly StackWarning<T>[];
}

export interface StackWarning<T extends StackTool> {
  readonly tool: T;
  /** The stages it was chosen for (KServe may fill two). */
  readonly stages: readonly StackStage[];
  /** Its successors, as far as they are known by slug: from the tools or the extra names. */
  readonly successors: readonly { slug: string; name: string }[];
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * What a stack adds up to. `names` gives the names of successors that are not among `tools`
 * (the browser knows only some tools until /tools.json has loaded).
 */
export function stackSummary<T extends StackTool>(
  selection: StackSelection,
  tools: readonly T[],
  names: ReadonlyMap<string, string> = new Map(),
): StackSummary<T> {
  const bySlug = new Map(tools.map((tool) => [tool.slug, tool]));
  const choices = STACK_STAGES.map((stage) => ({
    stage,
    tool: selection[stage.key] ? bySlug.get(selection[stage.key] ?? '') : undefined,
  }));
  // One tool may fill two stages (KServe: orchestration and serving); count it once.
  const chosen = [...new Set(choices.flatMap((choice) => (choice.tool ? [choice.tool] : [])))];
  const integrations: [T, T][] = [];
  chosen.forEach((tool, index) => {
    for (const other of chosen.slice(index + 1)) {
      if (tool.integrates.includes(other.slug) || other.integrates.includes(tool.slug))
        integrations.push([tool, other]);
    }
  });
  const warnings = chosen
    .filter((tool) => tool.flagged)
    .map((tool) => ({
      tool,
      stages: choices.filter((choice) => choice.tool === tool).map((choice) => choice.stage),
      successors: (tool.successors ?? []).flatMap((slug) => {
        const name = bySlug.get(slug)?.name ?? names.get(slug);
        return name ? [{ slug, name }] : [];
      }),
    }));
  return {
    choices,
    gaps: choices.filter((choice) => !choice.tool).map((choice) => choice.stage),
    licenseMix: countBy(chosen.map((tool) => tool.license ?? MISSING_VALUE)),
    deploymentMix: countBy(chosen.map((tool) => tool.deployment ?? MISSING_VALUE)),
    integrations,
    warnings,
  };
}

/** The stack as Markdown, for a design doc or an issue, with the link that reopens it. */
export function stackMarkdown<T extends StackTool>(
  summary: StackSummary<T>,
  link: (tool: T) => string,
  label: (group: 'license' | 'deployment' | 'status', value: string) => string,
  shareUrl?: string,
): string {
  const lines = ['## Our MLOps stack', ''];
  if (shareUrl) lines.push(`[Open this stack in the stack builder](${shareUrl})`, '');
  const flag = (tool: T) => (tool.flagged ? ` (${label('status', tool.status ?? '').toLowerCase()})` : '');
  for (const { stage, tool } of summary.choices) {
    lines.push(
      `- **${stage.label}**: ${tool ? `[${tool.name}](${link(tool)})${flag(tool)}` : '_not chosen yet_'}`,
    );
  }
  const mix = (group: 'license' | 'deployment', counts: ReadonlyMap<string, number>) =>
    [...counts].map(([value, count]) => `${label(group, value)} ×${count}`).join(', ') || 'none';
  lines.push('', `Licenses: ${mix('license', summary.licenseMix)}`);
  lines.push(`Deployment: ${mix('deployment', summary.deploymentMix)}`);
  if (summary.integrations.length > 0) {
    lines.push(`Works together: ${summary.integrations.map(([a, b]) => `${a.name} + ${b.name}`).join('; ')}`);
  }
  if (summary.gaps.length > 0) lines.push(`Gaps: ${summary.gaps.map((stage) => stage.label).join(', ')}`);
  for (const { tool, successors } of summary.warnings) {
    if (successors.length > 0)
      lines.push(
        `Instead of ${tool.name}, consider ${listOf(
          successors.map((successor) => successor.name),
          'or',
        )}.`,
      );
  }
  return `${lines.join('\n')}\n`;
}
