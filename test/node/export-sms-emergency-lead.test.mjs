// Trial T, a US electric co-op in an ice storm (en-US, America/Chicago, 911 marked emergency): the first urgent action,
// for "A line is down near you?", said "Stay at least 30 feet away from downed lines and anything they touch. Call 911,
// then our outage line." The SMS went out as "… A line is down near you? Stay at least 30 feet away from downed lines and
// anything... https://…": the 911 sentence, which docs/publishing.md promises to keep, was the one cut. Now the emergency
// line stays: what to do before it is cut where a clause ends, else left out after the question that asks whom it is for
// (its condition: "Call 911" alone would send every reader to 911). `lint --for sms` names the line kept and what it cut
// (it said "start the action with what to do", which the action did). A Dutch grid operator's SMS shows it is not US-only.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const AT_0545 = Date.parse('2026-12-15T11:45:00Z');
const LINK = 'https://www.pvec.example/outages';

function coop({ title = 'Ice storm: 18,000 members without power', label = 'Stay at least 30 feet away from downed lines and anything they touch. Call 911, then our outage line.' } = {}) {
  return {
    type: 'status', version: 1, feed_id: 'pvec-outages', time_zone: 'America/Chicago', status_url: LINK,
    publisher: { name: { 'en-US': 'Prairie Valley Electric Cooperative' }, url: 'https://www.pvec.example/' },
    channels: [
      { id: 'emergency-911', kind: 'phone', label: { 'en-US': 'Emergency: call 911' }, href: 'tel:911', emergency: true },
      { id: 'outage-line', kind: 'phone', label: { 'en-US': '24/7 Outage Line' }, href: 'tel:+18005550199', wait_minutes: 60, reason: { 'en-US': 'many calls about the ice storm' } },
    ],
    incidents: [{
      id: 'power-2026-12-15-0540', severity: 'critical', phase: 'investigating',
      started_at: '2026-12-15T10:15:00Z', updated_at: '2026-12-15T11:40:29Z', next_update_at: '2026-12-15T13:00:00Z',
      title: { 'en-US': title },
      known: { 'en-US': 'Freezing rain overnight brought down trees and power lines across Harlan, Dodge and Pike counties.' },
      unknown: { 'en-US': 'How many poles and lines are broken.' },
      actions: [
        { label: { 'en-US': label }, who: { 'en-US': 'A line is down near you?' }, urgent: true },
        { label: { 'en-US': 'Run a generator outdoors only, at least 20 feet from windows and doors, never in a garage.' }, who: { 'en-US': 'Using a generator?' }, urgent: true },
      ],
    }],
  };
}

const fits = (sms) => {
  assert.ok(sms.fits, sms.text);
  assert.ok(sms.characters <= 160 && sms.text.length === sms.characters, `${sms.characters}: ${sms.text}`);
};

test('trial T 05:45: the SMS keeps "Call 911, then our outage line." with whom it is for, and says the rest was left out', () => {
  const sms = x.exportSms(coop(), { now: AT_0545 });
  fits(sms);
  assert.equal(sms.text, `Ice storm: 18,000 members without power. A line is down near you? Call 911, then our outage line. Next update 7:00 AM. ${LINK}`);
  assert.deepEqual(sms.shortened, ['action-shortened']);
  // Never cut inside a clause, never "anything...".
  assert.doesNotMatch(sms.text, /\.\.\.|…/);
  // The desk is told two parts carry all of it, and two parts do.
  assert.equal(sms.twoParts, true);
  const two = x.exportSms(coop(), { now: AT_0545, parts: 2 });
  assert.match(two.text, /A line is down near you\? Stay at least 30 feet away from downed lines and anything they touch\. Call 911, then our outage line\./);
});

test('what to do is cut where a clause of it ends when that fits beside the emergency line', () => {
  const label = 'Stay at least 30 feet away, even if it looks dead, and keep children and pets inside. Call 911, then our outage line.';
  const sms = x.exportSms(coop({ label }), { now: AT_0545 });
  fits(sms);
  assert.match(sms.text, /A line is down near you\? Stay at least 30 feet away(?:…|\.\.\.) Call 911, then our outage line\./);
  assert.doesNotMatch(sms.text, /(?:even if|and|if it)(?:…|\.\.\.)/);
});

test('lint --for sms names the emergency line kept and what it left out, not "start the action with what to do"', () => {
  const [finding] = x.lintChannels(coop(), ['sms'], { now: AT_0545 }).filter((f) => f.rule === 'sms-shortened');
  assert.ok(finding, 'a finding');
  assert.match(finding.fix, /keeps the emergency line \("Call 911, then our outage line\."\) and leaves out what comes before it \("Stay at least 30 feet away …"\)/);
  assert.doesNotMatch(finding.fix, /start the action with what to do/);
  assert.match(finding.fix, /--parts 2/);
  const [nl] = x.lintChannels(coop(), ['sms'], { now: AT_0545, lang: 'nl' }).filter((f) => f.rule === 'sms-shortened');
  assert.match(nl.fix, /De sms houdt de noodlijn \("Call 911, then our outage line\."\) en laat weg wat ervoor staat/);
});

test('a Dutch grid operator: "Bel 112, daarna onze storingslijn." stays with "Ligt er een kabel op straat?"', () => {
  const feed = {
    type: 'status', version: 1, feed_id: 'netbeheer-noord', time_zone: 'Europe/Amsterdam', status_url: 'https://www.netbeheer-noord.example/storingen',
    publisher: { name: 'Netbeheer Noord', url: 'https://www.netbeheer-noord.example' },
    channels: [
      { id: '112', kind: 'phone', label: 'Noodnummer 112', href: 'tel:112', emergency: true },
      { id: 'storing', kind: 'phone', label: 'Storingslijn', href: 'tel:+318009009', wait_minutes: 30, reason: 'veel meldingen door de storm' },
    ],
    incidents: [{
      id: 'storm', severity: 'critical', phase: 'investigating',
      started_at: '2026-12-15T04:00:00Z', updated_at: '2026-12-15T05:00:00Z', next_update_at: '2026-12-15T07:00:00Z',
      title: 'Storm: 12.000 huishoudens in Drenthe zonder stroom',
      known: 'De storm heeft bomen en kabels omgetrokken.', unknown: 'Wanneer de stroom terug is.',
      actions: [{ label: 'Blijf minstens 10 meter uit de buurt van de kabel en van alles wat hij raakt. Bel 112, daarna onze storingslijn.', who: 'Ligt er een kabel op straat?', urgent: true }],
    }],
  };
  const sms = x.exportSms(feed, { now: Date.parse('2026-12-15T05:30:00Z') });
  fits(sms);
  assert.match(sms.text, /Ligt er een kabel op straat\? Bel 112, daarna onze storingslijn\./);
  assert.doesNotMatch(sms.text, /raakt\.\.\.|van de\.\.\./);
});

test('a later action\'s emergency line never takes the place of what the first action says to do', () => {
  // The first action's own words stay; "Levensgevaar? Bel 112." from the second action follows only when it fits.
  const feed = {
    type: 'status', version: 1, feed_id: 'liften', time_zone: 'Europe/Amsterdam', status_url: 'https://www.woonstad.example/storingen',
    publisher: { name: 'Woonstad', url: 'https://www.woonstad.example' },
    channels: [{ id: '112', kind: 'phone', label: '112', href: 'tel:112', emergency: true }],
    incidents: [{
      id: 'lift', severity: 'major', phase: 'investigating',
      started_at: '2026-12-15T04:00:00Z', updated_at: '2026-12-15T05:00:00Z', next_update_at: '2026-12-15T07:00:00Z',
      title: 'Liften in de flats aan de Berkenlaan en de Eikenlaan staan stil door een stroomstoring',
      known: 'De liften staan stil.', unknown: 'Wanneer ze weer werken.',
      actions: [
        { label: 'Bel onze servicelijn op 088 123 4567 als u hulp nodig heeft met boodschappen of medicijnen, dan komt er iemand langs.', who: 'Kunt u de trap niet nemen?', urgent: true },
        { label: 'Bel 112.', who: 'Levensgevaar?', urgent: true },
      ],
    }],
  };
  const sms = x.exportSms(feed, { now: Date.parse('2026-12-15T05:30:00Z') });
  assert.doesNotMatch(sms.text, /Kunt u de trap niet nemen\? (?:Levensgevaar\? )?Bel 112/);
});
