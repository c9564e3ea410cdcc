// A contact reason added in the studio takes its id from its name while it is not published, so
// `clearline report` and the reports read "mijn-afspraak-morgen" rather than "reason-2".
// Pure logic (feed/reason-edit.ts), loaded from the TypeScript source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { idForName, newReason, slugOf } = await importTs('src/feed/reason-edit.ts');
const NL_EN = ['nl', 'en'];

test('slugOf: letters and digits, accents dropped, dashes between words, at most 40 characters', () => {
  assert.equal(slugOf('Mijn afspraak (morgen)'), 'mijn-afspraak-morgen');
  assert.equal(slugOf('Geïnformeerd? Één e-mail!'), 'geinformeerd-een-e-mail');
  assert.equal(slugOf('  —  '), '');
  const long = slugOf('Ik heb een verdachte e-mail of een verdacht telefoontje gekregen');
  assert.ok(long.length <= 40 && !long.endsWith('-'), long);
});

test('slugOf: an apostrophe joins its word, and a cut id does not end on a little word (a bank\'s trial)', () => {
  assert.equal(slugOf("I can't log in to online banking or the app"), 'i-cant-log-in-to-online-banking');
  assert.equal(slugOf("Kan ik mijn auto's wassen?"), 'kan-ik-mijn-autos-wassen');
  assert.equal(slugOf('Moet ik mijn water koken voor de flesvoeding van de baby?'), 'moet-ik-mijn-water-koken');
  // Not cut: kept whole, little words and all.
  assert.equal(slugOf('Ik heb geen gas of verwarming'), 'ik-heb-geen-gas-of-verwarming');
});

test('a reason made by Add follows its name in the first language; placeholders do not count', () => {
  const added = newReason([], NL_EN);
  assert.equal(added.id, 'reason');
  const named = { ...added, label: { ...added.label, nl: 'Mijn afspraak morgen' } };
  assert.equal(idForName(named, added.label, [named], [], NL_EN), 'mijn-afspraak-morgen');
  // Typing on: it keeps following the name it was made from.
  const longer = { id: 'mijn-afspraak-morgen', label: { nl: 'Mijn afspraak morgen of later', en: '[[TODO: reason]]' } };
  assert.equal(idForName(longer, named.label, [longer], [], NL_EN), 'mijn-afspraak-morgen-of-later');
  // Only the English name written so far: the id follows that.
  const en = { id: 'reason', label: { nl: '[[TODO: reden]]', en: 'Suspicious e-mail' } };
  assert.equal(idForName(en, added.label, [en], [], NL_EN), 'suspicious-e-mail');
  // Emptied: back to "reason".
  const empty = { id: 'suspicious-e-mail', label: { nl: '', en: '' } };
  assert.equal(idForName(empty, en.label, [empty], [], NL_EN), 'reason');
});

test('two reasons with the same name get different ids; a published or hand-made id never changes', () => {
  const first = { id: 'spoed', label: { nl: 'Spoed' } };
  const second = { id: 'reason-2', label: { nl: 'Spoed' } };
  assert.equal(idForName(second, { nl: '' }, [first, second], [], ['nl']), 'spoed-2');
  assert.equal(idForName({ id: 'reason', label: { nl: 'Spoed' } }, { nl: '' }, [], ['reason'], ['nl']), 'reason', 'published: reports already count it');
  assert.equal(idForName({ id: 'afspraken', label: { nl: 'Mijn afspraak morgen' } }, { nl: 'Afspraak' }, [], [], ['nl']), 'afspraken', 'typed by hand');
  assert.equal(idForName({ id: 'damage', label: { nl: 'Schade melden' } }, { nl: 'Stormschade melden' }, [], [], ['nl']), 'damage');
});
