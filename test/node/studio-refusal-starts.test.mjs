// Trial U, finding 6: the studio server signs what the page sends; past the page's own check (an older page, another
// tab), a disruption going on in feed.json that the payload gives a start to come is refused too, named as the desk's field.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { signRefusal } = await importTs('src/cli/studio-refusal.ts');
const NOW = Date.parse('2026-12-08T10:03:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const feed = (startsAt) => ({
  type: 'status', version: 1, feed_id: 'gemeente', seq: 2, issued_at: iso(NOW), expires_at: iso(NOW + 3_600_000), time_zone: 'Europe/Brussels',
  publisher: { name: 'Gemeente', url: 'https://gemeente.example' },
  channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Onthaal', en: 'Front desk' }, href: 'tel:+3232221111', wait_minutes: 5, reason: { nl: 'veel vragen', en: 'many questions' } }],
  incidents: [{
    id: 'nepmail', title: { nl: 'Valse mails uit naam van de gemeente', en: 'Fake e-mails in the name of the municipality' }, severity: 'major', phase: 'identified',
    started_at: '2026-12-08T06:39:00Z', updated_at: '2026-12-08T06:41:00Z', ...(startsAt ? { starts_at: startsAt } : {}),
    known: { nl: 'Er gaan valse mails rond.', en: 'Fake e-mails are going round.' }, unknown: { nl: 'Hoeveel.', en: 'How many.' },
    next_update_at: iso(NOW + 30 * 60_000), actions: [{ label: { nl: 'Klik niet op de link', en: 'Do not click the link' }, urgent: true }],
  }],
});

test('studio refusal: a start to come on an incident going on in feed.json, as "begint later"; nothing without it', () => {
  const before = JSON.stringify(feed());
  const refused = signRefusal(feed('2026-12-08T12:00:00Z'), 'nl', NOW, [], before);
  assert.ok(refused);
  const e = refused.errors.find((x) => x.rule === 'starts-while-going-on');
  assert.match(e?.place ?? '', /“Valse mails uit naam van de gemeente”, begint later$/);
  assert.match(e.message, /dit incident staat online als nu aan de gang \(sinds 07:39\); met „Begint later” om 13:00/);
  assert.equal(signRefusal(feed(), 'nl', NOW, [], before), undefined);
});

test('prepared texts (never published, so none is going on): a start to come is not starts-while-going-on', async () => {
  const { lintPrepared } = await importTs('src/lint/prepared.ts');
  const rules = (doc) => lintPrepared(doc, { now: NOW, previous: feed() }).map((f) => f.rule);
  assert.equal(rules(feed('2026-12-08T12:00:00Z')).includes('starts-while-going-on'), false);
});
