// The build drops the indentation of the reader elements' html`` templates (scripts/html-indent.ts,
// minifyLiterals in vite.config.ts) and nothing a reader sees or hears. The dist/ test needs
// `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { collapseIndentation } = await importTs('scripts/html-indent.ts');
const X = '@TEMPLATE_EXPRESSION'; // what minify-literals puts where an expression was

test('indentation between tags and between expressions becomes one line break', () => {
  const html = `<ul>\n      <li>${X}</li>\n      ${X}\n    </ul>\n  <p>${X}  \n   ${X}</p>`;
  assert.equal(collapseIndentation(html), `<ul>\n<li>${X}</li>\n${X}\n</ul>\n<p>${X}\n${X}</p>`);
});

test('whitespace without a line break stays: it may be the space between two words or expressions', () => {
  const html = `<p>${X}  ${X} and  more</p>`;
  assert.equal(collapseIndentation(html), html);
});

test('a no-break space beside a line break is text, not indentation: it stays', () => {
  assert.equal(collapseIndentation(`<p>a\u00a0\n    ${X}\n  \u00a0b</p>`), `<p>a\u00a0\n${X}\n\u00a0b</p>`);
});

test('inside a tag, the line breaks between attributes go but quoted values stay as written', () => {
  const html = `<input\n      id="q"\n      aria-label="two\n   lines"\n      title='a > b\n  c'\n      .value=${X}\n    />`;
  assert.equal(collapseIndentation(html), `<input\nid="q"\naria-label="two\n   lines"\ntitle='a > b\n  c'\n.value=${X}\n/>`);
});

test('a static tag name (lit/static-html) is a tag too', () => {
  assert.equal(collapseIndentation(`<${X}\n    class="a\n  b"\n  >x</${X}>`), `<${X}\nclass="a\n  b"\n>x</${X}>`);
});

test('templates whose text keeps its spaces are left as written', () => {
  for (const html of [`<pre>\n  a\n    b</pre>`, `<textarea>\n  a</textarea>`, `<!-- note -->\n  <p>a</p>`, `<style>\n  p {}</style>`]) {
    assert.equal(collapseIndentation(html), html);
  }
});

test('the reader code in dist/ carries no template indentation', () => {
  const files = ['clearline.js', 'clearline.iife.js', 'status.js', 'banner.js', 'badge.js', 'faq.js', 'help.js', ...readdirSync(join(ROOT, 'dist/chunks')).filter((f) => !f.startsWith('marked.')).map((f) => `chunks/${f}`)];
  for (const file of files) {
    const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
    const at = code.search(/\n[ \t]+/);
    assert.equal(at, -1, `dist/${file} has indentation: ${JSON.stringify(code.slice(Math.max(0, at - 60), at + 20))}`);
  }
});
