// Trial T: after the all-clear the e-mail's subject read "Ice storm: power restored to all members and 2 more
// disruptions" for a planned outage announced for tomorrow and a notice. Now each is counted by what it is; other
// disruptions going on are still "and N more disruptions". Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-17T03:10:00Z');
const inc = (lang, id, title, more) => ({ id, title: { [lang]: title }, severity: 'minor', phase: 'identified', known: { [lang]: 'Text.' }, started_at: '2026-12-15T10:15:00Z', updated_at: '2026-12-17T03:05:00Z', ...more });
const feed = (lang, zone, incidents) => ({
  type: 'status', version: 1, feed_id: 'pvec-outages', time_zone: zone, publisher: { name: 'Prairie Valley', url: 'https://www.pvec.example/' },
  status_url: 'https://www.pvec.example/outages', channels: [{ id: 'line', kind: 'phone', label: { [lang]: 'Outage line' }, href: 'tel:+18005550199' }], incidents,
});
const lead = (lang, title) => inc(lang, 'storm', title, { severity: 'critical', phase: 'resolved', resolved_at: '2026-12-17T03:00:00Z' });
const planned = (lang, title) => inc(lang, 'planned', title, { starts_at: '2026-12-17T07:00:00Z' });
const notice = (lang, title) => inc(lang, 'notice', title, { severity: 'info', phase: 'investigating' });

test('the subject counts an announced disruption and a notice by what they are (trial T), in English and Dutch', () => {
  const en = x.exportEmail(feed('en-US', 'America/Chicago', [lead('en-US', 'Ice storm: power restored to all members'), planned('en-US', 'Planned outage Thursday'), notice('en-US', 'Still no power?')]), { now: NOW });
  assert.equal(en.subject, 'Ice storm: power restored to all members, plus 1 announced disruption and 1 notice');
  const nl = x.exportEmail(feed('nl', 'Europe/Amsterdam', [lead('nl', 'Storm: stroom overal terug'), planned('nl', 'Geplande onderbreking donderdag'), notice('nl', 'Nog geen stroom?')]), { now: NOW });
  assert.equal(nl.subject, 'Opgelost: Storm: stroom overal terug, verder 1 aankondiging en 1 mededeling');
});

test('other disruptions going on are still "and N more disruptions"; mixed with a notice each is named', () => {
  const going = inc('en-US', 'water', 'No water in Elm Grove', {});
  const other = { ...going, id: 'gas', title: { 'en-US': 'No gas in Pike City' } };
  const two = x.exportEmail(feed('en-US', 'America/Chicago', [going, other]), { now: NOW });
  assert.equal(two.subject, 'No water in Elm Grove (Cause identified) and 1 more disruption');
  const mixed = x.exportEmail(feed('en-US', 'America/Chicago', [going, other, notice('en-US', 'Still no power?'), { ...notice('en-US', 'Scam calls'), id: 'scam' }]), { now: NOW });
  assert.equal(mixed.subject, 'No water in Elm Grove (Cause identified), plus 1 more disruption and 2 notices');
});
