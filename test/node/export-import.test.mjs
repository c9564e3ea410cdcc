// Import from Atlassian Statuspage and CAP: what can be mapped is mapped, what is missing becomes
// placeholders that lint refuses; and lint per channel (`lint --for sms,ivr,social`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, feed, NOW, ROOT } from './export-kit.mjs';

const x = await exporters();
const { validatePayload, stampPayload } = await import(join(ROOT, 'dist/feed.js'));
const { lintDocument } = await import(join(ROOT, 'dist/lint.js'));
const fixture = (name) => readFileSync(join(ROOT, 'test/fixtures/import', name), 'utf8');
const IMPORT_NOW = Date.parse('2026-11-23T09:20:00Z');

function signable(doc) {
  const stamped = stampPayload(structuredClone(doc), 3_600_000, IMPORT_NOW);
  const result = validatePayload('status', stamped);
  assert.ok(result.ok, JSON.stringify(result.issues));
  return stamped;
}

test('Statuspage summary.json: mapped fields, placeholders for the rest, refused by lint', () => {
  const { feed: doc, placeholders } = x.importStatuspage(JSON.parse(fixture('statuspage-summary.json')), { now: IMPORT_NOW });
  const inc = doc.incidents[0];
  assert.equal(doc.publisher.name, 'Voorbeeld Telecom');
  assert.equal(doc.status_url, 'https://status.voorbeeldtelecom.example');
  assert.equal(doc.time_zone, 'Europe/Amsterdam');
  assert.equal(inc.title, 'Storing mobiel internet in Noord-Holland');
  assert.equal(inc.severity, 'major', 'impact as severity');
  assert.equal(inc.phase, 'identified');
  assert.equal(inc.known, 'Een defecte router in ons netwerk in Amsterdam is de oorzaak. Technici vervangen hem nu.', 'the latest update as what we know');
  assert.deepEqual(inc.affects, ['Mobiel internet'], 'components as affects');
  assert.equal(inc.started_at, '2026-11-23T08:41:04Z', 'times in UTC');
  assert.deepEqual(inc.updates, [{ at: '2026-11-23T08:41:04Z', note: 'Klanten in Noord-Holland hebben geen mobiel internet. We onderzoeken de oorzaak.' }]);
  assert.match(inc.unknown, /^\[\[TODO: /);
  assert.match(inc.actions[0].label, /^\[\[TODO: /);
  assert.ok(placeholders.length > 0);
  const findings = lintDocument(signable(doc), { now: IMPORT_NOW + 60_000 });
  const errors = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.rule));
  assert.ok(errors.has('placeholder'), [...errors].join());
  assert.ok(errors.has('next-update-past'), 'the next update must be set by a person');
});

test('Statuspage incidents.json: resolved and postmortem incidents, critical impact', () => {
  const { feed: doc } = x.importStatuspage(JSON.parse(fixture('statuspage-incidents.json')), { now: IMPORT_NOW });
  assert.equal(doc.time_zone, 'Etc/UTC');
  assert.deepEqual(doc.incidents.map((i) => [i.phase, i.severity]), [['monitoring', 'critical'], ['resolved', 'minor']]);
  assert.equal(doc.incidents[1].resolved_at, '2026-11-20T08:10:00Z');
  assert.equal(doc.incidents[1].next_update_at, null);
  signable(doc);
  assert.throws(() => x.importStatuspage({ hello: 1 }), (e) => e.code === 'not-recognised');
});

test('CAP alert: one language per <info>, instruction as the action, placeholders lint refuses', () => {
  const { feed: doc } = x.importCap(fixture('cap-alert.xml'), { now: IMPORT_NOW });
  const inc = doc.incidents[0];
  assert.deepEqual(inc.title, { 'nl-NL': 'Kookadvies in Utrecht-Oost', 'en-GB': 'Boil water advice in Utrecht-Oost' });
  assert.equal(inc.severity, 'critical');
  assert.deepEqual(inc.actions[0].label, { 'nl-NL': 'Kook uw drinkwater minstens één minuut voordat u het drinkt.', 'en-GB': 'Boil your drinking water for at least one minute before drinking it.' });
  assert.deepEqual(inc.affects, ['Utrecht-Oost, postcodes 3581 tot 3585', 'Utrecht-Oost, postcodes 3581 to 3585']);
  assert.equal(inc.started_at, '2026-11-23T07:10:00Z');
  assert.deepEqual(doc.publisher.name, { 'nl-NL': 'Waterbedrijf Voorbeeld', 'en-GB': 'Voorbeeld Water' });
  assert.equal(doc.status_url, 'https://www.voorbeeldwater.example/storingen');
  const rules = new Set(lintDocument(signable(doc), { now: IMPORT_NOW + 60_000 }).filter((f) => f.severity === 'error').map((f) => f.rule));
  assert.ok(rules.has('placeholder') && rules.has('next-update-past'), [...rules].join());
  // Round trip: our own CAP export imports back, its all-clear Update as a resolved incident.
  const resolved = feed();
  Object.assign(resolved.incidents[0], { phase: 'resolved', resolved_at: '2026-11-23T10:00:00Z', updated_at: '2026-11-23T10:00:00Z', next_update_at: null });
  const allClear = x.exportCap(resolved, { now: NOW, incident: 'leiding-utrecht-oost' }).alerts.at(-1);
  assert.equal(allClear.msgType, 'Update');
  const back = x.importCap(allClear.text, { now: IMPORT_NOW }).feed.incidents[0];
  assert.equal(back.phase, 'resolved');
  assert.equal(back.resolved_at, '2026-11-23T10:00:00Z');
  assert.throws(() => x.importCap('<!DOCTYPE x [<!ENTITY a "b">]><alert/>'), (e) => e.code === 'invalid');
  assert.throws(() => x.importCap('<notcap/>'), (e) => e.code === 'not-recognised');
  assert.throws(() => x.importCap('<alert><info>'), (e) => e.code === 'invalid');
});

test('lint --for sms: a shortened SMS is said in words a service desk reads, in English and Dutch', () => {
  const f = feed();
  f.incidents[0].actions = [{ label: { nl: 'Bel ons alleen als u al meer dan een dag geen water hebt en niemand in de straat water heeft, ook de buren niet', en: 'Call us only if you have had no water for more than a day and nobody in the street has water, not even the neighbours' }, urgent: true }];
  for (const [lang, words] of [['en', /^the (Dutch|English) SMS (cuts the first action short|leaves out the first action)[^"]* to fit: "/], ['nl', /^in de (Nederlandse|Engelse) sms is de eerste actie (ingekort|weggelaten)[^"]*, anders past hij niet: "/]]) {
    const found = x.lintChannels(f, ['sms'], { now: NOW, lang }).filter((r) => r.rule === 'sms-shortened');
    assert.ok(found.length, lang);
    for (const r of found) {
      assert.match(r.message, words);
      assert.doesNotMatch(r.message, /action-shortened|title-shortened/);
    }
  }
});

test('lint --for ivr checks the lines the publisher\'s own waiting message speaks for, not a partner\'s or the police\'s number listed for readers', () => {
  const f = feed();
  // The police's non-emergency number and a partner's line, listed as channels: no wait, no reason, not the publisher's line.
  f.channels.push({ id: 'politie', kind: 'phone', label: { nl: 'Politie (geen spoed)', en: 'Police (non-emergency)' }, href: 'tel:+31900884400' });
  f.channels.push({ id: 'netbeheerder', kind: 'phone', label: { nl: 'Netbeheerder', en: 'Network operator' }, href: 'tel:+31881234500' });
  const found = (g) => x.lintChannels(g, ['ivr'], { now: NOW }).filter((r) => r.severity === 'error').map((r) => `${r.rule}:${r.path}`);
  assert.deepEqual(found(f), [], 'lines without a wait after the first are other organisations\' numbers');
  // The line export --to ivr speaks for by default (the first ordinary phone line) is still checked without a wait.
  const own = structuredClone(f);
  delete own.channels[1].wait_minutes;
  assert.deepEqual(found(own), ['ivr-no-wait:channels/1/wait_minutes']);
  assert.equal(x.exportIvr(own, { now: NOW }).channel, 'klantenservice', 'the same line export --to ivr speaks for');
  // Asked for by name (export --to ivr --channel politie), the line is checked as before.
  assert.deepEqual(x.phoneLineErrors(f, 'politie', { now: NOW }).map((r) => r.rule), ['ivr-no-wait']);
});

test('lint --for sms,ivr,social: budgets, a phone line without a wait or reason', () => {
  const f = feed();
  assert.deepEqual(x.lintChannels(f, ['sms', 'ivr', 'social'], { now: NOW }).filter((r) => r.severity === 'error'), [], 'the fixture fits every channel');
  const bad = structuredClone(f);
  // An emoji makes the SMS UCS-2 (70 characters): with this long link not even one word fits. (A Dutch ï no longer does: trial W.)
  bad.status_url = 'https://www.voorbeeldwater.example/storingen/utrecht-oost/biltstraat-hoofdleiding';
  bad.incidents[0].title.nl = '💧Geïnformeerd: ' + 'geen water in een heel groot deel van de stad '.repeat(8);
  delete bad.channels[1].reason;
  // A second own line: it has a wait (only one's own lines have one), so it is checked; no reason.
  bad.channels.push({ id: 'zakelijk', kind: 'phone', label: 'Zakelijke klanten', href: 'tel:+31881234568', wait_minutes: 10 });
  const rules = x.lintChannels(bad, ['sms', 'ivr', 'social'], { now: NOW }).map((r) => `${r.severity}:${r.rule}:${r.path}`);
  assert.ok(rules.includes('error:sms-too-long:incidents/0/title/nl'), rules.join('\n'));
  assert.ok(rules.includes('warning:ivr-no-reason:channels/4/reason'), rules.join('\n'));
  assert.ok(rules.includes('warning:ivr-no-reason:channels/1/reason'), rules.join('\n'));
  assert.ok(rules.includes('error:ivr-too-long:incidents/0/known/nl'), rules.join('\n'));
  assert.ok(rules.some((r) => r.startsWith('error:social-too-long') || r.startsWith('warning:social-shortened')), rules.join('\n'));
  assert.ok(!rules.some((r) => r.startsWith('error:') && r.includes('/en')), 'English fits');
  assert.deepEqual(x.parseTargets('sms, ivr'), ['sms', 'ivr']);
  assert.throws(() => x.parseTargets('fax'), /--for takes sms, ivr, social/);
});
