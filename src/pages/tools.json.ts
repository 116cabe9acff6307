import type { APIRoute } from 'astro';
import { directoryResponse } from '../data/export.ts';

export const GET: APIRoute = () => directoryResponse();
