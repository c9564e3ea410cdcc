import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Per-element ES entry points (dist/<name>.js) beside the all-in-one dist/clearline.js. */
export const ES_ENTRIES = {
  clearline: 'src/clearline.ts',
  status: 'src/components/status/status.ts',
  faq: 'src/components/faq/faq.ts',
  banner: 'src/components/banner/banner.ts',
  badge: 'src/components/badge/badge.ts',
  feed: 'src/feed/index.ts',
  lint: 'src/lint/index.ts',
  export: 'src/export/index.ts',
};

const root = (p: string) => resolve(import.meta.dirname, p);

// `vite build` writes the ES modules; `--mode iife` the classic script; `--mode cli` the Node CLI.
export default defineConfig(({ mode }) => {
  if (mode === 'iife') {
    return {
      build: {
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: root('src/clearline.ts'), formats: ['iife'], name: 'clearline', fileName: () => 'clearline.iife.js' },
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
    };
  }
  return {
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
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
    },
  };
});
