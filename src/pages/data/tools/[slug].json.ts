import type { APIRoute, GetStaticPaths } from 'astro';
import { exportedDirectory, jsonResponse } from '../../../data/export.ts';
import type { DirectoryData } from '../../../lib/data-export.ts';

type ToolRecord = DirectoryData['tools'][number];

export const getStaticPaths = (async () => {
  const data = await exportedDirectory();
  const names = new Map(data.tools.map((tool) => [tool.slug, tool.name]));
  return data.tools.map((tool) => ({
    params: { slug: tool.slug },
    props: {
      tool,
      // The names its record refers to, so a page that loads only this file can show them.
      names: Object.fromEntries(
        [...tool.successors, ...tool.integrates].flatMap((slug) => {
          const name = names.get(slug);
          return name ? [[slug, name]] : [];
        }),
      ),
    },
  }));
}) satisfies GetStaticPaths;

/** One tool's record, the same as in `/tools.json`, with the names of the tools it refers to. */
export const GET: APIRoute<{ tool: ToolRecord; names: Record<string, string> }> = ({ props }) =>
  jsonResponse({ tool: props.tool, names: props.names });
