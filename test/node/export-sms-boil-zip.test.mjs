// Trial Y: a US water utility's boil water advisory for ZIP codes 60617, 60619 and 60633 (en-US, America/Chicago). The
// one-part SMS said "Boil water advisory for ZIP codes 60617... Boil tap water …" (60619 and 60633 gone); on Wednesday
// "Boil water advisory lifted for 60617 and 60619, still... There is a baby at home? Make baby formula …" (60633 read
// "lifted", and the boil action lost to a later one); two parts carried the emergency-line action in place of the boil
// action; and two all-clears in one minute gave "Online bill payment works again. Online bill payment works again.".
// Now a title keeps its codes and list of places whole or none of them, a title with a clause that turns its meaning is
// not cut (title-keep.ts), what the SMS says before a later action stays first (sms-urgent-ahead.ts), and of two
// all-clears the most severe leads, never saying its title twice (all-clear-pick.ts, sms-closing.ts). Uses dist/.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { keepsTitle, listForm, turnsMeaning } = await importTs('src/export/title-keep.ts');

const LINK = 'https://status.riverbendwater.example';
const MON = Date.parse('2026-12-14T12:01:00Z'); // 6:01 AM in Chicago
const WED = Date.parse('2026-12-16T20:05:00Z'); // 2:05 PM
const TITLE = 'Boil water advisory for ZIP codes 60617, 60619, 60633';
const LIFTED = 'Boil water advisory lifted for 60617 and 60619, still in effect for 60633';
const BOIL = 'Boil tap water for at least 1 minute and let it cool before you drink it';
const LINE = 'No water at all, or you need water for home dialysis or another medical reason? Call our 24/7 emergency line';

function feed({ title = TITLE, boilWho = 'You live or work in the boil water advisory area', affects = ['60617', '60619', '60633'] } = {}) {
  return {
    type: 'status', version: 1, feed_id: 'riverbend-water', time_zone: 'America/Chicago', status_url: LINK,
    publisher: { name: 'Riverbend Water', url: 'https://www.riverbendwater.example' },
    channels: [
      { id: '911', kind: 'phone', label: 'Life in danger: call 911', href: 'tel:911', emergency: true },
      { id: 'emergency', kind: 'phone', label: 'Water emergency line (main breaks, no water, medical need)', href: 'tel:+13125550140', emergency: true },
      { id: 'customer-service', kind: 'phone', label: 'Customer service', href: 'tel:+13125550100' },
    ],
    incidents: [{
      id: 'water-quality', severity: 'critical', phase: 'investigating', title, affects,
      started_at: '2026-12-14T09:10:00Z', updated_at: '2026-12-14T11:53:26Z', next_update_at: '2026-12-14T14:00:00Z',
      known: 'Do not drink tap water in ZIP codes 60617, 60619 and 60633 without boiling it for 1 minute first.',
      unknown: 'When the advisory is lifted.',
      actions: [
        { label: BOIL, who: boilWho, urgent: true },
        { label: 'Make baby formula with bottled water, or with tap water you boiled for 1 minute and let cool', who: 'There is a baby at home', urgent: true },
        { label: LINE, href: 'tel:+13125550140', who: 'People with no water, or with a medical need for water', urgent: true },
      ],
    }],
  };
}
function wednesday() {
  const f = feed({ title: LIFTED, boilWho: 'You live or work in ZIP code 60633', affects: ['60633'] });
  Object.assign(f.incidents[0], { phase: 'monitoring', updated_at: '2026-12-16T20:01:00Z', next_update_at: '2026-12-17T16:00:00Z', cadence: 'daily' });
  return f;
}
const sms = (f, parts = 1, now = MON) => x.exportSms(f, { parts, now, lang: 'en-US' });

test('one SMS keeps every ZIP code of the title: never "… for ZIP codes 60617..."', () => {
  const one = sms(feed());
  assert.ok(one.fits, one.text);
  assert.match(one.text, /60617, 60619, 60633\. Boil tap water/, one.text);
  assert.ok(one.text.includes(`${BOIL}.`), one.text);
  assert.doesNotMatch(one.text, /60617\.\.\./);
});

test('two parts: the boil action first, the emergency line with its number after it when there is room', () => {
  const two = sms(feed(), 2);
  assert.equal(two.text, `${TITLE}. ${BOIL}. ${LINE}: (312) 555-0140. ${LINK}`);
  assert.ok(two.fits);
});

test('Wednesday: "still in effect for 60633" is never cut, and the boil action comes before the baby-formula one', () => {
  const one = sms(wednesday(), 1, WED);
  assert.ok(one.text.startsWith(`${LIFTED}. Boil tap water for at least 1 minute`), one.text);
  assert.doesNotMatch(one.text, /baby/);
  assert.ok(one.fits && one.shortened.includes('action-shortened'), `${one.shortened}`);
  const two = sms(wednesday(), 2, WED);
  assert.ok(two.text.startsWith(`${LIFTED}. Boil tap water for at least 1 minute and let it cool`), two.text);
  assert.ok(two.fits, two.text);
});

test('a Dutch boil-water SMS keeps its postcodes, and "nog niet" with them', () => {
  const f = feed({ title: 'Kookadvies opgeheven voor 3581 en 3582, nog niet voor 3583', boilWho: 'U woont of werkt in postcode 3583', affects: ['3583'] });
  Object.assign(f, { time_zone: 'Europe/Amsterdam' });
  f.incidents[0].actions[0].label = 'Kook uw kraanwater minstens 1 minuut en laat het afkoelen voordat u het drinkt of er eten mee maakt';
  const one = x.exportSms(f, { now: WED, lang: 'nl' });
  assert.ok(one.text.startsWith('Kookadvies opgeheven voor 3581 en 3582, nog niet voor 3583. Kook uw kraanwater minstens 1 minuut'), one.text);
  assert.ok(one.fits, one.text);
});

test('keepsTitle: all codes or none, the list whole or none, never a cut of a title that turns its meaning', () => {
  assert.equal(keepsTitle(TITLE, 'Boil water advisory for ZIP codes 60617…'), false);
  assert.equal(keepsTitle(TITLE, 'Boil water… for ZIP codes 60617, 60619, 60633'), true);
  assert.equal(keepsTitle(TITLE, 'Boil water advisory…'), true);
  assert.equal(keepsTitle(LIFTED, 'Boil water advisory lifted for 60617 and 60619…'), false);
  assert.equal(keepsTitle(LIFTED, LIFTED), true);
  assert.equal(keepsTitle('Power cut in Roosendaal, Etten-Leur and Zundert after storm', 'Power cut in Roosendaal…'), false);
  assert.equal(keepsTitle('Power cut in Roosendaal, Etten-Leur and Zundert after storm', 'Power cut in Roosendaal, Etten-Leur and Zundert…'), true);
  assert.equal(keepsTitle('Kookadvies voor postcodes 3581, 3582 en 3583 na storing', 'Kookadvies voor postcodes 3581…'), false);
  assert.ok(turnsMeaning('Storing opgelost, behalve in Zwolle-Zuid') && turnsMeaning(LIFTED) && !turnsMeaning(TITLE));
  assert.equal(listForm(TITLE), 'ZIP codes 60617, 60619, 60633.');
  assert.equal(listForm(LIFTED), '');
});

/** Wednesday's two all-clears in the same minute: the billing notice (minor) and the advisory (critical). */
function twoAllClears() {
  const f = feed({ title: 'Boil water advisory lifted for all ZIP codes (60617, 60619, 60633)' });
  const water = Object.assign(f.incidents[0], { phase: 'resolved', resolved_at: '2026-12-17T16:00:05Z', updated_at: '2026-12-17T16:00:05Z', next_update_at: null, known: 'Run all cold water taps for 5 minutes, then you can drink your tap water again.' });
  const billing = { id: 'billing-down', severity: 'minor', phase: 'resolved', title: 'Online bill payment works again', started_at: '2026-12-15T15:40:01Z', updated_at: '2026-12-17T16:00:40Z', resolved_at: '2026-12-17T16:00:40Z', next_update_at: null, known: 'Online bill payment works again.', unknown: '', actions: [] };
  f.incidents = [billing, water];
  return f;
}

test('two all-clears in one minute: the SMS says the more severe one; an all-clear never says its title twice', () => {
  const now = Date.parse('2026-12-17T16:02:00Z');
  const lead = x.exportSms(twoAllClears(), { now, lang: 'en-US' });
  assert.equal(lead.incident, 'water-quality');
  assert.match(lead.text, /Run all cold water taps for 5 minutes, then you can drink your tap water again\./);
  const billing = x.exportSms(twoAllClears(), { now, lang: 'en-US', incident: 'billing-down' });
  assert.equal(billing.text, `Online bill payment works again. ${LINK}`);
});

test('clearline export --to sms (Chicago, fixed clock): every ZIP code, and the water all-clear', () =>
  withCliDir('clearline-boil-zip-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed()));
    const r = run('export', 'feed.json', '--to', 'sms');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /60617, 60619, 60633\. Boil tap water/);
  }, { now: MON, tz: 'America/Chicago' }));

test('clearline export --to sms two minutes after both all-clears: the water one, without --incident', () =>
  withCliDir('clearline-boil-done-', async (dir, run) => {
    writeFileSync(join(dir, 'done.json'), JSON.stringify(twoAllClears()));
    const d = run('export', 'done.json', '--to', 'sms');
    assert.equal(d.status, 0, d.stderr);
    assert.match(d.stdout, /^Boil water advisory lifted/);
  }, { now: Date.parse('2026-12-17T16:02:00Z'), tz: 'America/Chicago' }));
