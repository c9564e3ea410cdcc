#!/usr/bin/env node
// Writes the element reference in README.md (between <!-- reference:start --> and
// <!-- reference:end -->) from dist/custom-elements.json, so the README never drifts from the
// class JSDoc. `npm run manifest` (or `npm run build`) first.
//
//   node scripts/readme-reference.mjs           rewrite README.md
//   node scripts/readme-reference.mjs --check   exit 1 when README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const START = '<!-- reference:start -->';
export const END = '<!-- reference:end -->';

const cell = (s) => (s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (s) => (s ? `\`${cell(s)}\`` : '');

function table(head, rows) {
  if (!rows.length) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

/** The reference section for every custom element in the manifest, in tag-name order. */
export function referenceMarkdown(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = [
    '_Generated from `dist/custom-elements.json` by `node scripts/readme-reference.mjs`; edit the class JSDoc, not this section._',
    '',
  ];
  for (const el of elements) {
    out.push(`### \`<${el.tagName}>\``, '');
    if (el.summary || el.description) out.push(cell(el.summary || el.description), '');
    const attributes = el.attributes ?? [];
    const attrFields = new Set(attributes.map((a) => a.fieldName));
    const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_') && !attrFields.has(m.name) && m.description);
    const rows = [
      ...attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
      ...fields.map((f) => ['–', code(f.name), code(f.type?.text), code(f.default), (f.readonly ? 'Read-only. ' : '') + cell(f.description)]),
    ];
    out.push(...table(['attribute', 'property', 'type', 'default', 'description'], rows));
    out.push(...table(['event', 'description'], (el.events ?? []).map((e) => [code(e.name), cell(e.description)])));
    out.push(...table(['slot', 'description'], (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])));
    out.push(...table(['part', 'description'], (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])));
    out.push(...table(['CSS property', 'description'], (el.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)])));
  }
  return out.join('\n').trimEnd();
}

/** README text with the block between the markers replaced. */
export function withReference(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${referenceMarkdown(manifest)}\n\n${readme.slice(end)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readmePath = join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/custom-elements.json'), 'utf8'));
  const next = withReference(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md is out of date with dist/custom-elements.json: run `node scripts/readme-reference.mjs`.');
      process.exit(1);
    }
    console.log('README.md reference is up to date.');
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('README.md reference rewritten.');
  } else console.log('README.md reference already up to date.');
}
