import { z } from 'astro/zod';
import { RESOURCE_KIND_VALUES } from '../vocabulary.ts';
import { difficultySchema, licenseSchema } from './badge.ts';
import { calendarDateSchema, httpsUrlSchema, plainText } from './common.ts';

/** A learning resource (course or book): `content/resources/<slug>.yaml`. */
export const resourceSchema = z.strictObject({
  /** Title of the course or book. */
  name: plainText(120),
  /** Where to find it. */
  url: httpsUrlSchema,
  /** One-line tagline. */
  description: plainText(160),
  /** What sort of resource it is. */
  kind: z.enum(RESOURCE_KIND_VALUES, { error: `expected one of: ${RESOURCE_KIND_VALUES.join(', ')}` }),
  /** Author or teacher. */
  author: plainText(120).optional(),
  /** Short bullets on what it covers. */
  features: z
    .array(plainText(80), { error: 'expected a list of short feature strings' })
    .min(1, { error: 'needs at least 1 feature' })
    .max(8, { error: 'allows at most 8 features' }),
  license: licenseSchema.optional(),
  difficulty: difficultySchema.optional(),
  /** Public pages the entry's facts come from (publisher page, repository, license file). */
  sources: z.array(httpsUrlSchema, { error: 'expected a list of https URLs' }).max(8).default([]),
  added: calendarDateSchema,
  reviewed: calendarDateSchema.optional(),
});

export type ResourceData = z.output<typeof resourceSchema>;
