// A telecom's night desk wrote "Power should be back in about an hour" at 03:00 (trial G); at 06:00 readers still read
// it, under a next update of 07:00, and nothing said so. lint's `relative-time` (a suggestion) names a time said relative
// to now in an open incident's title, what we know and what we don't know yet, with the clock time it meant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const WRITTEN = Date.parse('2026-12-09T03:00:00Z'); // 03:00 in London, 04:00 in Amsterdam
const NOW = WRITTEN + 10 * 60_000;

function feed(texts, { zone = 'Europe/London', phase = 'identified', lang = 'en' } = {}) {
  return {
    type: 'status', version: 1, feed_id: 'northline', publisher: { name: 'Northline Telecom', url: 'https://example.com' }, time_zone: zone, channels: [],
    incidents: [{
      id: 'fibre', severity: 'major', phase, title: { [lang]: 'Broadband down in Leeds' }, known: { [lang]: 'Engineers are on site.' }, unknown: { [lang]: 'The cause.' },
      started_at: iso(WRITTEN - 80 * 60_000), updated_at: iso(WRITTEN), next_update_at: phase === 'resolved' ? null : iso(WRITTEN + 60 * 60_000),
      ...(phase === 'resolved' ? { resolved_at: iso(WRITTEN) } : {}), ...texts,
    }],
  };
}
const found = (doc, opts = {}) => lintDocument(doc, { now: NOW, timeZone: doc.time_zone, ...opts }).filter((f) => f.rule === 'relative-time').map((f) => ({ path: f.path, message: f.message, fix: f.fix }));

test('"in about an hour" in what we know: the time it meant, on the feed\'s clock', () => {
  assert.deepEqual(found(feed({ known: { en: 'Power should be back in about an hour. Engineers are on site.' } })), [{
    path: 'incidents/0/known/en',
    message: '"in about an hour" in "known" is read from the moment people read it, not from 03:00 when it was written, and stays there until you change it',
    fix: 'Write the time instead, for example "around 04:00".',
  }]);
  // The studio says the field as the form does.
  assert.match(found(feed({ known: { en: 'Back within the hour.' } }), { audience: 'desk' })[0].message, /^"within the hour" in “What we know” is read/);
  // A US clock says it as its readers do.
  assert.equal(found(feed({ unknown: { en: 'Whether it is fixed in 30 minutes.' } }, { zone: 'America/Chicago' }))[0].fix, 'Write the time instead, for example "around 9:30 PM".');
});

test('Dutch: over een uur, binnen een kwartier, het komende uur, in the desk\'s language', () => {
  const nl = (text) => found(feed({ title: { nl: text } }, { zone: 'Europe/Amsterdam', lang: 'nl' }), { lang: 'nl' });
  assert.deepEqual(nl('Storing: stroom over ongeveer een uur terug'), [{
    path: 'incidents/0/title/nl',
    message: '"over ongeveer een uur" bij "title" tellen mensen vanaf het moment dat ze het lezen, niet vanaf 04:00, toen het geschreven is, en het blijft staan tot u het wijzigt',
    fix: 'Schrijf de tijd op, bijvoorbeeld „rond 05:00”.',
  }]);
  assert.equal(nl('Binnen een kwartier meer nieuws')[0].fix, 'Schrijf de tijd op, bijvoorbeeld „rond 04:15”.');
  assert.equal(nl('Het komende uur geen pinnen')[0].fix, 'Schrijf de tijd op, bijvoorbeeld „rond 05:00”.');
  assert.equal(nl('Over enkele uren weer water')[0].fix, 'Schrijf de tijd op.');
  // "over" as "about", and how long a process takes, are no time from now.
  assert.deepEqual(nl('Informatie over de storing in Leeds'), []);
  assert.deepEqual(nl('Wij betalen binnen 24 uur terug'), []);
});

test('left alone: actions, what lasts longer than 4 hours, earlier updates, a resolved incident, "in minutes"', () => {
  assert.deepEqual(found(feed({ actions: [{ label: { en: 'Ask for a call-back: we call you within 30 minutes' } }] })), []);
  assert.deepEqual(found(feed({ known: { en: 'Refunds are paid within 24 hours.' } })), []);
  assert.deepEqual(found(feed({ updates: [{ at: iso(WRITTEN - 60 * 60_000), known: { en: 'Back in about an hour.' } }] })), []);
  assert.deepEqual(found(feed({ known: { en: 'Power came back in about an hour.' } }, { phase: 'resolved' })), []);
  assert.deepEqual(found(feed({ known: { en: 'Waits are shown in minutes.' } })), []);
});
