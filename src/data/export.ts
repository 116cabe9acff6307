import { getCollection } from 'astro:content';
import { directoryData, type DirectoryData } from '../lib/data-export.ts';
import { getDirectory, routes } from './directory.ts';

let cached: Promise<DirectoryData> | undefined;

/**
 * The directory as data (the shape of `/tools.json`), computed once per build: `/tools.json`
 * and the per-tool files the compare page and stack builder load read the same records.
 */
export function exportedDirectory(): Promise<DirectoryData> {
  cached ??= (async () => {
    const [directory, redirects] = await Promise.all([getDirectory(), getCollection('redirects')]);
    const site: unknown = import.meta.env.SITE;
    const origin = new URL(typeof site === 'string' && site ? site : 'http://localhost/');
    return directoryData(
      { ...directory, redirects: redirects.map((entry) => ({ ...entry.data, slug: entry.id })) },
      (kind, slug) => new URL(kind === 'tool' ? routes.tool(slug) : routes.resource(slug), origin).href,
      new URL(routes.home, origin).href,
    );
  })();
  return cached;
}

export const jsonResponse = (data: unknown, indent?: number) =>
  new Response(`${JSON.stringify(data, null, indent)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
