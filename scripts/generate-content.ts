/**
 * `node scripts/generate-content.ts <count> <target-dir>`: writes the real content plus `count`
 * synthetic tools to `target-dir`, for benchmarks (`CONTENT_DIR=<target-dir> astro build`).
 */
import { resolve } from 'node:path';
import { generateContent } from './lib/generate-content.ts';

const [countArgument, target] = process.argv.slice(2);
const count = Number(countArgument);
if (!Number.isInteger(count) || count < 0 || !target) {
  console.error('usage: node scripts/generate-content.ts <count> <target-dir>');
  process.exit(2);
}
const targetDir = resolve(target);
generateContent(count, targetDir);
console.log(`Wrote the real content plus ${count} synthetic tools to ${targetDir}`);
