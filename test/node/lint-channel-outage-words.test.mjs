// Trial L, a mobile operator's all-clear: the customer line kept its hours "24 uur per dag tijdens de storing" after
// `update --resolve`, and nothing said so. channel-outage-words (lint/rules/channel-after.ts) says it once nothing is open,
// and leaves alone the words that name what a line is for on any day.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

const { disruptionWords } = await importTs('src/lint/rules/channel-after.ts');
const { lintDocument } = await importTs('src/lint/index.ts');
const NOW = Date.parse('2026-11-23T12:00:00Z');

test('words that tie a channel to the disruption, and words that do not', () => {
  for (const t of ['24 uur per dag tijdens de storing', 'Alleen via chat door de storing', 'Tijdelijke lijn', 'Voorlopig alleen per e-mail', '24 hours a day during the outage', 'Temporarily by chat only', 'Open late because of the strike']) {
    assert.ok(disruptionWords(t), t);
  }
  for (const t of ['Storingsnummer stroom', 'Storing melden', 'Report an outage', 'Emergency line', 'Ma-vr 08:00-20:00', 'Klantenservice', 'Bij een storing: bel 0800-9009', 'Gas leak or gas smell']) {
    assert.equal(disruptionWords(t), undefined, t);
  }
});

test('said once nothing is open, for the field and language that says it; not while the incident is open', () => {
  const f = lintCleanFeed(NOW);
  f.channels[0].hours = { nl: '24 uur per dag tijdens de storing', en: '24 hours a day' };
  const codes = (doc) => lintDocument(doc, { now: NOW }).filter((x) => x.rule === 'channel-outage-words').map((x) => x.path);
  assert.deepEqual(codes(f), [], 'an open incident: the words hold');
  f.incidents = f.incidents.map((i) => ({ ...i, phase: 'resolved', resolved_at: new Date(NOW).toISOString(), next_update_at: null }));
  assert.deepEqual(codes(f), ['channels/0/hours/nl']);
  const nl = lintDocument(f, { now: NOW, lang: 'nl' }).find((x) => x.rule === 'channel-outage-words');
  assert.match(nl.message, /tijdens de storing/);
});

test('who a line is for (purpose, kept by the all-clear) said for the disruption: named, with the --purpose command', () => {
  const f = lintCleanFeed(NOW);
  f.channels[0].purpose = { nl: 'Voor klanten die door de storing geen internet hebben', en: 'For customers without internet' };
  f.incidents = f.incidents.map((i) => ({ ...i, phase: 'resolved', resolved_at: new Date(NOW).toISOString(), next_update_at: null }));
  const found = lintDocument(f, { now: NOW }).filter((x) => x.rule === 'channel-outage-words');
  assert.deepEqual(found.map((x) => x.path), ['channels/0/purpose/nl']);
  assert.match(found[0].message, /the purpose \(who it is for\) of “.*” still says “door de storing”/);
  assert.match(found[0].fix, new RegExp(`clearline edit channel --id ${f.channels[0].id} --purpose "…"`));
  const nl = lintDocument(f, { now: NOW, lang: 'nl' }).find((x) => x.rule === 'channel-outage-words');
  assert.match(nl.message, /bij de tekst ‘voor wie’ van ‘.*’ staat nog “door de storing”/);
});
