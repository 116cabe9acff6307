import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toolSlugOf } from '../lib/routes.ts';
import { SEARCH_ORDER_DIR, TOOL_ORDER_DIR, searchOrderOf, type ToolOrder } from '../lib/search-order.ts';

interface Fragment {
  readonly url?: unknown;
}

/**
 * The page id of every tool page in a Pagefind bundle, by slug. A fragment file holds one page's
 * record (its id is the file name) or, when Pagefind groups them, several keyed by id; each is
 * gzipped JSON after a short signature.
 */
export function toolPageIds(pagefindDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const fragmentDir = join(pagefindDir, 'fragment');
  for (const file of readdirSync(fragmentDir)) {
    if (!file.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(readFileSync(join(fragmentDir, file))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as Fragment | Record<string, Fragment>;
    const pages: [string, Fragment][] =
      'url' in json
        ? [[basename(file, '.pf_fragment'), json]]
        : Object.entries(json as Record<string, Fragment>);
    for (const [id, page] of pages) {
      const slug = typeof page.url === 'string' ? toolSlugOf(page.url) : undefined;
      if (slug) ids.set(slug, id);
    }
  }
  return ids;
}

/**
 * Writes `data/search-order/<order>.json` (page ids) for every `data/order/<order>.json` (slugs)
 * the site has, once Pagefind has written its bundle to `<site>/pagefind`. Returns the orders.
 */
export function writeSearchOrders(site: string): string[] {
  const orderDir = join(site, TOOL_ORDER_DIR);
  const outDir = join(site, SEARCH_ORDER_DIR);
  const ids = toolPageIds(join(site, 'pagefind'));
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const file of readdirSync(orderDir).filter((name) => name.endsWith('.json'))) {
    const order = JSON.parse(readFileSync(join(orderDir, file), 'utf8')) as ToolOrder;
    writeFileSync(join(outDir, file), `${JSON.stringify(searchOrderOf(order, ids))}\n`);
    written.push(order.order);
  }
  return written;
}
