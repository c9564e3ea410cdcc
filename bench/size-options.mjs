#!/usr/bin/env node
// Ways to get under the size budgets without changing the stack, each measured by building the
// current src/ into bench/.tmp/ (dist/ is not touched):
//   node bench/size-options.mjs
// Prints gzip/brotli of the IIFE and of the <clearline-status> start closure per variant, and the
// raw bytes each package contributes to the IIFE.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { closureSizes, compressedSizes } from '../scripts/size-check.mjs';
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

async function esm(name, { plugins = [], fullMinify = false } = {}) {
  const outDir = join(TMP, name);
  await build({
    configFile: false, logLevel: 'error', root: ROOT, plugins,
    build: {
      outDir, emptyOutDir: true, target: 'es2022', minify: true,
      lib: { entry: Object.fromEntries(Object.entries(ES_ENTRIES).map(([k, v]) => [k, root(v)])), formats: ['es'], fileName: (_f, n) => `${n}.js` },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', ...(fullMinify ? { minify: true } : {}) } },
    },
  });
  return closureSizes(join(outDir, 'status.js'), outDir);
}

const kb = (n) => (n / 1000).toFixed(2).padStart(6);
const row = (label, s, base) => console.log(`${label.padEnd(64)} gzip ${kb(s.gzip)} kB${base ? ` (${s.gzip - base.gzip >= 0 ? '+' : ''}${s.gzip - base.gzip} B)` : ''}  brotli ${kb(s.brotli)} kB  raw ${kb(s.raw)} kB`);

const WEBCRYPTO_KEYS = join('bench', 'proposals', 'keys-webcrypto.ts');

console.log('IIFE (dist/clearline.iife.js, budget 50000 B gzip)');
const base = await iife('base');
row('current src, oxc minify (as vite.config.ts)', base);
row('esbuild minify', await iife('esbuild', { minify: 'esbuild' }), base);
if (existsSync(root(WEBCRYPTO_KEYS))) {
  row('keys.ts: WebCrypto importKey + thumbprint instead of jose importJWK/calculateJwkThumbprint', await iife('keys', { plugins: [redirect('src/feed/keys.ts', WEBCRYPTO_KEYS)] }), base);
}
row('classic script without marked/DOMPurify (loaded by import() from a second file)', await iife('md-ext', { plugins: [redirect('src/content/markdown.ts', join('bench', 'proposals', 'markdown-external.ts'))] }), base);
if (existsSync(root(WEBCRYPTO_KEYS))) {
  row('... + WebCrypto keys.ts', await iife('md-ext-keys', { plugins: [redirect('src/content/markdown.ts', join('bench', 'proposals', 'markdown-external.ts')), redirect('src/feed/keys.ts', WEBCRYPTO_KEYS)] }), base);
}
const text = readFileSync(join(TMP, 'base', 'clearline.iife.js'), 'utf8');
console.log(`Lit dev-mode leftovers in the IIFE: ${/Lit is in dev mode|reactive-element.*dev mode/.test(text) ? 'YES' : 'none found'}; DOMPurify copies: ${(text.match(/DOMPurify/g) ?? []).length ? 'present' : 'none'}`);
console.log('\nRaw rendered bytes per package in the IIFE (before minify-wide renaming; shares, not gzip):');
const total = Object.values(base.packages).reduce((a, b) => a + b, 0);
for (const [k, v] of Object.entries(base.packages).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(24)} ${kb(v)} kB  ${((100 * v) / total).toFixed(1)}%`);

console.log('\n<clearline-status> start closure (dist/status.js + static chunks, budget 40000 B gzip)');
const esBase = await esm('es-base');
row(`as vite.config.ts (lib "es": whitespace kept) [${esBase.files.length} files]`, esBase);
const esMin = await esm('es-min', { fullMinify: true });
row(`rollupOptions.output.minify: true (full minify) [${esMin.files.length} files]`, esMin, esBase);
if (existsSync(root(WEBCRYPTO_KEYS))) {
  row('full minify + WebCrypto keys.ts', await esm('es-min-keys', { fullMinify: true, plugins: [redirect('src/feed/keys.ts', WEBCRYPTO_KEYS)] }), esBase);
}
const MD_LAZY = join('bench', 'proposals', 'markdown-lazy.ts');
const mdLazy = redirect('src/content/markdown.ts', MD_LAZY);
const esLazy = await esm('es-min-md', { fullMinify: true, plugins: [mdLazy] });
row(`full minify + marked/DOMPurify as a parallel-loaded chunk [${esLazy.files.length} files]`, esLazy, esBase);
const esLazyKeys = await esm('es-min-md-keys', { fullMinify: true, plugins: [mdLazy, redirect('src/feed/keys.ts', WEBCRYPTO_KEYS)] });
row('... + WebCrypto keys.ts', esLazyKeys, esBase);
console.log(`  lazy chunks not counted: ${esLazyKeys.dynamic.join(', ')}`);
if (!process.argv.includes("--keep")) rmSync(TMP, { recursive: true, force: true });
