// Trial X, a Dutch university at 10:00: a phishing wave ("Nep-e-mails: 'Reset uw wachtwoord' uit naam van de hogeschool",
// an urgent action) was published beside the ransomware outage, and the default SMS was byte for byte the 07:55 one: it
// led with the most severe incident and said nothing of the other; only standard error named `--incident ID`. Now another
// incident going on is said in the room left (its urgent action, "Ook: <title>", or "Er staat een tweede melding op onze
// website."), never for a word of the lead's urgent actions (src/export/sms-also.ts). Fixture: the trial's 10:06 feed
// (test/fixtures/export/hzk-1006.json), fixed clock. The CLI test uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { exportSms } = await importTs('src/export/sms.ts');
const { titleHead, lostOnly, alsoText } = await importTs('src/export/sms-also.ts');
const AT_1007 = Date.parse('2026-12-14T09:07:00Z');
const monday = () => JSON.parse(readFileSync(join(FIXTURES, 'hzk-1006.json'), 'utf8'));
const sms = (f, lang, parts = 1) => exportSms(f, { lang, parts, now: AT_1007 });
const CALL = {
  nl: 'Bel direct de IT-servicedesk (0118 555 010) als u uw wachtwoord heeft ingevuld na een link in een e-mail.',
  en: 'Call the IT service desk (0118 555 010) at once if you entered your password after clicking a link in an e-mail.',
};
/** The SMS of the cyberattack alone, as it was before this rule (and still is without a second incident). */
const ALONE = {
  nl: `Cyberaanval: e-mail, Brightspace, studentportaal... ${CALL.nl}`,
  en: `Cyberattack: e-mail, Brightspace... ${CALL.en}`,
};
const onlyCyber = () => ((f) => ({ ...f, incidents: f.incidents.filter((i) => i.id.startsWith('cyber')) }))(monday());

test('one part at 10:07: the SMS names the phishing wave beside the whole urgent line, number and condition (nl, en)', () => {
  const nl = sms(monday(), 'nl');
  const en = sms(monday(), 'en');
  assert.equal(nl.text, `Cyberaanval: e-mail, Brightspace... ${CALL.nl} Ook: Nep-e-mails.`);
  assert.equal(en.text, `Cyberattack: e-mail... ${CALL.en} Also: Fake e-mails.`);
  assert.notEqual(nl.text, ALONE.nl, 'no longer the 07:55 SMS');
  for (const r of [nl, en]) {
    assert.ok(r.fits && r.characters <= 160, `${r.characters}`);
    assert.equal(r.incident, 'cyberattack-2026-12-14-0750', 'it still leads with the most severe incident');
    assert.equal(r.alsoLine.incident, 'phishing-2026-12-14');
    assert.equal(r.alsoLine.kind, 'head');
    assert.doesNotMatch(r.text, /https?:/, 'still no link: the cyberattack says not to click links');
  }
});

test('two parts: the notice takes the place of the website line; every urgent line of the lead stays (nl, en)', () => {
  const nl = sms(monday(), 'nl', 2);
  const en = sms(monday(), 'en', 2);
  assert.equal(nl.text, `Cyberaanval: e-mail, Brightspace, studentportaal, wifi en printen uit. ${CALL.nl} Klik niet op links in e-mails of sms-berichten die van ons lijken te komen. Er staat een tweede melding op onze website.`);
  assert.equal(en.text, `Cyberattack: e-mail, Brightspace, student portal, wifi and printing down. ${CALL.en} Do not click links in e-mails or text messages that seem to come from us. There is a second notice on our website.`);
  for (const r of [nl, en]) assert.deepEqual([r.alsoLine.kind, r.parts, r.fits], ['notice', 2, true]);
});

test('a feed with one incident, or a second announced for later, gives exactly the SMS it gave before', () => {
  for (const lang of ['nl', 'en']) {
    const r = sms(onlyCyber(), lang);
    assert.equal(r.text, ALONE[lang]);
    assert.equal(r.alsoLine, undefined);
    const later = monday();
    Object.assign(later.incidents[0], { starts_at: '2026-12-14T15:00:00Z' });
    assert.equal(sms(later, lang).text, ALONE[lang]);
  }
  assert.equal(sms(onlyCyber(), 'en', 2).text, `Cyberattack: e-mail, Brightspace, student portal, wifi and printing down. ${CALL.en} Go to the Hogeschool Zuidkust website yourself.`);
});

test('another incident\'s short urgent action goes in whole after its title\'s head, beside all the lead said (nl, en)', () => {
  const f = monday();
  f.incidents[1].actions = [f.incidents[1].actions[0]];
  Object.assign(f.incidents[0], {
    severity: 'minor',
    title: { nl: 'Gebouw C: dicht door een lekkage', en: 'Building C: closed by a leak' },
    actions: [{ label: { nl: 'Ga niet naar gebouw C', en: 'Do not go to building C' }, urgent: true }],
  });
  const nl = sms(f, 'nl', 2);
  const en = sms(f, 'en', 2);
  assert.equal(nl.text, `Oorzaak gevonden: Cyberaanval: e-mail, Brightspace, studentportaal, wifi en printen uit. ${CALL.nl} Volgende update 12:00. Ook: Gebouw C. Ga niet naar gebouw C. https://status.hzk.example`);
  assert.match(en.text, / Next update 12:00\. Also: Building C\. Do not go to building C\. https:\/\/status\.hzk\.example$/, en.text);
  for (const r of [nl, en]) assert.equal(r.alsoLine.kind, 'action');
});

test('with two other incidents going on, the notice counts them (two parts, nl and en)', () => {
  const f = monday();
  f.incidents.push({ ...structuredClone(f.incidents[0]), id: 'lift', severity: 'minor', title: { nl: 'Lift gebouw A: buiten gebruik', en: 'Lift building A: out of order' }, actions: [] });
  assert.match(sms(f, 'nl', 2).text, / Klik niet op links in e-mails of sms-berichten die van ons lijken te komen\. Er staan nog 2 meldingen op onze website\.$/);
  const en = sms(f, 'en', 2);
  assert.match(en.text, / There are 2 more notices on our website\.$/);
  assert.deepEqual([en.alsoLine.kind, en.alsoLine.open], ['notice', 2]);
});

test('titleHead, alsoText and lostOnly', () => {
  assert.equal(titleHead("Nep-e-mails: 'Reset uw wachtwoord' uit naam van de hogeschool"), 'Nep-e-mails');
  assert.equal(titleHead('Gebouw C dicht'), 'Gebouw C dicht');
  const inc = { id: 'x', title: { nl: 'Gebouw C: dicht', en: 'Building C: closed' } };
  assert.equal(alsoText(inc, 'nl', 'notice', 0, true), 'Er staat een tweede melding op onze website.');
  assert.equal(alsoText(inc, 'en', 'notice', 1, false), 'There are 2 more notices on our website.');
  assert.equal(alsoText(inc, 'en', 'title', 1, false), 'Also: Building C: closed. There is another notice on our website.');
  assert.equal(alsoText(inc, 'nl', 'head', 0, true), 'Ook: Gebouw C.');
  assert.ok(lostOnly('Storing: wifi. Volgende update 12:00.', 'Storing: wifi. Ook: X.', ['volgende', 'update', '12', '00']));
  assert.ok(!lostOnly('Storing: wifi. Bel 112.', 'Storing: wifi. Ook: X.', ['volgende']));
});

test('clearline export --to sms says what it said of the other incident and how to send its own SMS (uses dist/)', async () => {
  await withCliDir('clearline-sms-also-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(monday()));
    const nl = cli('export', 'feed.json', '--to', 'sms', '--force', '--lang', 'nl');
    assert.equal(nl.stdout, `Cyberaanval: e-mail, Brightspace... ${CALL.nl} Ook: Nep-e-mails.\n`);
    assert.match(nl.stderr, /incident "Nep-e-mails: 'Reset uw wachtwoord' uit naam van de hogeschool" speelt ook; deze sms zegt alleen "Ook: Nep-e-mails\.", niet wat mensen moeten doen\. De eigen sms daarvan: clearline export --to sms --incident phishing-2026-12-14/);
    assert.doesNotMatch(nl.stderr, /deze sms gaat alleen over/);
    const en = cli('export', 'feed.json', '--to', 'sms', '--force', '--lang', 'en');
    assert.match(en.stderr, /incident "Fake e-mails: 'Reset your password' in the university's name" is going on too; this SMS only says "Also: Fake e-mails\.", not what to do about it\. Its own SMS: clearline export --to sms --incident phishing-2026-12-14/);
  }, { now: AT_1007, tz: 'Europe/Amsterdam' });
});
