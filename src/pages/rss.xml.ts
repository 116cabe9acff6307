import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { categoryOf, getDirectory, routes } from '../data/directory.ts';
import { newestFirst } from '../lib/entries.ts';

/** Newly added tools, newest first, from their `added` dates. */
export const GET: APIRoute = async ({ site }) => {
  const directory = await getDirectory();
  return rss({
    title: `${SITE.title}: new tools`,
    description: 'Tools newly added to the MLOps & Production Deployment Guide.',
    site: new URL(routes.home, site ?? SITE.url).href,
    items: newestFirst(directory.tools)
      .slice(0, 50)
      .map((tool) => ({
        title: tool.name,
        link: routes.tool(tool.slug),
        pubDate: tool.added,
        description: `${tool.description}. ${tool.features.join(' · ')}`,
        categories: [categoryOf(directory, tool).name],
      })),
  });
};
