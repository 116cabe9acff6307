import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, expect, it } from 'vitest';
import { toolPageIds, writeSearchOrders } from '../../src/integrations/search-order-files.ts';

const site = mkdtempSync(join(tmpdir(), 'mlops-order-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

it('maps each tool page of a real Pagefind bundle to its page id and writes orders of ids', async () => {
  const { index } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('Pagefind did not start');
  const pages = [
    { url: '/tools/feast/', content: 'Feast is a feature store.' },
    { url: '/tools/kserve/', content: 'KServe serves models on Kubernetes.' },
    { url: '/guides/testing/', content: 'How to test a model.' },
  ];
  for (const page of pages) await index.addCustomRecord({ ...page, language: 'en' });
  await index.writeFiles({ outputPath: join(site, 'pagefind') });
  await close();

  const ids = toolPageIds(join(site, 'pagefind'));
  expect([...ids.keys()].sort()).toEqual(['feast', 'kserve']);
  // Each id names the fragment Pagefind loads for that page's result.
  for (const [slug, id] of ids) {
    const fragment = gunzipSync(
      readFileSync(join(site, 'pagefind', 'fragment', `${id}.pf_fragment`)),
    ).toString();
    expect(fragment).toContain(`"url":"/tools/${slug}/"`);
  }

  mkdirSync(join(site, 'data', 'order'), { recursive: true });
  writeFileSync(
    join(site, 'data', 'order', 'stars.json'),
    JSON.stringify({ order: 'stars', tools: ['kserve', 'feast'] }),
  );
  expect(writeSearchOrders(site)).toEqual(['stars']);
  const written = JSON.parse(
    readFileSync(join(site, 'data', 'search-order', 'stars.json'), 'utf8'),
  ) as unknown;
  expect(written).toEqual({ order: 'stars', ids: [ids.get('kserve'), ids.get('feast')] });
});

it('reads a fragment whose URL is not at its start whole, and fails on one without a URL', () => {
  const bundle = join(site, 'hand-written', 'pagefind');
  mkdirSync(join(bundle, 'fragment'), { recursive: true });
  const fragment = (name: string, record: object) =>
    writeFileSync(
      join(bundle, 'fragment', `${name}.pf_fragment`),
      gzipSync(`pagefind_dcd${JSON.stringify(record)}`),
    );
  // Words that do not compress, so the URL lies beyond the bytes read first.
  const words = Array.from({ length: 400 }, (_, index) => (index * 7919).toString(36)).join(' ');
  fragment('en_late', { content: words, url: '/tools/late-url/' });
  fragment('en_first', { url: '/tools/first-url/', content: words });
  expect(Object.fromEntries(toolPageIds(bundle))).toEqual({ 'late-url': 'en_late', 'first-url': 'en_first' });

  fragment('en_none', { content: 'no address' });
  expect(() => toolPageIds(bundle)).toThrow(/en_none.pf_fragment has no page URL/);
});
