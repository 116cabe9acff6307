import type { APIRoute } from 'astro';
import { exportedDirectory, jsonResponse } from '../data/export.ts';

export const GET: APIRoute = async () => jsonResponse(await exportedDirectory(), 2);
