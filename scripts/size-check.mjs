#!/usr/bin/env node
// Size budgets for the built library (run after `npm run build`; part of `npm test`).
//
//   node scripts/size-check.mjs          print the sizes, exit 1 when a budget is exceeded
//   node scripts/size-check.mjs --json   the same figures as JSON on stdout
//
// A "start closure" is an entry file plus every chunk it reaches through static `import` /
// `export ... from` statements, recursively: what the browser must download before the module
// runs. Chunks reached only through dynamic `import()` load later and are not counted.
// 1 kB = 1,000 bytes. gzip at zlib level 9, brotli at quality 11.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const KB = 1000;
// The classic-script budget of 50 kB is not met with the chosen stack (marked, DOMPurify, jose, Lit and
// minisearch alone compress to about 44 kB; see bench/RESULTS.md and issue 7). Until that is decided, a
// ceiling at the measured size keeps it from growing unnoticed; the gap to 50 kB is printed on every run.
export const BUDGETS = [
  { id: 'iife', label: 'whole library as one classic script (dist/clearline.iife.js)', limit: 50 * KB, ceiling: 76 * KB },
  { id: 'status', label: '<clearline-status> alone before first render (dist/status.js + static chunks)', limit: 40 * KB },
];

/** Per-element ES entries measured when they exist (the all-in-one dist/clearline.js is listed separately). */
export const ELEMENT_ENTRIES = ['status', 'banner', 'badge', 'faq'];

export function compressedSizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

/** The entry file and every file it statically imports, recursively (dynamic import() excluded). */
export async function staticClosure(entry) {
  await init;
  const seen = new Set();
  const dynamic = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const [imports] = parse(code, file);
    for (const imp of imports) {
      // Minifiers write import(`./x.js`); the lexer gives no name for template literals.
      const name = imp.n ?? /^`(\.[^`$]*)`$/.exec(code.slice(imp.s, imp.e).trim())?.[1];
      if (!name || !name.startsWith('.')) continue; // bare specifiers: none in dist, externals otherwise
      const target = resolve(dirname(file), name);
      if (imp.d > -1) dynamic.add(target); // import('...'): loads later
      else if (imp.d === -1) visit(target);
    }
  };
  visit(entry);
  return { files: [...seen], dynamic: [...dynamic].filter((f) => !seen.has(f)) };
}

/**
 * Sizes of the closure: each file compressed on its own (as served, one response per file) and
 * summed. This is what a browser transfers, minus HTTP headers.
 */
export async function closureSizes(entry, root = ROOT) {
  const { files, dynamic } = await staticClosure(entry);
  const per = files.map((f) => ({ file: relative(root, f), ...compressedSizes(readFileSync(f)) }));
  const sum = (k) => per.reduce((n, p) => n + p[k], 0);
  return { files: per, dynamic: dynamic.map((f) => relative(root, f)), raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

export async function measure(dist = join(ROOT, 'dist')) {
  const rows = [];
  const iife = join(dist, 'clearline.iife.js');
  if (!existsSync(iife)) throw new Error(`${relative(ROOT, iife)} is missing: run npm run build first`);
  rows.push({ id: 'iife', name: 'dist/clearline.iife.js', files: ['dist/clearline.iife.js'], dynamic: [], ...compressedSizes(readFileSync(iife)) });
  for (const name of ['clearline', ...ELEMENT_ENTRIES]) {
    const file = join(dist, `${name}.js`);
    if (!existsSync(file)) continue;
    const c = await closureSizes(file);
    rows.push({ id: name === 'clearline' ? 'esm' : name, name: `dist/${name}.js + static chunks`, ...c, files: c.files.map((f) => f.file) });
  }
  const checks = BUDGETS.map((b) => {
    const row = rows.find((r) => r.id === b.id);
    if (!row) return { ...b, gzip: null, ok: false, message: `nothing to measure for ${b.id}` };
    return { ...b, gzip: row.gzip, ok: row.gzip <= b.limit, held: row.gzip > b.limit && b.ceiling !== undefined && row.gzip <= b.ceiling };
  });
  return { rows, checks };
}

const kb = (n) => (n / KB).toFixed(1) + ' kB';

async function main() {
  const { rows, checks } = await measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ rows, checks }, null, 2));
  } else {
    console.log('Size (1 kB = 1000 bytes; gzip -9, brotli q11; closures summed per file)');
    for (const r of rows) {
      const extra = r.files.length > 1 ? `  [${r.files.length} files${r.dynamic.length ? `, +${r.dynamic.length} lazy` : ''}]` : '';
      console.log(`  ${r.name.padEnd(40)} ${kb(r.raw).padStart(9)} raw ${kb(r.gzip).padStart(9)} gzip ${kb(r.brotli).padStart(9)} brotli${extra}`);
    }
  }
  let failed = false;
  for (const c of checks) {
    if (c.ok) {
      console.error(`size budget ok: ${c.label}: ${c.gzip} B gzip <= ${c.limit} B`);
    } else if (c.held) {
      console.error(`size budget NOT MET (known, issue 7): ${c.label}: ${c.gzip} B gzip, ${c.gzip - c.limit} B over the ${kb(c.limit)} target; enforced ceiling ${kb(c.ceiling)}`);
    } else {
      failed = true;
      const limit = c.ceiling ?? c.limit;
      const over = c.gzip == null ? c.message : `${c.gzip} B gzip, ${c.gzip - limit} B over the ${limit} B (${kb(limit)}) ${c.ceiling ? 'ceiling' : 'budget'}`;
      console.error(`SIZE BUDGET EXCEEDED: ${c.label}: ${over}`);
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`size check failed to run: ${e.message}`);
    process.exit(1);
  });
}
