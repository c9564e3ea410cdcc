// Trial U, a Flemish bank (feed nl-BE,en, Brussels time). Its FAQ folder holds x.en.md beside x.nl-BE.md, so the built
// questions start in English. `faq build` said "Lezers zien de vragen in deze volgorde: 1. Should I report it to the
// police…" (a Dutch sentence, English questions); `sign faq.json` answered "Signed faq document …" in English, while the
// feed's sign right after spoke Dutch; and `export` of a changed signed feed said "the signature does not match the
// content [signature]" in English where verify said it in Dutch. Each now follows the desk's language. Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import test from 'node:test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-07T15:00:00Z');
const trialFeed = () => readFileSync(join(ROOT, 'test/fixtures/trial-u/feed.0746.json'), 'utf8');
const md = (id, question, body) => `---\nid: ${id}\nquestion: ${question}\n---\n${body}\n`;

function flemishDesk(dir, cli) {
  writeFileSync(join(dir, 'feed.json'), trialFeed());
  mkdirSync(join(dir, 'faq'));
  writeFileSync(join(dir, 'faq/aangifte.nl-BE.md'), md('aangifte', 'Moet ik aangifte doen en krijg ik mijn geld terug?', 'Doe aangifte bij de lokale politie.'));
  writeFileSync(join(dir, 'faq/aangifte.en.md'), md('aangifte', 'Should I report it to the police and will I get my money back?', 'Report it to your local police.'));
  writeFileSync(join(dir, 'faq/app.nl-BE.md'), md('app', 'Ik kan niet inloggen in de app', 'Probeer het later opnieuw.'));
  writeFileSync(join(dir, 'faq/app.en.md'), md('app', "I can't log in to the app", 'Try again later.'));
  const key = cli('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json');
  assert.equal(key.status, 0, key.stderr);
}

test('faq build lists the order in the desk\'s language; sign, verify and heartbeat of the FAQ speak Dutch', async () => {
  await withCliDir('clearline-flemish-faq-', async (dir, cli) => {
    flemishDesk(dir, cli);
    const built = cli('faq', 'build', 'faq', '--feed-id', 'scheldebank-faq', '--out', 'faq.json');
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stderr, /Lezers zien de vragen in deze volgorde: 1\. Moet ik aangifte doen en krijg ik mijn geld terug\? 2\. Ik kan niet inloggen in de app/);
    assert.doesNotMatch(built.stderr, /Should I report|log in to the app/);
    const signed = cli('sign', '--key', 'private.jwk.json', 'faq.json', '--out', 'faq.jws.json');
    assert.equal(signed.status, 0, signed.stderr);
    assert.match(signed.stderr + signed.stdout, /FAQ-document "scheldebank-faq" ondertekend/);
    assert.doesNotMatch(signed.stderr + signed.stdout, /Signed faq document/);
    const verified = cli('verify', '--key', 'public.jwk.json', 'faq.jws.json');
    assert.equal(verified.status, 0, verified.stderr);
    assert.match(verified.stdout, /^OK: FAQ-document "scheldebank-faq" volgnummer/);
    const beat = cli('heartbeat', '--key', 'private.jwk.json', 'faq.jws.json', '--out', 'faq.jws.json');
    assert.equal(beat.status, 0, beat.stderr);
    assert.match(beat.stderr + beat.stdout, /Heartbeat: "scheldebank-faq" volgnummer .* geldig tot/);
  }, { now: NOW, tz: 'Europe/Brussels' });
});

test('export of a signed feed changed after signing says so in Dutch, as verify does, also without a feed.json beside it', async () => {
  await withCliDir('clearline-flemish-export-', async (dir, cli) => {
    flemishDesk(dir, cli);
    assert.equal(cli('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'signed.jws.json', '--force').status, 0);
    // Someone changed the fraud line's number in the payload and kept the signature (the trial's tampered feed).
    const env = JSON.parse(readFileSync(join(dir, 'signed.jws.json'), 'utf8'));
    const payload = Buffer.from(env.payload, 'base64url').toString('utf8').replace('tel:+3227904444', 'tel:+3270666999');
    assert.notEqual(payload, Buffer.from(env.payload, 'base64url').toString('utf8'), 'the fixture has the fraud line');
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere/feed.tampered.jws.json'), JSON.stringify({ ...env, payload: Buffer.from(payload).toString('base64url') }));
    const r = cli('export', 'elsewhere/feed.tampered.jws.json', '--to', 'sms', '--public-key', 'public.jwk.json');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /is na het ondertekenen gewijzigd: de inhoud past niet meer bij de handtekening.*\[signature\]/);
    assert.doesNotMatch(r.stderr, /the signature does not match the content/);
  }, { now: NOW, tz: 'Europe/Brussels' });
});
