import { getCollection } from 'astro:content';
import { directoryData, directoryJsonParts, type ExportableDirectory } from '../lib/data-export.ts';
import { getDirectory, routes } from './directory.ts';

/** The directory as the export reads it, the address of each page, and the site's. */
async function exportable(): Promise<
  [ExportableDirectory, (kind: 'tool' | 'resource', slug: string) => string, string]
> {
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

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

/**
 * `/tools.json`, indented by two spaces, as a stream: each part is made and encoded when Astro
 * reads it, so the build holds the document's bytes, not its records and strings too.
 */
export async function directoryResponse(): Promise<Response> {
  const [directory, pageUrl, site] = await exportable();
  const parts = directoryJsonParts(directory, pageUrl, site, 2);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts.next();
      if (part.done) {
        controller.enqueue(encoder.encode('\n'));
        controller.close();
      } else {
        controller.enqueue(encoder.encode(part.value));
      }
    },
  });
  return new Response(body, { headers: JSON_HEADERS });
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
  new Response(`${JSON.stringify(data, null, indent)}\n`, { headers: JSON_HEADERS });
