// A Flemish school resolved "Storm: campus Hoboken blijft dicht" with `update --resolve` and no
// --title: readers got "Opgelost: Storm: campus Hoboken blijft dicht", and update said nothing. It
// now says so, in the desk's language, with the command that gives a closing title (it does not
// refuse). Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feed, folder, run } from './desk-feed-kit.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The hint says the banner's words, "Opgelost om 14:05" (trial U), at the time of the run: compared as HH:MM.
const clock = (s) => s.replace(/ (om|at) \d{1,2}:\d{2}(?: [AP]M)?/g, ' $1 HH:MM');

test('update --resolve without --title says what readers will see and how to give a closing title; with --title it does not', () => {
  const dir = folder(feed('nl'));
  const r = run(dir, 'update', 'feed.json', '--incident', 'storm', '--resolve', '--lang', 'nl,en', '--known', 'De campus is weer open.', '--known', 'The campus is open again.');
  assert.equal(r.status, 0, r.stderr);
  const hint = r.stdout.split('\n').filter((l) => l.startsWith('Lezers zien')).map(clock);
  assert.deepEqual(hint, ['Lezers zien "Opgelost om HH:MM: Storm: campus Hoboken blijft dicht". Klopt die titel niet meer? Geef een afsluitende titel: clearline update feed.json --incident storm --correct --lang nl,en --title "…" --title "…"']);
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
  assert.match(clock(en.stdout), /^Readers see "Resolved at HH:MM: Storm: Hoboken campus stays closed"\. Is that title no longer true\? Give a closing title: clearline update feed\.json --incident storm --correct --lang en,nl --title "…" --title "…"$/m);
});

// A script ran `update --resolve --json` for the desk: the JSON had no closing-title hint, so the
// desk never read that readers see "Opgelost: <the outage's title>". It is now `closing_title_hint`
// ({message, command}, in the desk's language), null when there is nothing to say; the other keys stay.
test('update --resolve --json carries the closing-title hint as closing_title_hint; null with --title', () => {
  const r = run(folder(feed('nl')), 'update', 'feed.json', '--incident', 'storm', '--resolve', '--json', '--lang', 'nl,en', '--known', 'De campus is weer open.', '--known', 'The campus is open again.');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['feed', 'incident', 'changes', 'cleared_channels', 'findings', 'closing_title_hint', 'closing_actions_hint', 'dropped_updates']);
  const command = 'clearline update feed.json --incident storm --correct --lang nl,en --title "…" --title "…"';
  assert.deepEqual({ ...out.closing_title_hint, message: clock(out.closing_title_hint.message) }, { message: `Lezers zien "Opgelost om HH:MM: Storm: campus Hoboken blijft dicht". Klopt die titel niet meer? Geef een afsluitende titel: ${command}`, command });

  const titled = run(folder(feed('nl')), 'update', 'feed.json', '--incident', 'storm', '--resolve', '--json', '--lang', 'nl,en', '--known', 'Open.', '--known', 'Open.', '--title', 'Campus weer open', '--title', 'Campus open again');
  assert.equal(titled.status, 0, titled.stderr);
  assert.equal(JSON.parse(titled.stdout).closing_title_hint, null);
  const en = run(folder(feed('en')), 'update', 'feed.json', '--incident', 'storm', '--resolve', '--json', '--lang', 'en,nl', '--known', 'Open again.', '--known', 'Weer open.');
  assert.match(clock(JSON.parse(en.stdout).closing_title_hint.message), /^Readers see "Resolved at HH:MM: Storm: Hoboken campus stays closed"\./);
});
