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
}

export const LICENSES = {
  'open-source': {
    label: 'Open source',
    icon: '🆓',
    description: 'Source code available under an OSI-approved licence; free to self-host.',
  },
  free: {
    label: 'Free',
    icon: '🆓',
    description: 'Free to use (or a free tier that covers real work), but not open source.',
  },
  freemium: {
    label: 'Freemium',
    icon: '🔄',
    description: 'A free plan with limits; paid plans unlock scale, teams or support.',
  },
  commercial: {
    label: 'Commercial',
    icon: '💰',
    description: 'Paid product, sold by licence or subscription.',
  },
  'pay-per-use': {
    label: 'Pay-per-use',
    icon: '💰',
    description: 'Billed by consumption (compute, requests, storage), typically a cloud service.',
  },
} as const satisfies Record<string, VocabularyTerm>;

export const DIFFICULTIES = {
  beginner: {
    label: 'Beginner',
    icon: '🟢',
    description: 'Productive within a day with basic Python and ML knowledge.',
  },
  intermediate: {
    label: 'Intermediate',
    icon: '🟡',
    description: 'Needs familiarity with pipelines, containers or cloud services.',
  },
  advanced: {
    label: 'Advanced',
    icon: '🔴',
    description: 'Needs platform engineering skills such as running Kubernetes clusters.',
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
  active: { label: 'Active', icon: '✅', description: 'Developed and released regularly.' },
  maintenance: {
    label: 'Maintenance only',
    icon: '🛠️',
    description: 'Receives fixes at most; no new features are planned.',
  },
  archived: {
    label: 'Archived',
    icon: '📦',
    description: 'No longer maintained; prefer one of its successors for new work.',
  },
} as const satisfies Record<string, VocabularyTerm>;

export type License = keyof typeof LICENSES;
export type Difficulty = keyof typeof DIFFICULTIES;
export type ResourceKind = keyof typeof RESOURCE_KINDS;
export type Deployment = keyof typeof DEPLOYMENTS;
export type Status = keyof typeof STATUSES;

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

/** Label used wherever an entry has no value for a badge group. */
export const NOT_RATED = {
  label: 'Not rated',
  description: 'The guide does not rate this entry yet.',
} as const;
