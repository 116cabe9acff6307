import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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
