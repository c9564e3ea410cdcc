// A pension fund (walk-through 2026-12-02): fraudsters phoned members "to fix the late payment", and
// the fund's urgent action said "Geef nooit uw DigiD-code of bankgegevens aan iemand die belt. Wij
// vragen daar nooit om. Hang op en bel zelf ons fraudenummer". The SMS cut it after a word:
// "… aan iemand die belt. Wij vragen... https://…": "We ask…", the opposite of what the fund meant,
// to elderly members. Now an action too long for the SMS keeps its first whole sentences; only when
// not even the first one fits is it cut after a word. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-02T13:30:00Z');

function pensionFeed(action) {
  return {
    type: 'status', version: 1, feed_id: 'pensioenfonds-horizon', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Pensioenfonds Horizon', url: 'https://www.pensioenfondshorizon.nl' },
    channels: [{ id: 'fraude', kind: 'phone', label: { nl: 'Fraude melden', en: 'Report fraud' }, href: 'tel:+318001234567', emergency: true }],
    incidents: [{
      id: 'uitbetaling', severity: 'major', phase: 'identified',
      started_at: '2026-12-02T12:00:00Z', updated_at: '2026-12-02T13:00:00Z', next_update_at: '2026-12-02T16:00:00Z',
      title: { nl: 'Uw pensioen van december komt een dag later', en: 'Your December pension arrives one day late' },
      known: { nl: 'De bank heeft ons betaalbestand geweigerd.', en: 'The bank rejected our payment file.' },
      unknown: { nl: 'Hoe laat het geld er is.', en: 'At what time the money arrives.' },
      actions: [{ label: action, who: { nl: 'Iemand belt u namens het fonds', en: 'Someone phones you on behalf of the fund' }, urgent: true, href: 'tel:+318001234567' }],
    }],
  };
}

const FRAUD = {
  nl: 'Geef nooit uw DigiD-code of bankgegevens aan iemand die belt. Wij vragen daar nooit om. Hang op en bel zelf ons fraudenummer',
  en: 'Never give your DigiD code or bank details to anyone who phones. We never ask for them. Hang up and call our fraud line yourself',
};

test('an action too long for the SMS keeps whole sentences, never "Wij vragen…"', () => {
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(pensionFeed(FRAUD), { lang, now: NOW });
    assert.ok(sms.fits, sms.text);
    assert.ok(sms.shortened.includes('action-shortened'), `${lang}: the desk is told the action was shortened`);
    const first = FRAUD[lang].split('. ')[0];
    assert.ok(sms.text.includes(`${first}.`), `${lang}: the first sentence whole: ${sms.text}`);
    assert.doesNotMatch(sms.text, /(Wij vragen|We never ask)(\.\.\.|…)/, `${lang}: no sentence cut in half: ${sms.text}`);
    assert.doesNotMatch(sms.text, /\.\.\.|…/, `${lang}: ends as a sentence, not with an ellipsis: ${sms.text}`);
    assert.ok(sms.text.endsWith(' https://www.pensioenfondshorizon.nl'), sms.text);
  }
});

test('an action whose first sentence alone does not fit is still cut after a word', () => {
  const long = {
    nl: 'Geef nooit uw DigiD-code, uw pincode, uw inlogcode, uw wachtwoord, uw rekeningnummer of een andere code aan iemand die u belt, mailt, sms’t of appt namens het pensioenfonds. Wij vragen daar nooit om.',
    en: 'Never give your DigiD code, your PIN, your login code, your password, your account number or any other code to anyone who phones, e-mails or texts you on behalf of the pension fund. We never ask for them.',
  };
  const sms = x.exportSms(pensionFeed(long), { lang: 'nl', now: NOW });
  assert.ok(sms.fits && sms.shortened.includes('action-shortened'), sms.text);
  assert.match(sms.text, /^Uw pensioen van december komt een dag later\. Geef nooit uw DigiD-code,.*\.\.\. https:/, sms.text);
});

test('an action that fits is kept whole', () => {
  const short = { nl: 'Geef nooit uw DigiD-code. Wij vragen daar nooit om.', en: 'Never give your DigiD code. We never ask for it.' };
  const sms = x.exportSms(pensionFeed(short), { lang: 'nl', now: NOW });
  assert.ok(sms.text.includes('Geef nooit uw DigiD-code. Wij vragen daar nooit om.'), sms.text);
  assert.ok(!sms.shortened.includes('action-shortened'), sms.text);
});
