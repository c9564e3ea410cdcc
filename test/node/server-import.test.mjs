// A Next.js, Nuxt or Astro site evaluates the modules it imports on the server too, where there is
// no DOM. Every ES entry of the package (package.json "exports") must import there without
// throwing, leave no DOM stand-ins behind and let the process end by itself (a server build must
// not hang). Each entry runs in its own plain Node process. Needs `npm run build` first.
// The rewrites of Lit that make this work: scripts/server-safe-lit.ts (its checks are tested below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const ES_ENTRIES = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && target.import);

// Imports one module and prints what it exported and which globals it added.
const PROBE = `
const before = new Set(Object.getOwnPropertyNames(globalThis));
const m = await import(process.argv[1]);
await new Promise((r) => setImmediate(r));
const exported = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v]));
const added = Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k));
console.log(JSON.stringify({ exported, added }));
`;

async function importInNode(file) {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', PROBE, pathToFileURL(join(ROOT, file)).href], { timeout: 20_000, killSignal: 'SIGKILL' });
  return { ...JSON.parse(stdout), stderr };
}

test('the package has its element entries among the ES entries checked here', () => {
  const names = ES_ENTRIES.map(([name]) => name);
  for (const el of ['.', './status', './banner', './badge', './faq', './help', './editor']) assert.ok(names.includes(el), el);
});

for (const [name, target] of ES_ENTRIES) {
  test(`import 'clearline${name.slice(1)}' (${target.import}) in Node without a DOM`, async () => {
    let result;
    try {
      result = await importInNode(target.import);
    } catch (e) {
      assert.fail(`importing ${target.import} in Node failed (a server rendering a page with it would stop): ${e.stderr?.split('\n').find((l) => /^\w*Error: /.test(l)) ?? e.message}`);
    }
    assert.equal(result.stderr, '', 'nothing written to stderr');
    assert.ok(Object.keys(result.exported).length > 0, 'it exports its API');
    // No DOM stand-ins: other code on the server still sees that there is no browser.
    for (const g of ['window', 'document', 'HTMLElement', 'customElements']) assert.ok(!result.added.includes(g), `defines no global ${g}`);
    // Only Lit's own bookkeeping (litPropertyMetadata, litHtmlVersions, …) may be added.
    assert.deepEqual(result.added.filter((g) => !/^(lit|reactiveElement)[A-Z]/.test(g)), [], 'no other globals');
    // An element entry exports its element class (e.g. ClearlineStatus), usable for types and checks.
    if (target.types.includes('/components/')) assert.ok(Object.entries(result.exported).some(([k, t]) => /^Clearline[A-Z]/.test(k) && t === 'function'), `exports its Clearline… class: ${Object.keys(result.exported)}`);
  });
}

test('the rewrite stops the build when Lit no longer has a line it expects', async () => {
  const { serverSafeLit } = await importTs('scripts/server-safe-lit.ts');
  const plugin = serverSafeLit();
  const ctx = { error: (m) => { throw new Error(m); } };
  const file = '/app/node_modules/@lit/reactive-element/reactive-element.js';
  assert.match(plugin.transform.call(ctx, 'a=1;class y extends HTMLElement{}', file).code, /class y extends\(globalThis\.HTMLElement\?\?Object\)\{/);
  assert.throws(() => plugin.transform.call(ctx, 'a=1;class z extends HTMLElement{}', file), /expected 1× "class y extends HTMLElement\{" in @lit\/reactive-element\/reactive-element\.js, found 0\. Lit changed/);
  assert.equal(plugin.transform.call(ctx, 'class y extends HTMLElement{}', '/app/src/other.ts'), null, 'other files are left as they are');
});

test('the rewrite stops the build when a Lit file was not rewritten or the output still reaches the DOM on load', async () => {
  const { serverSafeLit } = await importTs('scripts/server-safe-lit.ts');
  const ctx = { error: (m) => { throw new Error(m); } };
  const plugin = serverSafeLit();
  assert.throws(() => plugin.generateBundle.call(ctx, {}, {}), /never loaded @lit\/reactive-element\/reactive-element\.js, lit-html\/lit-html\.js/);
  plugin.transform.call(ctx, 'class y extends HTMLElement{}', '/a/node_modules/@lit/reactive-element/reactive-element.js');
  plugin.transform.call(ctx, 'const t=globalThis,l=document,P=l.createTreeWalker(l,129);', '/a/node_modules/lit-html/lit-html.js');
  plugin.transform.call(ctx, 'customElements.define(t,e);customElements.define(t,e)', '/a/node_modules/@lit/reactive-element/decorators/custom-element.js');
  assert.doesNotThrow(() => plugin.generateBundle.call(ctx, {}, { 'status.js': { type: 'chunk', fileName: 'status.js', code: 'globalThis.customElements?.define("x",C)' } }));
  assert.throws(() => plugin.generateBundle.call(ctx, {}, { 'status.js': { type: 'chunk', fileName: 'status.js', code: 'customElements.define("x",C)' } }), /status\.js still has "customElements\.define\("/);
});
