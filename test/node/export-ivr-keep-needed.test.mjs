// Trial Z (a UK hospital trust, doctors' strike): the phone message left out sentences by position. Tue 16:00 it kept
// "We are now phoning or texting every patient whose operation or appointment is cancelled." and left out "If you have
// not heard from us, come as planned." and "A&E … stays open"; Wed 12:00 the appointments line said "use our web form"
// without its address, the strike's urgent action twice and the strike as "There is a second notice on our website".
// Fixtures: the trial's feeds (test/fixtures/export/strike-z-1215.json, strike-z-1216.json). Uses dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, FIXTURES } from './export-kit.mjs';

const x = await exporters();
const feed = (name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const TUE = Date.parse('2026-12-15T16:05:00Z');
const WED = Date.parse('2026-12-16T12:05:00Z');
const ACTION = 'In an emergency call 999 or go to A&E: it stays open.';

test('Tue: "come as planned" and "A&E stays open" are kept before description, within 45 s', () => {
  const r = x.exportIvr(feed('strike-z-1215.json'), { now: TUE });
  assert.ok(r.fits, `${r.seconds} s`);
  for (const s of ['If you have not heard from us, come as planned.', "A&E at Northgate General and St Anne's stays open"]) assert.ok(r.text.includes(s), `${s}\n${r.text}`);
});

test('Wed, appointments line: the web form\'s address is said, the same urgent action once, and the strike by its title', () => {
  const r = x.exportIvr(feed('strike-z-1216.json'), { now: WED, channel: 'phone-4' });
  assert.ok(r.fits, `${r.seconds} s`);
  assert.match(r.text, /northgatehospitals\.example\/contact/, r.text);
  assert.equal(r.text.split(ACTION).length - 1, 1, r.text);
  assert.ok(r.text.includes("Doctors' strike Thursday 17 to Saturday 19 December: A&E stays open."), r.text);
  assert.doesNotMatch(r.text, /second notice/, r.text);
});

test('Wed, switchboard: the same urgent action once', () => {
  const r = x.exportIvr(feed('strike-z-1216.json'), { now: WED, channel: 'phone-3' });
  assert.ok(r.fits, `${r.seconds} s`);
  assert.equal(r.text.split(ACTION).length - 1, 1, r.text);
});
