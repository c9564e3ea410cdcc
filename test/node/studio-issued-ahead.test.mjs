// The studio signs on the server with --key through the same check as `clearline sign`: an issued_at
// more than a few minutes ahead of this computer's clock (a feed.json date typed days ahead, trial K)
// is refused with the date found and what to do, in the studio's language, as one of its errors.
// Times relative to now. Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStudio } from './studio-kit.mjs';
import { sign } from './studio-api-kit.mjs';

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function payload(now, issued) {
  const two = (nl, en) => ({ nl, en });
  return {
    type: 'status', version: 1, feed_id: 'waterbedrijf-rivierenland', seq: issued, issued_at: iso(issued), expires_at: iso(issued + 60 * MIN),
    publisher: { name: 'Waterbedrijf Rivierenland', url: 'https://water.example' }, time_zone: 'Europe/Amsterdam',
    channels: [{ id: 'storing', kind: 'phone', label: two('Storingslijn', 'Fault line'), href: 'tel:+318000234', wait_minutes: 0 }],
    contact_reasons: [{ id: 'water', label: two('Kookadvies', 'Boil-water advice'), channels: ['storing'] }],
    incidents: [{
      id: 'kookadvies', title: two('Kookadvies in Tiel', 'Boil-water advice in Tiel'), severity: 'major', phase: 'identified',
      started_at: iso(now - 90 * MIN), updated_at: iso(now - 60 * MIN),
      known: two('Kook uw kraanwater drie minuten voor u het drinkt.', 'Boil your tap water for three minutes before you drink it.'),
      unknown: two('Hoe lang het kookadvies duurt.', 'How long the advice lasts.'),
      next_update_at: iso(now + 120 * MIN),
      actions: [{ label: two('Kook water drie minuten voor drinken.', 'Boil water for three minutes before drinking.'), urgent: true }],
    }],
  };
}

test('studio /api/sign refuses an issued_at days ahead of this computer\'s clock, and signs one of now', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-ahead-'));
  let child;
  try {
    assert.equal(spawnSync(process.execPath, [CLI, 'keygen', '--out', 'key.jwk.json', '--public-out', 'public.jwk.json'], { cwd: dir }).status, 0);
    const now = Date.now();
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(payload(now, now), null, 2) + '\n');
    const studio = await startStudio(dir, ['--port', '0', '--key', 'key.jwk.json', '--lang', 'nl']);
    child = studio.child;
    const r = await sign(studio.url, { payload: payload(now, now + 10 * 24 * 60 * MIN) });
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.deepEqual(r.body.errors.map((e) => e.rule), ['issued-ahead']);
    assert.match(r.body.message, /^Niet ondertekend: 1 fout om eerst op te lossen\. .*issued_at in feed\.json is .+, 10 dagen later dan de klok van deze computer/);
    assert.doesNotMatch(r.body.message, /--force/);
    const fine = await sign(studio.url, { payload: payload(now, now) });
    assert.equal(fine.status, 200, JSON.stringify(fine.body));
  } finally {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
