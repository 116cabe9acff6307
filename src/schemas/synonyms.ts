import { z } from 'astro/zod';

/** `content/search/synonyms.yaml`: groups of words that mean the same thing in a search. */
export const synonymsSchema = z.strictObject({
  groups: z
    .array(
      z
        .array(z.string().trim().toLowerCase().min(1).max(40), { error: 'expected a list of words' })
        .min(2, { error: 'a group needs at least 2 words' })
        .max(8),
    )
    .max(200)
    .default([]),
});

export type SynonymsData = z.output<typeof synonymsSchema>;
