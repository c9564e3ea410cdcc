// A municipality's desk typed its time zone as "europe/amsterdam": valid, kept as typed, and then every 0800 number
// was refused with "which country a number starting with 0 is in does not follow from the feed's time zone", and
// every hint gave a British example. A zone is now kept in its own spelling ("Amsterdam" too), in `new feed`,
// `new incident` and the studio (zoneSpelling), and a feed that already spells it in lower case still dials.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

for (const typed of ['europe/amsterdam', 'Amsterdam', ' EUROPE/AMSTERDAM ']) {
  test(`new feed --time-zone "${typed}" is Europe/Amsterdam, and 0800 - 0359 dials`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-zone-'));
    try {
      const made = run(dir, 'new', 'feed', '--feed-id', 'gemeente-zaanstad', '--publisher', 'Gemeente Zaanstad', '--publisher-url', 'www.zaanstad.nl', '--time-zone', typed);
      assert.equal(made.status, 0, made.stderr);
      assert.match(made.stdout, /tijdzone Europe\/Amsterdam,/);
      assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).time_zone, 'Europe/Amsterdam');
      const channel = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '0800 - 0359', '--name', 'Klantcontact');
      assert.equal(channel.status, 0, channel.stderr);
      assert.match(channel.stdout, /tel:\+318000359/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('new incident on a new feed reads --time-zone the same way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-zone-'));
  try {
    const made = run(dir, 'new', 'incident', '--template', 'outage', '--id', 'website', '--feed-id', 'gemeente-zaanstad', '--publisher', 'Gemeente Zaanstad', '--publisher-url', 'www.zaanstad.nl', '--time-zone', 'new york', '--next-update', '+30m', '--lang', 'en');
    assert.equal(made.status, 0, made.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).time_zone, 'America/New_York');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('not a zone stays refused, as typed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-zone-'));
  try {
    const made = run(dir, 'new', 'feed', '--feed-id', 'gemeente-zaanstad', '--time-zone', 'Amsterdm');
    assert.equal(made.status, 2);
    assert.match(made.stderr, /--time-zone Amsterdm is not a time zone; use an IANA name such as Europe\/Amsterdam/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a feed that already spells its zone in lower case: a Dutch national number is still read as Dutch', () => {
  const feed = { type: 'status', version: 1, feed_id: 'gemeente-zaanstad', time_zone: 'europe/amsterdam', publisher: { name: 'Gemeente Zaanstad', url: 'https://www.zaanstad.nl' }, channels: [{ id: 'kcc', kind: 'phone', label: 'Klantcontact', href: 'tel:0800-0359' }], incidents: [] };
  const found = lintDocument(feed, { lang: 'nl', now: Date.parse('2026-12-04T12:00:00Z') }).filter((f) => f.rule === 'phone-e164');
  assert.equal(found.length, 1);
  assert.match(found[0].fix, /\+318000359/, found[0].fix);
});
