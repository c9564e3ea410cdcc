// A phone number followed by a note in brackets was not said as a number: "Call (312) 555-0142 (24 hours)" ran on into
// "(24" (the number's pattern took an opening bracket and digit as more of the number), so the voice read "Call, 312,
// 555-0142, 24 hours" as words and counts; "Bel 0800 1234 (24 uur per dag)" marked "0800 1234 (24" as the number and
// left "uur per dag)" with a stray bracket. Now the number ends where its digits do and the note is words said after a
// pause: "…(312) 555-0142, 24 hours". A bracket that closes on digits inside a number stays the number's ("+44 (0)20").
// Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, xmllint } from './export-kit.mjs';
import { broadbandFeed, NOW } from './broadband-kit.mjs';

const x = await exporters();
const tel = (n) => `<prosody rate="90%"><say-as interpret-as="telephone">${n.replace(/[()]/g, '\\$&').replace(/\+/g, '\\+')}</say-as></prosody>`;

/** The phone message of the broadband feed on `zone`'s clock, with `label` as its first action. */
function ivr(zone, label) {
  const f = broadbandFeed();
  f.time_zone = zone;
  f.incidents[0].actions[0] = { label, urgent: true };
  return x.exportIvr(f, { now: NOW });
}

const cases = [
  // [clock, action label, the number as said, the text after it]
  ['America/Chicago', 'Call (312) 555-0142 (24 hours)', '(312) 555-0142', ', 24 hours.'],
  ['America/Chicago', 'Call 312-555-0142 (24/7) for a new router', '312-555-0142', ', 24/7, for a new router.'],
  ['Europe/London', 'Call 0113 496 0000 (24 hours a day)', '0113 496 0000', ', 24 hours a day.'],
  ['Europe/London', 'Call +44 (0)113 496 0000 (2 minutes wait)', '+44 (0)113 496 0000', ', 2 minutes wait.'],
  ['Europe/Amsterdam', 'Bel 0800 1234 (24 uur per dag)', '0800 1234', ', 24 uur per dag.'],
  ['Europe/Amsterdam', 'Bel 088 123 45 67 (24/7) of mail ons', '088 123 45 67', ', 24/7, of mail ons.'],
  ['Europe/Amsterdam', 'Bel 0800 1234 (gratis)', '0800 1234', ', gratis.'],
];

for (const [zone, label, number, after] of cases) {
  test(`IVR: "${label}" (${zone}): the number is said as one, the note in brackets as words`, async () => {
    const r = ivr(zone, label);
    const lead = label.slice(0, label.indexOf(number));
    assert.match(r.ssml, new RegExp(`${lead.replace(/[()+]/g, '\\$&')}${tel(number)}${after.replace(/[.+/]/g, '\\$&')}`), r.ssml);
    assert.ok(r.text.includes(`${lead}${number}${after}`), r.text);
    assert.ok((await xmllint(r.ssml)).valid);
  });
}
