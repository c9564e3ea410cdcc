// A UK broadband night desk's CAP alerts had no <expires>: CAP 1.2 then leaves it to every receiver when the alert stops
// being in effect, and Google Public Alerts refuses an alert without one. The feed says how long what it says holds: an
// open incident's alert until an hour after the promised next update, an all-clear for the day the other channels still
// lead with it, an earlier alert until the next one replaced it; without a promised update there is no <expires> (any
// time would be a guess). Every alert stays valid against the OASIS CAP 1.2 schema. Uses dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, feed, FIXTURES, NOW, xmllint } from './export-kit.mjs';

const x = await exporters();
const CAP_XSD = readFileSync(join(FIXTURES, '../cap/CAP-v1.2.xsd'), 'utf8');
const tag = (xml, name) => [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]);
const ms = (capTime) => Date.parse(capTime);
const HOUR = 3_600_000;

test('CAP <expires>: an hour after the promised next update, in every language, valid against the schema', async () => {
  const f = feed();
  const alerts = x.exportCap(f, { now: NOW, incident: 'leiding-utrecht-oost' }).alerts;
  const last = alerts.at(-1);
  const expires = tag(last.text, 'expires');
  assert.equal(expires.length, 2, 'one <expires> per <info> (nl, en)');
  for (const e of expires) assert.equal(ms(e), Date.parse(f.incidents[0].next_update_at) + HOUR);
  assert.match(expires[0], /\+01:00$/, 'on the feed clock with its offset, as <sent>');
  // Each earlier alert holds until the next one replaced it.
  for (const [i, a] of alerts.slice(0, -1).entries()) assert.equal(ms(tag(a.text, 'expires')[0]), ms(alerts[i + 1].sent));
  const { valid, errors } = await xmllint(alerts.map((a) => a.text), CAP_XSD);
  assert.ok(valid, errors.join('\n'));
});

test('CAP <expires>: none when no next update is promised; the all-clear holds for a day', async () => {
  const f = feed();
  f.incidents[0].next_update_at = null;
  const open = x.exportCap(f, { now: NOW, incident: 'leiding-utrecht-oost' }).alerts.at(-1);
  assert.deepEqual(tag(open.text, 'expires'), [], 'no guess when nothing is promised');
  const inc = f.incidents[0];
  inc.updates = [{ at: inc.updated_at, known: inc.known, unknown: inc.unknown }, ...inc.updates];
  Object.assign(inc, { phase: 'resolved', updated_at: '2026-11-23T11:00:00Z', resolved_at: '2026-11-23T11:00:00Z' });
  const clear = x.exportCap(f, { now: NOW, incident: 'leiding-utrecht-oost' }).alerts.at(-1);
  assert.deepEqual(tag(clear.text, 'responseType'), ['AllClear', 'AllClear']);
  assert.equal(tag(clear.text, 'expires').length, 2, 'the all-clear has one <expires> per <info>');
  for (const e of tag(clear.text, 'expires')) assert.equal(ms(e), Date.parse('2026-11-23T11:00:00Z') + 24 * HOUR);
  const { valid, errors } = await xmllint([open.text, clear.text], CAP_XSD);
  assert.ok(valid, errors.join('\n'));
});
