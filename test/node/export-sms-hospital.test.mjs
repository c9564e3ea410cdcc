// Trial Q (a Dutch hospital, EPD outage, 15 Dec 2026): at 06:35 the SMS said "Storing... Heeft u nu dringend zorg nodig? Bel
// eerst de huisartsenpost: 0900 700 8000. Bij levensgevaar: bel 112." The title was cut to one word, so the news (Tuesday's
// outpatient appointments are cancelled) was lost. The English one kept the title but cut the urgent action to its opening
// question "Do you need urgent care now?", with no number to call. Now a title is never cut to a word or two (a
// "Category: news" title loses its category first), an action is cut only between sentences and never to a bare question,
// and the CLI and the studio say that two parts would carry everything. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
/** Tue 15 Dec 2026, 06:35 in Amsterdam: after the 06:32 update, before the next one promised at 10:00. */
const NOW = Date.parse('2026-12-15T05:35:00Z');
const LINK = 'https://www.rijnoever.example/actueel';

function hospital() {
  return {
    type: 'status', version: 1, feed_id: 'ziekenhuis-rijnoever', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Ziekenhuis Rijnoever', url: 'https://www.rijnoever.example' }, status_url: LINK,
    channels: [
      { id: 'alarm-112', kind: 'phone', label: { nl: 'Bij levensgevaar: bel 112', en: 'Life in danger? Call 112' }, href: 'tel:112', emergency: true },
      { id: 'huisartsenpost', kind: 'phone', label: { nl: 'Huisartsenpost (avond, nacht, weekend)', en: 'Out-of-hours GP service (evening, night, weekend)' }, href: 'tel:+319007008000', emergency: true },
      { id: 'algemeen', kind: 'phone', label: { nl: 'Algemeen nummer', en: 'General number' }, href: 'tel:+31267001000', wait_minutes: 0 },
    ],
    incidents: [{
      id: 'epd', severity: 'critical', phase: 'identified',
      started_at: '2026-12-15T00:30:00Z', updated_at: '2026-12-15T05:32:32Z', next_update_at: '2026-12-15T09:00:00Z',
      title: { nl: 'Storing computersysteem: poli-afspraken dinsdag gaan niet door', en: 'Computer system failure: outpatient appointments on Tuesday cancelled' },
      known: { nl: 'Ons patiëntendossier werkt sinds 01:30 niet. Alle afspraken op de poli van dinsdag gaan niet door.', en: 'Our patient record system has not worked since 01:30. All outpatient appointments on Tuesday are cancelled.' },
      unknown: { nl: 'Hoe lang de storing nog duurt.', en: 'How much longer the failure will last.' },
      actions: [{
        urgent: true, href: 'tel:+319007008000', who: { nl: 'U heeft nu dringend zorg nodig', en: 'You need urgent care now' },
        label: {
          nl: 'Heeft u nu dringend zorg nodig? Bel eerst de huisartsenpost: 0900 700 8000. Bij levensgevaar: bel 112.',
          en: 'Do you need urgent care now? Call the out-of-hours GP service first: 0900 700 8000. If a life is in danger: call 112.',
        },
      }],
      updates: [{ at: '2026-12-15T01:14:52Z', title: { nl: 'Storing computersysteem: spoedeisende hulp neemt geen ambulances aan', en: 'Computer system failure: emergency department not taking ambulances' } }],
    }],
  };
}

const within = (sms) => {
  assert.ok(sms.fits, sms.text);
  assert.equal(sms.encoding, 'gsm7', sms.text);
  assert.ok(sms.characters <= 160 && sms.characters === sms.text.length, `${sms.characters}: ${sms.text}`);
};

test('Dutch: the title loses its category, not its news, and the question keeps its answer with the number', () => {
  const sms = x.exportSms(hospital(), { lang: 'nl', now: NOW });
  within(sms);
  assert.equal(sms.text, `Poli-afspraken dinsdag gaan niet door. Heeft u nu dringend zorg nodig? Bel eerst de huisartsenpost: 0900 700 8000. ${LINK}`);
  assert.doesNotMatch(sms.text, /^Storing\.\.\./);
  assert.ok(sms.shortened.includes('action-shortened') && sms.shortened.includes('title-shortened'), `${sms.shortened}`);
  assert.equal(sms.twoParts, true);
});

// Trial R changed this test: "Call the out-of-hours GP service first" without "Do you need urgent care now?" went to every
// reader. Never the bare question, and never the answer without it: the emergency sentence, with its own condition, stays.
test('English: never the bare question, nor the answer without it; the emergency line with its own condition stays', () => {
  const sms = x.exportSms(hospital(), { lang: 'en', now: NOW });
  within(sms);
  assert.match(sms.text, /outpatient appointments on Tuesday cancelled\. If a life is in danger: call 112\. https:/i);
  assert.doesNotMatch(sms.text, /now\? https|Call the out-of-hours GP service/);
  assert.ok(!sms.shortened.includes('who'), `${sms.shortened}`);
  assert.equal(sms.twoParts, true);
});

test('in two parts the whole title and the whole urgent action go, and nothing more is advised', () => {
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(hospital(), { lang, now: NOW, parts: 2 });
    const inc = hospital().incidents[0];
    assert.ok(sms.fits && sms.text.includes(`${inc.title[lang]}. ${inc.actions[0].label[lang]}`), `${lang}: ${sms.text}`);
    assert.equal(sms.twoParts, undefined);
  }
});

test('a short title and action that fit whole get no advice', () => {
  const feed = hospital();
  feed.incidents[0].title = { nl: 'Poli-afspraken dinsdag gaan niet door', en: 'Outpatient appointments cancelled' };
  feed.incidents[0].actions[0].label = { nl: 'Dringend zorg nodig? Bel de huisartsenpost: 0900 700 8000.', en: 'Urgent care needed? Call 0900 700 8000.' };
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(feed, { lang, now: NOW });
    assert.equal(sms.twoParts, undefined, `${lang}: ${sms.text}`);
    assert.ok(sms.text.includes(feed.incidents[0].title[lang]), sms.text);
  }
});

test('title forms and sentence cuts', async () => {
  const { titleCut, titleNews, sentenceCuts } = await importTs('src/export/sms-title.ts');
  assert.equal(titleNews('Storing computersysteem: poli-afspraken dinsdag gaan niet door', 'nl'), 'Poli-afspraken dinsdag gaan niet door');
  assert.equal(titleNews('Vanaf 07:00 weer open', 'nl'), '');
  // A category of a word or two is never all that is left; nor fewer than three words of a title without one.
  assert.equal(titleCut('Storing computersysteem: poli-afspraken dinsdag gaan niet door.', 'nl', 1, (t) => t.length <= 12), null);
  assert.equal(titleCut('Our phones and online booking are down', 'en', 1, (t) => t.length <= 12), null);
  const cuts = sentenceCuts('Do you need care? Call 0900 700 8000. If a life is in danger: call 112.', [true, true, true]).map((c) => c.action);
  assert.deepEqual(cuts, ['Do you need care? Call 0900 700 8000.', 'Call 0900 700 8000. If a life is in danger: call 112.', 'Call 0900 700 8000.', 'If a life is in danger: call 112.']);
  assert.ok(cuts.every((c) => !/\?$/.test(c)));
});

test('export says in the desk\'s language that one SMS cannot carry it all, and to use --parts 2', async () => {
  await withCliDir('clearline-hospital-', async (dir, run) => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/feed.json`, JSON.stringify(hospital()));
    const nl = run('export', 'feed.json', '--to', 'sms', '--lang', 'nl');
    assert.equal(nl.status, 0, nl.stderr);
    assert.match(nl.stdout, /^Poli-afspraken dinsdag gaan niet door\. Heeft u/);
    assert.match(nl.stderr, /let op: in één sms passen de hele titel en de hele dringende actie niet samen: .* of verstuur hem als sms van 2 delen: voeg --parts 2 toe/);
    const en = run('export', 'feed.json', '--to', 'sms', '--lang', 'en');
    assert.match(en.stderr, /note: one SMS cannot carry the whole title and the whole urgent action: .* send it as 2 SMS parts: add --parts 2/);
    const two = run('export', 'feed.json', '--to', 'sms', '--lang', 'nl', '--parts', '2');
    assert.doesNotMatch(two.stderr, /--parts 2/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});
