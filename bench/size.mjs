// Sizes for the bench table: scripts/size-check.mjs figures plus @statuspage/status-widget measured the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressedSizes, measure } from '../scripts/size-check.mjs';
import { ROOT } from './lib/feeds.mjs';

export async function runSize() {
  const { rows, checks } = await measure();
  // The widget's README embeds dist/index.js (it bundles lit-html, skatejs and a fetch polyfill); the
  // webcomponentsjs polyfill it also lists is needed only for old browsers and is not counted.
  const sp = compressedSizes(readFileSync(join(ROOT, 'node_modules', '@statuspage', 'status-widget', 'dist', 'index.js')));
  rows.push({ id: 'statuspage', name: '@statuspage/status-widget dist/index.js', files: ['node_modules/@statuspage/status-widget/dist/index.js'], dynamic: [], ...sp });
  return { unit: '1 kB = 1000 B; gzip level 9, brotli quality 11; closures = sum over files', rows, checks };
}
