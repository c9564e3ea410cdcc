// A Dutch bank's night desk (walkthrough "Zuiderbank"): beside the app outage, a wave of fake texts
// tells customers to call a number "because of the outage". `new incident --template phishing` (or
// `fraud`, `scam`, `nep-sms`) said "give --template with one of: …", and the nearest one,
// `cyberattack`, wrote "Our systems were attacked" and "Change your password on other websites" for
// a bank whose systems were not attacked. The phishing template speaks of the fake messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from './ts-import.mjs';
import { run } from './desk-kit.mjs';

const { contactReasonsFromTemplate, incidentFromTemplate, missingContactReasons, templateNamed } = await importTs('src/templates/index.ts');
const { PLACEHOLDER } = await importTs('src/feed/placeholder.ts');

const NOW = Date.parse('2026-12-03T01:00:00Z');
const mark = /^\[\[TODO: [^\]]*\]\] /;

test('the words a desk types find it: phishing, scam, fraud, fraude, smishing, nepberichten, nep-sms, oplichting', () => {
  for (const name of ['phishing', 'scam', 'fraud', 'Fraude', 'smishing', 'nepberichten', 'nep-sms', 'oplichting', 'fake-messages']) assert.equal(templateNamed(name), 'phishing', name);
});

test('phishing: nothing of yours was attacked or broke; identified from the start; do not react, we never ask for codes; who reacted calls the real fraud line', () => {
  const inc = incidentFromTemplate('phishing', { id: 'nep-sms', langs: ['nl', 'en'], now: NOW });
  assert.equal(inc.phase, 'identified');
  const text = JSON.stringify(inc);
  assert.doesNotMatch(text, /attacked|aangevallen|ransom|losgeld|Change your password|Wijzig uw wachtwoord|storing|outage/i);
  const [first, second] = inc.actions;
  assert.equal(first.urgent, true);
  assert.equal(first.label.en.replace(mark, ''), 'Do not call the number, tap the link or give anyone your codes. We never ask for your PIN, password or login codes');
  assert.equal(first.label.nl.replace(mark, ''), 'Bel het nummer niet, tik niet op de link en geef niemand uw codes. Wij vragen nooit om uw pincode, wachtwoord of inlogcodes');
  assert.match(first.who.en, /a text, WhatsApp message, e-mail or call that seems to come from us/);
  assert.match(first.who.nl, /een sms, WhatsApp-bericht, e-mail of telefoontje dat van ons lijkt te komen/);
  assert.equal(second.urgent, true);
  // Any sector (trial X, a university, has no fraud line): the desk's own number goes in the mark; a bank names its fraud line there.
  assert.match(second.label.en, /Call us at once on \[\[TODO: our number, e\.g\. the service desk, or at a bank the fraud line\]\], not on a number from the message$/);
  assert.match(second.label.nl, /Bel ons direct op \[\[TODO: ons nummer, bijv\. de servicedesk, of bij een bank het fraudenummer\]\], niet op een nummer uit het bericht$/);
  assert.doesNotMatch(JSON.stringify(inc.actions.map((a) => [a.label, a.who]).map((p) => p.map((t) => JSON.stringify(t).replace(/\[\[TODO:[^\]]*\]\]/g, '')))), /fraud/i);
  assert.match(second.who.nl, /U heeft gebeld, op de link getikt, codes gegeven of geld overgemaakt/);
  assert.match(inc.known.en, /Write a fake address without https:\/\/ and www, with \[\.\] in place of each dot \(e\.g\. verify-help\[\.\]com\), so nobody can tap it/);
});

test('phishing: the urgent reason is for who responded; a suspicious message is not urgent, with the cyberattack template\'s id, so it is not offered twice', () => {
  const reasons = contactReasonsFromTemplate('phishing', ['nl', 'en']);
  assert.deepEqual(reasons.map((r) => [r.id, r.urgent === true]), [['responded', true], ['suspicious', false], ['report', false], ['my-data', false]]);
  assert.equal(reasons[0].label.nl, 'Ik heb gereageerd: gebeld, codes gegeven of geld overgemaakt');
  assert.deepEqual(missingContactReasons('phishing', ['en'], contactReasonsFromTemplate('cyberattack', ['en'])).map((r) => r.id), ['responded', 'report']);
});

test('every text of the template is one whole [[TODO: …]] lint sees (no bracket inside ends it early)', () => {
  const inc = incidentFromTemplate('phishing', { id: 'x', langs: ['nl', 'en'], now: NOW });
  for (const part of ['title', 'known', 'unknown']) for (const l of ['nl', 'en']) assert.equal(PLACEHOLDER.exec(inc[part][l])?.[0], inc[part][l], `${part}/${l}`);
  for (const a of inc.actions) for (const l of ['nl', 'en']) {
    assert.match(a.label[l], mark);
    assert.equal(PLACEHOLDER.exec(a.who[l])?.[0], a.who[l]);
  }
});

test('clearline new incident --template nep-sms beside a bank outage: added to the feed, its missing reasons named, lint refuses until the desk edits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-phishing-'));
  const args = ['--feed-id', 'zuiderbank', '--publisher', 'Zuiderbank', '--publisher-url', 'https://www.zuiderbank.example/', '--time-zone', 'Europe/Amsterdam'];
  assert.equal(run(dir, 'new', 'incident', '--template', 'bank', '--id', 'app', ...args).status, 0);
  const r = run(dir, 'new', 'incident', '--template', 'nep-sms', '--id', 'nep-sms');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /uit het sjabloon “Nepberichten uit onze naam” \(phishing\); talen nl, en/);
  assert.match(r.stdout, /"Ik heb gereageerd: gebeld, codes gegeven of geld overgemaakt", "Een nepbericht melden", "Zijn mijn gegevens gestolen\?"/);
  const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  assert.deepEqual(feed.incidents.map((i) => i.id).sort(), ['app', 'nep-sms']);
  const lint = JSON.parse(run(dir, 'lint', '--json', 'feed.json').stdout);
  const phish = feed.incidents.findIndex((i) => i.id === 'nep-sms');
  for (const part of ['title', 'known', 'unknown']) assert.ok(lint.findings.some((f) => f.rule === 'placeholder' && f.path === `incidents/${phish}/${part}/nl`), part);
});

test('a template name that does not exist is named back, not answered as if --template were missing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-phishing-'));
  const r = run(dir, 'new', 'incident', '--template', 'meteorite', '--lang', 'en', '--id', 'x', '--feed-id', 'zuiderbank');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /there is no template "meteorite"; give --template with one of: power \(power cut\), .*phishing \(fake messages, phishing\).* generic \(other disruption\)\n/);
  assert.match(run(dir, 'new', 'incident', '--lang', 'en', '--id', 'x', '--feed-id', 'zuiderbank').stderr, /give --template with one of: power \(power cut\), /);
  // A new feed without --lang is nl,en: its desk is answered in Dutch.
  assert.match(run(dir, 'new', 'incident', '--template', 'meteoriet', '--id', 'x', '--feed-id', 'zuiderbank').stderr, /er is geen sjabloon "meteoriet"; geef --template met een van: power \(stroomstoring\), .*phishing \(nepberichten uit onze naam\)/);
});

test('the SMS of a phishing incident keeps the whole first sentence of the act-now (do not call, tap or give codes), in Dutch and English', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-phishing-'));
  const args = ['--feed-id', 'zuiderbank', '--publisher', 'Zuiderbank', '--publisher-url', 'https://www.zuiderbank.example/', '--time-zone', 'Europe/Amsterdam'];
  assert.equal(run(dir, 'new', 'incident', '--template', 'phishing', '--id', 'nep-sms', '--title', 'Nep-sms uit naam van Zuiderbank: bel het nummer niet', '--title', "Fake texts in Zuiderbank's name: do not call the number", ...args).status, 0);
  // The desk reads and keeps the template's words: the marks and examples go.
  const file = join(dir, 'feed.json');
  const feed = JSON.parse(readFileSync(file, 'utf8'));
  const inc = feed.incidents[0];
  inc.known = { nl: 'Veel mensen krijgen een nep-sms.', en: 'Many people get a fake text.' };
  inc.unknown = { nl: 'Wie erachter zit.', en: 'Who is behind it.' };
  // Action 2 names no line of its own (any sector): the bank fills in its fraud line.
  const line = { nl: 'onze fraudelijn, 0800 028 1234', en: 'our fraud line, 0800 028 1234' };
  for (const a of inc.actions) for (const l of ['nl', 'en']) {
    a.label[l] = a.label[l].replace(mark, '').replace(/\[\[TODO: [^\]]*\]\]/, line[l]);
    a.who[l] = /"([^"]+)"/.exec(a.who[l])[1];
  }
  writeFileSync(file, JSON.stringify(feed));
  for (const [lang, sentence] of [['nl', 'Bel het nummer niet, tik niet op de link en geef niemand uw codes.'], ['en', 'Do not call the number, tap the link or give anyone your codes.']]) {
    const sms = run(dir, 'export', 'feed.json', '--to', 'sms', '--lang', lang);
    assert.equal(sms.status, 0, sms.stderr);
    assert.ok(sms.stdout.includes(sentence), sms.stdout);
  }
});
