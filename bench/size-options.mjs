#!/usr/bin/env node
// What the classic script costs, by package, and what options would cut: everything in one IIFE;
// esbuild instead of oxc; marked and DOMPurify as a second file loaded with import() (what
// dist/clearline.iife.js does since issue 13, pinned by hash). Builds the current src/ into
// bench/.tmp/ (dist/ is not touched):
//   node bench/size-options.mjs
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { compressedSizes } from '../scripts/size-check.mjs';
import { ROOT } from './lib/feeds.mjs';

const TMP = join(ROOT, 'bench', '.tmp', 'size');
// ES_ENTRIES from vite.config.ts (Node 20 cannot import .ts): `name: 'src/...ts'` lines inside the object.
const ES_ENTRIES = Object.fromEntries(
  [.../ES_ENTRIES = \{([^}]*)\}/.exec(readFileSync(join(ROOT, 'vite.config.ts'), 'utf8'))[1].matchAll(/(\w+): '([^']+)'/g)].map((m) => [m[1], m[2]]),
);
const root = (p) => resolve(ROOT, p);

/** Redirects one source module to a replacement file (a proposed src change, measured). */
const redirect = (from, to) => ({
  name: 'bench-redirect',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || importer === root(to)) return null;
    const r = await this.resolve(source, importer, { skipSelf: true });
    return r && r.id === root(from) ? root(to) : null;
  },
});

/** Raw rendered bytes per npm package (or "src") in the output. */
const attribution = (sink) => ({
  name: 'bench-attribution',
  generateBundle(_o, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const [id, m] of Object.entries(chunk.modules)) {
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? (id.includes('/src/') ? 'src' : 'other');
        sink[pkg] = (sink[pkg] ?? 0) + m.renderedLength;
      }
    }
  },
});

async function iife(name, { plugins = [], minify = 'oxc', define } = {}) {
  const outDir = join(TMP, name);
  const sink = {};
  await build({
    configFile: false, logLevel: 'error', root: ROOT, plugins: [...plugins, attribution(sink)], define,
    build: { outDir, emptyOutDir: true, target: 'es2022', minify, lib: { entry: root('src/clearline.ts'), formats: ['iife'], name: 'clearline', fileName: () => 'clearline.iife.js' } },
  });
  return { ...compressedSizes(readFileSync(join(outDir, 'clearline.iife.js'))), packages: sink };
}

const kb = (n) => (n / 1000).toFixed(2).padStart(6);
const row = (label, s, base) => console.log(`${label.padEnd(64)} gzip ${kb(s.gzip)} kB${base ? ` (${s.gzip - base.gzip >= 0 ? '+' : ''}${s.gzip - base.gzip} B)` : ''}  brotli ${kb(s.brotli)} kB  raw ${kb(s.raw)} kB`);

console.log('The classic script built from src/clearline.ts as one IIFE, and options to cut it (dist/clearline.iife.js itself is the "without marked/DOMPurify" row: vite.config.ts pinnedMarkdown)');
const base = await iife('base');
row('everything in one file, oxc minify', base);
row('esbuild minify', await iife('esbuild', { minify: 'esbuild' }), base);
const external = redirect('src/content/markdown-lazy.ts', join('bench', 'proposals', 'markdown-external.ts'));
row('without marked/DOMPurify (a second file, loaded by import())', await iife('md-ext', { plugins: [external] }), base);
const text = readFileSync(join(TMP, 'base', 'clearline.iife.js'), 'utf8');
console.log(`Lit dev-mode leftovers in the IIFE: ${/Lit is in dev mode|reactive-element.*dev mode/.test(text) ? 'YES' : 'none found'}; DOMPurify copies: ${(text.match(/DOMPurify/g) ?? []).length ? 'present' : 'none'}`);
console.log('\nRaw rendered bytes per package in the IIFE (before minify-wide renaming; shares, not gzip):');
const total = Object.values(base.packages).reduce((a, b) => a + b, 0);
for (const [k, v] of Object.entries(base.packages).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(24)} ${kb(v)} kB  ${((100 * v) / total).toFixed(1)}%`);

if (!process.argv.includes("--keep")) rmSync(TMP, { recursive: true, force: true });
