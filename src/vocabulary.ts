/**
 * Every controlled vocabulary of the guide, declared once. The zod schemas take their enum
 * values from here and the UI takes its labels, icons and descriptions from here, so a new
 * badge value is added in exactly one place.
 */

export interface VocabularyTerm {
  /** Human label shown on badges and filter options. */
  readonly label: string;
  /** The emoji the original guide used; decorative, always paired with the label. */
  readonly icon: string;
  /** One sentence explaining when an entry gets this value (shown as a tooltip and in CONTRIBUTING). */
  readonly description: string;
  /** Colour family of its badge; always paired with the label, never the only signal. */
  readonly tone?: 'open' | 'mixed' | 'paid';
}

export const LICENSES = {
  'open-source': {
    tone: 'open',
    label: 'Open source',
    icon: '🔓',
    description: 'Source code under an OSI-approved license (its SPDX id is given); free to run and change.',
  },
  'source-available': {
    tone: 'mixed',
    label: 'Source available',
    icon: '📜',
    description:
      'Source code is public but its license is not OSI-approved (BSL, Elastic, SSPL, Commons Clause): read the terms before running it.',
  },
  free: {
    tone: 'open',
    label: 'Free',
    icon: '🆓',
    description: 'Free to use (or a free tier that covers real work), but not open source.',
  },
  freemium: {
    tone: 'mixed',
    label: 'Freemium',
    icon: '🔄',
    description: 'A free plan with limits; paid plans unlock scale, teams or support.',
  },
  commercial: {
    tone: 'paid',
    label: 'Commercial',
    icon: '💼',
    description: 'Paid product, sold by license or subscription.',
  },
  'pay-per-use': {
    tone: 'paid',
    label: 'Pay-per-use',
    icon: '💳',
    description: 'Billed by consumption (compute, requests, storage), typically a cloud service.',
  },
} as const satisfies Record<string, VocabularyTerm>;

/** The difficulty rubric: what a first working setup needs, not how hard the tool is to master. */
export const DIFFICULTIES = {
  beginner: {
    tone: 'open',
    label: 'Beginner',
    icon: '🟢',
    description:
      'Runs on a laptop with one install command (pip, npm, brew, docker run), or a sign-up to a hosted free tier; nothing else to set up.',
  },
  intermediate: {
    tone: 'mixed',
    label: 'Intermediate',
    icon: '🟡',
    description:
      'Needs a database, an object store, several services (docker compose) or a cloud account with access and network set-up.',
  },
  advanced: {
    tone: 'paid',
    label: 'Advanced',
    icon: '🔴',
    description: 'Needs a Kubernetes or distributed cluster and an operator’s skills to run it.',
  },
} as const satisfies Record<string, VocabularyTerm>;

export const RESOURCE_KINDS = {
  course: { label: 'Course', icon: '🎓', description: 'A structured course, online or self-paced.' },
  book: { label: 'Book', icon: '📘', description: 'A book, printed or online.' },
} as const satisfies Record<string, VocabularyTerm>;

export const DEPLOYMENTS = {
  'self-hosted': {
    label: 'Self-hosted',
    icon: '🏠',
    description: 'You run it on your own machines or cloud account.',
  },
  managed: {
    label: 'Managed',
    icon: '☁️',
    description: 'Offered only as a hosted service run by the vendor.',
  },
  both: {
    label: 'Self-hosted or managed',
    icon: '🔀',
    description: 'Can be run yourself, and is also offered as a hosted service.',
  },
} as const satisfies Record<string, VocabularyTerm>;

export const STATUSES = {
  active: {
    label: 'Active',
    icon: '✅',
    description: 'Released or committed to in the last twelve months, with no end announced.',
  },
  maintenance: {
    label: 'Maintenance only',
    icon: '🛠️',
    description: 'Upstream says fixes only: no new features are planned.',
  },
  dormant: {
    label: 'No recent activity',
    icon: '💤',
    description:
      'No commit or release for more than twelve months, and no announcement either way: check before relying on it.',
  },
  deprecated: {
    label: 'Deprecated',
    icon: '⚠️',
    description: 'Upstream has announced its end: no more fixes; move to a successor.',
  },
  archived: {
    label: 'Archived',
    icon: '📦',
    description: 'The repository is read-only; nobody maintains it any more.',
  },
  discontinued: {
    label: 'Discontinued',
    icon: '⛔',
    description: 'The hosted service was shut down and can no longer be used.',
  },
} as const satisfies Record<string, VocabularyTerm>;

/** Who stands behind a tool: its governance, the first thing a platform team checks. */
export const MAINTAINER_KINDS = {
  vendor: {
    label: 'Vendor',
    icon: '🏢',
    description: 'A company builds it and sells a product, a cloud or support around it.',
  },
  foundation: {
    label: 'Foundation',
    icon: '🏛️',
    description:
      'Governed by a vendor-neutral foundation (CNCF, Apache, LF AI & Data…), whichever companies contribute.',
  },
  community: {
    label: 'Community',
    icon: '👥',
    description:
      'Maintained by independent developers, a research group or a public institute, with no company or foundation behind it.',
  },
  'cloud-provider': {
    label: 'Cloud provider',
    icon: '🌐',
    description: 'A service of a public cloud (AWS, Azure, Google Cloud), run and governed by that provider.',
  },
} as const satisfies Record<string, VocabularyTerm>;

/**
 * What happened to who owns or governs a tool: the events of its `history`, each sourced and,
 * where a source gives it, dated. `label` reads before the party ("acquired by CoreWeave");
 * `since` is the present-tense line of the tool page ("part of CoreWeave since 2025").
 */
export const OWNERSHIP_EVENTS = {
  acquired: {
    label: 'acquired by',
    since: 'part of',
    icon: '🤝',
    description: 'A company bought the company or the project behind it.',
  },
  'joined-foundation': {
    label: 'joined',
    since: 'in the',
    icon: '🏛️',
    description: 'The project moved to a vendor-neutral foundation, which now governs it.',
  },
  renamed: {
    label: 'renamed from',
    since: 'formerly',
    icon: '✏️',
    description: 'The project or the company behind it took a new name; `party` is the old one.',
  },
  'spun-out': {
    label: 'spun out of',
    since: 'spun out of',
    icon: '🌱',
    description: 'It left the organisation where it started and now has its own maintainer.',
  },
} as const satisfies Record<string, VocabularyTerm & { readonly since: string }>;

/** The parts of an open-core product that can carry a license of their own. */
export const LICENSE_PARTS = {
  sdk: {
    label: 'SDK and client',
    icon: '',
    description: 'The libraries and command-line tools users install.',
  },
  server: { label: 'Server', icon: '', description: 'The service that runs the product (backend, UI, API).' },
  enterprise: {
    label: 'Enterprise features',
    icon: '',
    description: 'Features sold under a commercial license.',
  },
} as const satisfies Record<string, VocabularyTerm>;

/**
 * Languages a user writes code in against a tool (its SDKs and clients), and those tools are
 * written in. Ids are lower-case so they read well in URLs (`?language=go`).
 */
export const LANGUAGES = {
  python: { label: 'Python', icon: '', description: '' },
  typescript: { label: 'TypeScript', icon: '', description: '' },
  javascript: { label: 'JavaScript', icon: '', description: '' },
  java: { label: 'Java', icon: '', description: '' },
  go: { label: 'Go', icon: '', description: '' },
  r: { label: 'R', icon: '', description: '' },
  rust: { label: 'Rust', icon: '', description: '' },
  cpp: { label: 'C++', icon: '', description: '' },
  c: { label: 'C', icon: '', description: '' },
  csharp: { label: 'C#', icon: '', description: '' },
  scala: { label: 'Scala', icon: '', description: '' },
  kotlin: { label: 'Kotlin', icon: '', description: '' },
  ruby: { label: 'Ruby', icon: '', description: '' },
  php: { label: 'PHP', icon: '', description: '' },
  swift: { label: 'Swift', icon: '', description: '' },
  elixir: { label: 'Elixir', icon: '', description: '' },
  groovy: { label: 'Groovy', icon: '', description: '' },
  lua: { label: 'Lua', icon: '', description: '' },
  sql: { label: 'SQL', icon: '', description: 'Queries or definitions written in SQL.' },
  yaml: {
    label: 'YAML',
    icon: '',
    description: 'Configuration files rather than code (pipelines, manifests).',
  },
} as const satisfies Record<string, VocabularyTerm>;

/** How a managed or commercial product is billed; prices themselves are left to its pricing page. */
export const PRICING_MODELS = {
  'free-tier': {
    label: 'Free tier',
    icon: '🎟️',
    description: 'A free plan with limits, or a free self-hosted edition beside the paid one.',
  },
  'per-seat': { label: 'Per seat', icon: '👤', description: 'Billed per user.' },
  'per-usage': {
    label: 'Per usage',
    icon: '📈',
    description: 'Billed by consumption: compute hours, requests, tokens, storage or events.',
  },
  'contact-sales': {
    label: 'Contact sales',
    icon: '✉️',
    description: 'An enterprise plan priced on request.',
  },
} as const satisfies Record<string, VocabularyTerm>;

/**
 * Whether a tool has a capability of its category's model. What is not recorded is "not
 * recorded", never "no": a comparison must not read a gap in our data as a gap in the tool.
 */
export const CAPABILITY_SUPPORT = {
  yes: { label: 'Yes', icon: '✓', description: 'Documented and available out of the box.' },
  partial: {
    label: 'Partial',
    icon: '◐',
    description: 'Limited: through a plugin or integration, in a paid edition only, or experimental.',
  },
  no: { label: 'No', icon: '✗', description: 'Its documentation says it is not supported.' },
} as const satisfies Record<string, VocabularyTerm>;

/** What a comparison shows where no value is recorded for a capability. */
export const CAPABILITY_NOT_RECORDED = {
  label: 'Not recorded',
  icon: '?',
  description: 'The guide has no sourced value yet: this says nothing about the tool.',
} as const satisfies VocabularyTerm;

export {
  INACTIVE_STATUSES,
  isFlaggedStatus,
  isInactiveStatus,
  isUnmaintainedStatus,
} from './vocabulary-core.ts';

export type License = keyof typeof LICENSES;
export type Difficulty = keyof typeof DIFFICULTIES;
export type ResourceKind = keyof typeof RESOURCE_KINDS;
export type Deployment = keyof typeof DEPLOYMENTS;
export type Status = keyof typeof STATUSES;
export type MaintainerKind = keyof typeof MAINTAINER_KINDS;
export type Language = keyof typeof LANGUAGES;
export type OwnershipEvent = keyof typeof OWNERSHIP_EVENTS;
export type LicensePart = keyof typeof LICENSE_PARTS;
export type PricingModel = keyof typeof PRICING_MODELS;
export type CapabilitySupport = keyof typeof CAPABILITY_SUPPORT;

/** The keys of a vocabulary as a non-empty tuple, the shape `z.enum` needs. */
export function termsOf<T extends Record<string, VocabularyTerm>>(
  vocabulary: T,
): [keyof T & string, ...(keyof T & string)[]] {
  const [first, ...rest] = Object.keys(vocabulary) as (keyof T & string)[];
  if (first === undefined) throw new Error('A vocabulary needs at least one term');
  return [first, ...rest];
}

export const LICENSE_VALUES = termsOf(LICENSES);
export const DIFFICULTY_VALUES = termsOf(DIFFICULTIES);
export const RESOURCE_KIND_VALUES = termsOf(RESOURCE_KINDS);
export const DEPLOYMENT_VALUES = termsOf(DEPLOYMENTS);
export const STATUS_VALUES = termsOf(STATUSES);
export const MAINTAINER_KIND_VALUES = termsOf(MAINTAINER_KINDS);
export const LANGUAGE_VALUES = termsOf(LANGUAGES);
export const OWNERSHIP_EVENT_VALUES = termsOf(OWNERSHIP_EVENTS);
export const LICENSE_PART_VALUES = termsOf(LICENSE_PARTS);
export const PRICING_MODEL_VALUES = termsOf(PRICING_MODELS);
export const CAPABILITY_SUPPORT_VALUES = termsOf(CAPABILITY_SUPPORT);

export { MISSING_VALUE } from './vocabulary-core.ts';
import { MISSING_VALUE } from './vocabulary-core.ts';

/** What the site says where an entry has no value for a facet. */
export interface MissingTerm {
  /** As a filter option and in facts lists ("Not rated", "Unknown"). */
  readonly label: string;
  /** On a badge standing alone on a card ("License not rated"). */
  readonly badgeLabel: string;
  /** As a badge page's title: "Tools not rated for difficulty". */
  readonly pageTitle: (noun: string) => string;
  readonly description: string;
}

/**
 * The facets: the facts of a tool that listings filter by (license, difficulty, deployment and
 * status also show as badges). Each owns its
 * legend, its terms and the words for a missing value, so no other module decides them.
 * Ratings (license, difficulty) are "not rated" when missing; facts (deployment, status) are
 * "unknown".
 */
export const FACETS = {
  license: {
    legend: 'License and pricing',
    terms: LICENSES,
    missing: {
      label: 'Not rated',
      badgeLabel: 'License not rated',
      pageTitle: (noun: string) => `${noun} not rated for license and pricing`,
      description: 'The guide does not rate this entry yet.',
    },
  },
  difficulty: {
    legend: 'Difficulty',
    terms: DIFFICULTIES,
    missing: {
      label: 'Not rated',
      badgeLabel: 'Difficulty not rated',
      pageTitle: (noun: string) => `${noun} not rated for difficulty`,
      description: 'The guide does not rate this entry yet.',
    },
  },
  deployment: {
    legend: 'Deployment',
    terms: DEPLOYMENTS,
    missing: {
      label: 'Unknown',
      badgeLabel: 'Deployment unknown',
      pageTitle: (noun: string) => `${noun} of unknown deployment`,
      description: 'The guide does not know this yet.',
    },
  },
  status: {
    legend: 'Status',
    terms: STATUSES,
    missing: {
      label: 'Unknown',
      badgeLabel: 'Status unknown',
      pageTitle: (noun: string) => `${noun} of unknown status`,
      description: 'The guide does not know this yet.',
    },
  },
  maintainer: {
    legend: 'Maintained by',
    terms: MAINTAINER_KINDS,
    missing: {
      label: 'Unknown',
      badgeLabel: 'Maintainer unknown',
      pageTitle: (noun: string) => `${noun} whose maintainer is unknown`,
      description: 'The guide does not know this yet.',
    },
  },
  language: {
    legend: 'SDK language',
    terms: LANGUAGES,
    missing: {
      label: 'Unknown',
      badgeLabel: 'Languages unknown',
      pageTitle: (noun: string) => `${noun} of unknown SDK languages`,
      description: 'The guide does not know this yet.',
    },
  },
} as const satisfies Record<
  string,
  { legend: string; terms: Record<string, VocabularyTerm>; missing: MissingTerm }
>;

export type FacetKey = keyof typeof FACETS;

/** The display label of a facet value, or the facet's missing label when there is none. */
export function facetLabel(facet: FacetKey, value: string | null | undefined): string {
  const terms: Record<string, VocabularyTerm> = FACETS[facet].terms;
  if (!value || value === MISSING_VALUE) return FACETS[facet].missing.label;
  return terms[value]?.label ?? value;
}
