// A Dutch retail bank at 2 a.m. (walkthrough "Zuiderbank"): the app and iDEAL are down, and at the
// same time a wave of fake texts tells customers to call a number "because of the outage". The
// `payments` template (alias `bank`) told readers "We never ask for your PIN or login codes; if in
// doubt call the fraud line", for who "get a call or email": the text message, the channel of the
// wave, was not named, and "the fraud line" was whichever number the reader had in front of them,
// the criminals' included. Whoever had already given codes had no act-now, and the contact reasons
// had no "I cannot log in" for an app outage and no suspicious-message topic that is not urgent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from './ts-import.mjs';
import { run } from './desk-kit.mjs';

const { contactReasonsFromTemplate, incidentFromTemplate, templateNamed } = await importTs('src/templates/index.ts');

const bank = () => incidentFromTemplate(templateNamed('bank'), { id: 'app', langs: ['nl', 'en'], now: Date.parse('2026-12-03T01:00:00Z') });
const mark = /^\[\[TODO: [^\]]*\]\] /;

test('bank: the first act-now says where the real number is (the back of the card), never "call the fraud line" when a fake one may be in hand, and names the text message', () => {
  // Its first sentence is what an SMS keeps (export --to sms cuts the first action at a sentence): short enough to fit after a title.
  const [first] = bank().actions;
  assert.equal(first.urgent, true);
  const en = first.label.en.replace(mark, '');
  const nl = first.label.nl.replace(mark, '');
  assert.equal(en, 'We never ask for your PIN or login codes, or to transfer money. In doubt? Call the number on the back of your card yourself, never a number from a message');
  assert.equal(nl, 'Wij vragen nooit om uw pincode of inlogcodes, of om geld over te maken. Twijfelt u? Bel zelf het nummer op de achterkant van uw pas, nooit een nummer uit een bericht');
  assert.doesNotMatch(en + nl, /if in doubt call the fraud line|bel bij twijfel het fraudenummer/i);
  // Not "app" for a WhatsApp message: at a bank whose app is down, "U krijgt een … app" reads as the bank's own app.
  assert.match(first.who.en, /a call, text, WhatsApp message or e-mail about this outage/);
  assert.match(first.who.nl, /een telefoontje, sms, WhatsApp-bericht of e-mail over deze storing/);
  assert.doesNotMatch(first.who.nl + first.who.en, /\bapp\b/);
  assert.ok(en.split('. ')[0].length <= 75 && nl.split('. ')[0].length <= 75, 'the first sentence fits an SMS beside a title and a link');
});

test('bank: whoever already gave codes or money, or lost the card, has an act-now of their own: call the fraud line and block the card', () => {
  const urgent = bank().actions.filter((a) => a.urgent);
  const block = urgent.find((a) => /have your card blocked/.test(a.label.en));
  assert.ok(block, JSON.stringify(urgent.map((a) => a.label.en)));
  assert.match(block.label.nl, /Bel direct ons fraudenummer en laat uw pas blokkeren$/);
  assert.match(block.who.en, /You gave your codes or transferred money after a call, text or e-mail, or your card is lost/);
  assert.match(block.who.nl, /U heeft na een telefoontje, sms of e-mail uw codes gegeven of geld overgemaakt, of uw pas is kwijt/);
});

test('bank: what we know asks what still works; the contact reasons: fraud, a scam or a lost card (urgent), a suspicious message (not urgent), logging in', () => {
  const inc = bank();
  assert.match(inc.known.en, /the app, online banking, iDEAL, cards, transfers.*what still works/);
  assert.match(inc.known.nl, /de app, internetbankieren, iDEAL, pinnen, overboekingen.*wat nog wel werkt/);
  const reasons = contactReasonsFromTemplate('payments', ['nl', 'en']);
  assert.deepEqual(reasons.map((r) => [r.id, r.urgent === true]), [['fraud', true], ['suspicious', false], ['log-in', false], ['payment-failed', false], ['incoming', false], ['charged-twice', false]]);
  assert.equal(reasons[0].label.en, 'Fraud or a scam, or my card is lost or stolen');
  assert.equal(reasons[0].label.nl, 'Fraude of oplichting, of mijn pas is kwijt of gestolen');
});

test('clearline new incident --template bank: the feed gets the texts and reasons, and lint refuses them until the desk has read them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-bank-'));
  const made = run(dir, 'new', 'incident', '--template', 'bank', '--id', 'app-ideal', '--feed-id', 'zuiderbank', '--publisher', 'Zuiderbank', '--publisher-url', 'https://www.zuiderbank.example/', '--time-zone', 'Europe/Amsterdam');
  assert.equal(made.status, 0, made.stderr);
  const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  assert.deepEqual(feed.contact_reasons.map((r) => r.label.en), ['Fraud or a scam, or my card is lost or stolen', 'A suspicious message or call', 'I cannot log in', 'A payment failed', 'Will my salary or benefits arrive?', 'Charged twice']);
  assert.equal(feed.incidents[0].actions.length, 3);
  assert.ok(feed.incidents[0].actions.every((a) => mark.test(a.label.nl) && mark.test(a.label.en)));
  assert.equal(run(dir, 'lint', 'feed.json').status, 2);
});
