// Trial X: a university's one-part SMS during a cyberattack said "Bel direct de IT-servicedesk als u uw... Kijk zelf op de
// website van Hogeschool Zuidkust.": no number, no "wachtwoord ingevuld", exit 0. A desk that copied it would have sent
// every student to the line the victims need. Now an urgent action that names a number is never cut before its number or
// inside its condition: the title gives way at a list item, the "look on the website yourself" line is shortened or goes
// (no link comes back), and only an action too long beside the title's head is cut where its main clause ends, with the
// number (src/export/sms-urgent-whole.ts). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { badCut, mainClause, fitBeside } = await importTs('src/export/sms-urgent-whole.ts');
const AT_0755 = Date.parse('2026-12-14T06:55:00Z');
const CALL = {
  nl: 'Bel direct de IT-servicedesk als u uw wachtwoord heeft ingevuld na een link in een e-mail',
  en: 'Call the IT service desk at once if you entered your password after clicking a link in an e-mail',
};
const SAID = {
  nl: 'Bel direct de IT-servicedesk (0118 555 010) als u uw wachtwoord heeft ingevuld na een link in een e-mail.',
  en: 'Call the IT service desk (0118 555 010) at once if you entered your password after clicking a link in an e-mail.',
};

/** The 07:50 message of trial X, as the desk published it: a long title with a list, links left out. */
function hzk({ label = CALL } = {}) {
  return {
    type: 'status', version: 1, feed_id: 'hzk', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Hogeschool Zuidkust', url: 'https://www.hzk.example' },
    status_url: 'https://status.hzk.example',
    channels: [
      { id: 'it-desk', kind: 'phone', label: { nl: 'IT-servicedesk', en: 'IT service desk' }, href: 'tel:+31118555010', opening_hours: '24/7', emergency: true },
      { id: 'website', kind: 'web', label: { nl: 'Website', en: 'Website' }, href: 'https://www.hzk.example' },
    ],
    incidents: [{
      id: 'cyberattack', severity: 'critical', phase: 'investigating',
      started_at: '2026-12-14T06:52:37Z', updated_at: '2026-12-14T06:52:37Z', next_update_at: '2026-12-14T09:00:00Z',
      title: { nl: 'Cyberaanval: e-mail, Brightspace, studentportaal, wifi en printen uit', en: 'Cyberattack: e-mail, Brightspace, student portal, wifi and printing down' },
      known: { nl: 'Vanochtend om 06:40 zijn onze IT-systemen aangevallen met ransomware.', en: 'At 06:40 this morning our IT systems were hit by a ransomware attack.' },
      unknown: { nl: 'Wanneer de systemen weer werken.', en: 'When the systems will work again.' },
      affects: [{ nl: 'e-mail', en: 'e-mail' }, { nl: 'Brightspace', en: 'Brightspace' }],
      actions: [
        { label, href: 'tel:+31118555010', who: { nl: 'U heeft uw wachtwoord ingevuld na een link in een e-mail', en: 'You entered your password after clicking a link in an e-mail' }, urgent: true },
        { label: { nl: 'Klik niet op links in e-mails of sms-berichten die van ons lijken te komen', en: 'Do not click links in e-mails or text messages that seem to come from us' }, who: { nl: 'U krijgt een e-mail of sms van ons', en: 'You get an e-mail or text message from us' }, urgent: true },
      ],
    }],
  };
}

test('one SMS carries the urgent action whole with its number; the title gives way at a list item, the site line goes', () => {
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(hzk(), { lang, now: AT_0755 });
    assert.ok(sms.text.includes(SAID[lang]), sms.text);
    assert.ok(sms.fits && sms.parts === 1 && sms.characters <= 160, `${sms.characters}: ${sms.text}`);
    assert.doesNotMatch(sms.text, /(?:uw|if)\.\.\./, sms.text);
    // Links stay out: no address in place of the line.
    assert.doesNotMatch(sms.text, /https?:|www\.|hzk\.example/, sms.text);
    assert.ok(!sms.shortened.includes('action-shortened') && sms.shortened.includes('title-shortened'), `${sms.shortened}`);
  }
  const nl = x.exportSms(hzk(), { lang: 'nl', now: AT_0755 });
  assert.equal(nl.text, `Cyberaanval: e-mail, Brightspace, studentportaal... ${SAID.nl}`);
  assert.deepEqual(nl.shortened, ['next', 'title-shortened', 'site']);
  const en = x.exportSms(hzk(), { lang: 'en', now: AT_0755 });
  assert.equal(en.text, `Cyberattack: e-mail, Brightspace... ${SAID.en}`);
  // Two parts, as the desk may still choose, are as before: everything whole.
  const two = x.exportSms(hzk(), { lang: 'nl', now: AT_0755, parts: 2 });
  assert.ok(two.text.startsWith('Cyberaanval: e-mail, Brightspace, studentportaal, wifi en printen uit. Bel direct de IT-servicedesk (0118 555 010) als u'), two.text);
  assert.ok(two.text.endsWith('Kijk zelf op de website van Hogeschool Zuidkust.'), two.text);
});

test('an action too long beside the title\'s head is cut where its main clause ends, with the number, never inside its condition', () => {
  const label = {
    nl: 'Bel direct de IT-servicedesk als u uw wachtwoord, pincode of inlogcode heeft ingevuld na een link in een e-mail of sms die van ons leek te komen, of als u vreemde dingen ziet in uw account of uw mailbox',
    en: 'Call the IT service desk at once if you entered your password, PIN or login code after clicking a link in an e-mail or text that seemed to come from us, or if you see strange things in your account',
  };
  const nl = x.exportSms(hzk({ label }), { lang: 'nl', now: AT_0755 });
  assert.ok(nl.text.includes('Bel direct de IT-servicedesk (0118 555 010).'), nl.text);
  assert.doesNotMatch(nl.text, /\.\.\. Kijk|uw\.\.\.|als u [^.]*\.\.\./, nl.text);
  assert.ok(nl.fits && nl.shortened.includes('action-shortened'), `${nl.shortened}: ${nl.text}`);
  const en = x.exportSms(hzk({ label }), { lang: 'en', now: AT_0755 });
  assert.ok(en.text.includes('Call the IT service desk at once (0118 555 010).'), en.text);
});

test('an action said whole without its emergency line\'s number gets it: the site line is shortened first', () => {
  const f = hzk();
  f.incidents[0].title.nl = 'Cyberaanval: alles uit';
  const sms = x.exportSms(f, { lang: 'nl', now: AT_0755 });
  // Before: "Alles uit. Bel direct de IT-servicedesk als u … e-mail. Kijk zelf op de website van Hogeschool Zuidkust." (no number).
  assert.equal(sms.text, `Cyberaanval: alles uit. ${SAID.nl} Kijk zelf op onze website.`);
  assert.deepEqual(sms.shortened, ['next', 'site-shortened']);
  assert.ok(sms.fits && sms.linkLeftOut, sms.text);
});

test('which cuts are refused, and where a main clause ends (sms-urgent-whole.ts)', () => {
  assert.equal(badCut(SAID.nl, 'Bel direct de IT-servicedesk als u uw'), true, 'no number');
  assert.equal(badCut(SAID.nl, 'Bel direct de IT-servicedesk (0118 555 010) als u uw'), true, 'the condition cut inside');
  // Trials L and R: the number and its condition said, the rest may go after a word.
  assert.equal(badCut('Lukt 112 niet? Bel 112 met een vaste telefoon of een andere mobiel.', 'Lukt 112 niet? Bel 112 met een vaste'), false);
  // A first sentence cut after a word before the emergency line, which the SMS says whole after it (sms-emergency.ts).
  const cv = 'Zet uw cv-ketel en fornuis uit tot het gas terug is. Ruikt u gas? Bel direct 0800 9009.';
  assert.equal(badCut(cv, 'Zet uw cv-ketel en fornuis uit tot het gas', 'Zet uw cv-ketel en fornuis uit tot het gas... Ruikt u gas? Bel direct 0800 9009. https://x.example'), false);
  assert.equal(badCut(cv, 'Zet uw cv-ketel en fornuis uit tot het gas', 'Zet uw cv-ketel en fornuis uit tot het gas... https://x.example'), true);
  assert.equal(mainClause(CALL.nl), 'Bel direct de IT-servicedesk');
  assert.equal(mainClause(CALL.en), 'Call the IT service desk at once');
  assert.equal(mainClause('Bel ons'), '');
  const fits = (t) => t.length <= 80;
  assert.deepEqual(fitBeside('Storing: mail, wifi en printen uit', 'Bel 0118 555 010.', ['Kijk zelf op de website van X.', 'Kijk zelf op onze website.', ''], '', 'nl', fits), { title: 'Storing: mail, wifi en printen uit', site: 'Kijk zelf op onze website.' });
  assert.deepEqual(fitBeside('Storing: mail, wifi en printen uit', 'Bel direct 0118 555 010 als het echt nodig is.', ['Kijk zelf op onze website.', ''], '', 'nl', fits), { title: 'Storing: mail…', site: '' });
  assert.deepEqual(fitBeside('Storing: mail, wifi en printen uit', 'Bel direct 0118 555 010 als het echt nodig is, dag en nacht, ook nu.', ['Kijk zelf op onze website.', ''], '', 'nl', fits), { title: 'Storing…', site: '' });
});

test('clearline export --to sms --lang nl at 07:55 (fixed clock): the number and the condition in the one SMS, and what gave way', async () => {
  await withCliDir('sms-number-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(hzk()));
    const r = run('export', 'feed.json', '--to', 'sms', '--lang', 'nl');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), `Cyberaanval: e-mail, Brightspace, studentportaal... ${SAID.nl}`);
    assert.match(r.stderr, /de titel ingekort en de zin die mensen naar uw website stuurt weggelaten/, r.stderr);
    assert.doesNotMatch(r.stderr, /de eerste actie ingekort/, r.stderr);
  }, { now: AT_0755, tz: 'Europe/Amsterdam' });
});
