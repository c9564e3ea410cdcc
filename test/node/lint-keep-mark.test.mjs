// A water company's desk published a boil water notice from the command line: seven ready-made actions, each
// "[[TODO: check and remove this mark]] Boil tap water…", and lint said "Replace the [[TODO: …]] text with your own words:
// … --reword-action 1 --label "…"". To keep the template's words the desk retyped each long medical sentence by hand.
// The fix now gives the command with the words after the mark, in that language alone when the action has more, and that
// command takes the mark off and nothing else. (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

/** The command lint gives to keep the words at `path`, as arguments; the shell's quoting undone. */
function keepArgs(stdout, path) {
  const lines = stdout.split('\n');
  const fix = lines[lines.findIndex((l) => l.includes(` ${path} `)) + 1] ?? '';
  const cmd = /To keep them as they are: clearline (.*); or give your own words/.exec(fix)?.[1];
  assert.ok(cmd, fix);
  return [...cmd.matchAll(/"((?:\\.|[^"\\])*)"|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]));
}

test('an English feed: the command keeps the boil-water words, mark gone', async () => {
  await withCliDir('clearline-keep-mark-', async (dir, run) => {
    assert.equal(run('new', 'incident', '--template', 'water-quality', '--id', 'bwn', '--feed-id', 'dales-water', '--time-zone', 'Europe/London').status, 0);
    const before = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions[1].label.en;
    const args = keepArgs(run('lint', 'feed.json').stdout, 'incidents/0/actions/1/label/en');
    assert.deepEqual(args.slice(0, 6), ['update', 'feed.json', '--incident', 'bwn', '--reword-action', '2']);
    assert.equal(run(...args).status, 0);
    const after = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions[1].label.en;
    assert.equal(after, before.replace('[[TODO: check and remove this mark]] ', ''));
    assert.doesNotMatch(run('lint', 'feed.json').stdout, /actions\/1\/label/);
  });
});

test('a Dutch and English feed: one language at a time, the other keeps its mark', async () => {
  await withCliDir('clearline-keep-mark-nl-', async (dir, run) => {
    assert.equal(run('new', 'incident', '--template', 'water-quality', '--id', 'k', '--feed-id', 'w', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en').status, 0);
    const args = keepArgs(run('lint', 'feed.json', '--lang', 'en').stdout, 'incidents/0/actions/0/label/nl');
    assert.ok(args.includes('--correct') && args[args.indexOf('--lang') + 1] === 'nl', args.join(' '));
    assert.equal(run(...args).status, 0);
    const label = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions[0].label;
    assert.equal(label.nl, 'Kook kraanwater minstens 1 minuut en laat het afkoelen voordat u het drinkt');
    assert.match(label.en, /^\[\[TODO: check and remove this mark\]\] Boil/);
  });
});
