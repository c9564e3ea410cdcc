// A UK broadband night desk imported a CAP Cancel and read only "Imported 1 incident(s)": the feed said the outage was
// resolved, with the withdrawn alert's own words ("Broadband is down in Leeds") as what we know. A Cancel withdraws the
// earlier alert (CAP 1.2 §3.2.1, e.g. sent in error); it is not an all-clear. The import still makes a resolved incident
// (a feed has no "withdrawn"), but its "what we know" starts with a placeholder lint refuses, the result names it in
// `withdrawn` with the sender's <note>, and the CLI says it in the desk's words; an all-clear imports as before.
// Uses dist/.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, feed, NOW, ROOT, withCliDir } from './export-kit.mjs';

const x = await exporters();
const { lintDocument } = await import(join(ROOT, 'dist/lint.js'));
const { stampPayload } = await import(join(ROOT, 'dist/feed.js'));
const fixture = readFileSync(join(ROOT, 'test/fixtures/import/cap-alert.xml'), 'utf8');
const asCancel = (xml, note = '') => xml.replace('<msgType>Alert</msgType>', `<msgType>Cancel</msgType>${note && `<note>${note}</note>`}`);

/** The English fixture feed's open incident, exported as CAP and withdrawn. */
function englishCancel() {
  const f = feed();
  f.incidents = f.incidents.slice(0, 1);
  const latest = x.exportCap(f, { now: NOW, lang: 'en', langs: ['en'] }).alerts.at(-1);
  return latest.text.replace('<msgType>Update</msgType>', '<msgType>Cancel</msgType><note>Sent in error</note>');
}

test('import cap: a Cancel is withdrawn, not resolved: a placeholder before what we know, and `withdrawn` says so', () => {
  const r = x.importCap(asCancel(fixture, 'Per vergissing verstuurd'), { now: NOW });
  const inc = r.feed.incidents[0];
  assert.equal(inc.phase, 'resolved', 'a feed has no withdrawn phase');
  assert.deepEqual(r.withdrawn, [{ incident: inc.id, note: 'Per vergissing verstuurd' }]);
  for (const text of Object.values(inc.known)) assert.match(text, /^\[\[TODO: this alert was withdrawn \(a CAP Cancel\), not resolved/);
  assert.ok(r.placeholders.some((p) => p.includes('withdrawn')), r.placeholders.join());
  const doc = stampPayload(structuredClone(r.feed), 3_600_000);
  assert.ok(lintDocument(doc, { now: NOW }).some((f) => f.rule === 'placeholder' && f.severity === 'error'), 'lint refuses it until the desk writes what happened');
  // An all-clear is an end, as before: no placeholder, not withdrawn.
  const f = feed();
  Object.assign(f.incidents[0], { phase: 'resolved', resolved_at: '2026-11-23T10:00:00Z', updated_at: '2026-11-23T10:00:00Z', next_update_at: null });
  const clear = x.importCap(x.exportCap(f, { now: NOW, incident: 'leiding-utrecht-oost' }).alerts.at(-1).text, { now: NOW });
  assert.equal(clear.withdrawn, undefined);
  assert.doesNotMatch(JSON.stringify(clear.feed.incidents[0].known), /TODO/);
});

test('import cap: the desk reads that the alert was withdrawn, in English or Dutch, with the sender\'s note', async () => {
  await withCliDir('clearline-cap-cancel-', async (dir, run) => {
    writeFileSync(join(dir, 'en.xml'), englishCancel());
    const en = run('import', 'cap', 'en.xml', '--out', 'en.json');
    assert.equal(en.status, 0, en.stderr);
    assert.match(en.stderr, /Withdrawn, not resolved: this alert \("No water in Utrecht-Oost after a burst main: Cause identified"\) is a CAP Cancel/);
    assert.match(en.stderr, /The sender's note: "Sent in error"/);
    writeFileSync(join(dir, 'nl.xml'), asCancel(fixture));
    const nl = run('import', 'cap', 'nl.xml', '--out', 'nl.json');
    assert.match(nl.stderr, /Ingetrokken, niet opgelost: deze melding \("Kookadvies in Utrecht-Oost"\) is een CAP-Cancel/);
    assert.doesNotMatch(nl.stderr, /toelichting/, 'no note, none said');
    const lint = run('lint', 'nl.json');
    assert.equal(lint.status, 2, 'lint refuses it until the desk writes what happened');
    // A Cancel without any text of its own: nothing to import, and why.
    writeFileSync(join(dir, 'bare.xml'), '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x2</identifier><sender>a@b.example</sender><sent>2026-12-03T11:00:00+00:00</sent><status>Actual</status><msgType>Cancel</msgType><scope>Public</scope><note>Sent in error</note><references>a@b.example,x1,2026-12-03T10:00:00+00:00</references></alert>');
    const bare = run('import', 'cap', 'bare.xml');
    assert.equal(bare.status, 1);
    assert.match(bare.stderr, /withdraws earlier alerts \(a Cancel, not an all-clear\) and has no text of its own.*"Sent in error"/);
  }, { tz: 'UTC' }); // the English desk: on Dutch time a desk without a feed is Dutch (import-desk-language.test.mjs)
});
