// Trial O: a transport company's web team pasted keygen's classic script tag as printed, `<script src="…/dist/clearline.iife.js"
// defer>`, without the `integrity` hash docs/embedding.md asks for (one the page should never run without: a CDN that serves
// other bytes shows customers a false phone number). keygen now prints the tag with the hash of the installed
// dist/clearline.iife.js and that package's version. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

test('keygen prints the classic script with the SHA-384 of dist/clearline.iife.js, crossorigin and the package version', () => {
  const out = run(folder(feed('en')), 'keygen', '--out', 'private.jwk.json');
  assert.equal(out.status, 0, out.stderr);
  const hash = createHash('sha384').update(readFileSync(join(ROOT, 'dist/clearline.iife.js'))).digest('base64');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const tag = out.stdout.match(/<script src="[^"]*clearline\.iife\.js"[^>]*>/)?.[0];
  assert.equal(tag, `<script src="https://cdn.example.com/clearline@${version}/dist/clearline.iife.js"\n  integrity="sha384-${hash}" crossorigin="anonymous" defer>`);
  assert.ok(out.stdout.includes(`clearline@${version}/dist/clearline.js`));
});
