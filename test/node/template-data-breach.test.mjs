// Trial X, a university (step 12): staff records were stolen while every system worked again. No template fitted: the
// generic one framed the breach as "Grote storing" / "We zoeken de oorzaak" on the page and in the e-mail's subject, and the
// next day's SMS opened "Oorzaak gevonden: Gegevens van een deel van de medewerkers gestolen." / "Cause identified: Data
// of some staff stolen." Now `clearline new incident --template data-breach` (also `datalek`, `data leak`, `gegevenslek`)
// gives, in Dutch and English: what was taken and whose, what was not, what we don't know, what to do (fake messages that
// use the stolen details, the same password elsewhere, the bank account, never codes or money), that whoever is affected
// gets a letter or e-mail, that the data protection authority and the police know, and a next update. Severity `info`:
// readers, the e-mail and the SMS then say no "storing" / "disruption" and no phase. Uses dist/ for the CLI.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { templateNamed, TEMPLATE_NAMES, incidentFromTemplate, contactReasonsFromTemplate, FIRST_UPDATE_MINUTES } = await importTs('src/templates/index.ts');
const { TEMPLATE_LABELS } = await importTs('src/templates/labels.ts');
const { TEMPLATE_SUMMARIES_NL } = await importTs('src/cli/help-options-nl.ts');
const { exportSms } = await importTs('src/export/sms.ts');
const { exportEmail } = await importTs('src/export/email.ts');

// Thursday 17 December 2026, 09:05 in Amsterdam.
const NOW = Date.parse('2026-12-17T08:05:00Z');
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const texts = (node, lang) => (Array.isArray(node) ? node.flatMap((n) => texts(n, lang)) : node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => (k === lang ? [v] : texts(v, lang))) : []);
const all = (lang) => texts([incidentFromTemplate('data-breach', { id: 'x', langs: [lang], now: NOW }), contactReasonsFromTemplate('data-breach', [lang])], lang).join(' | ');

test('data-breach is a template, found by the words a desk types; ransomware and a cyberattack stay cyberattack', () => {
  assert.ok(TEMPLATE_NAMES.includes('data-breach'));
  for (const name of ['data-breach', 'data breach', 'Data leak', 'datalek', 'Datalek', 'gegevenslek', 'gestolen gegevens', 'stolen data', 'privacy breach', 'Datalek: persoonsgegevens gestolen', 'Data breach: personal data stolen']) assert.equal(templateNamed(name), 'data-breach', name);
  for (const name of ['cyberattack', 'cyber-attack', 'ransomware', 'cyberaanval', 'hack']) assert.equal(templateNamed(name), 'cyberattack', name);
  assert.equal(TEMPLATE_LABELS.nl['data-breach'], 'Datalek: persoonsgegevens gestolen');
  assert.equal(TEMPLATE_LABELS.en['data-breach'], 'Data breach: personal data stolen');
  assert.match(TEMPLATE_SUMMARIES_NL['data-breach'], /datalek/);
});

test('the data-breach template in both languages: what was taken and whose, what was not, what we do not know, what to do, letter, authority, next update', () => {
  const inc = incidentFromTemplate('data-breach', { id: 'd', langs: ['nl', 'en'], now: NOW });
  // Not a disruption: no "Grote storing", no phase shown; but a next update promised, unlike a standing notice.
  assert.equal(inc.severity, 'info');
  assert.equal(inc.phase, 'investigating');
  assert.equal(inc.next_update_at, iso(NOW + FIRST_UPDATE_MINUTES * 60_000));
  for (const t of [inc.title, inc.known, inc.unknown]) for (const l of ['nl', 'en']) assert.match(t[l], /^\[\[TODO: /, l);
  for (const a of inc.actions) for (const l of ['nl', 'en']) {
    assert.match(a.label[l], /^\[\[TODO: /, `${l}: ${a.label[l]}`);
    assert.match(a.who[l], /^\[\[TODO: /, `${l}: ${a.who[l]}`);
  }
  assert.match(inc.title.nl, /Persoonsgegevens gestolen/);
  assert.match(inc.title.en, /Personal data stolen/);
  assert.match(inc.known.nl, /welke gegevens zijn gestolen.*van wie.*welke gegevens niet zijn gestolen.*brief of e-mail.*Autoriteit Persoonsgegevens en de politie/s);
  assert.match(inc.known.en, /which data was stolen.*whose.*which data was not stolen.*letter or e-mail.*data protection authority and the police/s);
  assert.match(inc.unknown.nl, /of de gegevens al zijn gebruikt.*Zeg niet dat de gegevens veilig zijn/s);
  assert.match(inc.unknown.en, /whether the data has been used.*Do not say the data is safe/s);
  const [alert, password, ransom, bank, letter] = inc.actions;
  assert.deepEqual(inc.actions.map((a) => a.urgent === true), [true, true, true, false, false]);
  assert.match(alert.label.nl, /Wees extra alert op e-mails, sms’jes en telefoontjes die uw gegevens noemen.*Geef nooit codes of wachtwoorden en maak geen geld over op verzoek$/);
  assert.match(alert.label.en, /Be extra careful with e-mails, texts and calls that mention your details.*Never give codes or passwords, and never transfer money when asked$/);
  assert.match(password.label.en, /Change your password on other websites and apps where you use the same one$/);
  assert.match(password.who.nl, /wachtwoord of inlognaam bij ons is gestolen/);
  assert.match(ransom.label.nl, /Betaal niet.*doe aangifte bij de politie$/);
  assert.match(bank.label.nl, /geld van uw rekening.*meld dat direct bij uw bank\. Uw bank vraagt nooit om uw pincode of inlogcodes$/);
  assert.match(bank.label.en, /payments you do not recognise, and report them to your bank at once\. Your bank never asks for your PIN or login codes$/);
  assert.match(letter.label.nl, /U hoeft ons niet te bellen: iedereen van wie gegevens zijn gestolen, krijgt van ons een brief of e-mail/);
  assert.match(letter.label.en, /You do not need to call us: everyone whose data was stolen gets a letter or e-mail from us/);
  // Sector-neutral and no outage words.
  for (const [l, words] of [['nl', /storing|oorzaak|klant|student|medewerker/i], ['en', /disruption|outage|cause|customer|student|staff/i]]) assert.doesNotMatch(all(l).replace(/inlognaam|persoonsgegevens/g, ''), words, l);
  assert.deepEqual(contactReasonsFromTemplate('data-breach', ['nl', 'en']).map((r) => [r.id, r.label.nl, r.label.en, r.urgent ?? false]), [
    ['responded', 'Ik heb gereageerd op een verdacht bericht: codes gegeven of geld overgemaakt', 'I responded to a suspicious message: I gave codes or transferred money', true],
    ['my-data', 'Zijn mijn gegevens gestolen?', 'Was my data stolen?', false],
    ['suspicious', 'Een verdacht bericht of telefoontje', 'A suspicious message or call', false],
    ['breach-letter', 'De brief of e-mail over het datalek', 'The letter or e-mail about the breach', false],
  ]);
});

test('by the feed\'s clock: the ICO in Britain, the Data Protection Commission in Ireland, the GBA in Belgium', () => {
  const known = (lang, timeZone) => incidentFromTemplate('data-breach', { id: 'x', langs: [lang], now: NOW, timeZone }).known[lang];
  assert.match(known('en', 'Europe/London'), /Information Commissioner's Office \(ICO\) and the police/);
  assert.match(known('en', 'Europe/Dublin'), /Data Protection Commission and the Gardaí/);
  assert.match(known('en', 'America/Chicago'), /state attorney general/);
  assert.match(known('nl-BE', 'Europe/Brussels'), /de Gegevensbeschermingsautoriteit \(GBA\) en de politie/);
  assert.match(known('nl', 'Europe/Amsterdam'), /de Autoriteit Persoonsgegevens en de politie/);
});

// The desk's own words in place of the marks, as trial X's desk published it.
const FILLED = {
  title: { nl: 'Gegevens van een deel van de medewerkers gestolen', en: 'Data of some staff stolen' },
  known: { nl: 'Van ongeveer 400 medewerkers zijn naam, adres, personeelsnummer en bankrekeningnummer gestolen. Gegevens van studenten zijn niet gestolen. Alle systemen werken.', en: 'The name, address, staff number and bank account number of about 400 staff were stolen. No student data was stolen. All systems work.' },
  unknown: { nl: 'Wie erachter zit en of de gegevens al zijn gebruikt.', en: 'Who is behind it and whether the data has been used.' },
};
const fill = (inc) => {
  Object.assign(inc, structuredClone(FILLED));
  for (const a of inc.actions) {
    for (const l of Object.keys(a.label)) a.label[l] = a.label[l].replace(/^\[\[TODO: [^\]]*\]\]\s*/, '');
    for (const l of Object.keys(a.who)) a.who[l] = a.who[l].replace(/^\[\[TODO: [^"]*"(.*)"\]\]$/, '$1');
  }
  return inc;
};
const payload = (inc) => ({
  type: 'status', version: 1, feed_id: 'hzk', time_zone: 'Europe/Amsterdam', publisher: { name: 'Hogeschool Zuidkust', url: 'https://www.hzk.example' },
  status_url: 'https://status.hzk.example', issued_at: iso(NOW), expires_at: iso(NOW + 3 * 3600_000), seq: 2,
  channels: [{ id: 'it-desk', kind: 'phone', label: { nl: 'IT-servicedesk', en: 'IT service desk' }, href: 'tel:+31118555010', emergency: true, opening_hours: '24/7' }],
  incidents: [inc],
});

test('exported, a filled data-breach incident says no "storing", "disruption" or "cause identified", also the next day after an update', () => {
  const inc = fill(incidentFromTemplate('data-breach', { id: 'datalek', langs: ['nl', 'en'], now: NOW }));
  // Friday: the desk marked it identified and posted an update, as trial X's desk did.
  const friday = { ...structuredClone(inc), phase: 'identified', updated_at: iso(NOW + 86_400_000), next_update_at: iso(NOW + 86_400_000 + 3600_000), updates: [{ at: inc.updated_at, known: inc.known, unknown: inc.unknown }] };
  for (const [i, at] of [[inc, NOW], [friday, NOW + 86_400_000]]) {
    const p = { ...payload(i), issued_at: iso(at), expires_at: iso(at + 3 * 3600_000) };
    for (const lang of ['nl', 'en']) {
      const sms = exportSms(p, { now: at, lang });
      assert.doesNotMatch(sms.text, /Oorzaak gevonden|Cause identified|storing|disruption/i, sms.text);
      assert.match(sms.text, lang === 'nl' ? /^Gegevens van een deel van de medewerkers/ : /^Data of some staff/, sms.text);
      const mail = exportEmail(p, { now: at, lang });
      assert.doesNotMatch(`${mail.subject}\n${mail.text}`, /We zoeken de oorzaak|Oorzaak gevonden|Investigating|Cause identified|Grote storing|Grote hinder|Major disruption/, mail.subject);
      assert.match(mail.subject, lang === 'nl' ? /Gegevens van een deel van de medewerkers gestolen/ : /Data of some staff stolen/);
    }
  }
});

test('clearline new incident --template datalek (nl, en, Amsterdam clock): the data-breach incident with its next update, lint-clean once the marks are filled in', async () => {
  await withCliDir('clearline-breach-', async (dir, run) => {
    const r = run('new', 'incident', '--template', 'datalek', '--id', 'datalek-1', '--feed-id', 'hzk', '--publisher', 'Hogeschool Zuidkust', '--publisher-url', 'https://www.hzk.example', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout + r.stderr, /data-breach/);
    const file = join(dir, 'feed.json');
    const feed = JSON.parse(readFileSync(file, 'utf8'));
    const [inc] = feed.incidents;
    assert.equal(inc.severity, 'info');
    assert.equal(inc.started_at, iso(NOW));
    assert.equal(inc.next_update_at, iso(NOW + FIRST_UPDATE_MINUTES * 60_000));
    assert.deepEqual(Object.keys(inc.title).sort(), ['en', 'nl']);
    const before = JSON.parse(run('lint', '--json', 'feed.json').stdout);
    assert.ok(before.findings.some((f) => f.rule === 'placeholder' && f.severity === 'error'), 'refused until edited');
    fill(inc);
    writeFileSync(file, JSON.stringify(feed, null, 2));
    const after = JSON.parse(run('lint', '--json', 'feed.json').stdout);
    assert.deepEqual(after.findings.filter((f) => f.severity === 'error'), [], JSON.stringify(after.findings));
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});
