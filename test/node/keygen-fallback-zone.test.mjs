// Trial Z: a UK hospital trust made its feed with `new feed --time-zone Europe/London`, and keygen's embed code still said
// <p slot="fallback" hidden>Emergency? Call [[TODO: your emergency number]].</p>, though 999 is known on a British clock. A
// site owner who forgot to edit it showed patients the mark exactly when the feed failed. The fallback now says the feed's
// own emergency lines, else its zone's number (999, 911, 112, 000), and keeps a [[TODO: …]] only without a country's zone;
// standard error says in one line to check it. Pure part from src/; the CLI part needs `npm run build`.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { folder, run } from './desk-feed-kit.mjs';
import { importTs } from './ts-import.mjs';

const { embedFallback, zoneEmergencyNumber } = await importTs('src/cli/embed-fallback.ts');
const { PLACEHOLDER } = await importTs('src/feed/placeholder.ts');

const bare = (time_zone, channels = []) => ({ type: 'status', version: 1, feed_id: 'x', time_zone, channels, incidents: [] });
const line = (id, href, label) => ({ id, kind: 'phone', emergency: true, href, label });

test('without emergency lines in the feed: the zone\'s own number, in the desk\'s language', () => {
  assert.equal(embedFallback(bare('Europe/London'), 'en').words, 'Emergency? Call 999.');
  assert.equal(embedFallback(bare('Europe/Dublin'), 'en').words, 'Emergency? Call 999.');
  assert.equal(embedFallback(bare('America/Chicago'), 'en').words, 'Emergency? Call 911.');
  assert.equal(embedFallback(bare('America/Toronto'), 'en').words, 'Emergency? Call 911.');
  assert.equal(embedFallback(bare('Europe/Berlin'), 'en').words, 'Emergency? Call 112.');
  assert.equal(embedFallback(bare('Australia/Sydney'), 'en').words, 'Emergency? Call 000.');
  assert.equal(embedFallback(bare('Europe/Amsterdam'), 'nl').words, 'Noodgeval? Bel 112.');
  assert.equal(embedFallback(bare('Europe/Brussels'), 'nl').words, 'Noodgeval? Bel 112.');
  for (const lang of ['en', 'nl']) assert.doesNotMatch(embedFallback(bare('Europe/London'), lang).words, PLACEHOLDER);
});

test('the feed\'s own emergency lines, with the zone\'s number after them when none of them is it', () => {
  const nhs = bare('Europe/London', [line('999', 'tel:999', { en: 'In an emergency call 999' }), line('111', 'tel:111', { en: 'Urgent advice: NHS 111' })]);
  assert.equal(embedFallback(nhs, 'en').words, 'In an emergency call 999. Urgent advice: NHS 111.');
  const only111 = bare('Europe/London', [line('111', 'tel:111', { en: 'Urgent advice: NHS 111' })]);
  assert.equal(embedFallback(only111, 'en').words, 'Urgent advice: NHS 111. Life in danger? Call 999.');
  const gas = bare('Europe/Amsterdam', [line('gas', 'tel:+318009009', { nl: 'Ruikt u gas? Bel direct', en: 'Smell gas? Call now' })]);
  assert.equal(embedFallback(gas, 'nl').words, 'Ruikt u gas? Bel direct: 0800 9009. Levensgevaar? Bel 112.');
  assert.equal(embedFallback(gas, 'en').words, 'Smell gas? Call now: 0800 9009. Life in danger? Call 112.');
  assert.match(embedFallback(gas, 'nl').check, /noodnummers van uw feed en 112\.$/);
});

test('a [[TODO: …]] mark (the form lint and sign refuse in a feed) only where no country is known', () => {
  for (const feed of [undefined, bare('UTC'), bare('Asia/Tokyo'), bare(undefined)]) {
    const en = embedFallback(feed, 'en');
    assert.equal(en.words, 'Emergency? Call [[TODO: your emergency number]].');
    assert.match(en.words, PLACEHOLDER);
    assert.match(en.check, /replace \[\[TODO: your emergency number\]\]/);
    assert.match(embedFallback(feed, 'nl').words, PLACEHOLDER);
  }
  assert.equal(zoneEmergencyNumber('Asia/Tokyo'), undefined);
  assert.equal(zoneEmergencyNumber('Europe/Paris'), '112');
});

const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-keygen-fallback-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

test('trial Z: new feed on Europe/London, then keygen: 999 in both fallbacks, one line on stderr to check it', () => {
  const dir = tmp();
  const made = run(dir, 'new', 'feed', '--feed-id', 'northgate-nhs', '--publisher', 'Northgate Hospitals', '--time-zone', 'Europe/London');
  assert.equal(made.status, 0, made.stderr);
  const r = run(dir, 'keygen', '--out', 'private.jwk.json');
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('<p slot="fallback" hidden>Emergency? Call 999.</p></clearline-status>'), r.stdout);
  assert.ok(r.stdout.includes('<p slot="fallback" hidden>Emergency? Call 999.</p></clearline-help>'), r.stdout);
  const checks = r.stderr.trim().split('\n').filter((l) => /fallback/.test(l));
  assert.equal(checks.length, 1, r.stderr);
  assert.match(checks[0], /^Check the fallback in the embed code .*it names only 999, the emergency number for your feed's time zone \(Europe\/London\)/);
});

test('a Dutch desk: new feed after keygen prints the embed code with "Noodgeval? Bel 112." and says to check it in Dutch', () => {
  const dir = tmp();
  assert.equal(run(dir, 'keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
  const r = run(dir, 'new', 'feed', '--feed-id', 'gemeente-voorbeeld', '--publisher', 'Gemeente Voorbeeld', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl');
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('<p slot="fallback" hidden>Noodgeval? Bel 112.</p></clearline-help>'), r.stdout);
  assert.match(r.stderr, /^Controleer de fallback in de insluitcode .*die noemt alleen 112/m);
});

test('keygen beside a British feed with 999 and NHS 111 as emergency lines says both, no mark left', () => {
  const feed = bare('Europe/London', [line('999', 'tel:999', { en: 'In an emergency call 999' }), line('111', 'tel:111', { en: 'Urgent advice: NHS 111' })]);
  Object.assign(feed, { publisher: { name: 'Northgate Hospitals', url: 'https://northgate.example' } });
  const r = run(folder(feed), 'keygen', '--out', 'private.jwk.json');
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('<p slot="fallback" hidden>In an emergency call 999. Urgent advice: NHS 111.</p></clearline-status>'), r.stdout);
  assert.doesNotMatch(r.stdout.replace(/src="\[\[TODO: [^\]]*\]\]"/g, ''), /TODO/);
  assert.match(r.stderr, /it names the emergency lines of your feed\.$/m);
});
