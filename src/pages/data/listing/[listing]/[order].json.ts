import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory, listingData, type Category } from '../../../../data/directory.ts';
import { jsonResponse } from '../../../../data/export.ts';
import { SORT_VALUES, type SortOrder } from '../../../../lib/upstream-view.ts';

/** Every listing (all tools, each category) in every order its pages offer. */
export const getStaticPaths = (async () => {
  const directory = await getDirectory();
  const listings: ('all' | Category)[] = ['all', ...directory.categories];
  return listings.flatMap((listing) =>
    SORT_VALUES.map((order) => ({
      params: { listing: listing === 'all' ? 'all' : listing.id, order },
      props: { listing, order },
    })),
  );
}) satisfies GetStaticPaths;

/**
 * A listing's filter data (`src/lib/listing-index.ts`): the listing script fetches it when a
 * filter is set, and filters, counts and pages over the whole listing with it.
 */
export const GET: APIRoute<{ listing: 'all' | Category; order: SortOrder }> = async ({ props }) =>
  jsonResponse(listingData(await getDirectory(), props.listing, props.order));
