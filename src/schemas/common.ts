import { z } from 'astro/zod';

/** Kebab-case identifier: lowercase letters and digits separated by single hyphens. */
export const slugIdSchema = z
  .string({ error: 'expected a kebab-case id such as "model-serving"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be a kebab-case id (lowercase letters, digits and single hyphens)',
  });

/**
 * An absolute https URL. `z.string().url()` would also accept `javascript:`, `data:` and
 * `http:` URLs, so the protocol is pinned and the host must be a real domain name.
 */
export const httpsUrlSchema = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'must be an absolute https:// URL with a domain name',
});

const HTML_TAG = /<\s*[a-z!/?]/i;
const SCRIPT_URL = /\b(?:javascript|vbscript)\s*:|\bdata:[a-z]+\/[a-z0-9.+-]+/i;
const MODULE_STATEMENT = /^\s*(?:import|export)\s/;

/**
 * Single-line plain text. Contributed text is data, never markup: anything that looks like an
 * HTML tag is refused even though every template escapes it.
 */
export function plainText(maxLength: number) {
  return z
    .string({ error: 'expected text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(maxLength, { error: `must be at most ${maxLength} characters` })
    .refine((text) => !HTML_TAG.test(text), { error: 'must be plain text (HTML tags are not allowed)' })
    .refine((text) => !SCRIPT_URL.test(text), {
      error: 'must not contain javascript:, vbscript: or data: URLs (links belong in the url fields)',
    })
    .refine((text) => !MODULE_STATEMENT.test(text), {
      error: 'must be plain text (import/export statements are not allowed)',
    })
    .refine((text) => !/[\r\n]/.test(text), { error: 'must be a single line' });
}

/** A calendar date written as YAML `YYYY-MM-DD` (unquoted, so YAML reads it as a date). */
export const calendarDateSchema = z.date({ error: 'expected a date written as YYYY-MM-DD (unquoted)' });

/**
 * A date that may be known to the month only: YAML `2025-02-28` (a date) or `"2025-02"`. Read as
 * the text it stands for ("2025-02-28" or "2025-02"), so no day is invented.
 */
export const partialDateSchema = z.union(
  [
    calendarDateSchema.transform((date) => date.toISOString().slice(0, 10)),
    z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  ],
  { error: 'expected a date written as YYYY-MM-DD, or "YYYY-MM" (quoted) when only the month is known' },
);
