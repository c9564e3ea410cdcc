// Trial U: `clearline verify` of a feed whose fraud line had been changed after signing advised only to sign it again. A
// change the desk did not make may be someone else's (an attacker's number): the advice now first says to find out who,
// before signing again, in the desk's language; only for a signature that no longer matches, not for a damaged file.
// Fixed clock, Brussels time; run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-08T06:55:00Z'); // 07:55 in Brussels
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const feed = (first) => {
  const two = (nl, en) => (first === 'nl' ? { 'nl-BE': nl, en } : { en, 'nl-BE': nl });
  return {
    type: 'status', version: 1, feed_id: 'scheldebank', publisher: { name: 'Scheldebank', url: 'https://www.scheldebank.example' }, time_zone: 'Europe/Brussels',
    channels: [{ id: 'fraude', kind: 'phone', label: two('Fraudelijn Scheldebank', 'Scheldebank fraud line'), href: 'tel:+3227904444', emergency: true }],
    incidents: [{
      id: 'phishing', title: two("Valse sms'en uit naam van Scheldebank", "Fake texts in Scheldebank's name"), severity: 'info', phase: 'identified',
      started_at: iso(NOW - 60 * MIN), updated_at: iso(NOW - 10 * MIN), next_update_at: null,
      known: two('Wij vragen nooit om uw codes.', 'We never ask for your codes.'), unknown: two('Wie erachter zit.', 'Who is behind it.'),
    }],
  };
};

async function tampered(first, body) {
  await withCliDir('clearline-verify-who-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed(first), null, 2));
    assert.equal(run('keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
    const s = run('sign', '--key', 'k.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(s.status, 0, s.stderr);
    const env = JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8'));
    const doc = Buffer.from(env.payload, 'base64url').toString('utf8').replace('+3227904444', '+3270666999');
    writeFileSync(join(dir, 'feed.tampered.jws.json'), JSON.stringify({ ...env, payload: Buffer.from(doc).toString('base64url') }));
    await body(dir, run, env);
  }, { now: NOW, tz: 'Europe/Brussels' });
}

test('verify of a feed changed after signing says first to find out who changed it, then to sign again (nl, en)', async () => {
  await tampered('nl', (dir, run) => {
    const r = run('verify', '--key', 'pub.jwk.json', 'feed.tampered.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Publiceer het niet\. Hebt u het niet zelf veranderd, dan heeft iemand anders dat misschien gedaan: zoek uit wie, voor u het opnieuw ondertekent\. Onderteken de feed daarna opnieuw: clearline sign --key k\.jwk\.json feed\.json --out feed\.tampered\.jws\.json \[signature\]$/m);
  });
  await tampered('en', (dir, run) => {
    const r = run('verify', '--key', 'pub.jwk.json', 'feed.tampered.jws.json');
    assert.match(r.stderr, /Do not publish it\. If you did not change it yourself, someone else may have: find out who before you sign it again\. Then sign the feed again: clearline sign --key k\.jwk\.json feed\.json --out feed\.tampered\.jws\.json \[signature\]$/m);
  });
});

test('a damaged file (cut off, not a changed content) keeps its own advice, without "find out who"', async () => {
  await tampered('nl', (dir, run, env) => {
    writeFileSync(join(dir, 'feed.cut.jws.json'), JSON.stringify({ ...env, payload: env.payload.slice(0, 41) + '!' }));
    const r = run('verify', '--key', 'pub.jwk.json', 'feed.cut.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /beschadigd/);
    assert.doesNotMatch(r.stderr, /zoek uit wie/);
  });
});
