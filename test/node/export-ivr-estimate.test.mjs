// Trial T (a US co-op, ice storm, 13:00): the phone message left out "We still expect most members to have power back by
// Thursday night" (heard at 07:20, so not new) and kept "Crews from four neighboring co-ops are working with ours" (new).
// Callers waiting 45 minutes never heard the estimate. Now a sentence of what we know that estimates when (a word of
// expecting and a time or a day, any sector) is kept after the first news, before the rest of the news. Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-15T19:05:00Z');
const feed = (lang, zone, t) => ({
  type: 'status', version: 1, feed_id: 'pvec-outages', time_zone: zone, publisher: { name: { [lang]: t.publisher }, url: 'https://www.pvec.example/' },
  channels: [
    { id: 'sos', kind: 'phone', label: { [lang]: t.sos }, href: t.sosHref, emergency: true, reason: { [lang]: t.reason } },
    { id: 'line', kind: 'phone', label: { [lang]: t.line }, href: 'tel:+18005550199', wait_minutes: 45, reason: { [lang]: t.busy } },
  ],
  incidents: [{
    id: 'storm', title: { [lang]: t.title }, severity: 'critical', phase: 'identified', started_at: '2026-12-15T10:15:00Z', updated_at: '2026-12-15T19:00:00Z',
    next_update_at: '2026-12-15T21:00:00Z', known: { [lang]: t.known.join(' ') }, unknown: { [lang]: t.unknown },
    updates: [{ at: '2026-12-15T13:20:00Z', known: { [lang]: t.before.join('\n') }, unknown: { [lang]: t.unknown } }],
    actions: t.actions.map(([who, label]) => ({ who: { [lang]: who }, label: { [lang]: label }, urgent: true })),
  }],
});

const US = {
  publisher: 'Prairie Valley Electric Cooperative', sos: 'Emergency: call 911', sosHref: 'tel:911', reason: 'A power line is down, or someone on home oxygen is in danger without power',
  line: '24/7 Outage Line', busy: 'many calls about the ice storm', title: 'Ice storm: 22,000 members still without power',
  known: ['Crews restored power to 19,000 members this morning.', 'About 22,000 members in Harlan, Dodge and Pike counties are still without power.', 'Crews from four neighboring co-ops are working with ours.', 'We still expect most members to have power back by Thursday night.'],
  before: ['More lines came down as the ice got heavier: about 41,000 members are without power.', 'Crews from four neighboring co-ops arrive today to help our crews.', 'We expect most members to have power back by Thursday night.'],
  unknown: 'When power comes back on your street: the outage map shows the areas crews are working in.',
  actions: [['A line is down near you?', 'Stay at least 30 feet away from downed lines and anything they touch. Call 911, then our outage line.'], ['Using a generator?', 'Run a generator outdoors only, at least 20 feet from windows and doors, never in a garage.']],
};

test('the estimate of when is said; a later sentence of the news gives way first (trial T, en-US)', () => {
  const ivr = x.exportIvr(feed('en-US', 'America/Chicago', US), { now: NOW });
  assert.match(ivr.text, /We still expect most members to have power back by Thursday night\./, `${ivr.text}\n${ivr.dropped}`);
  assert.ok(!ivr.dropped.includes('known-4'), ivr.dropped.join());
  assert.ok(ivr.seconds <= 45);
});

// The Dutch message is longer: the estimate fits beside the two urgent actions in English, not in Dutch. Since every urgent
// action of the lead outranks what we know (ivr-action-rank.ts), the estimate gives way there, as the rest of the news
// did; the cable and generator actions are said (before, the generator action gave way to the estimate).
test('Dutch: the cable and generator actions are said; the estimate, which does not fit beside them, gives way', () => {
  const NL = {
    publisher: 'Waterbedrijf Oost', sos: 'Bij levensgevaar: bel 112', sosHref: 'tel:112', reason: 'Bij brand of als iemand in gevaar is door de kou',
    line: 'Storingslijn', busy: 'veel telefoontjes over de storing', title: 'Ijzel: 22.000 huizen nog zonder stroom',
    known: ['Monteurs hebben vanochtend 19.000 huizen weer aangesloten.', 'Ongeveer 22.000 huizen in Harlan, Dodge en Pike zijn nog zonder stroom.', 'Monteurs van vier buurbedrijven werken met de onze mee.', 'We verwachten nog steeds dat de meeste huizen donderdagavond weer stroom hebben.'],
    before: ['Er zijn meer leidingen gebroken door het zware ijs: ongeveer 41.000 huizen zijn zonder stroom.', 'Monteurs van vier buurbedrijven komen vandaag helpen.', 'We verwachten dat de meeste huizen donderdagavond weer stroom hebben.'],
    unknown: 'Wanneer de stroom in uw straat terugkomt: de storingskaart toont waar de monteurs werken.',
    actions: [['Ligt er een kabel op straat bij u?', 'Blijf minstens 10 meter van de kabel en alles wat hem raakt. Bel 112, daarna onze storingslijn.'], ['Gebruikt u een aggregaat?', 'Zet een aggregaat alleen buiten, minstens 6 meter van ramen en deuren, nooit in een garage.']],
  };
  const ivr = x.exportIvr(feed('nl', 'Europe/Amsterdam', NL), { now: NOW });
  assert.ok(ivr.fits, `${ivr.seconds}`);
  for (const s of ['Blijf minstens 10 meter van de kabel', 'Zet een aggregaat alleen buiten']) assert.ok(ivr.text.includes(s), `${s}\n${ivr.text}\n${ivr.dropped}`);
  assert.deepEqual(ivr.dropped.filter((k) => k.startsWith('todo-')), [], ivr.dropped.join());
  assert.ok(ivr.dropped.includes('known-4'), ivr.dropped.join());
});
