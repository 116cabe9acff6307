import rss, { type RSSOptions } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { changeHref, directoryChanges, routes } from '../data/directory.ts';
import { foldAdditions, type ChangeKind, type DirectoryChange } from '../lib/changes.ts';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** How many changes the feed carries: enough for a reader who checks monthly. */
export const FEED_ITEMS = 50;

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

/** A change's date as a point in time: a month known only as such stands for its first day. */
const pointInTime = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);

/**
 * When the feed's content last changed: its newest change. It comes from the content, not the
 * clock, so building the same content twice gives the same feed.
 */
export function lastChanged(changes: readonly DirectoryChange[]): Date | undefined {
  const newest = changes.reduce<string | undefined>(
    (latest, change) => (!latest || change.date > latest ? change.date : latest),
    undefined,
  );
  return newest ? pointInTime(newest) : undefined;
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

/** The item category of each kind of change, for readers that filter by it. */
const KIND_LABEL: Readonly<Record<ChangeKind, string>> = {
  added: 'Added',
  batch: 'Added',
  status: 'Status change',
  license: 'License change',
  renamed: 'Renamed',
  removed: 'Removed',
};

/**
 * The whole feed: what changed in the directory, newest first, with the date each change
 * happened (`changeHistory`), a day of many additions folded into one item.
 */
export function feedOptions(
  changes: readonly DirectoryChange[],
  options: {
    /** Absolute URL of the site's home page. */
    readonly site: string;
    /** Absolute URL of the feed itself. */
    readonly feedUrl: string;
    /** Path (or URL) of the page a change links to. */
    readonly link: (change: DirectoryChange) => string;
  },
): RSSOptions {
  const items = foldAdditions(changes).slice(0, FEED_ITEMS);
  return {
    title: `${SITE.title}: what changed`,
    description:
      'Tools added to the MLOps & Production Deployment Guide, and tools whose status, license or name changed.',
    site: options.site,
    // Links come from `routes` (pages end in a slash); a slash after a `#change` fragment breaks it.
    trailingSlash: false,
    xmlns: { atom: ATOM_NAMESPACE },
    customData: channelData(options.feedUrl, lastChanged(changes)),
    items: items.map((change) => ({
      title: change.title,
      // Each change its own address (readers tell items apart by it): the page, marked with what changed.
      link:
        change.kind === 'added'
          ? options.link(change)
          : `${options.link(change)}#${change.kind}-${change.date}`,
      pubDate: pointInTime(change.date),
      description: change.detail,
      categories: [KIND_LABEL[change.kind]],
    })),
  };
}

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? SITE.url;
  return rss(
    feedOptions(await directoryChanges(), {
      site: new URL(routes.home, origin).href,
      feedUrl: new URL(routes.asset('rss.xml'), origin).href,
      link: changeHref,
    }),
  );
};
