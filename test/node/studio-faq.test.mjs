// `clearline studio --faq faq.json`: the studio knows the FAQ, so a desk can link a contact reason to
// an answer by ticking its question (a pension fund's "Mijn pensioen is niet op mijn rekening" to "Het
// geld staat donderdag op uw rekening"); before, the studio had no FAQ and the links were JSON only.
// The page's <clearline-editor> gets faq-src="/api/faq" (the ticks: test/browser/editor-reason-answers.test.ts).
// Needs dist/ (run `npm run build` first).
import { test } from 'node:test';
import { startStudio } from './studio-kit.mjs';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const FEED = { type: 'status', version: 1, feed_id: 'pf', publisher: { name: 'Pensioenfonds Voorbeeld', url: 'https://pf.example' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] };
const FAQ = { type: 'faq', version: 1, feed_id: 'pf-faq', entries: [{ id: 'wanneer-betaald', question: { nl: 'Wanneer staat mijn pensioen op mijn rekening?', en: 'When is my pension in my account?' }, answer: { nl: 'Het geld staat donderdag op uw rekening.', en: 'The money is in your account on Thursday.' } }] };

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-faq-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(FEED, null, 2));
  writeFileSync(join(dir, 'faq.json'), JSON.stringify(FAQ, null, 2));
  return dir;
}

/** Starts the studio in `dir` with `args`; resolves with its URL and a stop function. */
const studio = (dir, ...args) => startStudio(dir, ['--port', '0', ...args]);

test('with --faq the page tells the editor where the FAQ is, and /api/faq serves it (a signed .jws.json as its payload)', async () => {
  const dir = folder();
  try {
    const { url, stop } = await studio(dir, '--faq', 'faq.json', '--lang', 'nl');
    try {
      assert.match(await (await fetch(url)).text(), /<clearline-editor [^>]*faq-src="\/api\/faq"/);
      const res = await fetch(new URL('/api/faq', url));
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), FAQ);
    } finally {
      stop();
    }
    // Shaped as clearline sign writes it (a header and signature that read; a damaged one is refused: damaged-header-desk-language.test.mjs).
    const header = Buffer.from(JSON.stringify({ alg: 'EdDSA', typ: 'clearline-faq+jws', kid: 'k' })).toString('base64url');
    const signed = { payload: Buffer.from(JSON.stringify(FAQ)).toString('base64url'), signatures: [{ protected: header, signature: Buffer.alloc(64, 7).toString('base64url') }] };
    writeFileSync(join(dir, 'faq.jws.json'), JSON.stringify(signed));
    const again = await studio(dir, '--faq', 'faq.jws.json');
    try {
      assert.deepEqual(await (await fetch(new URL('/api/faq', again.url))).json(), FAQ);
    } finally {
      again.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without --faq the page has no faq-src and /api/faq says why', async () => {
  const dir = folder();
  try {
    // In English: the feed has no texts yet and is on Dutch time, where the studio would speak Dutch.
    const { url, stop } = await studio(dir, '--lang', 'en');
    try {
      assert.doesNotMatch(await (await fetch(url)).text(), /faq-src/);
      const res = await fetch(new URL('/api/faq', url));
      assert.equal(res.status, 404);
      assert.match((await res.json()).message, /started without --faq/);
    } finally {
      stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a --faq that is not an FAQ document is refused at start, with what to give', () => {
  const dir = folder();
  try {
    const feed = spawnSync(process.execPath, [CLI, 'studio', 'feed.json', '--lang', 'en', '--port', '0', '--faq', 'feed.json'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    assert.notEqual(feed.status, 0);
    assert.match(feed.stderr, /feed\.json is not an FAQ document \("type": "faq"\); give the one clearline faq build made \(or its \.jws\.json\)/);
    const missing = spawnSync(process.execPath, [CLI, 'studio', 'feed.json', '--lang', 'en', '--port', '0', '--faq', 'vragen.json'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    assert.notEqual(missing.status, 0);
    assert.match(missing.stderr, /vragen\.json/);
    assert.match(spawnSync(process.execPath, [CLI, 'studio', '--help'], { encoding: 'utf8' }).stdout, /--faq VALUE\s+the FAQ document \(faq\.json or its \.jws\.json\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
