// A UK payment service provider's walkthrough (card terminals and online checkout for shops and
// restaurants; 4 in 10 authorisations failing on a Saturday): `new incident --template payments`
// wrote for the people who pay ("Bring cash or pay later", "iDEAL"), and its contact reasons offered
// a café owner with a queue at the till "Fraud, or my card was stolen" as the urgent one. The
// merchant-payments template speaks to the businesses that take payments. Uses dist/ (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from './ts-import.mjs';
import { run } from './desk-kit.mjs';

const { contactReasonsFromTemplate, incidentFromTemplate, templateNamed } = await importTs('src/templates/index.ts');
const { reasonChannels } = await importTs('src/feed/reasons.ts');

test('a payment provider finds its template by the words it uses (psp, merchant, acquirer, card terminals, betaalautomaat)', () => {
  for (const name of ['merchant-payments', 'psp', 'merchant', 'acquirer', 'card-terminals', 'Terminals', 'betaalautomaat']) assert.equal(templateNamed(name), 'merchant-payments', name);
  assert.equal(templateNamed('bank'), 'payments', 'a bank keeps the template for the people who pay');
});

test('merchant-payments: the act-now is "do not restart your terminal", then what to do at the till; nothing tells the merchant to bring cash', () => {
  const { actions } = incidentFromTemplate('merchant-payments', { id: 'x', langs: ['nl', 'en'], now: Date.now() });
  const urgent = actions.filter((a) => a.urgent).map((a) => a.label.en);
  assert.match(urgent[0], /Do not restart or reset your card terminal/);
  assert.match(urgent[1], /declined.*another way to pay, such as cash/);
  assert.match(actions[0].label.nl, /Herstart of reset uw betaalautomaat niet/);
  const all = JSON.stringify(actions);
  assert.doesNotMatch(all, /Bring cash|pay later|iDEAL|your PIN/i);
  assert.ok(actions.some((a) => /paid out to you/.test(a.label.en) && !a.urgent), 'the payout, which can wait');
});

test('merchant-payments: the urgent reason is a big event today, and it leads to the emergency line, not the 45-minute queue', () => {
  const reasons = contactReasonsFromTemplate('merchant-payments', ['en']);
  assert.deepEqual(reasons.map((r) => r.id), ['event-today', 'declined', 'terminal', 'payout', 'card-data']);
  assert.doesNotMatch(JSON.stringify(reasons), /card was stolen|Charged twice/);
  const channels = [
    { id: 'phone', kind: 'phone', label: { en: 'Merchant support line' }, href: 'tel:+443456001234', wait_minutes: 45 },
    { id: 'urgent', kind: 'phone', label: { en: 'Urgent line for events today' }, href: 'tel:+448001234567', emergency: true },
  ];
  const payload = { type: 'status', version: 1, feed_id: 'tillwise', publisher: { name: 'Tillwise', url: 'https://tillwise.example' }, channels, incidents: [], contact_reasons: reasons };
  assert.deepEqual(reasonChannels(payload, reasons[0]).map((c) => c.id), ['urgent']);
});

test('clearline new incident --template psp, English only, Europe/London: the merchant texts and reasons, no Dutch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-psp-'));
  const made = run(dir, 'new', 'incident', '--template', 'psp', '--id', 'card-auth', '--lang', 'en', '--feed-id', 'tillwise', '--publisher', 'Tillwise', '--publisher-url', 'https://tillwise.example', '--time-zone', 'Europe/London');
  assert.equal(made.status, 0, made.stderr);
  assert.match(made.stdout, /from the merchant-payments template \(en\)/);
  const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  assert.deepEqual(feed.contact_reasons.map((r) => r.label.en), ['A big event or busy day today, and payments are failing', 'Payments are being declined', 'My terminal or checkout shows an error', 'My payout', "Is my customers' card data safe?"]);
  assert.match(feed.incidents[0].known.en, /not the merchant's equipment/);
  assert.doesNotMatch(JSON.stringify(feed), /"nl"/);
});

test('a new feed made on a UTC computer (desk-kit runs with TZ=UTC) without --time-zone: the desk is told its readers would see UTC times; with --time-zone, nothing', () => {
  // The walkthrough's desk ran new incident on a UTC server: "First update promised at 08:56 (UTC)", and
  // in summer its "--next-update 13:00" would have reached London readers as 14:00.
  const make = (...extra) => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-psp-zone-'));
    const r = run(dir, 'new', 'incident', '--template', 'psp', '--id', 'x', '--lang', 'en', '--feed-id', 'tillwise', '--publisher', 'Tillwise', '--publisher-url', 'https://tillwise.example', ...extra);
    assert.equal(r.status, 0, r.stderr);
    return { r, zone: JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).time_zone };
  };
  const utc = make();
  assert.equal(utc.zone, 'UTC');
  assert.match(utc.r.stderr, /the feed's time zone is UTC, this computer's clock.*change "time_zone": "UTC" in feed\.json to theirs, e\.g\. "Europe\/London"/);
  const london = make('--time-zone', 'Europe/London');
  assert.equal(london.zone, 'Europe/London');
  assert.doesNotMatch(london.r.stderr, /time zone is/);
});

test('a feed without contact reasons: the fix says "contact reasons" in words, with no utility example, as the studio shows it to the desk', async () => {
  // The payment provider's studio said: Add "contact_reasons" (e.g. "No power", "My bill", …).
  const { lintDocument } = await import(new URL('../../dist/lint.js', import.meta.url).href);
  const now = Date.now();
  const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const incident = { ...incidentFromTemplate('merchant-payments', { id: 'x', langs: ['en'], now }), title: { en: 'Card payments failing' } };
  const feed = { type: 'status', version: 1, feed_id: 'tillwise', issued_at: iso(now), publisher: { name: 'Tillwise', url: 'https://tillwise.example' }, channels: [{ id: 'phone', kind: 'phone', label: { en: 'Support' }, href: 'tel:+443456001234' }], incidents: [incident] };
  const found = lintDocument(feed, { now }).find((f) => f.rule === 'contact-reasons-missing');
  assert.ok(found, 'the warning is there');
  assert.match(found.fix, /^Add contact reasons: what people contact you about/);
  assert.doesNotMatch(found.fix, /contact_reasons|No power/);
});
