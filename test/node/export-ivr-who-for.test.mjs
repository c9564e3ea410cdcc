// Trial X (a Dutch university, nl + en: ransomware, then phishing, then a staff data breach). The student desk's phone
// message said "IT service desk: hang up and call 0118 555 010." with no condition and left out the urgent action "Call
// the IT service desk at once if you entered your password after clicking a link in an e-mail" as covered by it: every
// anxious caller was told to ring the line only the real victims need. Now that action's who is asked first
// (ivr-condition.ts). On Thursday's staff data breach the message kept "naam, adres, personeelsnummer en
// bankrekeningnummer" and dropped "Het gaat om ongeveer 400 medewerkers" and "Gegevens van studenten zijn … niet
// gestolen": now who is not affected, and how many are, stay with the first sentence (ivr-scope.ts).
// Fixtures: the trial's Monday 10:06 and Thursday 09:08 feeds (test/fixtures/export/hzk-1006.json, hzk-thu-0908.json).
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { saysNotAffected, saysHowMany } = await importTs('src/export/ivr-scope.ts');
const monday = () => JSON.parse(readFileSync(join(FIXTURES, 'hzk-1006.json'), 'utf8'));
const thursday = () => JSON.parse(readFileSync(join(FIXTURES, 'hzk-thu-0908.json'), 'utf8'));
const AT_MON_1007 = Date.parse('2026-12-14T09:07:00Z');
const AT_THU_0910 = Date.parse('2026-12-17T08:10:00Z');
const ASKED = {
  nl: 'U heeft uw wachtwoord ingevuld na een link in een e-mail? IT-servicedesk: hang op en bel 0118 555 010.',
  en: 'You entered your password after clicking a link in an e-mail? IT service desk: hang up and call 0118 555 010.',
};

for (const lang of ['nl', 'en']) {
  test(`${lang}: the IT service desk, said for a covered urgent action, is said with whom it is for, first`, () => {
    const r = x.exportIvr(monday(), { now: AT_MON_1007, lang });
    assert.ok(r.fits, `${r.seconds} s: ${r.text}`);
    assert.ok(r.text.includes(ASKED[lang]), r.text);
    assert.ok(r.dropped.includes('covered-cyberattack-2026-12-14-0750-1'), r.dropped.join());
  });

  test(`${lang}: staff data breach: how many staff, and that student data was not stolen, stay with the first sentence`, () => {
    const r = x.exportIvr(thursday(), { now: AT_THU_0910, lang });
    assert.ok(r.fits, `${r.seconds} s: ${r.text}`);
    const [many, safe] = lang === 'nl'
      ? ['Het gaat om ongeveer 400 medewerkers.', 'Gegevens van studenten zijn voor zover we nu weten niet gestolen.']
      : ['About 400 staff are affected.', 'As far as we know now, no student data was stolen.'];
    assert.ok(r.text.includes(many) && r.text.includes(safe), r.text);
    // The staff's own urgent action is still said.
    assert.match(r.text, lang === 'nl' ? /U bent medewerker van Hogeschool Zuidkust\? Wees extra alert/ : /You work at Hogeschool Zuidkust\? Be extra careful/);
  });
}

test('a line without such an action, or a public emergency number, is said as before', () => {
  const f = monday();
  for (const i of f.incidents) for (const a of i.actions ?? []) if (a.href === 'tel:+31118555010') delete a.href;
  const r = x.exportIvr(f, { now: AT_MON_1007, lang: 'en' });
  assert.ok(r.text.includes('IT service desk: hang up and call 0118 555 010.'), r.text);
  assert.ok(!r.text.includes('e-mail? IT service desk'), r.text);
  // 112 is for everyone in danger: never led by one action's who.
  const g = monday();
  Object.assign(g.channels.find((c) => c.id === 'it-desk'), { href: 'tel:112', label: { nl: 'Alarmnummer', en: 'Emergency number' } });
  for (const i of g.incidents) for (const a of i.actions ?? []) if (a.href === 'tel:+31118555010') a.href = 'tel:112';
  const e = x.exportIvr(g, { now: AT_MON_1007, lang: 'en' });
  assert.ok(!/\? Emergency number: hang up/.test(e.text), e.text);
});

test('pure: who is not affected, and how many are', () => {
  for (const s of ['No student data was stolen.', 'Gegevens van studenten zijn niet gestolen.', 'Mobile calls are not affected.', 'Voor klanten van andere banken heeft dit geen gevolgen.', 'Other parts of town have normal water.', 'Your money is safe.', 'Trams rijden gewoon.']) assert.equal(saysNotAffected(s), true, s);
  for (const s of ['Brightspace and the student portal do not work yet.', 'Wifi and printing work again.', 'De aanvallers hebben gegevens gestolen.']) assert.equal(saysNotAffected(s), false, s);
  assert.equal(saysHowMany('About 400 staff are affected.'), true);
  assert.equal(saysHowMany('Het gaat om ongeveer 400 medewerkers.'), true);
  assert.equal(saysHowMany('They get a letter at home today.'), false);
});

test('export --to ivr --lang nl (fixed clock, Amsterdam): the IT desk said with whom it is for', async () => {
  await withCliDir('clearline-ivr-who-for-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(monday()));
    const r = run('export', 'feed.json', '--to', 'ivr', '--lang', 'nl');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes(ASKED.nl), r.stdout);
    assert.ok(!r.stdout.includes('. IT-servicedesk: hang op'), r.stdout);
  }, { now: AT_MON_1007, tz: 'Europe/Amsterdam' });
});

// Another incident with no urgent action was still said as a bare title: now its first action comes with it, under the
// same never-bare rule (shortened at a sentence or clause end, else left out for "a second notice on our website").
for (const [lang, said] of [
  ['nl', "Nep-e-mails: 'Reset uw wachtwoord' uit naam van de hogeschool. U krijgt een e-mail die vraagt uw wachtwoord te resetten? Klik niet op de link en vul nergens uw wachtwoord in."],
  ['en', "Fake e-mails: 'Reset your password' in the university's name. You get an e-mail asking you to reset your password? Do not click the link and do not enter your password anywhere."],
]) {
  test(`${lang}: another incident with no urgent action is said with its first action, not as a bare title`, () => {
    const f = monday();
    for (const a of f.incidents.find((i) => i.id === 'phishing-2026-12-14').actions) a.urgent = false;
    const r = x.exportIvr(f, { now: AT_MON_1007, lang });
    assert.ok(r.fits, `${r.seconds} s: ${r.text}`);
    assert.ok(r.text.includes(said), r.text);
    // Thursday: no room for it beside the data breach, so the notice sentence, and the desk is told.
    const g = thursday();
    for (const a of g.incidents.find((i) => i.id === 'phishing-2026-12-14').actions) a.urgent = false;
    const t = x.exportIvr(g, { now: AT_THU_0910, lang });
    assert.ok(!t.text.includes(said.split('. ')[0] + '. ' + (lang === 'nl' ? 'Verwachte' : 'Expected')), t.text);
    assert.ok(t.text.includes(said) || /second notice|tweede melding/.test(t.text), t.text);
  });
}
