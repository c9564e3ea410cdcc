// Trial Z (a UK hospital trust, doctors' strike Thu 17 – Sat 19 Dec): the SMS title "Doctors' strike Thursday 17 to Saturday
// 19 December: A&E stays open" went out cut inside its date range ("… Thursday 17 to Saturday 19...", elsewhere "Thursday
// 17..."), losing "A&E stays open"; on Wednesday "Appointments line very busy: use our web form" lost its front and the SMS
// began with an unexplained "Use our web form." Now a title's date or time range is kept whole or left out whole (first, so
// a clause after the colon stays), and a title's news that only instructs never stands alone. Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { titleCut } = await importTs('src/export/sms-title.ts');
const { keepsTitle } = await importTs('src/export/title-keep.ts');
/** Mon 14 Dec 2026, 10:00 in London: the strike is announced. */
const NOW = Date.parse('2026-12-14T10:00:00Z');
const LINK = 'https://www.eastvale-nhs.example/strike';
const STRIKE = { en: "Doctors' strike Thursday 17 to Saturday 19 December: A&E stays open", nl: 'Artsenstaking donderdag 17 tot en met zaterdag 19 december: de SEH blijft open' };

function trust(title, label) {
  return {
    type: 'status', version: 1, feed_id: 'eastvale', time_zone: 'Europe/London',
    publisher: { name: 'Eastvale Hospitals NHS Trust', url: 'https://www.eastvale-nhs.example' }, status_url: LINK,
    channels: [],
    incidents: [{
      id: 'strike', severity: 'major', phase: 'identified', started_at: '2026-12-14T09:00:00Z', updated_at: '2026-12-14T09:00:00Z',
      title, known: { en: 'Resident doctors will strike.', nl: 'Artsen in opleiding staken.' }, actions: [{ urgent: true, label }],
    }],
  };
}

test('English: the date range goes whole, "A&E stays open" and the action stay', () => {
  const label = { en: 'Come to your appointment as planned unless we have called you to move it.', nl: 'Kom naar uw afspraak zoals gepland tenzij wij u hebben gebeld om hem te verzetten.' };
  const sms = x.exportSms(trust(STRIKE, label), { lang: 'en', now: NOW });
  assert.ok(sms.fits, sms.text);
  assert.equal(sms.text, `Doctors' strike: A&E stays open. Come to your appointment as planned unless we have called you to move it. ${LINK}`);
  assert.doesNotMatch(sms.text, /Thursday 17|Saturday 19\.\.\./);
});

test('Dutch: the same, the range left out whole', () => {
  const label = { en: 'Come to your appointment as planned unless we have called you to move it.', nl: 'Kom naar uw afspraak zoals gepland tenzij wij u hebben gebeld om hem te verzetten.' };
  const sms = x.exportSms(trust(STRIKE, label), { lang: 'nl', now: NOW });
  assert.ok(sms.fits, sms.text);
  assert.equal(sms.text, `Artsenstaking: de SEH blijft open. Kom naar uw afspraak zoals gepland tenzij wij u hebben gebeld om hem te verzetten. ${LINK}`);
});

test('a title cut never stops inside its date or time range (hospital, water, energy; en + nl)', () => {
  const fits = (n) => (t) => t.length <= n;
  assert.equal(keepsTitle(STRIKE.en, "Doctors' strike Thursday 17..."), false);
  assert.equal(keepsTitle(STRIKE.en, "Doctors' strike Thursday 17 to Saturday 19..."), false);
  assert.equal(keepsTitle(STRIKE.en, "Doctors' strike Thursday 17 to Saturday 19 December…"), true);
  assert.equal(titleCut(STRIKE.en, 'en', 3, fits(40)), "Doctors' strike: A&E stays open.");
  assert.equal(titleCut(STRIKE.nl, 'nl', 3, fits(40)), 'Artsenstaking: de SEH blijft open.');
  // A water company: the hours of the shut-off whole, or none of them.
  const water = 'Water off in Upton 07:00 to 17:00 on Tuesday while we repair a main';
  const cut = titleCut(water, 'en', 3, fits(44));
  assert.equal(cut, 'Water off in Upton 07:00 to 17:00…');
  assert.equal(keepsTitle(water, 'Water off in Upton 07:00…'), false);
  // A grid operator, in Dutch.
  const grid = 'Geen stroom in Etten-Leur van 08:00 tot 16:00 door werkzaamheden';
  assert.equal(keepsTitle(grid, 'Geen stroom in Etten-Leur van 08:00…'), false);
  const g = titleCut(grid, 'nl', 3, fits(40));
  assert.equal(g, 'Geen stroom in Etten-Leur…');
});

test('a title whose news only instructs is never cut to that instruction alone (en + nl)', () => {
  const fits = (t) => t.length <= 30;
  assert.equal(titleCut('Appointments line very busy: use our web form', 'en', 3, fits), 'Appointments line very busy…');
  assert.equal(titleCut('Afsprakenlijn erg druk: gebruik ons webformulier', 'nl', 3, fits), 'Afsprakenlijn erg druk…');
  // News that says what happened still stands alone (trial Q).
  assert.equal(titleCut('Storing computersysteem: poli-afspraken dinsdag gaan niet door', 'nl', 3, (t) => t.length <= 40), 'Poli-afspraken dinsdag gaan niet door');
  const label = { en: 'Keep your appointment unless we have called you to move it. In a medical emergency, call 999.', nl: 'Kom naar uw afspraak tenzij wij u hebben gebeld. Bij levensgevaar: bel 112.' };
  const sms = x.exportSms(trust({ en: 'Appointments line very busy: use our web form', nl: 'Afsprakenlijn erg druk: gebruik ons webformulier' }, label), { lang: 'en', now: NOW });
  assert.doesNotMatch(sms.text, /^Use our web form/, sms.text);
});
