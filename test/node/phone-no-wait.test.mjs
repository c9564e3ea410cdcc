// lint's phone-no-wait: the line callers wait on (the first ordinary phone line) without an expected wait while an
// incident is open. Said once: `lint --for ivr` and `export --to ivr` say it as their own error (ivr-no-wait), not also
// as the warning; the command it prints runs as printed on a feed in two languages (one --reason per language).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

test('lint says a line without a wait in the desk\'s language, with a command that runs as printed', () => {
  const dir = folder(feed('nl'));
  const nl = run(dir, 'lint', 'feed.json');
  assert.equal(nl.status, 0, nl.stderr);
  assert.match(nl.stdout, /let op {2}channels\/0\/wait_minutes: de telefoonlijn ‘Onthaal’ heeft geen verwachte wachttijd: lezers zien het nummer, maar niet hoe lang ze moeten wachten \[phone-no-wait\]/);
  const en = run(dir, 'lint', 'feed.json', '--lang', 'en');
  assert.match(en.stdout, /warning channels\/0\/wait_minutes: the phone line “Reception” has no expected wait/);
  const command = /clearline (edit channel [^;]*);/.exec(nl.stdout)[1];
  assert.equal(command, 'edit channel --id phone --wait 20 --lang nl,en --reason "…" --reason "…"');
  const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
  const edited = run(dir, ...args.slice(0, 2), '--feed', 'feed.json', ...args.slice(2).map((a) => (a === '…' ? 'Veel telefoontjes' : a)));
  assert.equal(edited.status, 0, edited.stderr);
  assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels[0].wait_minutes, 20);
  assert.doesNotMatch(run(dir, 'lint', 'feed.json').stdout, /phone-no-wait/);
});

test('lint --for ivr and export --to ivr say it once, as their own error', () => {
  const dir = folder(feed('en'));
  const lint = run(dir, 'lint', 'feed.json', '--for', 'ivr');
  assert.equal(lint.status, 2);
  assert.match(lint.stdout, /\[ivr-no-wait\]/);
  assert.doesNotMatch(lint.stdout, /phone-no-wait/);
  const exported = run(dir, 'export', 'feed.json', '--to', 'ivr');
  assert.equal(exported.status, 2);
  assert.match(exported.stderr, /\[ivr-no-wait\]/);
  assert.doesNotMatch(exported.stderr, /phone-no-wait/);
  // Another export still says it.
  assert.match(run(dir, 'export', 'feed.json', '--to', 'sms').stderr, /\[phone-no-wait\]/);
});

test('not asked: an emergency line, a line with a wait of 0, a feed without an open incident', () => {
  const emergency = feed('en');
  emergency.channels[0].emergency = true;
  assert.doesNotMatch(run(folder(emergency), 'lint', 'feed.json').stdout, /phone-no-wait/);
  const none = feed('en');
  none.channels[0].wait_minutes = 0;
  assert.doesNotMatch(run(folder(none), 'lint', 'feed.json').stdout, /phone-no-wait/);
  const quiet = feed('en');
  quiet.incidents = [];
  assert.doesNotMatch(run(folder(quiet), 'lint', 'feed.json').stdout, /phone-no-wait/);
});

// Trial Q, a hospital at 02:14: its general number (Mo-Fr 08:00-17:00) was closed, readers said "Nu gesloten, weer open om
// 8:00" without a wait, and the studio still asked for one. Asked again once the line is open.
test('not asked while the line is closed by its opening hours; asked once it is open', async () => {
  const { importTs } = await import('./ts-import.mjs');
  const { lintDocument } = await importTs('src/lint/index.ts');
  const doc = feed('nl');
  doc.time_zone = 'Europe/Amsterdam';
  doc.channels[0].opening_hours = 'Mo-Fr 08:00-17:00';
  const asked = (now) => lintDocument(doc, { now }).some((f) => f.rule === 'phone-no-wait');
  // The feed's incident's times come from Date.now(): only the lint's clock moves here.
  assert.equal(asked(Date.parse('2026-12-15T01:14:00Z')), false, 'Tuesday 02:14 in Amsterdam: closed');
  assert.equal(asked(Date.parse('2026-12-15T09:00:00Z')), true, 'Tuesday 10:00: open');
});
