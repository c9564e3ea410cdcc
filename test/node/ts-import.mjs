// Node 20 cannot run TypeScript: pure modules in src/ are bundled with esbuild (their own code
// only; packages stay imports) into node_modules/.cache and imported from there.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'node_modules/.cache/clearline-node-tests');

/** Imports a TypeScript module of src/, e.g. importTs('src/i18n/lang.ts'). */
export async function importTs(path) {
  mkdirSync(OUT, { recursive: true });
  const outfile = join(OUT, `${path.replace(/[^\w.-]+/g, '_')}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(ROOT, path)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}
