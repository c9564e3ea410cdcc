// A Flemish school's desk ran keygen beside its Dutch feed: its embed code carried two English HTML
// comments ("or, for a classic script", "a Help button in the corner of every page") in an
// otherwise Dutch output. They are in the desk's language now. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feed, folder, run } from './desk-feed-kit.mjs';

test('keygen beside a Dutch feed: the embed code\'s comments are Dutch too; beside an English one, English', () => {
  const nl = run(folder(feed('nl')), 'keygen', '--out', 'private.jwk.json');
  assert.equal(nl.status, 0, nl.stderr);
  const comments = nl.stdout.match(/<!--[^]*?-->/g);
  assert.equal(comments.length, 2);
  assert.match(comments[0], /^<!-- of, als klassiek script \(de hash is van het bestand dat hier is geïnstalleerd[^)]*\):\n<script src="https:\/\/cdn\.example\.com\/clearline@[\d.]+\/dist\/clearline\.iife\.js"\n  integrity="sha384-[\w+/]{64}" crossorigin="anonymous" defer><\/script> -->$/);
  assert.match(comments[1], /^<!-- een Help-knop in de hoek van elke pagina/);
  assert.doesNotMatch(nl.stdout, /classic script|Help button|every page/);
  const en = run(folder(feed('en')), 'keygen', '--out', 'private.jwk.json');
  assert.match(en.stdout, /<!-- or, for a classic script \(its hash is of the file installed here[^)]*\):\n<script/);
  assert.match(en.stdout, /<!-- a Help button in the corner of every page/);
});
