import { z } from 'astro/zod';
import { plainText } from './common.ts';

/** Front matter of an editorial page: `content/guides/<slug>.mdx`. */
export const guideSchema = z.strictObject({
  /** Page title. */
  title: plainText(100),
  /** Meta description and summary on the guides index. */
  description: plainText(160),
  /** Position in the guides list, starting at 1. */
  order: z.int({ error: 'expected a whole number' }).positive({ error: 'must be 1 or more' }),
});

export type GuideData = z.output<typeof guideSchema>;
