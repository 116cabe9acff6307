import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getDirectory, routes } from '../data/directory.ts';
import { directoryData } from '../lib/data-export.ts';

export const GET: APIRoute = async ({ site }) => {
  const [directory, redirects] = await Promise.all([getDirectory(), getCollection('redirects')]);
  const origin = site ?? new URL('http://localhost/');
  const data = directoryData(
    { ...directory, redirects: redirects.map((entry) => ({ ...entry.data, slug: entry.id })) },
    (kind, slug) => new URL(kind === 'tool' ? routes.tool(slug) : routes.resource(slug), origin).href,
    new URL(routes.home, origin).href,
  );
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
