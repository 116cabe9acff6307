import { z } from 'astro/zod';
import { DIFFICULTY_VALUES, LICENSE_VALUES } from '../vocabulary.ts';

/** License or pricing model of an entry; unset means the guide has not rated it. */
export const licenseSchema = z.enum(LICENSE_VALUES, {
  error: `expected one of: ${LICENSE_VALUES.join(', ')}`,
});

/** How much experience an entry asks of its user; unset means not rated. */
export const difficultySchema = z.enum(DIFFICULTY_VALUES, {
  error: `expected one of: ${DIFFICULTY_VALUES.join(', ')}`,
});
