// The studio server refuses to sign a feed with lint errors when asked past the page's own check
// (an older page, a second tab). It answered only "lint errors: fix them before signing": the desk
// saw that line under the Sign button and could not tell which field to fix. Now it names each
// error (where, what, how to fix it) in the studio's language, and lists them in `errors`.
// Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import { startStudio } from './studio-kit.mjs';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { sign } from './studio-api-kit.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A municipality's waste-collection notice whose promised update has passed and whose "what we don't know" is still the template's. */
function payload(now) {
  return {
    type: 'status', version: 1, feed_id: 'gemeente-voorbeeld', seq: 2, issued_at: iso(now), expires_at: iso(now + 60 * MIN),
    publisher: { name: 'Gemeente Voorbeeld', url: 'https://gemeente.example' }, time_zone: 'Europe/Amsterdam',
    channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Publiekszaken', en: 'Public services' }, href: 'tel:+31301234567' }],
    contact_reasons: [{ id: 'afval', label: { nl: 'Afval niet opgehaald', en: 'Waste not collected' }, channels: ['phone'] }],
    incidents: [{
      id: 'afval', title: { nl: 'Afval wordt later opgehaald', en: 'Waste collected later' }, severity: 'minor', phase: 'identified',
      started_at: iso(now - 90 * MIN), updated_at: iso(now - 60 * MIN),
      known: { nl: 'De vuilniswagens rijden vandaag een dag later.', en: 'The refuse lorries run a day late today.' },
      unknown: { nl: '[[TODO: wat we nog niet weten]]', en: 'Whether Friday is affected too.' },
      next_update_at: iso(now - 30 * MIN),
    }],
  };
}

const studio = (dir, ...args) => startStudio(dir, ['--port', '0', '--key', 'key.jwk.json', ...args]);

test('studio /api/sign refuses a feed with lint errors and names each one, in the studio language (Dutch and English)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-refusal-'));
  const started = [];
  try {
    assert.equal(spawnSync(process.execPath, [CLI, 'keygen', '--out', 'key.jwk.json', '--public-out', 'public.jwk.json'], { cwd: dir }).status, 0);
    const feed = payload(Date.now());
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2) + '\n');

    const nl = await studio(dir, '--lang', 'nl');
    started.push(nl.child);
    const r = await sign(nl.url, { payload: feed });
    assert.equal(r.status, 422);
    assert.equal(r.body.envelope, undefined);
    assert.deepEqual(r.body.errors.map((e) => e.rule).sort(), ['next-update-past', 'placeholder']);
    assert.match(r.body.message, /^Niet ondertekend: 2 fouten om eerst op te lossen\. /);
    // Where, in the form's words (the incident by its title), what is wrong, and what to do.
    assert.match(r.body.message, /Incident “Afval wordt later opgehaald”, volgende update: [^.]+\. Plaats nu een update, of beloof een nieuwe tijd/);
    assert.match(r.body.message, /Incident “Afval wordt later opgehaald”, wat we nog niet weten \(Nederlands\): hier staat nog voorbeeldtekst/);
    assert.doesNotMatch(r.body.message, /lint errors|fix them before signing/);
    const past = r.body.errors.find((e) => e.rule === 'next-update-past');
    assert.equal(past.path, 'incidents/0/next_update_at');
    assert.ok(past.message && past.fix && past.place, JSON.stringify(past));

    // The feed is Dutch first, so the studio is Dutch without --lang (studio-desk-language.test.mjs).
    const en = await studio(dir, '--lang', 'en');
    started.push(en.child);
    const e = await sign(en.url, { payload: feed });
    assert.equal(e.status, 422);
    assert.match(e.body.message, /^Not signed: 2 errors to fix first\. /);
    assert.match(e.body.message, /Incident “Waste collected later”, next update: [^.]+\. Publish an update now, or promise a new time/);

    // A feed without errors is still signed.
    const fixed = payload(Date.now());
    fixed.incidents[0].unknown.nl = 'Of vrijdag ook later wordt.';
    fixed.incidents[0].next_update_at = iso(Date.now() + 30 * MIN);
    const ok = await sign(en.url, { payload: fixed });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.ok(ok.body.envelope?.signatures?.length);
  } finally {
    for (const c of started) c.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
