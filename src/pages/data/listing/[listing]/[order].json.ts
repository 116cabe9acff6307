import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory, listingData, type Category } from '../../../../data/directory.ts';
import { jsonResponse } from '../../../../data/export.ts';
import { listingDataRoutes } from '../../../../lib/listing-routes.ts';
import type { SortOrder } from '../../../../lib/upstream-view.ts';

/** Every listing (all tools, each category) in every order its pages offer. */
export const getStaticPaths = (async () => {
  const directory = await getDirectory();
  return listingDataRoutes(directory.categories, directory.orders);
}) satisfies GetStaticPaths;

/**
 * A listing's filter data (`src/lib/listing-index.ts`): the listing script fetches it when a
 * filter is set, and filters, counts and pages over the whole listing with it.
 */
export const GET: APIRoute<{ listing: 'all' | Category; order: SortOrder }> = async ({ props }) =>
  jsonResponse(listingData(await getDirectory(), props.listing, props.order));
