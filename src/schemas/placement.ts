import { z } from 'astro/zod';
import { slugIdSchema } from './common.ts';

/** A category and subcategory an entry is listed in. */
export const placementSchema = z.strictObject({
  /** Id of the category (a file in `content/categories/`). */
  category: slugIdSchema,
  /** Id of a subcategory declared by that category. */
  subcategory: slugIdSchema,
});

export type Placement = z.output<typeof placementSchema>;
