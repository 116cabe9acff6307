import { z } from 'astro/zod';
import { calendarDateSchema, httpsUrlSchema, plainText, slugIdSchema } from './common.ts';

/**
 * A tool that left the guide or changed its slug: `content/redirects/<old-slug>.yaml`. Its old
 * URLs keep working: a renamed or merged tool redirects to `to`; a removed one gets a page that
 * says why and what to use instead.
 */
export const redirectSchema = z.strictObject({
  /** The old name, as it was shown. */
  name: plainText(80),
  /** Slug of the tool that replaces this address (rename or merge); leave out when removed. */
  to: slugIdSchema.optional(),
  /** Why the entry changed, in our words ("Merged into MLflow: the registry ships with it"). */
  reason: plainText(240),
  /** For a removed entry: tools of the guide to use instead. */
  instead: z.array(slugIdSchema, { error: 'expected a list of tool slugs' }).max(6).default([]),
  /** When it changed. */
  date: calendarDateSchema,
  /** Public pages that show why (for a removal: that the tool is gone or never existed). */
  sources: z.array(httpsUrlSchema, { error: 'expected a list of https URLs' }).max(8).default([]),
});

export type RedirectData = z.output<typeof redirectSchema>;
