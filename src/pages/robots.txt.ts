import type { APIRoute } from 'astro';
import { routes } from '../data/directory.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(routes.asset('sitemap-index.xml'), site ?? 'http://localhost/');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
