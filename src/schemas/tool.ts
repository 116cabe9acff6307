import { z } from 'astro/zod';
import { deploymentSchema, difficultySchema, licenseSchema, statusSchema } from './badge.ts';
import { calendarDateSchema, httpsUrlSchema, partialDateSchema, plainText, slugIdSchema } from './common.ts';
import { placementSchema } from './placement.ts';
import {
  activityNoteSchema,
  capabilitiesSchema,
  licenseChangeSchema,
  firstReleaseSchema,
  historySchema,
  languagesSchema,
  licensePartSchema,
  maintainerSchema,
  pricingSchema,
  quickstartSchema,
} from './tool-facts.ts';

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
  /**
   * Further categories this tool also serves (KServe is infrastructure and serving); it is listed
   * there too, while its page and breadcrumb stay under its primary category.
   */
  alsoIn: z
    .array(placementSchema, { error: 'expected a list of {category, subcategory}' })
    .max(4)
    .default([]),
  /** Short feature bullets, most important first. */
  features: z
    .array(plainText(80), { error: 'expected a list of short feature strings' })
    .min(1, { error: 'needs at least 1 feature' })
    .max(8, { error: 'allows at most 8 features' }),
  /**
   * License or pricing badge. `open-source` needs an OSI-approved `licenseId`; code under a
   * license that is not (BSL, Elastic, SSPL) is `source-available`. Leave out when unsure.
   */
  license: licenseSchema.optional(),
  /** SPDX id of the license of the main repository ("Apache-2.0", "BUSL-1.1"), from its LICENSE file. */
  licenseId: z.string({ error: 'expected an SPDX license id such as "Apache-2.0"' }).max(60).optional(),
  /** Earlier licenses and when each changed, newest first (see `licenseChangeSchema`). */
  licenseChanges: z
    .array(licenseChangeSchema, { error: 'expected a list of license changes' })
    .min(1)
    .max(6)
    .optional(),
  /** For open-core products: which part is open and which is paid. */
  openCore: plainText(200).optional(),
  /**
   * For open-core products whose parts carry different licenses (an Apache-2.0 SDK, an SSPL
   * server): the license of each part besides the one of `licenseId`. The license badge and the
   * comparison then say "open core" instead of the main repository's license alone.
   */
  licenseParts: z
    .array(licensePartSchema, { error: 'expected a list of {part, licenseId, source}' })
    .max(4)
    .optional(),
  /** Difficulty badge; leave out when unsure. */
  difficulty: difficultySchema.optional(),
  /** Self-hosted, managed or both; leave out when unsure. */
  deployment: deploymentSchema.optional(),
  /** Maintenance status; leave out when unsure. */
  status: statusSchema.optional(),
  /** When the status last changed (required for a status other than active). */
  statusDate: partialDateSchema.optional(),
  /** Why the status is what it is, in our words ("Upstream stopped maintaining it in 2025"). */
  statusNote: plainText(200).optional(),
  /**
   * A sourced reason why the status differs from what the repository's dates alone would make
   * it (the product is developed in a private repository): shown beside those dates.
   */
  activityNote: activityNoteSchema.optional(),
  /** Slugs of tools in the guide that replace this one (required when deprecated, archived, discontinued). */
  successors: z.array(slugIdSchema, { error: 'expected a list of tool slugs' }).max(6).default([]),
  /** Slugs of tools in the guide this one works with out of the box. */
  integrates: z.array(slugIdSchema, { error: 'expected a list of tool slugs' }).max(20).default([]),
  /** Other names people search for ("wandb", "k8s"). */
  aliases: z.array(plainText(40), { error: 'expected a list of names' }).max(8).default([]),
  /** Topic tags in kebab-case ("model-registry"). */
  tags: z.array(slugIdSchema, { error: 'expected a list of kebab-case tags' }).max(6).default([]),
  /** Who stands behind it now, and under what governance. */
  maintainer: maintainerSchema.optional(),
  /** How ownership and governance changed (acquisitions, foundation moves, renames), oldest first. */
  history: historySchema,
  /** The languages of its SDKs, and the ones it is written in. */
  languages: languagesSchema.optional(),
  /** The year of its first public release. */
  firstRelease: firstReleaseSchema.optional(),
  /** How to try it: one official command, or the official quick start. */
  quickstart: quickstartSchema.optional(),
  /** For managed and commercial products: how they are billed, and the official pricing page. */
  pricing: pricingSchema.optional(),
  /**
   * Its values for the capabilities its categories compare on (`content/categories/<id>.yaml`), by
   * capability id. Only what a source confirms; anything left out shows as "not recorded".
   */
  capabilities: capabilitiesSchema,
  /** Source repository, when the tool is open source. */
  repo: httpsUrlSchema.optional(),
  /** Documentation home, when separate from `url`. */
  docs: httpsUrlSchema.optional(),
  /**
   * Public pages the entry's facts come from (LICENSE file, notice, announcement, docs); required
   * when a license or a status other than active is claimed.
   */
  sources: z.array(httpsUrlSchema, { error: 'expected a list of https URLs' }).max(12).default([]),
  /** When the entry joined the guide. */
  added: calendarDateSchema,
  /** When a maintainer last checked the entry's facts. */
  reviewed: calendarDateSchema.optional(),
});

export type ToolData = z.output<typeof toolSchema>;
