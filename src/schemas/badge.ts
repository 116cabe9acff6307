import { z } from 'astro/zod';
import { DEPLOYMENT_VALUES, DIFFICULTY_VALUES, LICENSE_VALUES, STATUS_VALUES } from '../vocabulary.ts';

/** License or pricing model of an entry; unset means the guide has not rated it. */
export const licenseSchema = z.enum(LICENSE_VALUES, {
  error: `expected one of: ${LICENSE_VALUES.join(', ')}`,
});

/** How much experience an entry asks of its user; unset means not rated. */
export const difficultySchema = z.enum(DIFFICULTY_VALUES, {
  error: `expected one of: ${DIFFICULTY_VALUES.join(', ')}`,
});

/** Where the tool runs; unset means unknown. */
export const deploymentSchema = z.enum(DEPLOYMENT_VALUES, {
  error: `expected one of: ${DEPLOYMENT_VALUES.join(', ')}`,
});

/** Whether the project is maintained; unset means unknown. */
export const statusSchema = z.enum(STATUS_VALUES, {
  error: `expected one of: ${STATUS_VALUES.join(', ')}`,
});
