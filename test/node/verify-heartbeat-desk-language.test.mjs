// `clearline verify` and `clearline heartbeat` on a Dutch desk said "OK: status feed … seq …",
// "issued 11:56, expires Thu 3 Dec 17:56", "Heartbeat: … valid until Thu 3 Dec 17:56" and
// "The old envelope had expired at 2026-12-02T09:56:00Z", while update and export speak the feed's
// first language (desk-lang.ts) with "do 3 dec 17:56". Now they do too; an English feed stays
// English (cli.test.mjs, energy-cli.test.mjs). Validities of 30 hours make the expiry another day
// at any time of day, so the date is always written. Uses dist/cli.js: run `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** A Dutch day and date before the time ("do 3 dec 17:56"), never an English one. */
const DUTCH_DATE = /\b(ma|di|wo|do|vr|za|zo) \d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? \d{2}:\d{2}\b/;
const ENGLISH = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\b(seq|issued|expires|valid until|signature)\b/;
let dir;

function cli(...args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
  if (r.error) throw r.error;
  return r;
}
const ok = (r) => (assert.equal(r.status, 0, `exit ${r.status}\n${r.stdout}\n${r.stderr}`), r);

const feed = (now = Date.now()) => ({
  type: 'status',
  version: 1,
  feed_id: 'utrecht-energie',
  time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Utrecht Energie', url: 'https://www.utrecht-energie.example/' },
  channels: [{ id: 'service', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31302345678' }],
  incidents: [
    {
      id: 'gas',
      title: { nl: 'Geen gas in Utrecht-Oost', en: 'No gas in Utrecht-Oost' },
      severity: 'minor',
      phase: 'investigating',
      started_at: iso(now - 60 * MIN),
      updated_at: iso(now - 30 * MIN),
      known: { nl: 'Een hoofdleiding is beschadigd.', en: 'A main pipe is damaged.' },
      unknown: { nl: 'Hoe lang het duurt.', en: 'How long it lasts.' },
      next_update_at: iso(now + 30 * MIN),
    },
  ],
});

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearline-envelope-nl-'));
  ok(cli('keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed(), null, 2));
  // --force: a validity over 24 hours is a lint error; it is what makes the expiry another day.
  ok(cli('sign', '--key', 'k.jwk.json', '--valid', '30h', '--force', 'feed.json', '--out', 'feed.jws.json'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('verify on a Dutch feed: Dutch words and a Dutch date', () => {
  const r = ok(cli('verify', '--key', 'pub.jwk.json', 'feed.jws.json'));
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0], /^OK: statusfeed "utrecht-energie" volgnummer \d+, ondertekend met \S+ \(Ed25519\)$/);
  assert.match(lines[1], /^ondertekend (?:om \d{1,2}:\d{2}|op [a-z]{2} \d{1,2} [a-z]{3}\.? \d{1,2}:\d{2}), geldig tot .* \(Europe\/Amsterdam; nog \d+ min\)$/);
  assert.match(lines[1], DUTCH_DATE);
  assert.equal(lines[2], '1 open van 1 incident, 1 contactkanaal');
  assert.doesNotMatch(r.stdout, ENGLISH);
});

test('heartbeat on a Dutch feed: findings, refusal and summary in Dutch, with a Dutch date', () => {
  const refused = cli('heartbeat', '--key', 'k.jwk.json', '--valid', '30h', 'feed.jws.json', '--out', 'hb.jws.json');
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /^fout +expires_at: /m);
  assert.match(refused.stderr, /niet opnieuw ondertekend: los de fouten hierboven op met clearline update en onderteken opnieuw/);
  // Not offered: a re-sign past a passed promise keeps a broken promise looking fresh.
  assert.doesNotMatch(refused.stderr, /--force/);
  const r = ok(cli('heartbeat', '--key', 'k.jwk.json', '--valid', '30h', '--force', 'feed.jws.json', '--out', 'hb.jws.json'));
  const summary = r.stderr.trim().split('\n').at(-1);
  assert.match(summary, /^Heartbeat: "utrecht-energie" volgnummer \d+ -> \d+, geldig tot .* \(Europe\/Amsterdam\), met 1 sleutel: hb\.jws\.json$/);
  assert.match(summary, DUTCH_DATE);
});

test('heartbeat of an expired envelope says so in Dutch, at the time in the feed zone, not in UTC', async () => {
  const { signPayload } = await import(join(ROOT, 'dist/feed.js'));
  const now = Date.now();
  const f = { ...feed(now), issued_at: iso(now - 120 * MIN), expires_at: iso(now - 60 * MIN), seq: 7 };
  const key = JSON.parse(readFileSync(join(dir, 'k.jwk.json'), 'utf8'));
  writeFileSync(join(dir, 'old.jws.json'), JSON.stringify(await signPayload(new TextEncoder().encode(JSON.stringify(f)), [key], 'status')));
  const r = ok(cli('heartbeat', '--key', 'k.jwk.json', 'old.jws.json', '--out', 'old.jws.json'));
  assert.match(r.stderr, /^De oude envelop was verlopen (?:om \d{1,2}:\d{2}|op [a-z]{2} \d{1,2} [a-z]{3}\.? \d{1,2}:\d{2}) \(Europe\/Amsterdam; lezers zagen hem als verouderd\); de handtekening klopt, dus hij is nu opnieuw ondertekend\.$/m);
  assert.doesNotMatch(r.stderr, /\d{2}:\d{2}:\d{2}Z/);
});

test('verify on a Dutch FAQ: its questions make the desk Dutch', () => {
  const faq = { type: 'faq', version: 1, feed_id: 'utrecht-energie', entries: [{ id: 'a', question: { nl: 'Wanneer komt het gas terug?', en: 'When is the gas back?' }, answer: { nl: 'Zodra de leiding hersteld is.', en: 'Once the pipe is repaired.' } }] };
  writeFileSync(join(dir, 'faq.json'), JSON.stringify(faq));
  ok(cli('sign', '--key', 'k.jwk.json', 'faq.json', '--out', 'faq.jws.json'));
  const r = ok(cli('verify', '--key', 'pub.jwk.json', 'faq.jws.json'));
  assert.match(r.stdout, /^OK: FAQ-document "utrecht-energie" volgnummer \d+/);
  assert.match(r.stdout, /^1 vraag in de FAQ$/m);
});
