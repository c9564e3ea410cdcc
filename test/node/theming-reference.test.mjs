// The theming reference (dist/custom-elements.json, from the class JSDoc; shown on each element's
// Storybook docs page and in the README) must list every `--clearline-*` property and every part
// a reader element really uses, and nothing it does not: a designer re-branding the elements works
// from that list. Run `npm run manifest` (or `npm run build`) first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/custom-elements.json'), 'utf8'));
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
/** Source without comments (notes about other properties live in comments). */
const code = (path) => read(path).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** The internal `--_x` variables of theme.styles.ts → the documented property they read. */
const THEME = Object.fromEntries([...read('src/components/shared/theme.styles.ts').matchAll(/--_([\w]+): var\((--clearline-[\w-]+)/g)].map((m) => [m[1], m[2]]));

/** The element's own style sheets, and shared template files it renders. */
const ELEMENTS = {
  'clearline-status': { styles: ['status/status.styles.ts'], templates: [] },
  'clearline-banner': { styles: ['banner/banner.styles.ts'], templates: [] },
  'clearline-badge': { styles: ['badge/badge.styles.ts', 'badge/badge-reserve.styles.ts'], templates: [] },
  'clearline-faq': { styles: ['faq/faq.styles.ts'], templates: [] },
  'clearline-help': { styles: ['help/help.styles.ts', 'shared/contact.styles.ts'], templates: ['shared/contact.ts'] },
  // The studio's form, for desk staff: themed with the same properties.
  'clearline-editor': { styles: ['editor/editor.styles.ts'], templates: [] },
};
/** Set for every element by theme.styles.ts itself (text colour, font, focus ring, links). */
const FROM_THEME = ['--clearline-text', '--clearline-font', '--clearline-focus', '--clearline-link'];

const declaration = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

function usedProperties(tag) {
  const used = new Set();
  for (const file of ELEMENTS[tag].styles) {
    const css = code(`src/components/${file}`);
    for (const [, name] of css.matchAll(/var\(--_(\w+)/g)) if (THEME[name]) used.add(THEME[name]);
    for (const [name] of css.matchAll(/--clearline-[\w-]+/g)) used.add(name);
  }
  return used;
}

function templateFiles(tag) {
  const dir = tag.replace('clearline-', '');
  const own = readdirSync(join(ROOT, 'src/components', dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts'))
    .map((f) => `${dir}/${f}`);
  return [...own, ...ELEMENTS[tag].templates].map((f) => code(`src/components/${f}`));
}

for (const tag of Object.keys(ELEMENTS)) {
  test(`${tag}: every --clearline-* property its styles use is documented, and only those`, () => {
    const documented = (declaration(tag).cssProperties ?? []).map((p) => p.name);
    const used = usedProperties(tag);
    const missing = [...used].filter((n) => !documented.includes(n));
    assert.deepEqual(missing, [], `${tag} uses ${missing.join(', ')} without documenting it (add @cssprop to its class JSDoc)`);
    const unused = documented.filter((n) => !used.has(n) && !FROM_THEME.includes(n));
    assert.deepEqual(unused, [], `${tag} documents ${unused.join(', ')}, which its styles never use`);
    for (const p of declaration(tag).cssProperties) assert.ok((p.description ?? '').split(' ').length >= 4, `${tag} ${p.name}: say where it shows, not only "${p.description}"`);
  });

  test(`${tag}: every part its templates set is documented, and only those`, () => {
    const sources = templateFiles(tag).join('\n');
    const set = new Set([...sources.matchAll(/\spart="([\w-]+)"/g)].map((m) => m[1]));
    const documented = (declaration(tag).cssParts ?? []).map((p) => p.name);
    const missing = [...set].filter((n) => !documented.includes(n));
    assert.deepEqual(missing, [], `${tag} sets part ${missing.join(', ')} without documenting it (add @csspart to its class JSDoc)`);
    // A part set through an expression (part=${part}) still appears as a quoted name in the source.
    const unused = documented.filter((n) => !set.has(n) && !sources.includes(`'${n}'`));
    assert.deepEqual(unused, [], `${tag} documents part ${unused.join(', ')}, which its templates never set`);
  });
}
