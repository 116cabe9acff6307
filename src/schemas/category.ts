import { z } from 'astro/zod';
import { plainText, slugIdSchema } from './common.ts';

/** A subsection of a category (the guide's `###` headings). */
export const subcategorySchema = z.strictObject({
  /** Kebab-case id, unique within its category. */
  id: slugIdSchema,
  /** Heading shown on the category page. */
  name: plainText(80),
  /** The question this subsection answers, one line ("Which server puts my model behind an API?"). */
  description: plainText(200).optional(),
  /** Ids this subsection had before, so old `#anchor` links still land on it. */
  formerIds: z.array(slugIdSchema, { error: 'expected a list of kebab-case ids' }).max(6).default([]),
});

/** One of the guide's sections: `content/categories/<id>.yaml`. */
export const categorySchema = z.strictObject({
  /** Section title. */
  name: plainText(80),
  /** Position in navigation and on the home page, starting at 1. */
  order: z.int({ error: 'expected a whole number' }).positive({ error: 'must be 1 or more' }),
  /** Our own short introduction to the section. */
  intro: plainText(320),
  /** Subsections in display order. */
  subcategories: z.array(subcategorySchema).min(1, { error: 'needs at least 1 subcategory' }),
});

export type CategoryData = z.output<typeof categorySchema>;
