import { SEARCH_ORDER_DIR } from './search-order.ts';

/**
 * Every internal URL of the site, built in one place so the public URL layout and the base
 * path (for hosting under a sub-path) are applied consistently.
 */
export function createRoutes(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path.replace(/^\/+/, '')}`;
  return {
    home: at(''),
    categories: at('categories/'),
    category: (id: string) => at(`categories/${id}/`),
    question: (category: string, question: string) => at(`categories/${category}/for/${question}/`),
    tools: at('tools/'),
    tool: (slug: string) => at(`tools/${slug}/`),
    removed: (slug: string) => at(`removed/${slug}/`),
    resources: at('resources/'),
    resource: (slug: string) => at(`resources/${slug}/`),
    search: at('search/'),
    compare: at('compare/'),
    comparePair: (pair: string) => at(`compare/${pair}/`),
    stack: at('stack/'),
    stats: at('stats/'),
    data: at('tools.json'),
    dataCategories: at('data/categories.json'),
    dataToolBase: at('data/tools/'),
    /** A listing's filter data in one order (`lib/listing-index.ts`): `all` or a category's id. */
    listingData: (listing: string, order: string) => at(`data/listing/${listing}/${order}.json`),
    /** Each tool's card as the all-tools listing renders it, `<slug>.json` (`integrations/card-fragments.ts`). */
    cardBase: at('data/cards/'),
    /** Pagefind page ids of the tools in one order, for sorted search (`lib/search-order.ts`). */
    searchOrder: (order: string) => at(`${SEARCH_ORDER_DIR}/${order}.json`),
    guides: at('guides/'),
    guide: (slug: string) => at(`guides/${slug}/`),
    asset: at,
  } as const;
}

export type Routes = ReturnType<typeof createRoutes>;

/** The slug of a tool page's address (`/mlops-guide/tools/mlflow/` → "mlflow"), whatever the base. */
export function toolSlugOf(url: string): string | undefined {
  return /\/tools\/([a-z0-9-]+)\/?$/.exec(new URL(url, 'http://localhost/').pathname)?.[1];
}

/** Categories of the main navigation a page can belong to. */
export type NavSection = 'categories' | 'tools' | 'compare' | 'stack' | 'resources' | 'guides';
