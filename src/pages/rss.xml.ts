import rss, { type RSSOptions } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { categoryOf, getDirectory, routes } from '../data/directory.ts';
import { newestFirst } from '../lib/entries.ts';
import { facetLabel } from '../vocabulary.ts';
import type { ToolData } from '../schemas/tool.ts';

/** The part of a tool the feed reads. */
export type FeedTool = Readonly<
  Pick<
    ToolData,
    | 'name'
    | 'description'
    | 'features'
    | 'added'
    | 'reviewed'
    | 'license'
    | 'licenseId'
    | 'status'
    | 'statusDate'
  >
> & {
  readonly slug: string;
};

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text as an XML attribute value. Named entities only: @astrojs/rss re-parses `customData` and
 * decodes these before writing the feed, where it escapes again (a numeric one would be escaped twice).
 */
const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => XML_ENTITIES[character] ?? character);

/** Text ending in a full stop (descriptions are written with or without one). */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * When the feed's content last changed: the newest `added` or `reviewed` date of its tools. It
 * comes from the content, not the clock, so building the same content twice gives the same feed.
 */
export function lastChanged(tools: readonly FeedTool[]): Date | undefined {
  let newest: Date | undefined;
  for (const tool of tools) {
    for (const date of [tool.added, tool.reviewed]) {
      if (date && (!newest || date.getTime() > newest.getTime())) newest = date;
    }
  }
  return newest;
}

/**
 * Channel elements @astrojs/rss does not write itself: the feed's own address (`atom:link
 * rel="self"`, which feed validators ask for), its language and `lastBuildDate`.
 */
export function channelData(feedUrl: string, lastBuildDate: Date | undefined): string {
  return [
    `<atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    '<language>en</language>',
    ...(lastBuildDate ? [`<lastBuildDate>${lastBuildDate.toUTCString()}</lastBuildDate>`] : []),
  ].join('');
}

/** Licence (with its SPDX id) and, for a tool that is not active, its status and since when. */
function facts(tool: FeedTool): string {
  const licence = `Licence: ${facetLabel('license', tool.license)}${tool.licenseId ? ` (${tool.licenseId})` : ''}.`;
  if (!tool.status || tool.status === 'active') return licence;
  return `${licence} Status: ${facetLabel('status', tool.status)}${tool.statusDate ? ` since ${tool.statusDate}` : ''}.`;
}

/** The whole feed: newly added tools, newest first, from their `added` dates. */
export function feedOptions<T extends FeedTool>(
  tools: readonly T[],
  options: {
    /** Absolute URL of the site's home page. */
    readonly site: string;
    /** Absolute URL of the feed itself. */
    readonly feedUrl: string;
    /** Path (or URL) of a tool's page. */
    readonly toolLink: (slug: string) => string;
    /** Name of the section a tool is filed under. */
    readonly categoryName: (tool: T) => string;
  },
): RSSOptions {
  return {
    title: `${SITE.title}: new tools`,
    description: 'Tools newly added to the MLOps & Production Deployment Guide.',
    site: options.site,
    xmlns: { atom: ATOM_NAMESPACE },
    customData: channelData(options.feedUrl, lastChanged(tools)),
    items: newestFirst(tools)
      .slice(0, 50)
      .map((tool) => ({
        title: tool.name,
        link: options.toolLink(tool.slug),
        pubDate: tool.added,
        description: `${sentence(tool.description)} ${tool.features.join(' · ')}. ${facts(tool)}`,
        categories: [
          options.categoryName(tool),
          facetLabel('license', tool.license),
          ...(tool.status && tool.status !== 'active' ? [facetLabel('status', tool.status)] : []),
        ],
      })),
  };
}

export const GET: APIRoute = async ({ site }) => {
  const directory = await getDirectory();
  const origin = site ?? SITE.url;
  return rss(
    feedOptions(directory.tools, {
      site: new URL(routes.home, origin).href,
      feedUrl: new URL(routes.asset('rss.xml'), origin).href,
      toolLink: routes.tool,
      categoryName: (tool) => categoryOf(directory, tool).name,
    }),
  );
};
