import { createHash } from 'node:crypto';
import { chmodSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { collapseIndentation } from './scripts/html-indent.js';
import { serverSafeLit } from './scripts/server-safe-lit.js';

/** Per-element ES entry points (dist/<name>.js) beside the all-in-one dist/clearline.js. */
export const ES_ENTRIES = {
  clearline: 'src/clearline.ts',
  status: 'src/components/status/status.ts',
  faq: 'src/components/faq/faq.ts',
  banner: 'src/components/banner/banner.ts',
  badge: 'src/components/badge/badge.ts',
  help: 'src/components/help/help.ts',
  feed: 'src/feed/index.ts',
  lint: 'src/lint/index.ts',
  // The publisher's editor: its own file, never part of dist/clearline.js that readers load.
  editor: 'src/components/editor/editor.ts',
  export: 'src/export/index.ts',
};

const root = (p: string) => resolve(import.meta.dirname, p);

/** The element entries the loader (dist/clearline.js) loads by tag. */
export const LAZY_ELEMENTS = { 'clearline-status': 'status', 'clearline-banner': 'banner', 'clearline-badge': 'badge', 'clearline-faq': 'faq', 'clearline-help': 'help' } as const;

/**
 * Writes into dist/clearline.js, for each tag, the files that element's code needs before it runs
 * (its entry and every chunk it statically imports), so the loader can add `modulepreload` hints
 * for all of them at once instead of discovering them one level at a time.
 */
function preloadManifest(): Plugin {
  return {
    name: 'clearline-preload-manifest',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, { imports: string[] }>();
      for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
      const closure = (file: string) => {
        const out: string[] = [];
        const seen = new Set<string>();
        // Leaves first: each file after the files it imports, so the loader can evaluate them
        // one per task (src/loader/steps.ts); the element's own file comes last.
        const visit = (f: string) => {
          if (seen.has(f)) return;
          seen.add(f);
          for (const i of chunks.get(f)?.imports ?? []) visit(i);
          out.push(f);
        };
        visit(file);
        return out;
      };
      const manifest = Object.fromEntries(Object.entries(LAZY_ELEMENTS).map(([tag, name]) => [tag, closure(`${name}.js`)]));
      const loader = bundle['clearline.js'];
      const placeholder = /(['"`])\{\\?"__clearline_preload__\\?":\[\]\}\1/;
      if (loader?.type !== 'chunk' || !placeholder.test(loader.code)) this.error('the preload placeholder is missing from clearline.js');
      loader.code = loader.code.replace(placeholder, () => JSON.stringify(JSON.stringify(manifest)));
    },
  };
}

/** Entries whose code runs in Node as well as the browser: they must never import DOM code. */
const PURE_ENTRIES = ['feed', 'lint', 'export'];
const READER_ENTRIES = Object.values(LAZY_ELEMENTS) as string[];

/**
 * Chunk groups for the reader elements. Left to itself the bundler makes one chunk per set of
 * entries sharing a module, editor and exports included: a page with only <clearline-status> then
 * loaded 13 files, 8 of them under 1.6 kB, each one more request, task and module to instantiate.
 * Grouping the modules two or more reader elements share by *those* elements gives that page
 * 4 files besides the loader (the size check caps it at 5; measured in bench/RESULTS.md):
 * - `data`: what the pure entries share with the readers (feed check, schema, texts). Never DOM
 *   code: dist/feed.js, lint.js and export.js run in Node (their tests import them there);
 * - `core`: the rest of what the banner or badge shares (Lit, theme, the feed element base);
 * - `status-faq-help`: what the status element shares with the FAQ or the help launcher;
 * - one chunk per set of reader elements for the others (`faq-help`).
 * A module one reader uses stays in that element's file; the lazy Markdown and search code and
 * the editor's own modules are left to the bundler.
 */
const ENTRY_NAMES = new Map(Object.entries(ES_ENTRIES).map(([name, file]) => [root(file), name]));

function readerChunkName(id: string, ctx: { getModuleInfo(id: string): { importers: readonly string[] } | null }): string | null {
  const users = new Set<string>();
  const seen = new Set<string>();
  const climb = (m: string) => {
    if (seen.has(m)) return;
    seen.add(m);
    const name = ENTRY_NAMES.get(m);
    if (name) users.add(name);
    for (const i of ctx.getModuleInfo(m)?.importers ?? []) climb(i);
  };
  climb(id);
  const readers = READER_ENTRIES.filter((r) => users.has(r));
  // The all-clear's place (feed/just-resolved.ts) is one rule for <clearline-status> and the page without script
  // (export/html.ts): left to the bundler, that pair made it a file of its own, one request more before the status
  // element's first render; in `data` it costs the other elements' pages about 90 B gzip instead.
  if (id.endsWith('/src/feed/just-resolved.ts')) return 'data';
  if (readers.length < 2) return null;
  if (PURE_ENTRIES.some((p) => users.has(p))) return 'data';
  if (readers.includes('banner') || readers.includes('badge')) return 'core';
  // What the status element shares with the FAQ or the help launcher is small (a few hundred bytes
  // each set): one chunk for all of it, one request fewer for a status page.
  if (readers.includes('status')) return 'status-faq-help';
  return readers.join('-');
}

/**
 * Chrome 136+ reads `//# allFunctionsCalledOnLoad` at the top of a file and compiles all its
 * functions on the background thread that streams it, instead of one by one on the main thread
 * when each is first called. Added to the files a reader element runs before its first render
 * (its entry and the `data`, `core` and shared reader chunks), not to the lazy Markdown and search
 * chunks, the editor or the classic script. Measured (docs/performance.md): Lighthouse TBT lower
 * in all 12 interleaved pairs (demo home and status page); time to text unthrottled on the 2-core
 * bench machine about 8 ms later (median of 5 A/B runs, -9 to +24 ms), phone-like 27 ms sooner.
 * On the classic script, which runs only once all of it is compiled (261 kB then), it made time to text
 * worse (427 against 357 ms), so it is left out there. Other browsers ignore the comment.
 */
function compileHint(chunk: { name: string }): string {
  const readerChunk = chunk.name === 'data' || chunk.name === 'core' || chunk.name.split('-').every((part) => READER_ENTRIES.includes(part));
  return readerChunk ? '//# allFunctionsCalledOnLoad' : '';
}

/**
 * The parts the classic script loads later from its own folder, each one self-contained file
 * pinned by SHA-384 (src/loader/pinned.ts): `--mode <part>` builds one, before `--mode iife`.
 * In the classic script, `swap` is replaced by `with`, which loads the part instead of a chunk.
 */
export const PINNED_PARTS = {
  markdown: { file: 'clearline-markdown.js', entry: 'src/content/markdown.ts', swap: /(^|\/)markdown-lazy\.js$/, with: 'src/content/markdown-pinned.ts' },
  search: { file: 'clearline-search.js', entry: 'src/search/index.ts', swap: /(^|\/)engine-load\.js$/, with: 'src/components/faq/engine-pinned.ts' },
} as const;
type PartName = keyof typeof PINNED_PARTS;
const isPart = (mode: string): mode is PartName => Object.hasOwn(PINNED_PARTS, mode);

function swapPinnedParts(): Plugin {
  return {
    name: 'clearline-pinned-parts',
    enforce: 'pre',
    resolveId(source) {
      const part = Object.values(PINNED_PARTS).find((p) => p.swap.test(source));
      return part ? root(part.with) : null;
    },
  };
}

/**
 * The JavaScript minifier leaves template literals as written. Through minify-literals:
 * - css`` templates: Lightning CSS minifies them (whitespace and comments);
 * - html`` templates: only their indentation goes (scripts/html-indent.ts), because other
 *   whitespace can be text a reader sees or hears. Not in the studio, whose styles keep spaces
 *   (`white-space: pre-wrap`).
 */
function minifyLiterals(): Plugin {
  return {
    name: 'clearline-minify-literals',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html)`/.test(code)) return null;
      const html = !id.includes('/src/components/editor/') && collapseIndentation;
      const out = await minifyHTMLLiterals(code, { fileName: id, html });
      return out ? { code: out.code, map: out.map } : null;
    },
  };
}

const sri = (file: string) => `sha384-${createHash('sha384').update(readFileSync(root(`dist/${file}`))).digest('base64')}`;

// `vite build` writes the ES modules; `--mode markdown` and `--mode search` the classic script's
// pinned parts, then `--mode iife` the classic script (which pins their hashes); `--mode cli` the Node CLI.
export default defineConfig(({ mode }) => {
  if (isPart(mode)) {
    const part = PINNED_PARTS[mode];
    return {
      plugins: [minifyLiterals()],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: root(part.entry), formats: ['es'], fileName: () => part.file },
        rollupOptions: { output: { minify: true } },
      },
    };
  }
  if (mode === 'iife') {
    const pins = Object.fromEntries(Object.entries(PINNED_PARTS).map(([name, p]) => [name, { file: p.file, integrity: sri(p.file) }]));
    return {
      // The loader's element imports are inlined and evaluated only when a tag needs them; there
      // are no element files to preload, so the loader never reads its own URL.
      define: { 'import.meta.url': 'document.baseURI', __CLEARLINE_PINNED__: JSON.stringify(pins) },
      plugins: [swapPinnedParts(), minifyLiterals()],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        // terser with 3 passes: 200 B gzip smaller than the default minifier on this file, whose
        // budget is nearly full (checked 2026-12-03; no unsafe options).
        minify: 'terser',
        terserOptions: { compress: { passes: 3, ecma: 2020 }, format: { ecma: 2020 } },
        lib: { entry: root('src/clearline.ts'), formats: ['iife'], name: 'clearline', fileName: () => 'clearline.iife.js' },
        // The script's own URL, taken while it runs: the Markdown file is found beside it.
        rollupOptions: { output: { intro: 'var __clearlineScriptUrl = (document.currentScript && document.currentScript.src) || "";' } },
      },
    };
  }
  if (mode === 'cli') {
    return {
      ssr: { noExternal: true, target: 'node' },
      build: {
        emptyOutDir: false,
        target: 'node20',
        ssr: root('src/cli/main.ts'),
        outDir: 'dist',
        rollupOptions: { output: { entryFileNames: 'cli.js', format: 'es', banner: '#!/usr/bin/env node' } },
      },
      // The build rewrites dist/cli.js; keep it executable so `npx clearline` (node_modules/.bin) runs.
      plugins: [{ name: 'clearline-cli-executable', writeBundle: () => chmodSync(root('dist/cli.js'), 0o755) }],
    };
  }
  return {
    // serverSafeLit: only here, where a server (Next.js, Nuxt, Astro) may import the modules; the
    // classic script runs in browsers only.
    plugins: [preloadManifest(), minifyLiterals(), serverSafeLit()],
    server: { host: '127.0.0.1' },
    build: {
      target: 'es2022',
      minify: true,
      lib: {
        entry: Object.fromEntries(Object.entries(ES_ENTRIES).map(([k, v]) => [k, root(v)])),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      // Lib "es" output keeps whitespace unless told otherwise; full minify saves ~5 kB gzip at start (bench/size-options.mjs).
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          // Without the recursion a group takes only the modules named for it, not their imports
          // (which would pull Lit into `data`); the bundler then asks for 'allow-extension' above.
          codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: readerChunkName }] },
          postBanner: compileHint,
        },
      },
    },
  };
});
