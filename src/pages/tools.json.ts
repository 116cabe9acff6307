import type { APIRoute } from 'astro';
import { directoryText, jsonTextResponse } from '../data/export.ts';

export const GET: APIRoute = async () => jsonTextResponse(await directoryText());
