// A Dutch desk signs: its findings and the summary were Dutch, but the lines around them were not:
// "note: with --valid 30m the feed is valid until …", "feed.json is not a valid status document:
// incidents/0/severity: must be one of …", "give a private key with --key FILE", "… this is the public
// key", "--valid 3x: give a number with a unit", "not signed: expires_at … has already passed". Beside a
// Dutch feed sign and heartbeat now say every line in Dutch; --lang en and an English feed keep English.
// Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const dir = mkdtempSync(join(tmpdir(), 'clearline-sign-nl-'));
const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

/** A pension fund's feed: Dutch first; its next update 3 hours away. */
function feed(first = 'nl') {
  const now = Date.now();
  const two = (nl, en) => (first === 'nl' ? { nl, en } : { en, nl });
  return {
    type: 'status', version: 1, feed_id: 'pensioenfonds-voorbeeld', publisher: { name: 'Pensioenfonds Voorbeeld', url: 'https://pensioen.example' }, time_zone: 'Europe/Amsterdam',
    channels: [{ id: 'phone', kind: 'phone', label: two('Klantenservice', 'Customer service'), href: 'tel:+31302345678' }],
    contact_reasons: [{ id: 'uitkering', label: two('Mijn uitkering', 'My pension payment'), channels: ['phone'] }],
    incidents: [{
      id: 'uitkering', title: two('Uitkering komt later', 'Pension payment is late'), severity: 'minor', phase: 'identified',
      started_at: iso(now - 90 * MIN), updated_at: iso(now - 60 * MIN),
      known: two('De uitkering van december komt twee dagen later.', 'The December payment arrives two days late.'),
      unknown: two('Of januari ook later komt.', 'Whether January is late too.'),
      next_update_at: iso(now + 180 * MIN),
      actions: [{ label: two('U hoeft niets te doen.', 'You need not do anything.') }],
    }],
  };
}

const lines = (r) => (r.stdout + r.stderr).split('\n').filter(Boolean);
const ENGLISH = /\b(note: with|is not a valid|give a private key|this is the public key|give a number with a unit|has already passed|the feed is valid until|Signed)\b/;

test('sign beside a Dutch feed: the --valid note, schema errors, key mix-ups, a bad --valid and a passed expires_at are Dutch', () => {
  assert.equal(run('keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed(), null, 2));

  const short = run('sign', '--key', 'k.jwk.json', '--valid', '30m', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(short.status, 0, short.stderr);
  // After 23:30 in Amsterdam the moment is tomorrow, and the note names the day ("do 3 dec 00:04").
  assert.match(short.stderr, /^let op: met --valid 30m is de feed geldig tot (?:\S+ \d{1,2} \S+ )?\d{1,2}:\d\d, vóór de volgende update die u beloofde; daarna zien lezers "verouderd"/m);
  assert.match(short.stderr, /^Statusfeed "pensioenfonds-voorbeeld" ondertekend/m);
  for (const l of lines(short)) assert.doesNotMatch(l, ENGLISH, l);

  const bad = feed();
  bad.incidents[0].severity = 'huge';
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
  const invalid = run('sign', '--key', 'k.jwk.json', 'bad.json', '--out', 'bad.jws.json');
  assert.equal(invalid.status, 1);
  assert.equal(invalid.stderr.trim(), 'clearline sign: bad.json is geen geldige statusfeed: incidents/0/severity: moet een van deze zijn: info, minor, major, critical');

  assert.match(run('sign', 'feed.json').stderr, /^clearline sign: geef een privésleutel met --key BESTAND$/m);
  assert.match(run('sign', '--key', 'nope.jwk.json', 'feed.json').stderr, /er is geen bestand nope\.jwk\.json \(een privésleutel\)/);
  assert.match(run('sign', '--key', 'pub.jwk.json', 'feed.json').stderr, /pub\.jwk\.json: dit is de publieke sleutel; onderteken met het privésleutelbestand dat keygen schreef/);
  const unit = run('sign', '--key', 'k.jwk.json', '--valid', '3x', 'feed.json');
  assert.equal(unit.status, 2);
  assert.match(unit.stderr, /--valid 3x: geef een getal met een eenheid, zoals 30m, 1h of 30d/);

  writeFileSync(join(dir, 'old.json'), JSON.stringify({ ...feed(), issued_at: iso(Date.now() - 120 * MIN), expires_at: iso(Date.now() - 60 * MIN), seq: 5 }));
  const old = run('sign', '--key', 'k.jwk.json', 'old.json', '--out', 'old.jws.json');
  assert.equal(old.status, 2);
  assert.match(old.stderr, /niet ondertekend: expires_at \S+ is al voorbij, dus elke lezer zou de feed weigeren/);

  // --lang en, and an English feed, stay English.
  assert.match(run('sign', '--lang', 'en', 'feed.json').stderr, /give a private key with --key FILE/);
  writeFileSync(join(dir, 'en.json'), JSON.stringify(feed('en')));
  assert.match(run('sign', '--key', 'k.jwk.json', '--valid', '30m', 'en.json', '--out', 'en.jws.json').stderr, /^note: with --valid 30m the feed is valid until/m);
});

test('heartbeat beside a Dutch feed: no key and a bad --valid are Dutch', () => {
  writeFileSync(join(dir, 'hb.json'), JSON.stringify(feed(), null, 2));
  assert.equal(run('sign', '--key', 'k.jwk.json', 'hb.json', '--out', 'hb.jws.json').status, 0);
  assert.match(run('heartbeat', 'hb.jws.json', '--out', 'hb.jws.json').stderr, /^clearline heartbeat: geef een privésleutel met --key BESTAND$/m);
  assert.match(run('heartbeat', '--key', 'k.jwk.json', '--valid', '2q', 'hb.jws.json', '--out', 'hb.jws.json').stderr, /--valid 2q: geef een getal met een eenheid/);
  const ok = run('heartbeat', '--key', 'k.jwk.json', 'hb.jws.json', '--out', 'hb.jws.json');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stderr, /^Heartbeat: "pensioenfonds-voorbeeld" volgnummer/m);
  for (const l of lines(ok)) assert.doesNotMatch(l, ENGLISH, l);
});

// A Dutch desk's scheduled job ran heartbeat on feed.json instead of feed.jws.json and read
// "unexpected envelope member "type" [invalid]": English, and nothing to act on. It now says the
// file is not signed, in the feed's language, with the command for the signed file and the one that signs.
test('heartbeat and verify on the unsigned feed.json say so in the feed\'s language, with the commands to use', () => {
  writeFileSync(join(dir, 'unsigned.json'), JSON.stringify(feed(), null, 2));
  const nl = run('heartbeat', '--key', 'k.jwk.json', 'unsigned.json', '--out', 'unsigned.jws.json');
  assert.equal(nl.status, 1);
  assert.equal(nl.stderr, 'clearline heartbeat: unsigned.json is niet ondertekend: dit is het bestand dat u bewerkt, niet het ondertekende bestand dat clearline sign schrijft. Geef heartbeat het ondertekende bestand: clearline heartbeat --key k.jwk.json unsigned.jws.json --out unsigned.jws.json. Heeft u unsigned.json gewijzigd? Onderteken het dan: clearline sign --key k.jwk.json unsigned.json --out unsigned.jws.json\n');
  writeFileSync(join(dir, 'unsigned-en.json'), JSON.stringify(feed('en'), null, 2));
  const en = run('heartbeat', '--key', 'k.jwk.json', 'unsigned-en.json');
  assert.equal(en.status, 1);
  assert.match(en.stderr, /^clearline heartbeat: unsigned-en\.json is not signed: it is the file you edit, not the signed file that clearline sign writes\. Give heartbeat the signed file: clearline heartbeat --key k\.jwk\.json unsigned-en\.jws\.json --out unsigned-en\.jws\.json\./);
  // verify read the same "unexpected envelope member "type"": now as heartbeat says it, --json keeping its code.
  const verify = run('verify', '--key', 'pub.jwk.json', 'unsigned.json');
  assert.equal(verify.status, 1);
  assert.equal(verify.stderr, 'clearline verify: unsigned.json is niet ondertekend: dit is het bestand dat u bewerkt, niet het ondertekende bestand dat clearline sign schrijft. Controleer het ondertekende bestand: clearline verify --key pub.jwk.json unsigned.jws.json [invalid]\n');
  const json = JSON.parse(run('verify', '--json', '--key', 'pub.jwk.json', 'unsigned-en.json').stdout);
  assert.deepEqual(json, { ok: false, code: 'invalid', message: 'unsigned-en.json is not signed: it is the file you edit, not the signed file that clearline sign writes. Check the signed file: clearline verify --key pub.jwk.json unsigned-en.jws.json' });
});
