// Trial X, a university's data breach (step 12): the SMS turned the action's who "U bent medewerker van Hogeschool
// Zuidkust" into "Hogeschool Zuidkust: wees extra alert op e-mails…". The organisation's name before the action reads as
// the sender's signature, so students took the warning for themselves. A shortened who now says who, by the reader's
// role ("Medewerkers: …" / "Staff: …"); a name after "van", "bij", "at" … (where the reader is, not who) is never said alone:
// when no role says it faithfully, the who stays whole or goes, as before.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { exportSms } = await importTs('src/export/sms.ts');
const { whoName } = await importTs('src/export/sms-who-short.ts');

const THU = Date.parse('2026-12-17T08:10:00Z');
const feed = (who = { nl: 'U bent medewerker van Hogeschool Zuidkust', en: 'You work at Hogeschool Zuidkust' }) => ({
  type: 'status', version: 1, feed_id: 'hzk', time_zone: 'Europe/Amsterdam', publisher: { name: 'Hogeschool Zuidkust', url: 'https://www.hzk.example' },
  status_url: 'https://status.hzk.example', issued_at: '2026-12-17T08:08:00Z', expires_at: '2026-12-17T11:00:00Z', seq: 40,
  channels: [{ id: 'it-desk', kind: 'phone', label: { nl: 'IT-servicedesk', en: 'IT service desk' }, href: 'tel:+31118555010', emergency: true, opening_hours: '24/7' }],
  incidents: [{
    id: 'datalek', title: { nl: 'Gegevens van een deel van de medewerkers gestolen', en: 'Data of some staff stolen' }, severity: 'major', phase: 'identified',
    started_at: '2026-12-17T08:00:00Z', updated_at: '2026-12-17T08:08:00Z', next_update_at: '2026-12-17T12:00:00Z',
    known: { nl: 'Van ongeveer 400 medewerkers zijn naam, adres en bankrekeningnummer gestolen.', en: 'The name, address and bank account number of about 400 staff were stolen.' },
    unknown: { nl: 'Wie erachter zit.', en: 'Who is behind it.' },
    actions: [
      { label: { nl: "Wees extra alert op e-mails, sms'jes en telefoontjes die uw bankgegevens of personeelsnummer noemen. Maak nooit geld over op verzoek", en: 'Be extra careful with e-mails, texts and calls that mention your bank details or staff number. Never transfer money when asked' }, who, urgent: true },
      { label: { nl: 'U hoeft niet te bellen: medewerkers van wie gegevens zijn gestolen krijgen een brief', en: 'You do not need to call: staff whose data was stolen get a letter' }, who: { nl: 'U bent student', en: 'You are a student' } },
    ],
  }],
});

test("the trial's SMS says whom the warning is for by their role, not the organisation's name (nl, en)", () => {
  const nl = exportSms(feed(), { now: THU, lang: 'nl' });
  assert.match(nl.text, /gestolen\. Medewerkers: wees extra alert op e-mails/, nl.text);
  assert.doesNotMatch(nl.text, /Hogeschool Zuidkust: /, nl.text);
  const en = exportSms(feed(), { now: THU, lang: 'en' });
  assert.match(en.text, /stolen\. Staff: be extra careful with e-mails/, en.text);
  assert.doesNotMatch(en.text, /Hogeschool Zuidkust: /, en.text);
});

test('a who that no role says faithfully is never shortened to the name of where the reader is', () => {
  const who = { nl: 'Medewerkers van Hogeschool Zuidkust met een lease-auto van de zaak', en: 'Staff at Hogeschool Zuidkust with a company lease car' };
  for (const lang of ['nl', 'en']) {
    const sms = exportSms(feed(who), { now: THU, lang });
    assert.doesNotMatch(sms.text, /Hogeschool Zuidkust: /, sms.text);
    // Whole, asked, or left out with the desk told so: never said to everyone without it.
    assert.ok(sms.text.includes(who[lang]) || sms.shortened.includes('who') || sms.shortened.includes('action'), `${sms.text} ${JSON.stringify(sms.shortened)}`);
  }
});

test('whoName: the role when the who says only a role and where, a group\'s own name as before, else nothing', () => {
  const cases = [
    ['U bent medewerker van Hogeschool Zuidkust', 'Medewerkers'],
    ['You work at Hogeschool Zuidkust', 'Staff'],
    ['U werkt bij Gemeente Utrecht', 'Medewerkers'],
    ['You are a member of staff at Hogeschool Zuidkust', 'Staff'],
    ['U bent student van Hogeschool Zuidkust', 'Studenten'],
    ['You are a student at Hogeschool Zuidkust', 'Students'],
    ['Huurders van Woonstad Rotterdam', 'Huurders'],
    // A group by its own name, as before (sms-who-short.ts).
    ['Customers on our Priority Services Register', 'Priority Services Register'],
    ['Members of the Priority Services Register', 'Priority Services Register'],
    // Where, not who: no name alone.
    ['U woont in De Hoven', ''],
    ['Medewerkers van Hogeschool Zuidkust met een leaseauto', ''],
    ['Staff whose data was stolen', ''],
  ];
  for (const [who, name] of cases) assert.equal(whoName(who), name, who);
});
