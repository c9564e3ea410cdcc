// A water company exported CAP for a leak that had been repaired: the last alert was <msgType>Cancel</msgType>. In CAP 1.2
// (OASIS, §3.2.1) Cancel "cancels the earlier message(s) identified in <references>": it withdraws an alert sent in error,
// and a receiver may take the whole thread off its list as if the leak and the boil-water advice never happened. The end
// of an incident is news about it: an Update, with <responseType>AllClear</responseType> ("the subject event no longer
// poses a threat or concern") and <urgency>Past</urgency>, as Google Public Alerts asks for an all-clear. The CAP import
// reads such an all-clear back as a resolved incident (and a Cancel still as well). Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();
const tag = (xml, name) => [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]);

function resolvedFeed() {
  const f = feed();
  const inc = f.incidents.find((i) => i.id === 'leiding-utrecht-oost');
  inc.updates = [{ at: inc.updated_at, known: inc.known, unknown: inc.unknown }, ...inc.updates];
  Object.assign(inc, { phase: 'resolved', updated_at: '2026-11-23T11:00:00Z', resolved_at: '2026-11-23T11:00:00Z', next_update_at: null });
  return f;
}

test('CAP: a resolved incident ends with an all-clear Update, not a Cancel, in Dutch and English', () => {
  const alerts = x.exportCap(resolvedFeed(), { now: NOW, incident: 'leiding-utrecht-oost' }).alerts;
  assert.ok(alerts.length > 1, 'earlier alerts to follow up');
  assert.deepEqual(alerts.map((a) => a.msgType), ['Alert', ...alerts.slice(1).map(() => 'Update')]);
  const last = alerts.at(-1);
  assert.deepEqual(tag(last.text, 'msgType'), ['Update']);
  assert.doesNotMatch(last.text, /Cancel/);
  assert.deepEqual(tag(last.text, 'language'), ['nl', 'en'], 'one <info> per language');
  assert.deepEqual(tag(last.text, 'responseType'), ['AllClear', 'AllClear']);
  assert.deepEqual(tag(last.text, 'urgency'), ['Past', 'Past']);
  assert.deepEqual(tag(last.text, 'certainty'), ['Observed', 'Observed']);
  // The threat is past: Minor, not the Severe the open alerts said (a US utility's all-clear read "Severe", trial Y).
  assert.deepEqual(tag(last.text, 'severity'), ['Minor', 'Minor']);
  assert.ok(alerts.slice(0, -1).every((a) => !/<severity>Minor/.test(a.text)), 'the open alerts keep their severity');
  assert.equal(tag(last.text, 'references')[0].split(' ').length, alerts.length - 1, 'it references every earlier alert');
  // Only the last alert says all clear: the earlier ones still say what was going on then.
  for (const a of alerts.slice(0, -1)) assert.doesNotMatch(a.text, /AllClear|<urgency>Past/);
});

test('CAP import: our own all-clear imports back as a resolved incident; a Cancel still does', () => {
  const last = x.exportCap(resolvedFeed(), { now: NOW, incident: 'leiding-utrecht-oost' }).alerts.at(-1);
  const back = x.importCap(last.text, { now: NOW }).feed.incidents[0];
  assert.equal(back.phase, 'resolved');
  assert.equal(back.resolved_at, '2026-11-23T11:00:00Z');
  const cancel = x.importCap(last.text.replace('<msgType>Update</msgType>', '<msgType>Cancel</msgType>').replaceAll('<responseType>AllClear</responseType>', ''), { now: NOW }).feed.incidents[0];
  assert.equal(cancel.phase, 'resolved');
  const open = x.importCap(last.text.replaceAll('<responseType>AllClear</responseType>', ''), { now: NOW }).feed.incidents[0];
  assert.equal(open.phase, 'investigating', 'an Update without all-clear is not the end');
});
