// `clearline frobnicate` and `clearline new incidnt` beside a Dutch feed said "unknown command" and
// the English command list, or only the list of new's commands without saying that "incidnt" is not
// one. Now in the desk's language (the folder's feed.json), with the closest command when it is a
// typing mistake, as a mistyped option already says "Bedoelt u --key?". Uses dist/cli.js: run
// `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feed, folder, run } from './desk-feed-kit.mjs';

const dutch = folder(feed('nl'));
const english = folder(feed('en'));

test('an unknown command beside a Dutch feed: said in Dutch, with the command list', () => {
  const r = run(dutch, 'frobnicate');
  assert.equal(r.status, 2);
  const [first, , list, where] = r.stderr.trim().split('\n');
  assert.equal(first, 'clearline: "frobnicate" is geen opdracht van clearline. Er is niets gewijzigd.');
  assert.match(list, /^Opdrachten: keygen, sign, verify, .*new incident, .*studio/);
  assert.equal(where, 'Wat elke opdracht doet: clearline --help');
  assert.doesNotMatch(r.stderr, /unknown command|publish signed crisis/);
});

test('a mistyped command beside a Dutch feed: "Bedoelt u …?" with the closest one', () => {
  assert.equal(run(dutch, 'sing', '--key', 'k.jwk.json', 'feed.json').stderr.split('\n')[0], 'clearline: "sing" is geen opdracht van clearline. Bedoelt u clearline sign? Er is niets gewijzigd.');
  const r = run(dutch, 'new', 'incidnt', '--template', 'water', '--id', 'leiding');
  assert.equal(r.status, 2);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines[0], 'clearline: "new incidnt" is geen opdracht van clearline. Bedoelt u clearline new incident? Er is niets gewijzigd.');
  // Under it the usage lines of new's commands, without their English summaries.
  assert.ok(lines.some((l) => l.startsWith('  clearline new incident --template NAME')), r.stderr);
  assert.doesNotMatch(r.stderr, /add an incident skeleton/);
});

test('beside an English feed: English, still "unknown command", with the suggestion and the help', () => {
  const r = run(english, 'new', 'incidnt');
  assert.equal(r.status, 2);
  assert.equal(r.stderr.split('\n')[0], 'clearline: unknown command "new incidnt". Did you mean clearline new incident? Nothing was changed.');
  assert.match(r.stderr, /add an incident skeleton/);
  const other = run(english, 'frobnicate');
  assert.equal(other.status, 2);
  assert.equal(other.stderr.split('\n')[0], 'clearline: unknown command "frobnicate". Nothing was changed.');
  assert.match(other.stderr, /Commands:\n {2}keygen/);
});

test('`clearline new` alone or with --help still shows new\'s commands', () => {
  assert.equal(run(dutch, 'new').status, 2);
  assert.match(run(dutch, 'new').stderr, /^clearline new <feed\|incident\|channel\|reason\|question>/);
  assert.equal(run(dutch, 'new', '--help').status, 0);
});
