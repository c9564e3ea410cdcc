#!/usr/bin/env node
// Builds the React 19 and Vue 3 embedding examples with vite into examples/<name>/dist/.
// `clearline` resolves to the built package in dist/ (run `npm run build` first), as it would from npm.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(ROOT, 'dist/clearline.js'))) {
  console.error('dist/clearline.js is missing: run `npm run build` first.');
  process.exit(1);
}

for (const name of ['react', 'vue']) {
  await build({
    configFile: false,
    root: join(ROOT, 'examples', name),
    base: './',
    logLevel: 'warn',
    resolve: {
      alias: [
        { find: /^clearline$/, replacement: join(ROOT, 'dist/clearline.js') },
        { find: /^clearline\/(status|banner|badge|faq|feed|lint)$/, replacement: join(ROOT, 'dist/$1.js') },
        // The template string needs Vue's compiler in the browser build.
        { find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' },
      ],
    },
    define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  });
  console.log(`Built examples/${name}/dist/`);
}
