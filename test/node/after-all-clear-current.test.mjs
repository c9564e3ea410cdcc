// Trial T (an electricity co-op, the evening after an ice storm): the storm's all-clear, a notice "Still no power after
// the storm? Your service entry may be damaged" for the few still without power, and planned works announced for the
// next night. "When will my power be back?" and the badge led with the planned works, which have not begun and so are
// nobody's reason to be without power now. What is in force now (a notice too) now comes before one announced for later:
// for "when is it back?" (the help dialog's reason panel, the FAQ's incident results) and for the badge's one word.
// A water company's boil notice after supply returns, beside works announced for Saturday, is the same case.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const engine = await importTs('src/search/index.ts');
const { openIncidents, overallState } = await importTs('src/feed/incidents.ts');
const { IncidentSearch } = await importTs('src/components/faq/incident-search.ts');

const NOW = Date.parse('2026-12-17T03:10:00Z'); // Wed 21:10 in America/Chicago
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const H = 3_600_000;
const base = { started_at: iso(NOW - 10 * 60_000), updated_at: iso(NOW - 10 * 60_000), unknown: { en: '' }, next_update_at: null };
const notice = {
  ...base, id: 'service-entry', severity: 'info', phase: 'investigating',
  title: { en: 'Still no power after the storm? Your service entry may be damaged' },
  known: { en: 'A few hundred homes still have no power because the ice damaged the service entry: the mast, weatherhead or meter base on your house.' },
  actions: [{ who: { en: "Your neighbors have power but you don't?" }, label: { en: 'Call a licensed electrician to repair the service entry, then call our outage line so we can reconnect you.' }, urgent: true, href: 'tel:+18005550199' }],
};
const planned = {
  ...base, id: 'planned-works', severity: 'minor', phase: 'identified', starts_at: iso(NOW + 4 * H), next_update_at: iso(NOW + 6 * H),
  title: { en: 'Planned outage Thursday 1–3 AM in Elm Grove for storm repairs' },
  known: { en: 'To finish storm repairs safely, we will switch off power in Elm Grove on Thursday from 1 AM to 3 AM.' },
  unknown: { en: 'Whether the work is done before 3 AM.' },
  actions: [{ who: { en: 'You use medical equipment at home?' }, label: { en: 'Make sure your backup is charged before 1 AM, or call our outage line if you need help.' }, urgent: true, href: 'tel:+18005550199' }],
};
const storm = { ...base, id: 'storm', severity: 'critical', phase: 'resolved', resolved_at: iso(NOW - 30 * 60_000), title: { en: 'Ice storm: power restored to all members' }, known: { en: 'All members have power again since 8:40 PM.' } };
const feed = (incidents) => ({ type: 'status', version: 1, feed_id: 'coop', seq: 1, issued_at: iso(NOW - 60_000), expires_at: iso(NOW + 24 * H), publisher: { name: 'Co-op' }, channels: [], incidents });

test('what is in force now first: a notice before one announced for later; one going on stays first', () => {
  const open = openIncidents(feed([storm, notice, planned]), NOW);
  assert.deepEqual(open.map((i) => i.id), ['planned-works', 'service-entry'], 'the banner\'s order is unchanged');
  assert.deepEqual(openIncidents(feed([storm, notice, planned]), NOW, true).map((i) => i.id), ['service-entry', 'planned-works']);
  const going = { ...planned, id: 'going', starts_at: undefined };
  assert.deepEqual(openIncidents(feed([notice, planned, going]), NOW, true).map((i) => i.id), ['going', 'service-entry', 'planned-works']);
  // Once the works have begun they are going on and lead.
  assert.deepEqual(openIncidents(feed([notice, planned]), NOW + 5 * H, true).map((i) => i.id), ['planned-works', 'service-entry']);
});

test('the badge: a notice open beside one announced for later is "notice" (in force now), not "announced"', () => {
  assert.deepEqual(overallState(feed([storm, notice, planned]), NOW), { state: 'notice', severity: 'info' });
  assert.deepEqual(overallState(feed([storm, planned]), NOW), { state: 'announced', severity: 'info' }, 'only announced');
  assert.deepEqual(overallState(feed([notice, planned]), NOW + 5 * H), { state: 'disruption', severity: 'minor' }, 'the works begun');
});

test('asked when something is back: the topic without the time words (stop words stay; the search drops them)', () => {
  assert.equal(engine.askedBack('When is my power coming back?'), 'is my power');
  assert.equal(engine.askedBack('when will my power be restored'), 'will my power be');
  assert.equal(engine.askedBack('Wanneer komt de stroom terug?'), 'de stroom');
  assert.equal(engine.askedBack('wanneer heb ik weer water'), 'heb ik water');
  for (const q of ['when does the planned outage start', 'how long will the outage last', 'parking', 'backup generator']) assert.equal(engine.askedBack(q), undefined, q);
});

test('the FAQ\'s incident results: "when is my power coming back" finds the notice first, the planned works after it', () => {
  const open = openIncidents(feed([storm, notice, planned]), NOW);
  const found = (q, now = NOW) => new IncidentSearch().find(engine, open, 'en', q, [], now).map((h) => h.incident.id);
  assert.deepEqual(found('when is my power coming back'), ['service-entry', 'planned-works']);
  assert.deepEqual(found('When will my power be back?'), ['service-entry', 'planned-works']);
  assert.deepEqual(found('when will my power be restored'), ['service-entry', 'planned-works']);
  // Asked about the works themselves, the works answer.
  assert.deepEqual(found('when does the planned outage start'), ['planned-works']);
  // Nothing going on and no topic: no incident is the answer (the FAQ's own results and the no-answer box).
  assert.deepEqual(found('when will it be back'), []);
});
