import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE } from '../config.ts';
import { getDirectory } from '../data/directory.ts';
import { exportMarkdown } from '../lib/export-markdown.ts';

/**
 * `/guide.md`: the whole directory as one Markdown list, generated with every build (never kept
 * in the repository, so a content pull request changes only its entry files).
 */
export const GET: APIRoute = async () => {
  const [directory, redirects] = await Promise.all([getDirectory(), getCollection('redirects')]);
  const entry = <T extends { readonly slug: string }>(data: T) => ({ id: data.slug, path: '', data });
  const site: unknown = import.meta.env.SITE;
  const markdown = exportMarkdown(
    {
      categories: directory.categories.map((category) => ({ id: category.id, path: '', data: category })),
      tools: directory.tools.map(entry),
      resources: directory.resources.map(entry),
      guides: directory.guides.map(entry),
      redirects: redirects.map((redirect) => ({ id: redirect.id, path: '', data: redirect.data })),
    },
    {
      upstream: directory.upstream,
      title: SITE.title,
      description: SITE.description,
      siteUrl: typeof site === 'string' && site ? site : SITE.url,
    },
  );
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
