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

test('a manifest change makes the check fail', () => {
  const changed = structuredClone(manifest);
  const el = changed.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
  el.attributes = [...(el.attributes ?? []), { name: 'brand-new', fieldName: 'brandNew', description: 'new' }];
  assert.notEqual(withReference(readme, changed), readme);
});
