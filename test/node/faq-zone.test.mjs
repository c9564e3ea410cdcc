// An FAQ document has no time_zone: sign and verify printed its validity in the machine's zone, "geldig tot
// vr 1 jan 16:01 (UTC)" on a UTC server for a Dutch FAQ. With a feed.json (or only a signed feed.jws.json)
// beside it, they say the feed's zone and clock. Uses dist/cli.js: run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
const ok = (r) => (assert.equal(r.status, 0, `exit ${r.status}\n${r.stdout}\n${r.stderr}`), r);

const FAQ = { type: 'faq', version: 1, feed_id: 'waterbedrijf', entries: [{ id: 'a', question: { nl: 'Is het water veilig?', en: 'Is the water safe?' }, answer: { nl: 'Ja.', en: 'Yes.' } }] };
const FEED = {
  type: 'status', version: 1, feed_id: 'waterbedrijf', time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Waterbedrijf', url: 'https://www.waterbedrijf.example/' },
  channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31302345678' }], incidents: [],
};
/** The wall clock at `iso` in `zone`, as the CLI writes a time ("16:01"). */
const hhmm = (iso, zone) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(Date.parse(iso));

function signed(withFeed) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-faq-zone-'));
  ok(run(dir, 'keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json'));
  writeFileSync(join(dir, 'faq.json'), JSON.stringify(FAQ));
  if (withFeed) writeFileSync(join(dir, 'feed.json'), JSON.stringify(FEED));
  return { dir, sign: ok(run(dir, 'sign', '--key', 'k.jwk.json', 'faq.json', '--out', 'faq.jws.json')) };
}

test('sign and verify say an FAQ\'s validity in the zone of the feed beside it, not the server\'s UTC', () => {
  const { dir, sign } = signed(true);
  try {
    const expires = JSON.parse(ok(run(dir, 'verify', '--key', 'pub.jwk.json', 'faq.jws.json', '--json')).stdout).expires_at;
    const local = hhmm(expires, 'Europe/Amsterdam');
    assert.notEqual(local, hhmm(expires, 'UTC')); // Amsterdam is never on UTC
    assert.match(sign.stderr, new RegExp(`geldig tot [^\\n]*${local} \\(Europe/Amsterdam\\)`));
    const verify = ok(run(dir, 'verify', '--key', 'pub.jwk.json', 'faq.jws.json')).stdout;
    assert.match(verify, new RegExp(`geldig tot [^\\n]*${local} \\(Europe/Amsterdam; nog`));
    // Only the signed feed beside it (a web server's folder): its time_zone still counts.
    rmSync(join(dir, 'feed.json'));
    ok(run(dir, 'sign', '--key', 'k.jwk.json', '--valid', '1h', 'faq.json', '--out', 'faq.jws.json'));
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(FEED));
    ok(run(dir, 'sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'feed.jws.json'));
    rmSync(join(dir, 'feed.json'));
    assert.match(ok(run(dir, 'verify', '--key', 'pub.jwk.json', 'faq.jws.json')).stdout, /\(Europe\/Amsterdam; nog/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an FAQ with no feed beside it keeps the machine\'s zone, and says which', () => {
  const { dir, sign } = signed(false);
  try {
    assert.match(sign.stderr, /geldig tot [^\n]*\d{2}:\d{2} \(UTC\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
