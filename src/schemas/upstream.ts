import { z } from 'astro/zod';
import { httpsUrlSchema, slugIdSchema } from './common.ts';

/**
 * Facts collected by machines about a tool's source repository (`content/upstream/github.json`),
 * kept apart from the hand-written entries of `content/tools/`. Written by
 * `npm run refresh:upstream`; never edited by hand.
 *
 * One record per tool slug. A record is one of:
 * - `source: github-api`, `state: found`: what the GitHub API answered at `fetchedAt`;
 * - `source: github-api`, `state: missing`: the API answered "not found" at `fetchedAt` (since
 *   `missingSince`); the facts known before are kept in `lastKnown`, never deleted;
 * - `source: snapshot`: read by a person from a snapshot of the repository (`url`) on `readAt`,
 *   before the bot first ran. Stars are never guessed, so they are always `null` here.
 */

/** Version of the file's layout; bumped when a reader would misread an older file. */
export const UPSTREAM_FORMAT = 1;

/** ISO 8601 time with a zone, as the GitHub API writes it ("2026-11-30T06:17:00Z"). */
const timestampSchema = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time' });

/** A calendar day, `YYYY-MM-DD`, kept as text. */
const daySchema = z.iso.date({ error: 'expected a date written as YYYY-MM-DD' });

/** A day, or a month when only the month is known (`YYYY-MM`): no day is invented. */
const dayOrMonthSchema = z.union([daySchema, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)], {
  error: 'expected YYYY-MM-DD, or YYYY-MM when only the month is known',
});

/** `owner/name` as GitHub spells it. */
export const nameWithOwnerSchema = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/, { error: 'expected owner/name' });

/**
 * A git tag name: git refuses spaces, control characters, `~ ^ : ? * [ \` and `..` in ref names,
 * so anything else (a package version with a note, say) is not a tag of the repository.
 */
const tagSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((tag) => !/[\s~^:?*[\\\p{Cc}]|\.\.|@\{|^[-/.]|[/.]$|\.lock$/u.test(tag), {
    error: 'must be a git tag name (no spaces, no ~^:?*[\\, no "..")',
  });

export const githubFactsShape = {
  /** Canonical `owner/name`: differs from the tool's `repo` when the repository moved. */
  nameWithOwner: nameWithOwnerSchema,
  /** Canonical URL of the repository. */
  url: httpsUrlSchema,
  stars: z.int().nonnegative(),
  archived: z.boolean(),
  /** Last push to any branch or tag; null for an empty repository. */
  pushedAt: timestampSchema.nullable(),
  /** Date of the newest commit on the default branch; null for an empty repository. */
  lastCommitAt: timestampSchema.nullable(),
  defaultBranch: z.string().min(1).max(255).nullable(),
  /**
   * SPDX id of the license GitHub detected ("Apache-2.0"); `NOASSERTION` when it found a license
   * it could not identify; null when it found none.
   */
  licenseId: z.string().min(1).max(60).nullable(),
  /** The release GitHub marks as latest; null when there is none. */
  latestRelease: z
    .strictObject({
      tag: tagSchema,
      /** When it was published (null for a release GitHub has no date for). */
      date: timestampSchema.nullable(),
    })
    .nullable(),
} as const;

/** Facts the GitHub API gave at `fetchedAt`. */
export const foundRecordSchema = z.strictObject({
  source: z.literal('github-api'),
  state: z.literal('found'),
  /** The tool's `repo` URL these facts answer for. */
  repo: httpsUrlSchema,
  /** When the API answered. */
  fetchedAt: timestampSchema,
  ...githubFactsShape,
});

/** Facts read from a snapshot of the repository by a person, before the bot ran. */
export const snapshotRecordSchema = z.strictObject({
  source: z.literal('snapshot'),
  /** The tool's `repo` URL these facts answer for. */
  repo: httpsUrlSchema,
  /** The repository whose snapshot was read. */
  url: httpsUrlSchema,
  /** The day it was read. */
  readAt: daySchema,
  /** Not read from a snapshot, and never guessed. */
  stars: z.null(),
  /** Day of the newest commit on the default branch, when read. */
  lastCommit: daySchema.nullable(),
  latestRelease: z.strictObject({ tag: tagSchema, date: dayOrMonthSchema.nullable() }).nullable(),
});

/** The API answered "not found": a finding to look into, not a deletion. */
export const missingRecordSchema = z.strictObject({
  source: z.literal('github-api'),
  state: z.literal('missing'),
  repo: httpsUrlSchema,
  /** When the API last answered "not found". */
  fetchedAt: timestampSchema,
  /** When it first did. */
  missingSince: timestampSchema,
  /** What was known before it went missing (null when nothing was). */
  lastKnown: z.discriminatedUnion('source', [foundRecordSchema, snapshotRecordSchema]).nullable(),
});

export const upstreamRecordSchema = z.discriminatedUnion('source', [
  snapshotRecordSchema,
  z.discriminatedUnion('state', [foundRecordSchema, missingRecordSchema]),
]);

export const upstreamDataSchema = z.strictObject({
  format: z.literal(UPSTREAM_FORMAT, { error: `expected format ${UPSTREAM_FORMAT}` }),
  /** Records by tool slug (the file name in `content/tools/`), sorted by slug. */
  tools: z.record(slugIdSchema, upstreamRecordSchema),
});

export type FoundRecord = z.output<typeof foundRecordSchema>;
export type SnapshotRecord = z.output<typeof snapshotRecordSchema>;
export type MissingRecord = z.output<typeof missingRecordSchema>;
export type UpstreamRecord = z.output<typeof upstreamRecordSchema>;
export type UpstreamData = z.output<typeof upstreamDataSchema>;
export type GithubFacts = Omit<FoundRecord, 'source' | 'state' | 'repo' | 'fetchedAt'>;
