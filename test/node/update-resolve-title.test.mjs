// A Flemish school resolved "Storm: campus Hoboken blijft dicht" with `update --resolve` and no
// --title: readers got "Opgelost: Storm: campus Hoboken blijft dicht", and update said nothing. It
// now says so, in the desk's language, with the command that gives a closing title (it does not
// refuse). Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function feed(first = 'nl') {
  const now = Date.now();
  const two = (nl, en) => (first === 'nl' ? { nl, en } : { en, nl });
  return {
    type: 'status', version: 1, feed_id: 'hogeschool-voorbeeld', publisher: { name: 'Hogeschool Voorbeeld', url: 'https://hogeschool.example' }, time_zone: 'Europe/Brussels',
    channels: [{ id: 'phone', kind: 'phone', label: two('Onthaal', 'Reception'), href: 'tel:+3232001234' }],
    incidents: [{
      id: 'storm', title: two('Storm: campus Hoboken blijft dicht', 'Storm: Hoboken campus stays closed'), severity: 'major', phase: 'identified',
      started_at: iso(now - 90 * MIN), updated_at: iso(now - 60 * MIN),
      known: two('De campus is vandaag dicht door stormschade.', 'The campus is closed today because of storm damage.'),
      unknown: two('Wanneer de campus weer opengaat.', 'When the campus reopens.'),
      next_update_at: iso(now + 60 * MIN),
    }],
  };
}

function folder(doc) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-desk-words-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(doc, null, 2) + '\n');
  return dir;
}

test('update --resolve without --title says what readers will see and how to give a closing title; with --title it does not', () => {
  const dir = folder(feed('nl'));
  const r = run(dir, 'update', 'feed.json', '--incident', 'storm', '--resolve', '--lang', 'nl,en', '--known', 'De campus is weer open.', '--known', 'The campus is open again.');
  assert.equal(r.status, 0, r.stderr);
  const hint = r.stdout.split('\n').filter((l) => l.startsWith('Lezers zien'));
  assert.deepEqual(hint, ['Lezers zien "Opgelost: Storm: campus Hoboken blijft dicht". Klopt die titel niet meer? Geef een afsluitende titel: clearline update feed.json --incident storm --correct --lang nl,en --title "…" --title "…"']);
  assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].phase, 'resolved', 'not refused');
  // The command it gives works: the title changes, the resolution stays.
  const closing = run(dir, 'update', 'feed.json', '--incident', 'storm', '--correct', '--lang', 'nl,en', '--title', 'Campus Hoboken weer open', '--title', 'Hoboken campus open again');
  assert.equal(closing.status, 0, closing.stderr);
  const after = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
  assert.deepEqual([after.phase, after.title.nl], ['resolved', 'Campus Hoboken weer open']);
  assert.doesNotMatch(closing.stdout, /Lezers zien/);

  const titled = run(folder(feed('nl')), 'update', 'feed.json', '--incident', 'storm', '--resolve', '--lang', 'nl,en', '--known', 'Open.', '--known', 'Open.', '--title', 'Campus weer open', '--title', 'Campus open again');
  assert.equal(titled.status, 0, titled.stderr);
  assert.doesNotMatch(titled.stdout, /Lezers zien|Readers see/);

  const en = run(folder(feed('en')), 'update', 'feed.json', '--incident', 'storm', '--resolve', '--lang', 'en,nl', '--known', 'Open again.', '--known', 'Weer open.');
  assert.equal(en.status, 0, en.stderr);
  assert.match(en.stdout, /^Readers see "Resolved: Storm: Hoboken campus stays closed"\. Is that title no longer true\? Give a closing title: clearline update feed\.json --incident storm --correct --lang en,nl --title "…" --title "…"$/m);
});
