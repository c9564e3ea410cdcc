// A water company's desk published a boil water notice from the command line: seven ready-made actions, each
// "[[TODO: check and remove this mark]] Boil tap water…", and lint said "Replace the [[TODO: …]] text with your own words:
// … --reword-action 1 --label "…"". To keep the template's words the desk retyped each long medical sentence by hand.
// The fix now gives the command with the words after the mark (in every language of the action: lint-placeholder-mark.test.mjs),
// and that command takes the mark off and nothing else. (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

/** The command lint gives to keep the words at `path`, as arguments; the shell's quoting undone. */
function keepArgs(stdout, path) {
  const lines = stdout.split('\n');
  const fix = lines[lines.findIndex((l) => l.includes(` ${path} `)) + 1] ?? '';
  const cmd = /if it is right as it stands: clearline (.*)$/.exec(fix)?.[1];
  assert.ok(cmd, fix);
  return [...cmd.matchAll(/"((?:\\.|[^"\\])*)"|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]));
}

test('an English feed: the command keeps the boil-water words, mark gone', async () => {
  await withCliDir('clearline-keep-mark-', async (dir, run) => {
    assert.equal(run('new', 'incident', '--template', 'water-quality', '--id', 'bwn', '--feed-id', 'dales-water', '--time-zone', 'Europe/London').status, 0);
    const before = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions[1].label.en;
    const args = keepArgs(run('lint', 'feed.json').stdout, 'incidents/0/actions/1/label/en');
    assert.deepEqual(args.slice(0, 8), ['update', 'feed.json', '--incident', 'bwn', '--reword-action', '2', '--lang', 'en']);
    assert.equal(run(...args).status, 0);
    const after = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions[1].label.en;
    assert.equal(after, before.replace('[[TODO: check and remove this mark]] ', ''));
    assert.doesNotMatch(run('lint', 'feed.json').stdout, /actions\/1\/label/);
  });
});
