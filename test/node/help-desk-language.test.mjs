// `clearline --help` and the --help of the commands a desk uses in an incident were English only, where
// the errors and confirmations beside a Dutch feed.json are Dutch: a Dutch desk at 2 a.m. read "publish a
// new update of an incident" and "Options:". Help now speaks the desk's language by the rule its usage
// mistakes follow (program.ts usageLanguage): --lang en|nl given with --help, else the file the line names
// or the feed.json beside it, else the folder's feed.json; without a feed English, whatever the clock
// (help never changes with the machine's zone). Option and command names stay English. Uses dist/cli.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, feed, folder } from './desk-feed-kit.mjs';

const run = (dir, args, tz = 'UTC') => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: tz } });
const help = (dir, args, tz) => {
  const r = run(dir, [...args, '--help'], tz);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};

const dutch = folder(feed('nl'));
const english = folder(feed('en'));
const empty = mkdtempSync(join(tmpdir(), 'clearline-help-empty-'));
const INCIDENT_COMMANDS = [['update'], ['new', 'incident'], ['sign'], ['lint'], ['studio'], ['export']];
/** Setting up and keeping the feed (help-options-setup-nl.ts). */
const SETUP_COMMANDS = [['keygen'], ['verify'], ['schema'], ['new', 'feed'], ['edit', 'feed'], ['new', 'channel'], ['edit', 'channel'], ['new', 'reason'], ['edit', 'reason'], ['heartbeat'],
  ['faq', 'build'], ['new', 'question'], ['edit', 'question'], ['report'], ['import', 'cap'], ['import', 'statuspage']];

/** `  --name VALUE   description` lines of a command's help, as name → description. */
function options(text) {
  return new Map([...text.matchAll(/^ {2}(--[a-z-]+)(?: VALUE)? +(.*)$/gm)].map((m) => [m[1], m[2]]));
}
/** `  name   summary` lines of the command list, as name → summary (two-word names included). */
function commands(text) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^(Commands|Opdrachten):$/.test(l));
  const out = new Map();
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('  ')) break;
    const m = /^ {2}(\S+(?: (?!\S*[A-Z(])[a-z]+)?) +(.*)$/.exec(l) ?? [];
    out.set(m[1], m[2]);
  }
  return out;
}

test('beside a Dutch feed: clearline --help lists every command with a Dutch summary', () => {
  const en = help(empty, []);
  const nl = help(dutch, []);
  assert.match(nl, /^clearline: publiceer ondertekende statusfeeds/);
  assert.match(nl, /\nOpdrachten:\n/);
  assert.match(nl, /\nTyp `clearline <opdracht> --help` voor de opties van een opdracht\.$/m);
  assert.match(nl, /^ {2}update +publiceer een nieuwe update van een incident/m);
  const enList = commands(en);
  const nlList = commands(nl);
  assert.ok(enList.size >= 20, en);
  assert.deepEqual([...nlList.keys()], [...enList.keys()], 'the same commands, in the same order, names in English');
  for (const [name, summary] of enList) assert.notEqual(nlList.get(name), summary, `${name} has a Dutch summary`);
});

for (const command of [...INCIDENT_COMMANDS, ...SETUP_COMMANDS]) {
  const name = command.join(' ');
  test(`beside a Dutch feed: ${name} --help has a Dutch description for every option of its English help`, () => {
    const en = help(english, command);
    const nl = help(dutch, command);
    assert.match(en, /\nOptions:\n/);
    assert.match(nl, /\nOpties:\n/);
    assert.doesNotMatch(nl, /\nOptions:\n|show this help/);
    // The usage line stays as typed, only its label is Dutch.
    assert.equal(nl.split('\n')[2], en.split('\n')[2].replace(/^Usage:/, 'Gebruik:'));
    const enOptions = options(en);
    const nlOptions = options(nl);
    assert.ok(enOptions.size >= 1, en);
    assert.deepEqual([...nlOptions.keys()], [...enOptions.keys()], 'the same options, in the same order');
    for (const [option, said] of enOptions) {
      const dutchSaid = nlOptions.get(option);
      assert.ok(dutchSaid && dutchSaid.length > 5, `${name} ${option} has a Dutch description`);
      assert.notEqual(dutchSaid, said, `${name} ${option} is translated`);
    }
  });
}

test('beside an English feed, and without a feed on any clock: the English help, unchanged', () => {
  for (const command of [[], ...INCIDENT_COMMANDS]) {
    const plain = help(empty, command);
    assert.match(plain, command.length ? /\nOptions:\n/ : /^clearline: publish signed crisis status feeds and FAQ documents\.\n\nCommands:\n/);
    assert.equal(help(english, command), plain, command.join(' '));
    // A Dutch clock without a feed: still English (the fallback is the folder's feed, as usage mistakes say it).
    assert.equal(help(empty, command, 'Europe/Amsterdam'), plain, `${command.join(' ')} on Amsterdam time`);
  }
});

test('--lang with --help chooses the help language; a named Dutch feed speaks Dutch from another folder', () => {
  assert.match(help(english, ['update', '--lang', 'nl']), /\nOpties:\n {2}--incident VALUE +het id van het incident/);
  assert.match(help(empty, ['--lang', 'nl']), /\nOpdrachten:\n/);
  assert.match(help(empty, ['--lang=nl-BE']), /\nOpdrachten:\n/);
  assert.match(help(dutch, ['lint', '--lang', 'en']), /\nOptions:\n/);
  assert.match(help(dutch, ['new', 'incident', '--lang', 'en,nl']), /\nOptions:\n/);
  assert.match(help(empty, ['update', join(dutch, 'feed.json')]), /\nOpties:\n/);
  assert.match(help(empty, ['export', join(english, 'feed.json')]), /\nOptions:\n/);
  // `clearline new --help`: new's commands with their summaries in the folder's language.
  assert.match(help(dutch, ['new']), /\n {4}voeg een incident toe aan een feed/);
  assert.match(help(english, ['new']), /\n {4}add an incident skeleton from a template/);
});

test('every command of clearline --help is among those checked above, so a new one cannot stay English unnoticed', () => {
  const checked = [...INCIDENT_COMMANDS, ...SETUP_COMMANDS].map((c) => c.join(' ')).sort();
  assert.deepEqual(checked, [...commands(help(empty, [])).keys()].sort());
});
