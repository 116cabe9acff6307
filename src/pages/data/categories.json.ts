import type { APIRoute } from 'astro';
import { exportedCategories, jsonResponse } from '../../data/export.ts';

/**
 * What the compare page and the stack builder need of the whole directory, small at any size:
 * the categories with their capability models, and the redirects of renamed tools. Tools come one
 * file each (`/data/tools/<slug>.json`).
 */
export const GET: APIRoute = async () => jsonResponse(await exportedCategories());
