// Trial U, a Belgian bank at 07:46: its phishing warning "Valse sms'en en telefoontjes uit naam van Scheldebank" (from the
// phishing template, still major) was taken for a mobile-network outage: lint said mobile-outage-phone-only ("wie last
// heeft van de storing, kan die niet bellen") and `export --to sms` said the SMS might not reach the people it is about,
// on every update, sign and export of the day. Fake texts in the publisher's name arrive; they are no outage. A real
// mobile outage still is. Uses dist/ for the CLI (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { smsOutage } = await importTs('src/export/sms-outage.ts');
const { emailOutage } = await importTs('src/export/email-outage.ts');
const { isScamWarning } = await importTs('src/feed/scam-warning.ts');
const { lintDocument } = await importTs('src/lint/index.ts');
const trialFeed = () => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/trial-u/feed.0746.json'), 'utf8'));
const NOW = Date.parse('2026-12-08T06:46:00Z');
const open = (title) => ({ id: 'i', phase: 'identified', severity: 'major', title });

const SCAMS = [
  "Valse sms'en en telefoontjes uit naam van Scheldebank",
  'Nep-sms uit naam van ons: bel het nummer niet',
  'Nepberichten via sms en WhatsApp',
  "Oplichters sturen sms'jes namens de gemeente",
  'Fraudeurs bellen en sms\u2019en klanten',
  'Phishing: sms met een link',
  "Sms'jes uit onze naam zijn vals",
  'Fake text messages in our name: do not call the number',
  "Fake texts and calls in Scheldebank's name",
  'Scam texts about your water bill',
  'Smishing wave: texts asking you to pay a parcel fee',
  'Fraudsters are sending SMS messages',
];
const OUTAGES = ['Geen bereik in Gent en omgeving', "Sms'en komen niet aan", 'Storing mobiel netwerk in Zuid-Holland', 'Mobile network down in Leeds', 'Text messages are delayed', 'No phone reception in the city centre'];

test('a warning of fake texts or calls in the publisher\'s name is no mobile or e-mail outage; a real outage still is', () => {
  for (const title of SCAMS) {
    assert.ok(isScamWarning({ 'nl-BE': title }), `a scam warning: ${title}`);
    assert.equal(smsOutage([open({ 'nl-BE': title, en: title })]), undefined, title);
  }
  assert.equal(emailOutage([open({ nl: "Valse e-mails uit naam van de gemeente", en: 'Fake e-mails in our name' })]), undefined, 'fake e-mails: e-mail works');
  for (const title of OUTAGES) {
    assert.ok(!isScamWarning(title), title);
    assert.ok(smsOutage([open({ nl: title, en: title })]), `still an outage: ${title}`);
  }
  assert.ok(emailOutage([open({ nl: 'E-mail werkt niet', en: 'Email outage' })]));
});

test('trial U: lint no longer says mobile-outage-phone-only for the phishing warning, and still does for a mobile outage', () => {
  const rules = (feed) => lintDocument(feed, { now: NOW, lang: 'nl' }).map((f) => f.rule).filter((r) => r.startsWith('mobile-outage'));
  assert.deepEqual(rules(trialFeed()), []);
  const down = trialFeed();
  down.incidents[0].title = { 'nl-BE': 'Geen bereik: bellen en sms werken niet', en: 'No mobile coverage: calls and texts fail' };
  assert.ok(rules(down).includes('mobile-outage-phone-only'), 'a real mobile outage is still warned');
});

test('trial U: clearline export --to sms of the phishing warning says nothing about the mobile network', async () => {
  await withCliDir('clearline-scam-sms-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(trialFeed()));
    for (const lang of ['nl-BE', 'en']) {
      const r = cli('export', 'feed.json', '--to', 'sms', '--lang', lang, '--incident', 'phishing-golf', '--force');
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /mobiele netwerk|mobile network/, lang);
      assert.match(r.stdout, /Scheldebank/);
    }
  }, { now: NOW, tz: 'Europe/Brussels' });
});
