// What an app's TypeScript sees after `import 'clearline/help'` (or any one element): every event
// that element sends is typed on document and on the element, with its detail. Checked with tsc
// against dist/types through the package's exports map, as a bundler app resolves it.
// Needs dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

const ENTRIES = {
  status: ['clearline-load', 'clearline-error'],
  banner: ['clearline-load', 'clearline-error'],
  badge: ['clearline-load', 'clearline-error'],
  faq: ['clearline-search', 'clearline-open', 'clearline-feedback', 'clearline-contact'],
  help: ['clearline-load', 'clearline-error', 'clearline-contact', 'clearline-reason', 'clearline-feedback', 'clearline-open'],
};
const DETAIL = {
  'clearline-load': 'e.detail.feedId',
  'clearline-error': 'e.detail.code',
  'clearline-search': 'e.detail.query',
  'clearline-open': 'e.detail.entry',
  'clearline-feedback': 'e.detail.entry',
  'clearline-contact': 'e.detail.channel',
  'clearline-reason': 'e.detail.reason',
};

test('each element entry, imported alone, types the events that element sends, on document and on the element', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-types-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules/clearline'), 'dir');
    const files = [];
    for (const [entry, events] of Object.entries(ENTRIES)) {
      const file = `${entry}.ts`;
      files.push(file);
      writeFileSync(join(dir, file), [
        `import 'clearline/${entry}';`,
        'export {};',
        `const el = document.querySelector('clearline-${entry}')!;`,
        ...events.map((ev) => `document.addEventListener('${ev}', (e) => { const v: string = ${DETAIL[ev]}; void v; });\nel.addEventListener('${ev}', (e) => { const v: string = ${DETAIL[ev]}; void v; });`),
      ].join('\n'));
    }
    // One program per entry: an app that imports only that element sees only what it brings.
    const failures = [];
    for (const file of files) {
      const config = join(dir, `tsconfig.${file}.json`);
      writeFileSync(config, JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: true }, files: [file] }));
      const r = spawnSync(process.execPath, [TSC, '-p', config], { encoding: 'utf8', timeout: 120_000 });
      if (r.status !== 0) failures.push(`${file}:\n${r.stdout}${r.stderr}`);
    }
    // An older setup (moduleResolution "node", which ignores exports) gets the same types through typesVersions.
    const old = join(dir, 'tsconfig.node10.json');
    writeFileSync(old, JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'node', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: true }, files: ['status.ts'] }));
    const r = spawnSync(process.execPath, [TSC, '-p', old], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) failures.push(`status.ts with moduleResolution node:\n${r.stdout}${r.stderr}`);
    assert.deepEqual(failures, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
