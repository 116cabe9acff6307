/**
 * Synthetic content for benchmarks: the real guide plus `count` generated tools that pass the
 * content check. Text comes from a seeded PRNG, so the same count always gives the same files.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { slugify } from '../../src/lib/slug.ts';
import { DIFFICULTY_VALUES, LICENSE_VALUES } from '../../src/vocabulary.ts';

/** The real content directory of the repository. */
export const REAL_CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

const COPIED_COLLECTIONS = ['categories', 'resources', 'guides', 'tools', 'redirects'] as const;
const ADDED = '2025-06-19';
const SEED = 0x5eed_2025;

const NAME_WORDS = [
  'Orbit', 'Atlas', 'Beacon', 'Cascade', 'Delta', 'Ember', 'Falcon', 'Glacier', 'Harbor', 'Ion',
  'Juniper', 'Kite', 'Lumen', 'Meridian', 'Nimbus', 'Onyx', 'Prism', 'Quartz', 'Relay', 'Summit',
  'Tide', 'Umbra', 'Vector', 'Willow', 'Xenon', 'Yarrow', 'Zephyr',
] as const; // prettier-ignore

const ADJECTIVES = [
  'Lightweight', 'Scalable', 'Managed', 'Open', 'Declarative', 'Distributed', 'Serverless',
  'Kubernetes-native', 'Real-time', 'Batch', 'Unified', 'Collaborative', 'Secure', 'Low-latency',
] as const; // prettier-ignore

const SUBJECTS = [
  'model serving platform', 'feature store', 'experiment tracker', 'model registry',
  'pipeline orchestrator', 'drift monitor', 'data validation library', 'inference gateway',
  'training scheduler', 'metadata store', 'deployment toolkit', 'observability suite',
] as const; // prettier-ignore

const PURPOSES = [
  'for production ML teams', 'for reproducible experiments', 'for online and offline features',
  'for GPU inference at scale', 'for continuous training', 'for regulated industries',
  'with built-in lineage tracking', 'with a Python SDK', 'for edge deployments',
  'with automatic rollbacks', 'for data scientists and platform engineers',
] as const; // prettier-ignore

const FEATURES = [
  'Experiment tracking', 'Model registry', 'Feature store', 'Autoscaling', 'Canary rollouts',
  'A/B testing', 'Drift detection', 'Data validation', 'Lineage tracking', 'REST and gRPC APIs',
  'Batch inference', 'GPU scheduling', 'Python SDK', 'Web dashboard', 'Role-based access',
  'Audit logs', 'Pipeline caching', 'Hyperparameter search', 'Alerting', 'Multi-cloud support',
  'Kubernetes operator', 'Model explainability', 'Shadow deployments', 'Artifact versioning',
] as const; // prettier-ignore

const TAGS = [
  'model-serving', 'feature-store', 'experiment-tracking', 'model-registry', 'monitoring',
  'orchestration', 'kubernetes', 'data-quality', 'ci-cd', 'python',
] as const; // prettier-ignore

/** A (category id, subcategory id) pair a tool can be filed under. */
export interface Placement {
  readonly category: string;
  readonly subcategory: string;
}

interface CategoryFile {
  readonly subcategories: readonly { readonly id: string }[];
}

/** mulberry32: a tiny deterministic PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** One of `items`, or undefined as often as any single item (badges left unset). */
function pickOptional<T>(random: () => number, items: readonly T[]): T | undefined {
  const index = Math.floor(random() * (items.length + 1));
  return items[index];
}

/** `count` distinct items, in random order. */
function pickDistinct<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    const [item] = pool.splice(Math.floor(random() * pool.length), 1);
    if (item !== undefined) chosen.push(item);
  }
  return chosen;
}

/** Every subcategory of every category under `contentDir`, categories in file-name order. */
export function readPlacements(contentDir: string): Placement[] {
  const directory = join(contentDir, 'categories');
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const data = parse(readFileSync(join(directory, name), 'utf8')) as CategoryFile;
      const category = basename(name, '.yaml');
      return data.subcategories.map((subcategory) => ({ category, subcategory: subcategory.id }));
    });
}

/** Every seventh generated tool is also listed in another category, as real tools are. */
function alsoInLines(index: number, placement: Placement, placements: readonly Placement[]): string[] {
  if (index % 7 !== 0) return [];
  const other = placements.find((candidate) => candidate.category !== placement.category);
  return other ? ['alsoIn:', `  - category: ${other.category}`, `    subcategory: ${other.subcategory}`] : [];
}

/** Name, slug and YAML text of synthetic tool number `index` (1-based). */
export function syntheticTool(
  index: number,
  width: number,
  placement: Placement,
  random: () => number,
  /** Further placements to draw from, and a real tool a discontinued one can point to. */
  context: { placements?: readonly Placement[]; successor?: string | undefined } = {},
): { slug: string; yaml: string } {
  const name = `Synthetic Tool ${String(index).padStart(width, '0')} ${pick(random, NAME_WORDS)}`;
  const slug = slugify(name);
  const description = `${pick(random, ADJECTIVES)} ${pick(random, SUBJECTS)} ${pick(random, PURPOSES)}`;
  const features = pickDistinct(random, FEATURES, 3 + Math.floor(random() * 4));
  const license = pickOptional(random, LICENSE_VALUES);
  const difficulty = pickOptional(random, DIFFICULTY_VALUES);
  const tags = pickDistinct(random, TAGS, Math.floor(random() * 4));
  const lines = [
    `name: ${name}`,
    `url: https://${slug}.example.com/`,
    `description: ${description.slice(0, 160)}`,
    `category: ${placement.category}`,
    `subcategory: ${placement.subcategory}`,
    'features:',
    ...features.map((feature) => `  - ${feature}`),
    ...(license ? [`license: ${license}`] : []),
    ...(license === 'open-source' ? ['licenseId: Apache-2.0'] : []),
    ...(license === 'source-available' ? ['licenseId: BUSL-1.1'] : []),
    ...(license ? ['sources:', `  - https://${slug}.example.com/license`] : []),
    ...(difficulty ? [`difficulty: ${difficulty}`] : []),
    ...(tags.length > 0 ? ['tags:', ...tags.map((tag) => `  - ${tag}`)] : []),
    ...alsoInLines(index, placement, context.placements ?? []),
    ...(context.successor && index % 13 === 0
      ? [
          'status: discontinued',
          'statusDate: 2026-01-15',
          'statusNote: A generated tool whose hosted service was shut down.',
          'successors:',
          `  - ${context.successor}`,
          ...(license ? [] : ['sources:', `  - https://${slug}.example.com/shutdown`]),
        ]
      : []),
    `added: ${ADDED}`,
  ];
  return { slug, yaml: `${lines.join('\n')}\n` };
}

/**
 * Writes a content directory to `targetDir`: the real categories, resources, guides and tools,
 * plus `count` synthetic tools filed round-robin under the real subcategories.
 */
export function generateContent(count: number, targetDir: string, sourceDir = REAL_CONTENT_DIR): void {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, got ${count}`);
  for (const collection of COPIED_COLLECTIONS) {
    if (existsSync(join(sourceDir, collection)))
      cpSync(join(sourceDir, collection), join(targetDir, collection), { recursive: true });
  }
  const placements = readPlacements(sourceDir);
  const successor = readdirSync(join(sourceDir, 'tools'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()[0]
    ?.replace(/\.yaml$/, '');
  const random = seededRandom(SEED);
  const width = Math.max(4, String(count).length);
  const toolsDir = join(targetDir, 'tools');
  mkdirSync(toolsDir, { recursive: true });
  for (let index = 1; index <= count; index++) {
    const placement = placements[(index - 1) % placements.length];
    if (!placement) throw new Error(`no categories with subcategories in ${sourceDir}`);
    const tool = syntheticTool(index, width, placement, random, { placements, successor });
    writeFileSync(join(toolsDir, `${tool.slug}.yaml`), tool.yaml);
  }
}
