import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { toolSlugOf } from '../lib/routes.ts';
import { SEARCH_ORDER_DIR, TOOL_ORDER_DIR, searchOrderOf, type ToolOrder } from '../lib/search-order.ts';

/** The start of a fragment, read first: the record opens with its URL. */
const HEAD_BYTES = 512;
const LEADING_URL = /^[^{]*\{"url":("(?:[^"\\]|\\.)*")/;
const head = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * The URL of the page a fragment file records. Only its first bytes are read and inflated (at
 * 10,000 tools, reading and inflating every fragment whole took most of this step); a record
 * whose URL is not at its start is read whole.
 */
function fragmentUrl(file: string): unknown {
  const descriptor = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(descriptor, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(descriptor);
  }
  const start = gunzipSync(head.subarray(0, read), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
  const leading = LEADING_URL.exec(start)?.[1];
  if (leading !== undefined) return JSON.parse(leading) as unknown;
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { url?: unknown }).url;
}

/**
 * The page id of every tool page in a Pagefind bundle, by slug. Each page's record is a fragment
 * file named after its id: gzipped JSON after a short signature. A record without a URL means
 * Pagefind changed that format, which fails the build rather than sorting with gaps.
 */
export function toolPageIds(pagefindDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const fragmentDir = join(pagefindDir, 'fragment');
  for (const file of readdirSync(fragmentDir).filter((name) => name.endsWith('.pf_fragment'))) {
    const url = fragmentUrl(join(fragmentDir, file));
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
