import { z } from 'astro/zod';
import { DEPLOYMENT_VALUES, DIFFICULTY_VALUES, LICENSE_VALUES } from '../vocabulary.ts';
import { plainText, slugIdSchema } from './common.ts';

/**
 * A capability practitioners compare the tools of a job on ("Dynamic batching"). Each tool
 * records, per capability of the models of its placements, whether it has it, with a source.
 */
export const capabilitySchema = z.strictObject({
  /** Kebab-case id, the key tools record their value under. */
  id: slugIdSchema,
  /** Row label in comparisons. */
  name: plainText(60),
  /** One line saying what counts as having it. */
  definition: plainText(160),
});

/** A subcategory of a category (the guide's `###` headings). */
export const subcategorySchema = z.strictObject({
  /** Kebab-case id, unique within its category. */
  id: slugIdSchema,
  /** Heading shown on the category page. */
  name: plainText(80),
  /** The question this subcategory answers, one line ("Which server puts my model behind an API?"). */
  description: plainText(200).optional(),
  /** Ids this subcategory had before, so old `#anchor` links still land on it. */
  formerIds: z.array(slugIdSchema, { error: 'expected a list of kebab-case ids' }).max(6).default([]),
  /**
   * Its own capability model, when its job differs from its category's (LLM gateways in model
   * serving, vector databases beside feature stores): its tools are compared on these rows instead
   * of the category's. Empty (the default): the category's model applies.
   */
  capabilities: z
    .array(capabilitySchema)
    .max(15, { error: 'at most 15 capabilities per subcategory' })
    .default([]),
});

/**
 * A subcategory that moved to another category: its old anchor on this category's page keeps a
 * short note that links to where its tools are now.
 */
export const movedSubcategorySchema = z.strictObject({
  /** Its id here (the old `#anchor`). */
  id: slugIdSchema,
  /** Its heading as it was here. */
  name: plainText(80),
  /** Older ids of it here, kept as anchors too. */
  formerIds: z.array(slugIdSchema, { error: 'expected a list of kebab-case ids' }).max(6).default([]),
  /** Where it lives now. */
  to: z.strictObject({ category: slugIdSchema, subcategory: slugIdSchema }),
});

/**
 * A common question of the category, answered by a shortlist: the category's tools (or one
 * subcategory's) that carry the given badges. It is a one-click link on the home page and a
 * pre-rendered listing that works without JavaScript.
 */
export const questionSchema = z.strictObject({
  /** Kebab-case id, unique within its category: the shortlist lives at `/categories/<id>/for/<question>/`. */
  id: slugIdSchema,
  /** The question as a link text, such as "Open-source model servers a beginner can run". */
  title: plainText(90),
  /** Only this subcategory's tools (its id in this category). */
  subcategory: slugIdSchema.optional(),
  /** The badge values asked for, in order of preference: `[managed, both]` lists managed services first. */
  license: z.array(z.enum(LICENSE_VALUES)).min(1).optional(),
  difficulty: z.array(z.enum(DIFFICULTY_VALUES)).min(1).optional(),
  deployment: z.array(z.enum(DEPLOYMENT_VALUES)).min(1).optional(),
  /**
   * Capabilities that answer the question wherever a tool is filed: a tool of any category that
   * records one of them as "yes" (and carries the badges asked for) joins the shortlist, such as
   * an end-to-end platform that serves models, and the tools that record one come first (a drift
   * question names drift detection, so drift monitors lead metric stores). Each names the
   * category whose model declares it.
   */
  answeredBy: z
    .array(z.strictObject({ category: slugIdSchema, capability: slugIdSchema }))
    .max(4)
    .default([]),
  /** The category the question was asked in before it moved here: its old page redirects here. */
  formerCategory: slugIdSchema.optional(),
});

/** One of the guide's categories: `content/categories/<id>.yaml`. */
export const categorySchema = z.strictObject({
  /** Category title. */
  name: plainText(80),
  /** Position in navigation and on the home page, starting at 1. */
  order: z.int({ error: 'expected a whole number' }).positive({ error: 'must be 1 or more' }),
  /** Our own short introduction to the category. */
  intro: plainText(320),
  /** Subcategories in display order. */
  subcategories: z.array(subcategorySchema).min(1, { error: 'needs at least 1 subcategory' }),
  /**
   * What the category's tools are compared on: 8 to 15 capabilities, in display order. A
   * subcategory with a job of its own declares its own model instead (see `subcategorySchema`).
   */
  capabilities: z
    .array(capabilitySchema)
    .max(15, { error: 'at most 15 capabilities per category' })
    .default([]),
  /** Subcategories that moved to other categories (their old anchors point on). */
  moved: z.array(movedSubcategorySchema).max(10).default([]),
  /** Common questions, answered by shortlists of this category's tools. */
  questions: z.array(questionSchema).max(4, { error: 'at most 4 questions per category' }).default([]),
});

export type MovedSubcategoryData = z.output<typeof movedSubcategorySchema>;
export type QuestionData = z.output<typeof questionSchema>;
export type CapabilityData = z.output<typeof capabilitySchema>;

export type CategoryData = z.output<typeof categorySchema>;
