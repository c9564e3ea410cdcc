// A Dutch water company's night desk (trial 2026-12-05) typed "0800 035" on its fault line, the emergency line readers
// call first: the studio said "0800-nummers hebben er 8 of 11" as a suggestion, and Sign went ahead. On an emergency
// line a number with a digit too few or too many is now refused (emergency-phone-length); on other lines it stays a
// warning (phone-length). Uses dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const { lintDocument } = await import(pathToFileURL(resolve(ROOT, 'dist/lint.js')).href);

test('new channel refuses "0800 035" as an emergency line, and keeps feed.json as it was; as an ordinary line it only warns (in Dutch: the feed is Dutch first)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-emergency-length-'));
  const run = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  try {
    assert.equal(run('new', 'feed', '--feed-id', 'wb-rivierenland', '--publisher-url', 'www.wbrivierenland.example', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en').status, 0);
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const refused = run('new', 'channel', '--kind', 'phone', '--link', '0800 035', '--emergency', '--name', 'Storingsnummer', '--name', 'Fault line');
    assert.notEqual(refused.status, 0, refused.stdout);
    assert.match(refused.stderr, /fout +channels\/0\/href: het Nederlandse 0800-nummer tel:\+31800035 \(0800 035\) heeft 6 cijfers na \+31; zulke nummers hebben er 7 of 10 \[emergency-phone-length\]/);
    assert.match(refused.stderr, /dit is het noodnummer dat lezers als eerste bellen/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
    const added = run('new', 'channel', '--kind', 'phone', '--link', '0800 035', '--name', 'Klantenservice', '--name', 'Customer service');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout + added.stderr, /\[phone-length\]/);
    assert.doesNotMatch(added.stdout + added.stderr, /emergency-phone-length/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the studio (desk) hears it as an error in Dutch, in its own words; a right fault line number passes', () => {
  const feed = (href) => ({
    type: 'status', schema_version: 1, feed_id: 'wb', seq: 1, issued_at: '2026-12-05T01:00:00Z', expires_at: '2026-12-05T02:00:00Z', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Waterbedrijf', url: 'https://www.wbrivierenland.example/' },
    channels: [{ id: 'fault', kind: 'phone', label: { nl: 'Storingsnummer', en: 'Fault line' }, href, emergency: true }],
    incidents: [],
  });
  const now = Date.parse('2026-12-05T01:00:00Z');
  const [f] = lintDocument(feed('tel:+31800035'), { now, lang: 'nl', audience: 'desk' }).filter((x) => /phone-length/.test(x.rule));
  assert.equal(f.severity, 'error');
  assert.equal(f.rule, 'emergency-phone-length');
  assert.equal(f.message, 'het nummer 0800 035 heeft 7 cijfers; 0800-nummers hebben er 8 of 11, met de 0 vooraan');
  assert.match(f.fix, /^Controleer het nummer: dit is het noodnummer dat lezers als eerste bellen/);
  assert.deepEqual(lintDocument(feed('tel:+318000359'), { now }).filter((x) => /phone-length/.test(x.rule)), []);
});
