// A UK broadband night desk's phone message said "Broadband is down in Leeds." and not the next sentence of what we
// know, "Mobile calls and data work normally.", which every caller with a mobile needed. Now the message says all of
// what we know while it fits in its 45 seconds: the sentences after the first are dropped, the last one first, after
// the greeting, the call-back and self-service pages and the other incidents' pages (and before the lead's own urgent
// action page, the count and the thanks), and the desk is told which ("sentence 3 of what we know"). What was dropped
// but fits again is put back. Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { broadbandFeed, NOW } from './broadband-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { droppedInWords } = await importTs('src/export/ivr-dropped.ts');

/** The broadband feed with 999 offered by an urgent reason: only then is it said on the queue (ivr-called-for.ts, trial S). */
const withDanger = () => Object.assign(broadbandFeed(), { contact_reasons: [{ id: 'danger', label: 'Someone is in danger', urgent: true, channels: ['emergency'] }] });

test('IVR: every sentence of what we know is said when it fits, in the text and the SSML', () => {
  const f = withDanger();
  const r = x.exportIvr(f, { now: NOW });
  // The 999 line comes right after the first sentence (export-ivr-emergency-first), then the rest of what we know.
  assert.match(r.text, /^Welcome to Northline Broadband\. Broadband down in Leeds\. Broadband is down in Leeds\. Emergency: hang up and call 999\. Mobile calls and data work normally\. /);
  assert.match(r.ssml, /Broadband is down in Leeds\.<break time="400ms"\/>Emergency: [^<]*<prosody[^>]*><say-as[^>]*>999<\/say-as><\/prosody>\.<break time="400ms"\/>Mobile calls and data work normally\.<break/);
  assert.ok(r.fits, `${r.seconds} s`);
  // A second paragraph is what we know too.
  f.incidents[0].known += '\n\nEngineers are on site.';
  assert.match(x.exportIvr(f, { now: NOW }).text, /Mobile calls and data work normally\. Engineers are on site\. /);
});

test('IVR: too long, the last sentences of what we know go first, after the greeting, and are named', () => {
  const f = withDanger();
  f.incidents[0].known =
    'Broadband is down in Leeds. Mobile calls and data work normally. Since 01:40 a fibre cable between Leeds and Bradford is cut, and our engineers are digging at the roadworks on the A64 to reach it. Customers in Bradford may see slow speeds in the evening as well.';
  const r = x.exportIvr(f, { now: NOW });
  assert.ok(r.fits, `${r.seconds} s`);
  assert.match(r.text, /Broadband is down in Leeds\. Emergency: hang up and call 999\. Mobile calls and data work normally\. /);
  assert.ok(r.dropped.includes('known-4'), r.dropped.join());
  assert.ok(r.dropped.indexOf('hello') < r.dropped.indexOf('known-4'), 'the greeting goes first');
  assert.doesNotMatch(r.text, /slow speeds/);
  assert.deepEqual(droppedInWords(['known-3'], f, 'en', 'en'), ['sentence 3 of what we know']);
  assert.deepEqual(droppedInWords(['known-3'], f, 'en', 'nl'), ['zin 3 van wat we weten']);
  // In reading order, each kind where it first comes: the message drops the last sentences first (trial E, a bank's desk
  // read "zin 4 van wat we weten, zin 3 …, zin 2 …").
  // Several sentences of one text as one phrase: "sentences 2 to 4", not each in full (the note was long to read at night).
  assert.deepEqual(droppedInWords(['hello', 'known-4', 'known-3', 'known-2', 'thanks'], f, 'en', 'en'), ['the greeting', 'sentences 2 to 4 of what we know', 'the thanks for waiting']);
  assert.deepEqual(droppedInWords(['known-4', 'known-3', 'known-2'], f, 'en', 'nl'), ['zinnen 2 tot en met 4 van wat we weten']);
  assert.deepEqual(droppedInWords(['known-3', 'known-2', 'closing-2'], f, 'en', 'en'), ['sentences 2 and 3 of what we know', 'sentence 2 of the closing text']);
  assert.deepEqual(droppedInWords(['known-5', 'known-2'], f, 'en', 'nl'), ['zinnen 2 en 5 van wat we weten']);
});
