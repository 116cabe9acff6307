import { z } from 'astro/zod';
import { httpsUrlSchema, slugIdSchema } from './common.ts';

/**
 * Who governs a tool, as the foundations themselves record it: the entries of the CNCF and
 * LF AI & Data landscapes (`landscape.yml` of cncf/landscape and lfai/lfai-landscape) whose
 * repository is a tool's `repo`, collected into `content/upstream/landscapes.json` by
 * `npm run refresh:landscapes`. Machine-collected, never edited by hand; every record names
 * the file, the commit and the line it was read from.
 */

/** Version of the file's layout; bumped when a reader would misread an older file. */
export const GOVERNANCE_FORMAT = 1;

/** The landscapes read, by id. */
export const LANDSCAPE_IDS = ['cncf', 'lfai'] as const;
export type LandscapeId = (typeof LANDSCAPE_IDS)[number];

/** A foundation's maturity levels, as its landscape writes them in `project`. */
export const LANDSCAPE_MATURITIES = ['sandbox', 'incubating', 'graduated', 'archived'] as const;
export type LandscapeMaturity = (typeof LANDSCAPE_MATURITIES)[number];

const daySchema = z.iso.date({ error: 'expected a date written as YYYY-MM-DD' });
const timestampSchema = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time' });

/** One landscape entry a tool's repository matched. */
export const landscapeRecordSchema = z.strictObject({
  landscape: z.enum(LANDSCAPE_IDS),
  /** The tool's `repo` URL that matched the entry's repository. */
  repo: httpsUrlSchema,
  /** The foundation, as our entries name it ("CNCF", "LF AI & Data"). */
  foundation: z.string().min(1).max(60),
  /** The entry's name in the landscape. */
  name: z.string().min(1).max(200),
  /**
   * Its `project` level; null for an entry that is listed in the landscape without being a
   * project of the foundation (most are).
   */
  maturity: z.enum(LANDSCAPE_MATURITIES).nullable(),
  /** The days its `extra` block records for each step (accepted, incubating, graduated, archived). */
  dates: z.strictObject({
    accepted: daySchema.optional(),
    incubating: daySchema.optional(),
    graduated: daySchema.optional(),
    archived: daySchema.optional(),
  }),
  /** The line of `landscape.yml` where the entry starts. */
  line: z.int().positive(),
  /** That line at that commit: the source a proposal cites. */
  source: httpsUrlSchema,
});

/** What was read from one landscape, and when. */
export const landscapeReadSchema = z.strictObject({
  /** `owner/name` of the landscape's repository. */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  path: z.string().min(1),
  /** The commit the file was read at. */
  commit: z.string().regex(/^[0-9a-f]{40}$/, { error: 'expected a 40-hex commit' }),
  readAt: timestampSchema,
  /** Entries the file had. */
  items: z.int().nonnegative(),
});

export const governanceDataSchema = z.strictObject({
  format: z.literal(GOVERNANCE_FORMAT, { error: `expected format ${GOVERNANCE_FORMAT}` }),
  landscapes: z.partialRecord(z.enum(LANDSCAPE_IDS), landscapeReadSchema),
  /** Matched landscape entries by tool slug, sorted by slug; tools no landscape lists are left out. */
  tools: z.record(slugIdSchema, z.array(landscapeRecordSchema).min(1)),
});

export type LandscapeRecord = z.output<typeof landscapeRecordSchema>;
export type LandscapeRead = z.output<typeof landscapeReadSchema>;
export type GovernanceData = z.output<typeof governanceDataSchema>;
