// A municipality's "Spoedlijn Inkomen (geen geld voor eten)": urgent, but no emergency (112 is not involved). Listed
// as an ordinary line it came last on the status page, after an e-mail answered in 2 working days, because every
// ordinary line goes in the can-wait order once a queue is long; marked as an emergency line, the phone message of the
// main line told every caller to hang up and call it (trial F). A line that only urgent contact reasons offer now goes
// before the can-wait order, and lint no longer asks to mark it as an emergency line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { groupChannels } = await importTs('src/feed/channels.ts');
const { lintDocument } = await importTs('src/lint/index.ts');
const { exportIvr } = await importTs('src/export/ivr.ts');

const NOW = Date.parse('2026-12-08T10:00:00Z');
const channels = () => [
  { id: 'web', kind: 'web', label: { nl: 'Actuele informatie', en: 'Latest information' }, href: 'https://www.zuiderhaven.example/storing' },
  { id: 'phone', kind: 'phone', label: { nl: 'Gemeente Zuiderhaven', en: 'Municipality of Zuiderhaven' }, href: 'tel:140599', wait_minutes: 45, reason: { nl: 'heel veel telefoontjes', en: 'very many calls' } },
  { id: 'email', kind: 'email', label: { nl: 'E-mail', en: 'E-mail' }, href: 'mailto:info@zuiderhaven.example', hours: { nl: 'antwoord binnen 2 werkdagen', en: 'answer within 2 working days' } },
  { id: 'spoed', kind: 'phone', label: { nl: 'Spoedlijn Inkomen (geen geld voor eten)', en: 'Urgent income line (no money for food)' }, href: 'tel:+31599123456' },
];
const reasons = (spoedAlsoOrdinary = false) => [
  { id: 'geen-geld', label: { nl: 'Ik heb vandaag geen geld voor eten', en: 'I have no money for food today' }, urgent: true, channels: ['spoed'] },
  { id: 'afspraak', label: { nl: 'Mijn afspraak bij de balie', en: 'My counter appointment' }, channels: spoedAlsoOrdinary ? ['phone', 'spoed'] : ['phone', 'web'] },
];
const feed = (r = reasons()) => ({
  type: 'status', version: 1, feed_id: 'zuiderhaven', time_zone: 'Europe/Amsterdam', seq: 3, issued_at: '2026-12-08T09:55:00Z', expires_at: '2026-12-08T10:55:00Z',
  publisher: { name: 'Gemeente Zuiderhaven', url: 'https://www.zuiderhaven.example/' },
  channels: channels(),
  contact_reasons: r,
  incidents: [{ id: 'cyber', title: { nl: 'Cyberaanval', en: 'Cyberattack' }, severity: 'major', phase: 'identified', started_at: '2026-12-08T06:30:00Z', updated_at: '2026-12-08T09:55:00Z', known: { nl: 'De balie is dicht.', en: 'The counter is closed.' }, unknown: { nl: 'Hoe lang.', en: 'How long.' }, next_update_at: '2026-12-08T11:00:00Z' }],
});

test('a line only urgent contact reasons offer goes before the can-wait order; one an ordinary reason offers too does not', () => {
  assert.deepEqual(groupChannels(channels()).ordinary.map((c) => c.id), ['web', 'email', 'phone', 'spoed'], 'without reasons, as before');
  assert.deepEqual(groupChannels(channels(), reasons()).ordinary.map((c) => c.id), ['spoed', 'web', 'email', 'phone']);
  assert.deepEqual(groupChannels(channels(), reasons(true)).ordinary.map((c) => c.id), ['web', 'email', 'phone', 'spoed']);
  // No long queue: the publisher's order, as before.
  const calm = channels().map(({ wait_minutes: _w, ...c }) => c);
  assert.deepEqual(groupChannels(calm, reasons()).ordinary.map((c) => c.id), ['web', 'phone', 'email', 'spoed']);
  assert.deepEqual(groupChannels(channels(), reasons()).emergency, []);
  // A reason without a channel list offers every ordinary line, so the line is not for urgent reasons alone.
  const open = [reasons()[0], { id: 'vraag', label: { nl: 'Een vraag', en: 'A question' } }];
  assert.deepEqual(groupChannels(channels(), open).ordinary.map((c) => c.id), ['web', 'email', 'phone', 'spoed']);
  assert.equal(lintDocument(feed(open), { now: NOW, timeZone: 'Europe/Amsterdam' }).filter((f) => f.rule === 'emergency-unmarked').length, 1);
});

test('lint does not ask to mark such a line as an emergency line, and says how to make an urgent one without it', () => {
  const unmarked = (doc, o = {}) => lintDocument(doc, { now: NOW, timeZone: 'Europe/Amsterdam', ...o }).filter((f) => f.rule === 'emergency-unmarked');
  assert.deepEqual(unmarked(feed()), []);
  const [f] = unmarked(feed(reasons(true)), { lang: 'nl' });
  assert.equal(f.path, 'channels/3/emergency');
  assert.match(f.fix, /het wachtbericht van uw andere lijnen zegt bellers dat ze ophangen en dit nummer bellen\. Dringend, maar geen noodgeval \(vandaag hulp, geen 112\)\? Bied het dan alleen aan bij dringende contactredenen \(clearline new reason --urgent --channel spoed\)/);
  assert.match(unmarked(feed(reasons(true)), { audience: 'desk' })[0].fix, /offer it in urgent contact reasons only \(“Contact reasons”, “Urgent”\): it is then listed before your other lines/);
});

test('the phone message of the main line does not tell every caller to hang up and call it', () => {
  const r = exportIvr(feed(), { now: NOW, lang: 'nl', channel: 'phone' });
  assert.doesNotMatch(r.text, /hang op en bel/);
});
