// Trial T (US electric co-op, ice storm): an urgent "Call a licensed electrician, then call our outage line" was warned as
// "… but no channel with "emergency": true has that number … fix: If people in danger call it, mark that line as
// "emergency": true …"; only the end said an ordinary line may stay. A tired supervisor might tick "Emergency line" for
// the outage line, which readers then find beside 911. Now the line is named as ordinary and the safe choice comes first.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const NOW = Date.parse('2026-12-16T03:03:00Z');
const doc = {
  type: 'status', version: 1, feed_id: 'pvec-outages', time_zone: 'America/Chicago',
  publisher: { name: 'Prairie Valley Electric Cooperative', url: 'https://www.pvec.example/' },
  channels: [
    { id: 'e911', kind: 'phone', label: { 'en-US': 'Call 911' }, href: 'tel:911', emergency: true },
    { id: 'outage', kind: 'phone', label: { 'en-US': '24/7 Outage Line' }, href: 'tel:+18005550199' },
  ],
  incidents: [{
    id: 'ice-storm', title: { 'en-US': 'Ice storm outages' }, severity: 'major', phase: 'monitoring', started_at: '2026-12-15T11:00:00Z', updated_at: '2026-12-16T03:00:00Z',
    known: { 'en-US': 'Most members have power again.' }, unknown: { 'en-US': 'When the last members are back.' }, next_update_at: '2026-12-16T05:00:00Z',
    actions: [{ who: { 'en-US': "Your neighbors have power but you don't?" }, label: { 'en-US': 'Call a licensed electrician to check your service entry, then call our outage line.' }, href: 'tel:+18005550199', urgent: true }],
  }],
};
const finding = (lang, desk) => lintDocument(doc, { now: NOW, lang, ...(desk ? { desk: true } : {}) }).find((f) => f.rule === 'emergency-channel-missing');

test('an urgent action that calls an ordinary line: named as ordinary, "nothing to do" first (en and nl)', () => {
  const en = finding('en');
  assert.equal(en.severity, 'warning');
  assert.equal(en.message, 'an urgent action calls (800) 555-0199 (24/7 Outage Line), an ordinary line (no "emergency": true)');
  assert.match(en.fix, /^Nothing to do if the action is urgent but no danger \(reporting an outage, an appointment today\): leave the line as it is\. Only a line that people in danger call should be marked "emergency": true/);
  assert.doesNotMatch(en.fix, /^If people in danger/);
  const nl = finding('nl');
  assert.match(nl.message, /^een actie om nu te doen belt .*\(24\/7 Outage Line\), een gewone lijn \(geen noodnummer\)$/);
  assert.match(nl.fix, /^U hoeft niets te doen als de actie dringend is maar er geen gevaar is/);
});
