import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toolSlugOf } from '../lib/routes.ts';
import { SEARCH_ORDER_DIR, TOOL_ORDER_DIR, searchOrderOf, type ToolOrder } from '../lib/search-order.ts';

/**
 * The page id of every tool page in a Pagefind bundle, by slug. Each page's record is a fragment
 * file named after its id: gzipped JSON after a short signature. A record without a URL means
 * Pagefind changed that format, which fails the build rather than sorting with gaps.
 */
export function toolPageIds(pagefindDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const fragmentDir = join(pagefindDir, 'fragment');
  for (const file of readdirSync(fragmentDir).filter((name) => name.endsWith('.pf_fragment'))) {
    const text = gunzipSync(readFileSync(join(fragmentDir, file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url?: unknown };
    if (typeof url !== 'string') throw new Error(`search index: ${file} has no page URL`);
    const slug = toolSlugOf(url);
    if (slug) ids.set(slug, basename(file, '.pf_fragment'));
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
