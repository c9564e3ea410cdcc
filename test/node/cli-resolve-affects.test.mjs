// A grid operator narrowed "Gevolgen voor" to the last street without power, "Etten-Leur (Hoge Berg)", and resolved: its
// all-clear for 38,000 households named only that street, on the status page and in the e-mail (trial R). `update
// --resolve` now says readers keep the list, with the command that replaces or clears it (the studio says it at the field).
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { feed as deskFeed, folder, run } from './desk-feed-kit.mjs';

const withAffects = (first) => {
  const doc = deskFeed(first);
  doc.incidents[0].affects = [{ nl: 'Etten-Leur (Hoge Berg)', en: 'Etten-Leur (Hoge Berg)' }];
  return doc;
};

test('update --resolve names the affects readers keep, in the desk\'s language, with the command that clears it', () => {
  const dir = folder(withAffects('nl'));
  const r = run(dir, 'update', 'feed.json', '--incident', 'storm', '--resolve', '--lang', 'nl,en', '--known', 'Iedereen heeft weer stroom.', '--known', 'Power is back for everyone.');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Lezers en de e-mail houden "Gevolgen voor: Etten-Leur \(Hoge Berg\)" onder de afmelding\. .*--affects "": clearline update feed\.json --incident storm --correct --lang nl,en --affects "…" --affects "…"/);
  // The command it names works: the list is cleared, as a correction.
  const c = run(dir, 'update', 'feed.json', '--incident', 'storm', '--correct', '--affects', '');
  assert.equal(c.status, 0, c.stderr + c.stdout);
  const after = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
  assert.ok(!after.affects?.length, JSON.stringify(after.affects));
  assert.equal(after.phase, 'resolved');
});

test('in English, and nothing said without affects', () => {
  const r = run(folder(withAffects('en')), 'update', 'feed.json', '--incident', 'storm', '--resolve', '--lang', 'en,nl', '--known', 'Power is back.', '--known', 'Stroom is terug.');
  assert.match(r.stdout, /Readers and the e-mail keep "Affects: Etten-Leur \(Hoge Berg\)" under the all-clear\./);
  const none = run(folder(deskFeed('en')), 'update', 'feed.json', '--incident', 'storm', '--resolve', '--lang', 'en,nl', '--known', 'Power is back.', '--known', 'Stroom is terug.');
  assert.equal(none.status, 0, none.stderr);
  assert.doesNotMatch(none.stdout, /Affects:|Gevolgen voor:/);
});
