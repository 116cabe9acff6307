import { z } from 'astro/zod';
import {
  CAPABILITY_SUPPORT_VALUES,
  LANGUAGE_VALUES,
  LICENSE_PART_VALUES,
  MAINTAINER_KIND_VALUES,
  OWNERSHIP_EVENT_VALUES,
  PRICING_MODEL_VALUES,
} from '../vocabulary.ts';
import { licenseSchema } from './badge.ts';
import { httpsUrlSchema, partialDateSchema, plainText, slugIdSchema } from './common.ts';

/**
 * The facts a practitioner checks before choosing a tool: who stands behind it, what it speaks,
 * how old it is, how to try it and how it is billed. Each is backed by the tool's `sources` or by
 * its own `source` (the quick start by its official page); a fact that cannot be confirmed is
 * left out, never guessed.
 */

const languageSchema = z.enum(LANGUAGE_VALUES, { error: `expected one of: ${LANGUAGE_VALUES.join(', ')}` });

/** First year a tool could exist, and the last one a fact can name. */
const yearSchema = z
  .int({ error: 'expected a year such as 2019' })
  .min(1990, { error: 'expected a year from 1990' })
  .max(2100, { error: 'expected a year such as 2019' });

export const maintainerSchema = z.strictObject({
  /** The organisation or community behind it ("Databricks", "Apache Software Foundation"). */
  name: plainText(80),
  kind: z.enum(MAINTAINER_KIND_VALUES, { error: `expected one of: ${MAINTAINER_KIND_VALUES.join(', ')}` }),
  /** For foundation projects: the foundation ("CNCF", "LF AI & Data"). */
  foundation: plainText(60).optional(),
  /** Its maturity level there ("graduated", "incubating", "sandbox", "top-level"). */
  maturity: plainText(30).optional(),
  /** Year it joined the foundation. */
  joined: yearSchema.optional(),
  /** The page that says so, when it is not already one of the tool's `sources`. */
  source: httpsUrlSchema.optional(),
});

export const languagesSchema = z.strictObject({
  /** Languages of its SDKs and clients, the ones a user writes code in, most used first. */
  sdk: z.array(languageSchema).max(10).default([]),
  /** Languages it is written in. */
  implementation: z.array(languageSchema).max(3).default([]),
  source: httpsUrlSchema.optional(),
});

export const firstReleaseSchema = z.strictObject({
  year: yearSchema,
  source: httpsUrlSchema.optional(),
});

/**
 * The shortest official way to try it: one command exactly as its docs give it, or, where no
 * single command exists (a hosted service, a cluster install), only the official quick start.
 */
export const quickstartSchema = z.strictObject({
  /** One line: `pip install mlflow`, `helm install …`, `docker run …`. */
  command: z
    .string({ error: 'expected one command line' })
    .trim()
    .min(1)
    .max(300, { error: 'must be at most 300 characters' })
    .refine((command) => !command.includes('\n'), { error: 'must be a single line' })
    .optional(),
  /** The official page the command comes from (or that walks through a first run). */
  url: httpsUrlSchema,
  /** Why there is no single command, or what it needs first, in our words. */
  note: plainText(140).optional(),
});

export const pricingSchema = z
  .strictObject({
    /** How it is billed; no prices (they go stale). */
    models: z
      .array(z.enum(PRICING_MODEL_VALUES, { error: `expected one of: ${PRICING_MODEL_VALUES.join(', ')}` }))
      .min(1, { error: 'needs at least 1 pricing model' })
      .max(4),
    /** The official pricing page. */
    url: httpsUrlSchema.optional(),
    /** Where the billing model is described, when there is no pricing page to link. */
    source: httpsUrlSchema.optional(),
  })
  .refine((pricing) => pricing.url ?? pricing.source, {
    error: 'needs the official pricing page (url) or the page describing the billing (source)',
  });

/** A tool's value for one capability of its categories' models, with the page that shows it. */
export const capabilityValueSchema = z.strictObject({
  value: z.enum(CAPABILITY_SUPPORT_VALUES, {
    error: `expected one of: ${CAPABILITY_SUPPORT_VALUES.join(', ')} (quoted: 'yes')`,
  }),
  /** What limits it, in our words ("via KEDA", "Enterprise plan only"). */
  note: plainText(100).optional(),
  source: httpsUrlSchema,
});

/** Capability id → value; a capability left out is "not recorded", never "no". */
export const capabilitiesSchema = z
  .record(slugIdSchema, capabilityValueSchema, { error: 'expected capability ids with their values' })
  .default({});

/**
 * One change of who owns or governs a tool, as the announcement, the foundation or the
 * repository says it: acquired by a company, joined a foundation, renamed, spun out. The
 * entry's `maintainer` is who stands behind it now; `history` is how it got there, oldest first.
 */
export const ownershipEventSchema = z.strictObject({
  event: z.enum(OWNERSHIP_EVENT_VALUES, { error: `expected one of: ${OWNERSHIP_EVENT_VALUES.join(', ')}` }),
  /**
   * The other party: the buyer (acquired), the foundation (joined-foundation), the former name
   * (renamed) or the organisation it left (spun-out).
   */
  party: plainText(80),
  /**
   * When it happened: `2025-03-04`, or `"2025-03"` when only the month is known; left out when
   * the source says that it happened but not when.
   */
  date: partialDateSchema.optional(),
  /** The announcement, press release or foundation page that says so. */
  source: httpsUrlSchema,
});

/** Ownership events, oldest first; optional, so code that builds a tool by hand need not name it. */
export const historySchema = z
  .array(ownershipEventSchema, { error: 'expected a list of {event, party, date (when known), source}' })
  .max(10)
  .optional();

/**
 * Why the status differs from what the upstream dates alone suggest (development moved to a
 * private repository; releases come from another repository), with the page that shows it.
 */
export const activityNoteSchema = z.strictObject({
  /** One line, in our words. */
  note: plainText(200),
  source: httpsUrlSchema,
});

/**
 * For open-core products whose parts carry different licenses: each part's license, from its
 * own LICENSE file or terms. `licenseId` is an SPDX id, or left out for a closed, proprietary part.
 */
export const licensePartSchema = z.strictObject({
  part: z.enum(LICENSE_PART_VALUES, { error: `expected one of: ${LICENSE_PART_VALUES.join(', ')}` }),
  licenseId: z.string({ error: 'expected an SPDX license id such as "SSPL-1.0"' }).max(60).optional(),
  source: httpsUrlSchema,
});

/**
 * A change of license the guide records, so the feed and the tool page can say when it
 * happened: the license the tool had before, and the day (or month) the current one (`license`,
 * `licenseId`) took effect, with the page that announces it. Newest first.
 */
export const licenseChangeSchema = z.strictObject({
  /** When the new license took effect: `2024-01-22`, or `"2024-01"` when only the month is known. */
  date: partialDateSchema,
  /** The license badge before the change (`open-source`). */
  from: licenseSchema,
  /** The SPDX id before the change (`Apache-2.0`), when there was one. */
  fromId: z.string({ error: 'expected an SPDX license id such as "Apache-2.0"' }).max(60).optional(),
  /** The announcement or notice of the change. */
  source: httpsUrlSchema,
});
