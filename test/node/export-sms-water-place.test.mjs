// A UK water company's trial (en-GB, Europe/London), 06:37 with two open incidents. The boil-water SMS said "Boil Water Notice
// in Upton upon..." (the place and postcode cut from a text telling people to boil water); the no-water SMS said "No water or
// low pressure in Tewkesbury, Upton... The burst main on the A38 near Tewkesbury is being repaired." without Ledbury, without
// the Priority Services Register's "call 0800 316 4000" (its who made it too long) and without the next update. Now the title
// is cut last and keeps its place (sms-place.ts), a who too long to ask is said by its name (sms-who-short.ts), and the news
// never takes the next update's room beside an action (sms-news.ts). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const x = await exporters();
const { placeCuts, placeSpan } = await importTs('src/export/sms-place.ts');
const { shortWhoAction, whoName } = await importTs('src/export/sms-who-short.ts');

/** 06:37 on Monday 7 December in Upton upon Severn (GMT: the same as UTC). */
const NOW = Date.parse('2026-12-07T06:37:00Z');
const iso = (m) => new Date(NOW + m * 60000).toISOString();
const LINK = 'https://www.severnvale-water.example/incidents';
const BOIL = 'Boil Water Notice in Upton upon Severn (WR8)';
const NO_WATER = 'No water or low pressure in Tewkesbury, Upton and Ledbury';
const PSR = { label: 'Call 0800 316 4000 and we will deliver bottled water to you', who: 'Customers on our Priority Services Register', href: 'tel:+448003164000', urgent: true };

const feed = () => ({
  type: 'status', version: 1, feed_id: 'severn-vale-water', time_zone: 'Europe/London', status_url: LINK,
  publisher: { name: 'Severn Vale Water', url: 'https://www.severnvale-water.example' },
  channels: [
    { id: 'psr', kind: 'phone', label: 'Priority Services line', href: 'tel:+448003164000', purpose: 'For people on our Priority Services Register', wait_minutes: 2 },
    { id: 'helpline', kind: 'phone', label: 'Helpline', href: 'tel:+443457145145', wait_minutes: 25 },
  ],
  incidents: [
    {
      id: 'boil-upton', severity: 'critical', phase: 'identified', title: BOIL, affects: ['Upton upon Severn', 'WR8'],
      started_at: iso(-300), updated_at: iso(-30), next_update_at: iso(83),
      known: 'Tests found bacteria in the water supply to Upton upon Severn. We are flushing the pipes.', unknown: 'When the notice can be lifted.',
      actions: [{ label: 'Boil all tap water and let it cool before drinking, cooking or brushing teeth', urgent: true }],
    },
    {
      id: 'no-water', severity: 'major', phase: 'identified', title: NO_WATER, affects: ['Tewkesbury', 'Upton upon Severn', 'Ledbury'],
      started_at: iso(-240), updated_at: iso(-7), next_update_at: iso(83),
      known: 'The burst main on the A38 near Tewkesbury is being repaired. Supplies should return gradually from late morning.', unknown: 'When each street will have water again.',
      actions: [structuredClone(PSR), { label: 'Collect bottled water at Tewkesbury Leisure Centre, Ashchurch Road, from 8am' }],
      updates: [{ at: iso(-120), known: 'A main has burst on the A38 near Tewkesbury.', unknown: 'How long the repair will take.' }],
    },
  ],
});
const sms = (incident, parts = 1, f = feed()) => x.exportSms(f, { incident, parts, now: NOW, lang: 'en-GB' });

test('the boil-water SMS keeps its whole title, place and postcode: the action is cut where a clause ends instead', () => {
  const one = sms('boil-upton');
  assert.equal(one.text, `${BOIL}. Boil all tap water and let it cool before drinking... ${LINK}`);
  assert.ok(one.fits);
  assert.ok(!one.shortened.includes('title-shortened'), one.shortened.join());
  // Two parts carry it all, the next update too: nothing of the title is cut; and the no-water incident going on beside
  // it is named in the room left (sms-also.ts, trial X).
  assert.equal(sms('boil-upton', 2).text, `${BOIL}. Boil all tap water and let it cool before drinking, cooking or brushing teeth. Next update 08:00. Also: ${NO_WATER}. ${LINK}`);
});

test('a boil-water title that must give way keeps its place or postcode, never "Boil Water Notice in Upton upon..."', () => {
  const f = feed();
  // What to do, and an emergency line after it: both stay, and the title keeps its postcode.
  f.incidents[0].actions[0].label = 'Boil all tap water and let it cool before drinking, cooking, brushing teeth or making baby food. If you feel unwell, call NHS 111.';
  const one = sms('boil-upton', 1, f);
  assert.ok(one.fits, one.text);
  assert.match(one.text, /^Boil Water.*\(WR8\)\. Boil all tap water/, one.text);
  assert.match(one.text, /If you feel unwell, call NHS 111\./);
  assert.doesNotMatch(one.text, /upon\.\.\./);
  // A place too long to keep beside the action: its postcode stays for it, not "Boil water advice... Boil all tap water …"
  // with no place at all.
  const g = feed();
  g.incidents[0].title = 'Boil water advice in Upton upon Severn, Welland and Hanley Castle (WR8)';
  g.incidents[0].actions[0].label = 'Boil all tap water for 3 minutes and let it cool before drinking, cooking or brushing teeth';
  const coded = sms('boil-upton', 1, g);
  assert.equal(coded.text, `Boil water... (WR8). Boil all tap water for 3 minutes and let it cool before drinking, cooking or brushing teeth. ${LINK}`);
});

test('the no-water SMS says the Priority Services Register\'s call, with whom it is for, and the whole title; not "is being repaired"', () => {
  const one = sms('no-water');
  assert.equal(one.text, `${NO_WATER}. Priority Services Register: call 0800 316 4000... ${LINK}`);
  assert.ok(one.fits);
  assert.doesNotMatch(one.text, /being repaired/);
  // In two parts: the whole action asked with its who, then the next update; the news only in room left: trial W made the
  // phase ("Cause identified:") give way to it (sms-news.ts), never the next update. Without the boil-water notice open
  // beside it, that is the whole SMS; with it, the news gives way to naming it (sms-also.ts, trial X).
  const alone = feed();
  alone.incidents = alone.incidents.filter((i) => i.id === 'no-water');
  const two = sms('no-water', 2, alone);
  assert.match(two.text, new RegExp(`${NO_WATER}\\. The burst main on the A38 near Tewkesbury is being repaired\\. Customers on our Priority Services Register\\? Call 0800 316 4000 and we will deliver bottled water to you\\. Next update 08:00\\. ${LINK}$`));
  assert.ok(!two.shortened.includes('news') && !two.shortened.includes('next'), two.shortened.join());
  assert.equal(sms('no-water', 2).text, `Cause identified: ${NO_WATER}. Customers on our Priority Services Register? Call 0800 316 4000 and we will deliver bottled water to you. Next update 08:00. Also: ${BOIL}. ${LINK}`);
});

test('clearline export --to sms at 06:37 in London: the most severe incident, its place whole', () =>
  withCliDir('clearline-water-place-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed()));
    for (const parts of ['1', '2']) {
      const r = run('export', 'feed.json', '--to', 'sms', '--parts', parts);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.startsWith(`${BOIL}. Boil all tap water`), r.stdout);
    }
    const r = run('export', 'feed.json', '--to', 'sms', '--incident', 'no-water');
    assert.match(r.stdout, /Ledbury\. Priority Services Register: call 0800 316 4000\.\.\. https:/);
  }, { now: NOW, tz: 'Europe/London' }));

test('placeSpan and placeCuts: the place after "in", a list of places, a postcode; never a cut that drops "not"', () => {
  assert.deepEqual(placeSpan(BOIL), [3, 8]);
  assert.deepEqual(placeCuts(BOIL), ['Boil Water… in Upton upon Severn (WR8)', 'Boil Water Notice… (WR8)', 'Boil Water… (WR8)']);
  // A list of places is never cut to its first ones (trial Y): the words before it go instead.
  assert.deepEqual(placeCuts(NO_WATER).slice(-2), ['No water or… in Tewkesbury, Upton and Ledbury', 'No water… in Tewkesbury, Upton and Ledbury']);
  assert.equal(placeCuts('Geen water in Utrecht-Oost door een gesprongen hoofdleiding')[0], 'Geen water in Utrecht-Oost door een gesprongen…');
  assert.equal(placeSpan('Storing mobiel netwerk'), null);
  // With the "for" before its codes, as "in" before a place (trial Y: "for ZIP codes 60617, …").
  assert.equal(placeSpan('Boil water notice for WR8 0AB')?.join(), '3,6');
  assert.ok(!placeCuts('Lifts not working in Tower Hamlets').some((c) => !c.includes('not')));
});

test('shortWhoAction: the group\'s name leads the action, cut at a clause or after its number; none without a name', () => {
  assert.equal(whoName('Customers on our Priority Services Register'), 'Priority Services Register');
  assert.equal(whoName('U gebruikt thuis medische apparatuur'), '');
  assert.equal(whoName('You use medical equipment at home'), '');
  assert.equal(whoName('U kreeg een sms of WhatsApp-bericht van ons'), '');
  assert.deepEqual(shortWhoAction(PSR.who, PSR.label, () => true), { action: 'Priority Services Register: call 0800 316 4000 and we will deliver bottled water to you', cut: false });
  assert.deepEqual(shortWhoAction(PSR.who, PSR.label, (a) => a.length < 60), { action: 'Priority Services Register: call 0800 316 4000…', cut: true });
  assert.equal(shortWhoAction(PSR.who, PSR.label, (a) => a.length < 30), null);
  assert.equal(shortWhoAction('You use medical equipment at home', 'Call us', () => true), null);
});
