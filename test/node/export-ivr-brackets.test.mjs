// A UK broadband night desk's phone message read its brackets aloud: "…has a personal alarm (telecare)?" and "call 999
// from a mobile (it works on any network); …", which a voice reads with "bracket" or a jump in tone, and which a person
// recording the text stumbles on. The phone message (text and SSML) now says them as pauses: "…a personal alarm,
// telecare?", "…from a mobile, it works on any network; …"; a number's own brackets ("(312) 555-0142") stay the
// number's, and the written channels (SMS, social, e-mail, CAP) keep the desk's brackets. Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, xmllint } from './export-kit.mjs';
import { broadbandFeed, NOW } from './broadband-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { unbracket } = await importTs('src/export/ssml.ts');

test('IVR: brackets are said as pauses in the text and the SSML', async () => {
  const f = broadbandFeed();
  f.incidents[0].actions.unshift({ label: 'In an emergency call 999 from a mobile (it works on any network); your home phone may not work now', who: 'You need help now', urgent: true });
  const r = x.exportIvr(f, { now: NOW });
  assert.doesNotMatch(r.text, /[()]/, r.text);
  assert.match(r.text, /You or someone at home has a personal alarm, telecare\? Your personal alarm/);
  assert.match(r.text, /call 999 from a mobile, it works on any network; your home phone may not work now\./);
  assert.match(r.ssml, /has a personal alarm, telecare\? Your/);
  assert.match(r.ssml, /from a mobile, it works on any network; your home/);
  assert.ok((await xmllint(r.ssml)).valid);
  // The written channels keep what the desk wrote.
  assert.match(x.exportEmail(f, { now: NOW }).text, /\(telecare\)/);
  assert.match(x.exportSocial(f, { now: NOW }).posts[0].text, /\(it works on any network\)/);
});

test('IVR: a number in brackets of its own, and a number inside brackets, are still said as numbers', () => {
  const f = broadbandFeed();
  f.time_zone = 'America/Chicago';
  f.channels[1].href = 'tel:+13125550142';
  f.incidents[0].actions[0] = { label: 'Call the priority line (312) 555-0142 (any time)', urgent: true };
  const r = x.exportIvr(f, { now: NOW });
  assert.match(r.ssml, /Call the priority line <prosody rate="90%"><say-as interpret-as="telephone">\(312\) 555-0142<\/say-as><\/prosody>, any time\./);
  assert.match(r.text, /Call the priority line \(312\) 555-0142, any time\./);
});

test('unbracket: commas where the brackets were, nothing doubled, a sentence end kept', () => {
  const cases = [
    ['Call us (free) today.', 'Call us, free, today.'],
    ['Noodlijn: (112)', 'Noodlijn: 112'],
    ['Bij gevaar (gaslucht, water in huis): bel 112.', 'Bij gevaar, gaslucht, water in huis: bel 112.'],
    ['Keep it (see below.)', 'Keep it, see below.'],
    ['A (b (c)) d.', 'A, b, c, d.'],
    ['No brackets here.', 'No brackets here.'],
  ];
  for (const [text, want] of cases) assert.equal(unbracket(text), want, text);
});
