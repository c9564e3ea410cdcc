// The cyberattack template as a Dutch university met it during a ransomware attack (e-mail, the
// learning platform and Wi-Fi down; students read the English page first):
// - "Change your password if you use it elsewhere too" read as "change your university password",
//   whose log-in was down; what protects people is changing the same password elsewhere.
// - Nothing told people not to pay: ransomware gangs also write to the people whose data they took.
// - The guidance asked "whether customer data was stolen": a university has students and staff.
// - "emails" in one action, "e-mails" in the next (and in every other clearline text).
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { incidentFromTemplate } = await importTs('src/templates/index.ts');
const incident = incidentFromTemplate('cyberattack', { id: 'ransomware', langs: ['nl', 'en'], now: Date.parse('2026-12-02T10:00:00Z') });
const labels = incident.actions.map((a) => a.label);

test('the password action says to change it where the same password is used, not the password with us', () => {
  assert.ok(!labels.some((l) => /if you use it elsewhere too/.test(l.en) || /als u het ook elders gebruikt/.test(l.nl)), JSON.stringify(labels));
  assert.ok(labels.some((l) => /Change your password on other websites and apps where you use the same one$/.test(l.en) && /Wijzig uw wachtwoord op andere websites en apps waar u hetzelfde wachtwoord gebruikt$/.test(l.nl)), JSON.stringify(labels));
});

test('an urgent action says not to pay anyone who asks for money to unlock files or keep data secret', () => {
  const pay = incident.actions.find((a) => /Do not pay/.test(a.label.en));
  assert.ok(pay, JSON.stringify(labels));
  assert.equal(pay.urgent, true);
  assert.match(pay.label.nl, /Betaal niet en reageer niet als iemand u geld vraagt/);
  assert.match(pay.label.en, /report it to the police$/);
  // The SMS carries the first urgent action: still the one about links.
  assert.match(incident.actions.find((a) => a.urgent).label.en, /Do not click links/);
});

test('the guidance asks whether personal data was stolen, not only customer data', () => {
  assert.doesNotMatch(incident.unknown.en, /customer data/);
  assert.match(incident.unknown.en, /personal data \(of customers, residents, students, patients or staff\)/);
  assert.match(incident.unknown.nl, /persoonsgegevens \(van klanten, inwoners, studenten, patiënten of medewerkers\)/);
});

test('"e-mails", as in every other text, not "emails"', () => {
  assert.ok(!labels.some((l) => /\bemails\b/.test(l.en)), JSON.stringify(labels));
});
