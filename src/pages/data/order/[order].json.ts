import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory, sortedListingOf } from '../../../data/directory.ts';
import { jsonResponse } from '../../../data/export.ts';
import type { ToolOrder } from '../../../lib/search-order.ts';
import { sortedOrders, type SortOrder } from '../../../lib/upstream-view.ts';

export const getStaticPaths = (async () =>
  sortedOrders((await getDirectory()).orders).map((order) => ({
    params: { order },
    props: { order },
  }))) satisfies GetStaticPaths;

/**
 * Every tool, by slug, in one of the orders search offers besides relevance: the same order as
 * `/tools/sorted/<order>/`.
 * The search index turns it into page ids for sorted search (`src/lib/search-order.ts`).
 */
export const GET: APIRoute<{ order: SortOrder }> = async ({ props }) => {
  const { order } = props;
  const tools = sortedListingOf(await getDirectory(), 'all', order).map((tool) => tool.slug);
  return jsonResponse({ order, tools } satisfies ToolOrder);
};
