// A bus company's desk, on the morning of a strike, typed both texts of its nl,en feed as new channel and new reason take
// them: `update --known "…" --known "…" --unknown "…" --unknown "…"`, and was refused: "meerdere --known-teksten hebben
// --lang nodig". Several texts without --lang are now in the feed's languages, in its order; --affects (several items)
// and a count that does not match the feed's languages still ask for --lang. Uses dist/ (npm run build first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { feed, run } from './desk-kit.mjs';

const incident = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];

test('update: one text per language of the feed, without --lang, goes to nl then en', () => {
  const dir = feed('nl,en');
  const r = run(dir, 'update', 'feed.json', '--incident', 'leiding', '--title', 'Staking: vandaag geen bussen', '--title', 'Strike: no buses today',
    '--known', 'De staking gaat door.', '--known', 'The strike is going ahead.', '--unknown', 'Hoe druk het wordt.', '--unknown', 'How busy it gets.',
    '--add-action', 'Bel de taxilijn', '--add-action', 'Call the taxi line', '--who', 'U gebruikt een rolstoel', '--who', 'You use a wheelchair', '--next-update', '+1h');
  assert.equal(r.status, 0, r.stderr);
  const inc = incident(dir);
  assert.deepEqual(inc.title, { nl: 'Staking: vandaag geen bussen', en: 'Strike: no buses today' });
  assert.deepEqual(inc.known, { nl: 'De staking gaat door.', en: 'The strike is going ahead.' });
  assert.deepEqual(inc.unknown, { nl: 'Hoe druk het wordt.', en: 'How busy it gets.' });
  assert.deepEqual(inc.actions.at(-1).label, { nl: 'Bel de taxilijn', en: 'Call the taxi line' });
  assert.deepEqual(inc.actions.at(-1).who, { nl: 'U gebruikt een rolstoel', en: 'You use a wheelchair' });
});

test('update: three texts for a feed in two languages, and two --affects, are not read as languages', () => {
  const dir = feed('nl,en');
  const three = run(dir, 'update', 'feed.json', '--incident', 'leiding', '--known', 'a', '--known', 'b', '--known', 'c', '--unknown', 'x', '--unknown', 'y', '--next-update', '+1h');
  assert.equal(three.status, 2);
  assert.match(three.stderr, /meerdere --known-teksten zijn één tekst per taal en hebben --lang nodig/);
  const before = incident(dir);
  const affects = run(dir, 'update', 'feed.json', '--incident', 'leiding', '--correct', '--affects', 'Lijn 1', '--affects', 'Lijn 2');
  assert.equal(affects.status, 0, affects.stderr);
  // Two items, each a name standing for every language: written per language, as the incident's title is (affects-option.ts).
  assert.deepEqual(incident(dir).affects, [{ nl: 'Lijn 1', en: 'Lijn 1' }, { nl: 'Lijn 2', en: 'Lijn 2' }]);
  assert.deepEqual(incident(dir).known, before.known);
});

// Trial V: an English-only water company gave two actions in one command and was only told about --lang nl,en.
test('update: two --add-action texts on a one-language feed say to run update once per action', () => {
  const dir = feed('en');
  const before = JSON.stringify(incident(dir));
  const r = run(dir, 'update', 'feed.json', '--incident', 'leiding', '--add-action', 'Collect bottled water at the leisure centre', '--add-action', 'Call 0800 316 4000 if you rely on water for medical care');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /To add two actions, run clearline update once per action/);
  assert.equal(JSON.stringify(incident(dir)), before);
});
