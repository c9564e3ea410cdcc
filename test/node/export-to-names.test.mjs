// A housing association's desk (walk-through 2026-12-03) read "page without script" in `export --help`,
// typed `--to page`, and was told "give --to ivr|ssml|sms|social|atom|cap|html|email", in English beside
// its Dutch feed, without a word on which one is the page. `--to cap` for its one alert ended "(geef
// --out MAP/ voor alle 1 meldingen)". Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

// The CLI's clock stands still (fixed-clock.mjs): two exports compared as equal say the same "last updated" minute even
// when a minute turns between them (failed so at 02:48:59 UTC).
const NOW = Date.now();
const FIXED_CLOCK = pathToFileURL(join(ROOT, 'test/node/fixed-clock.mjs')).href;
const run = (dir, ...args) => spawnSync(process.execPath, ['--import', FIXED_CLOCK, join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, CLEARLINE_TEST_NOW: String(NOW) } });
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function withFeed(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-to-'));
  const now = NOW;
  const feed = {
    type: 'status', version: 1, feed_id: 'wonen-noord-status', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Woonstichting Noord', url: 'https://www.woonstichting-noord.nl' },
    channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Reparatielijn', en: 'Repair line' }, href: 'tel:+31881234567' }],
    contact_reasons: [{ id: 'no-heating', label: { nl: 'Geen verwarming', en: 'No heating' } }],
    incidents: [{
      id: 'warmte', severity: 'major', phase: 'investigating', started_at: iso(now - 30 * 60_000), updated_at: iso(now - 10 * 60_000), next_update_at: iso(now + 60 * 60_000),
      title: { nl: 'Geen verwarming in Zuidwijk', en: 'No heating in Zuidwijk' },
      known: { nl: '3.000 woningen hebben geen verwarming.', en: '3,000 homes have no heating.' },
      unknown: { nl: 'Wanneer het weer werkt.', en: 'When it works again.' },
      actions: [{ label: { nl: 'Kom naar de warme ruimte in buurthuis De Schakel, Lindelaan 4', en: 'Come to the warm room at De Schakel, Lindelaan 4' }, urgent: true }],
    }],
  };
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('export --to page (and phone, mail) is the export people mean; an unknown --to names each export by what it is, in the feed\'s language', () => {
  withFeed((dir) => {
    const page = run(dir, 'export', 'feed.json', '--to', 'page');
    assert.equal(page.status, 0, page.stderr);
    assert.equal(page.stdout, run(dir, 'export', 'feed.json', '--to', 'html').stdout);
    assert.match(page.stdout, /<html lang="nl"/);
    assert.equal(run(dir, 'export', 'feed.json', '--to', 'Phone').stdout, run(dir, 'export', 'feed.json', '--to', 'ivr').stdout);
    assert.equal(run(dir, 'export', 'feed.json', '--to', 'mail').stdout, run(dir, 'export', 'feed.json', '--to', 'email').stdout);

    const unknown = run(dir, 'export', 'feed.json', '--to', 'voorpagina');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /er is geen export "voorpagina"; geef --to met een van: ivr \(het telefoonbericht\), .*html \(de statuspagina zonder script\), email/);
    const none = run(dir, 'export', 'feed.json', '--lang', 'en');
    assert.match(none.stderr, /give --to with one of: ivr \(the phone message\), .*html \(the status page without script\), email\n/);
    // No file named: the feed.json in the folder says the language.
    assert.match(run(dir, 'export', '--to', 'sms').stderr, /geef de feed, bijv\. clearline export feed\.json --to sms/);
  });
});

test('export --to cap with one alert does not ask for --out DIR/ "for all 1 alerts"', () => {
  withFeed((dir) => {
    const nl = run(dir, 'export', 'feed.json', '--to', 'cap');
    assert.equal(nl.status, 0, nl.stderr);
    assert.match(nl.stderr, /^cap: Alert wonen-noord-status\.warmte\.\S+\n$/m);
    assert.doesNotMatch(nl.stderr, /alle 1 meldingen/);
    assert.doesNotMatch(run(dir, 'export', 'feed.json', '--to', 'cap', '--lang', 'en').stderr, /all 1 alerts/);
  });
});
