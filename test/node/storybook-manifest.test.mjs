// Storybook's docs table is built from the manifest .storybook/preview.ts hands it
// (.storybook/public-manifest.ts): each element's public API only. Trial J: the banner's table
// opened with `space`, `store`, `clock`, ... (private, protected, static), each with a "Set object"
// control, beside the real properties. Needs dist/custom-elements.json (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/custom-elements.json'), 'utf8'));
const { publicManifest } = await importTs('.storybook/public-manifest.ts');
const elements = (m) => m.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);

test('preview.ts gives Storybook the public manifest, not the raw one', () => {
  const preview = readFileSync(join(ROOT, '.storybook/preview.ts'), 'utf8');
  assert.match(preview, /setCustomElementsManifest\(publicManifest\(manifest\)\)/);
});

test('every element: no private, protected, static, _-named or @internal member reaches the docs table', () => {
  const shown = elements(publicManifest(manifest));
  assert.ok(shown.length >= 5);
  for (const el of shown) {
    const leaked = (el.members ?? []).filter((m) => (m.privacy && m.privacy !== 'public') || m.static || /^[_#]/.test(m.name) || /@internal\b/.test(m.description ?? ''));
    assert.deepEqual(leaked.map((m) => m.name), [], `${el.tagName} shows internals`);
  }
  const banner = shown.find((d) => d.tagName === 'clearline-banner').members.map((m) => m.name);
  for (const name of ['space', 'store', 'clock', 'dismissals', 'shown']) assert.ok(!banner.includes(name), `banner shows ${name}`);
});

test('the public API is kept whole: public instance members, attributes, events, CSS properties, parts', () => {
  const before = elements(manifest);
  const after = elements(publicManifest(manifest));
  for (const el of before) {
    const cut = after.find((d) => d.tagName === el.tagName);
    for (const key of ['attributes', 'events', 'cssProperties', 'cssParts', 'slots']) assert.deepEqual(cut[key], el[key], `${el.tagName} ${key}`);
    const publicMembers = (el.members ?? []).filter((m) => !m.privacy && !m.static).map((m) => m.name);
    assert.deepEqual(cut.members.map((m) => m.name), publicMembers, `${el.tagName} members`);
  }
  const faq = after.find((d) => d.tagName === 'clearline-faq').members.map((m) => m.name);
  for (const name of ['entries', 'statusData', 'refresh', 'language']) assert.ok(faq.includes(name), `faq lost ${name}`);
});
