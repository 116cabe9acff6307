import { getCollection } from 'astro:content';
import { directoryData, directoryJson, type ExportableDirectory } from '../lib/data-export.ts';
import { getDirectory, routes } from './directory.ts';

/** The directory as the export reads it, the address of each page, and the site's. */
async function exportable(): Promise<Parameters<typeof directoryJson>> {
  const [directory, redirects] = await Promise.all([getDirectory(), getCollection('redirects')]);
  const site: unknown = import.meta.env.SITE;
  const origin = new URL(typeof site === 'string' && site ? site : 'http://localhost/');
  const data: ExportableDirectory = {
    ...directory,
    redirects: redirects.map((entry) => ({ ...entry.data, slug: entry.id })),
  };
  return [
    data,
    (kind, slug) => new URL(kind === 'tool' ? routes.tool(slug) : routes.resource(slug), origin).href,
    new URL(routes.home, origin).href,
  ];
}

/** The text of `/tools.json`, indented by two spaces. */
export async function directoryText(): Promise<string> {
  const [directory, pageUrl, site] = await exportable();
  return directoryJson(directory, pageUrl, site, 2);
}

/** What `/data/categories.json` holds of the export: its version, categories and redirects. */
export async function exportedCategories() {
  const [directory, pageUrl, site] = await exportable();
  const { version, categories, redirects } = directoryData(
    { ...directory, tools: [], resources: [] },
    pageUrl,
    site,
  );
  return { version, categories, redirects };
}

export const jsonResponse = (data: unknown, indent?: number) =>
  jsonTextResponse(JSON.stringify(data, null, indent));

/** A JSON document already written as text, ended with a newline as every data file is. */
export const jsonTextResponse = (text: string) =>
  new Response(`${text}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
