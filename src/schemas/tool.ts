import { z } from 'astro/zod';
import { deploymentSchema, difficultySchema, licenseSchema, statusSchema } from './badge.ts';
import { calendarDateSchema, httpsUrlSchema, plainText, slugIdSchema } from './common.ts';

/** One tool of the directory: `content/tools/<slug>.yaml`, where slug is the kebab-case name. */
export const toolSchema = z.strictObject({
  /** Display name, as the project spells it ("Weights & Biases"). */
  name: plainText(80),
  /** The project's home page. */
  url: httpsUrlSchema,
  /** One-line tagline shown under the name and as the meta description. */
  description: plainText(160),
  /** Id of the category (a file in `content/categories/`). */
  category: slugIdSchema,
  /** Id of a subcategory declared by that category. */
  subcategory: slugIdSchema,
  /** Short feature bullets, most important first. */
  features: z
    .array(plainText(80), { error: 'expected a list of short feature strings' })
    .min(1, { error: 'needs at least 1 feature' })
    .max(8, { error: 'allows at most 8 features' }),
  /** License or pricing badge; leave out when unsure. */
  license: licenseSchema.optional(),
  /** Difficulty badge; leave out when unsure. */
  difficulty: difficultySchema.optional(),
  /** Self-hosted, managed or both; leave out when unsure. */
  deployment: deploymentSchema.optional(),
  /** Maintenance status; leave out when unsure. */
  status: statusSchema.optional(),
  /** Why the status is what it is, with a date ("Limited maintenance announced in 2025"). */
  statusNote: plainText(200).optional(),
  /** Slugs of tools in the guide that replace this one (for maintenance or archived tools). */
  successors: z.array(slugIdSchema, { error: 'expected a list of tool slugs' }).max(6).default([]),
  /** Slugs of tools in the guide this one works with out of the box. */
  integrates: z.array(slugIdSchema, { error: 'expected a list of tool slugs' }).max(20).default([]),
  /** Other names people search for ("wandb", "k8s"). */
  aliases: z.array(plainText(40), { error: 'expected a list of names' }).max(8).default([]),
  /** Topic tags in kebab-case ("model-registry"). */
  tags: z.array(slugIdSchema, { error: 'expected a list of kebab-case tags' }).max(6).default([]),
  /** Source repository, when the tool is open source. */
  repo: httpsUrlSchema.optional(),
  /** Documentation home, when separate from `url`. */
  docs: httpsUrlSchema.optional(),
  /** When the entry joined the guide. */
  added: calendarDateSchema,
  /** When a maintainer last checked the entry's facts. */
  reviewed: calendarDateSchema.optional(),
});

export type ToolData = z.output<typeof toolSchema>;
