// Trial T: `clearline edit channel` (without --id) listed a text line by its raw link, "(sms, sms:4444?body=STORING)", and a
// phone line as "tel:+3278170170": the desk could not check either against the number it gives out. The list now says each
// link as people read it: a text line as readers see it ("Sms STORING naar 4444", "Text OUT to 0800 316 4000"), a number as
// the desk dials it in the feed's country ("078 170 170"), another country's with + and its code. Removing a text line says
// it so too, not "(sms:…)".
import assert from 'node:assert/strict';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-07T09:00:00Z');
const ok = (r) => (assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`), r);

test('edit channel lists a Belgian feed\'s text line and numbers as people read them (nl)', () =>
  withCliDir('clearline-read-links-nl-', (dir, run) => {
    ok(run('new', 'incident', '--template', 'water', '--lang', 'nl', '--id', 'w', '--feed-id', 'water-west', '--publisher', 'Water West', '--publisher-url', 'https://waterwest.example', '--time-zone', 'Europe/Brussels'));
    ok(run('new', 'channel', '--kind', 'phone', '--link', '078 170 170', '--emergency', '--name', 'Geen water? Bel ons'));
    ok(run('new', 'channel', '--kind', 'sms', '--link', '4444', '--keyword', 'STORING', '--name', 'Storing melden'));
    ok(run('new', 'channel', '--kind', 'sms', '--link', '0470 12 34 56', '--name', 'Sms ons'));
    ok(run('new', 'channel', '--kind', 'phone', '--link', '+31 800 9009', '--name', 'Vanuit Nederland'));
    const listed = ok(run('edit', 'channel')).stdout;
    assert.match(listed, /^Kanalen in feed\.json:\n/);
    assert.match(listed, /\n {2}phone: Geen water\? Bel ons \(phone, 078 170 170, noodnummer\)\n/);
    assert.match(listed, /\n {2}sms: Storing melden \(sms, Sms STORING naar 4444\)\n/);
    assert.match(listed, /\n {2}sms-2: Sms ons \(sms, Sms naar 0470 12 34 56\)\n/);
    assert.match(listed, /\n {2}phone-2: Vanuit Nederland \(phone, \+31 800 9009\)\n/);
    assert.doesNotMatch(listed, /, (?:sms|tel):/);
    const removed = ok(run('edit', 'channel', '--id', 'sms', '--remove')).stdout;
    assert.match(removed, /^Kanaal "sms" \(Sms STORING naar 4444\) verwijderd uit feed\.json\./);
  }, { now: NOW, tz: 'Europe/Brussels' }));

test('edit channel lists a British feed\'s text line and numbers as people read them (en)', () =>
  withCliDir('clearline-read-links-en-', (dir, run) => {
    ok(run('new', 'incident', '--template', 'water', '--lang', 'en', '--id', 'w', '--feed-id', 'east-water', '--publisher', 'East Water', '--publisher-url', 'https://eastwater.example', '--time-zone', 'Europe/London'));
    ok(run('new', 'channel', '--kind', 'phone', '--link', '0800 316 4000', '--emergency', '--name', 'No water? Call us'));
    ok(run('new', 'channel', '--kind', 'sms', '--link', '0800 316 4000', '--keyword', 'OUT', '--name', 'Report a fault by text'));
    ok(run('new', 'channel', '--kind', 'phone', '--link', '0345 600 2200', '--name', 'Customer service', '--wait', '5', '--reason', 'many calls'));
    const listed = ok(run('edit', 'channel')).stdout;
    assert.match(listed, /^Channels in feed\.json:\n/);
    assert.match(listed, /\n {2}phone: No water\? Call us \(phone, 0800 316 4000, emergency line\)\n/);
    assert.match(listed, /\n {2}sms: Report a fault by text \(sms, Text OUT to 0800 316 4000\)\n/);
    assert.match(listed, /\n {2}phone-2: Customer service \(phone, 0345 600 2200, wait 5 min\)\n/);
    assert.doesNotMatch(listed, /, (?:sms|tel):/);
  }, { now: NOW, tz: 'Europe/London' }));
