// The README's element reference must match dist/custom-elements.json (run `npm run build` or
// `npm run manifest` first); `node scripts/readme-reference.mjs` rewrites it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referenceMarkdown, withReference } from '../../scripts/readme-reference.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/custom-elements.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

test('README element reference is up to date with custom-elements.json', () => {
  assert.ok(readme === withReference(readme, manifest), 'README.md is out of date: run `node scripts/readme-reference.mjs`');
});

test('the reference lists every element, attribute, event, part and CSS property of the manifest', () => {
  const md = referenceMarkdown(manifest);
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  assert.ok(elements.length > 0);
  for (const el of elements) {
    assert.ok(md.includes(`### \`<${el.tagName}>\``), el.tagName);
    for (const a of el.attributes ?? []) assert.ok(md.includes(`\`${a.name}\``), `${el.tagName} attribute ${a.name}`);
    for (const e of el.events ?? []) assert.ok(md.includes(`\`${e.name}\``), `${el.tagName} event ${e.name}`);
    for (const p of el.cssParts ?? []) assert.ok(md.includes(`\`${p.name}\``), `${el.tagName} part ${p.name}`);
    for (const p of el.cssProperties ?? []) assert.ok(md.includes(`\`${p.name}\``), `${el.tagName} CSS property ${p.name}`);
  }
});

test('custom-elements.json lists its modules by path, so the same sources build the same manifest (custom-elements-manifest.config.mjs)', () => {
  const paths = manifest.modules.map((m) => m.path);
  assert.deepEqual(paths, [...paths].sort());
});

test('a manifest change makes the check fail', () => {
  const changed = structuredClone(manifest);
  const el = changed.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
  el.attributes = [...(el.attributes ?? []), { name: 'brand-new', fieldName: 'brandNew', description: 'new' }];
  assert.notEqual(withReference(readme, changed), readme);
});

// Issue 12, item 12: the README is a front door; the guides live in docs/.
test('the README keeps the quick start, the embed code for all four elements and "publish your first update" within a few screens', () => {
  const front = readme.slice(0, readme.indexOf('## Element reference'));
  assert.ok(front.split('\n').length <= 140, `the part before the element reference is ${front.split('\n').length} lines`);
  assert.match(front, /npm install && npm start\nnpm test/);
  const embed = front.slice(front.indexOf('## Embed'), front.indexOf('## Publish your first update'));
  const [module, classic] = embed.split('classic script');
  for (const tag of ['clearline-status', 'clearline-banner', 'clearline-badge', 'clearline-faq']) {
    assert.match(module, new RegExp(`<${tag} `), `${tag} in the module snippet`);
    assert.match(classic, new RegExp(`<${tag} `), `${tag} in the classic-script snippet`);
  }
  assert.match(module, /dist\/clearline\.js/);
  assert.match(classic, /dist\/clearline\.iife\.js/);
  assert.match(front, /## Publish your first update[\s\S]*clearline keygen[\s\S]*clearline sign/);
  assert.match(front, /`npx clearline …` runs the clearline installed in \*your project\* \(`npm install clearline`\)/);
});

test('every guide the README links to exists and holds the content moved out of the README', () => {
  const links = [...readme.matchAll(/\]\((docs\/[^)#]+\.md)\)/g)].map((m) => m[1]);
  for (const guide of ['docs/publishing.md', 'docs/embedding.md', 'docs/security.md', 'docs/faq-site-owners.md']) assert.ok(links.includes(guide), `README links ${guide}`);
  const text = (f) => readFileSync(join(ROOT, f), 'utf8');
  for (const f of links) assert.ok(text(f).length > 200, `${f} exists and has content`);
  assert.match(text('docs/publishing.md'), /## Rotating a key without breaking embedded widgets/);
  assert.match(text('docs/publishing.md'), /clearline heartbeat/);
  assert.match(text('docs/embedding.md'), /Subresource Integrity/);
  assert.match(text('docs/embedding.md'), /CUSTOM_ELEMENTS_SCHEMA/);
  assert.match(text('docs/security.md'), /## When something goes wrong/);
  assert.match(text('docs/security.md'), /## Hosting a feed/);
  assert.match(text('docs/faq-site-owners.md'), /Do I need a server\?/);
});

// A government e-service walk-through (2026-12-02) looked for a template for its log-in outage: the
// README listed ten templates and left out heating, flood and outage, the one that fitted.
test('the README names every incident template', () => {
  const catalog = readFileSync(join(ROOT, 'src/templates/names.ts'), 'utf8');
  const names = JSON.parse(/TEMPLATE_NAMES = (\[[^\]]+\])/.exec(catalog)[1].replaceAll("'", '"'));
  const line = readme.split('\n').find((l) => l.includes('Templates (`--template`)')) ?? '';
  assert.ok(names.length >= 13, names.join());
  for (const name of names) assert.ok(line.includes(`\`${name}\``), `README does not name the template ${name}`);
});

test('the README embed shows the same elements for the classic script as for the module ("the elements are the same")', () => {
  const embed = readme.split('## Embed')[1].split('\n## ')[0];
  const blocks = [...embed.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  const tags = (block) => [...new Set(block.match(/<clearline-[a-z]+/g))].sort();
  assert.equal(blocks.length, 2);
  assert.ok(blocks[0].includes('type="module"') && blocks[1].includes('clearline.iife.js'));
  assert.deepEqual(tags(blocks[1]), tags(blocks[0]));
});

// Trial R: a web team copied the README's embed; on a first visit while the feed host was down its Help dialog offered
// no number at all. Status and help carry slot="fallback" with emergency numbers, in both snippets.
test('the README embed gives <clearline-status> and <clearline-help> a fallback with emergency numbers, in both snippets', () => {
  const embed = readme.split('## Embed')[1].split('\n## ')[0];
  const blocks = [...embed.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  for (const block of blocks) {
    for (const tag of ['clearline-status', 'clearline-help']) {
      assert.match(block, new RegExp(`<p slot="fallback" hidden>[^<]*\\b112\\.</p></${tag}>`), `${tag} has a fallback`);
    }
  }
});

test('the README quick start names the commands .ci/run and package.json run, and the browser the tests look for', () => {
  const quick = readme.split('## Quick start')[1].split('\n## ')[0];
  const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.match(quick, /npm install && npm start\nnpm test/);
  assert.match(ci, /npm ci\b[^\n]*\nnpm test/);
  assert.equal(pkg.scripts.start, 'node scripts/start.mjs');
  assert.match(pkg.scripts.test, /^npm run build && /);
  assert.match(quick, new RegExp(`Node ${pkg.engines.node.replace('>=', '')} or later`));
  for (const file of ['web-test-runner.config.js', 'test/node/browser-kit.mjs']) {
    const src = readFileSync(join(ROOT, file), 'utf8');
    assert.ok(src.includes("process.env.CHROME_PATH || '/usr/bin/chromium'"), `${file} looks for CHROME_PATH, else /usr/bin/chromium`);
  }
  assert.ok(quick.includes('`CHROME_PATH`') && quick.includes('`/usr/bin/chromium`'), 'README says which browser the tests need');
});
