// An SMS names the place of Affects when its title names none, and keeps a place before words of a long urgent action.
// A UK water company's "Boil Water Notice" went out without "Upton upon Severn (WR8)", and a Dutch grid operator's
// "Gasstoring" without "Zwolle-Zuid", though each incident's Affects said where: a reader could not tell it was for them.
// And when only cutting the urgent action after a word let its emergency line in, the title's place went first
// ("Geen gas door schade... … Bel direct 0800 9009."). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { titleWithPlace } = await importTs('src/export/sms-affects-place.ts');
const { placeSpan } = await importTs('src/export/sms-place.ts');

/** 06:37 UTC on Monday 7 December: 06:37 in Upton upon Severn, 07:37 in Zwolle. */
const NOW = Date.parse('2026-12-07T06:37:00Z');
const iso = (m) => new Date(NOW + m * 60000).toISOString();
const WATER_LINK = 'https://www.severnvale-water.example/incidents';
const GAS_LINK = 'https://www.netbeheeroost-gas.example/storingen';

const water = (title, label, affects) => ({
  type: 'status', version: 1, feed_id: 'severn-vale-water', time_zone: 'Europe/London', status_url: WATER_LINK,
  publisher: { name: 'Severn Vale Water', url: 'https://www.severnvale-water.example' },
  channels: [{ id: 'helpline', kind: 'phone', label: 'Helpline', href: 'tel:+443457145145', wait_minutes: 25 }],
  incidents: [{
    id: 'boil', severity: 'critical', phase: 'identified', title, affects,
    started_at: iso(-300), updated_at: iso(-30), next_update_at: iso(83),
    known: 'Tests found bacteria in the water supply. We are flushing the pipes.', unknown: 'When the notice can be lifted.',
    actions: [{ label, urgent: true }],
  }],
});

const gas = (title, label, affects) => ({
  type: 'status', version: 1, feed_id: 'netbeheer-oost', time_zone: 'Europe/Amsterdam', status_url: GAS_LINK, language: 'nl',
  publisher: { name: 'Netbeheer Oost', url: 'https://www.netbeheeroost-gas.example' },
  channels: [{ id: 'gaslek', kind: 'phone', label: 'Gaslekkenlijn', href: 'tel:+318009009', emergency: true }],
  incidents: [{
    id: 'gas', severity: 'major', phase: 'identified', title, affects,
    started_at: iso(-90), updated_at: iso(-20), next_update_at: iso(83),
    known: 'Bij graafwerkzaamheden is een gasleiding geraakt. Monteurs zijn ter plaatse.', unknown: 'Wanneer iedereen weer gas heeft.',
    actions: [{ label, urgent: true }],
  }],
});

const sms = (feed, lang) => x.exportSms(feed, { now: NOW, lang });
const CV = 'Zet uw cv-ketel en fornuis uit tot het gas terug is';

test('a UK boil-water SMS names the place of Affects, skipping services: "Boil Water Notice in Upton upon Severn (WR8)"', () => {
  const one = sms(water('Boil Water Notice', 'Boil all tap water before you drink it', ['Online account', 'App', 'Upton upon Severn (WR8)', 'Welland']), 'en-GB');
  assert.equal(one.text, `Boil Water Notice in Upton upon Severn (WR8). Boil all tap water before you drink it. Next update 08:00. ${WATER_LINK}`);
  assert.ok(one.fits);
  assert.deepEqual(one.shortened, []);
});

test('a Dutch gas SMS names the first place of Affects: "Gasstoring in Zwolle-Zuid"', () => {
  const one = sms(gas('Gasstoring', CV, ['Zwolle-Zuid', 'Windesheim']), 'nl');
  assert.equal(one.text, `Gasstoring in Zwolle-Zuid. ${CV}. Volgende update 09:00. ${GAS_LINK}`);
  assert.deepEqual(one.shortened, []);
});

test('no place when Affects names only services, or the title says the place, or it would cost the next update', () => {
  assert.equal(sms(gas('Gasstoring', CV, ['Online betalen', 'App']), 'nl').text, `Gasstoring. ${CV}. Volgende update 09:00. ${GAS_LINK}`);
  assert.equal(sms(gas('Zwolle-Zuid: geen gas', CV, ['Zwolle-Zuid']), 'nl').text, `Zwolle-Zuid: geen gas. ${CV}. Volgende update 09:00. ${GAS_LINK}`);
  // "in Upton upon Severn (WR8)" would push out "Next update 08:00.": the SMS goes as before.
  const full = sms(water('Boil Water Notice', 'Boil all tap water and let it cool before drinking', ['Upton upon Severn (WR8)']), 'en-GB');
  assert.equal(full.text, `Boil Water Notice. Boil all tap water and let it cool before drinking. Next update 08:00. ${WATER_LINK}`);
});

test('a Dutch title cut for the emergency line keeps its place, or the place of Affects; words of what to do go first', () => {
  const label = `${CV}. Ruikt u gas? Bel direct 0800 9009.`;
  const text = `Geen gas... in Zwolle-Zuid. Zet uw cv-ketel en fornuis uit tot het gas... Ruikt u gas? Bel direct 0800 9009. ${GAS_LINK}`;
  // The title's own place: not "Geen gas door schade... Zet uw cv-ketel … terug is. Ruikt u gas? …".
  const own = sms(gas('Geen gas door schade aan een hoofdleiding bij graafwerkzaamheden in Zwolle-Zuid', label, []), 'nl');
  assert.equal(own.text, text);
  assert.ok(own.fits);
  const one = sms(gas('Geen gas door schade aan een hoofdleiding bij graafwerkzaamheden', label, ['Zwolle-Zuid', 'Windesheim']), 'nl');
  assert.equal(one.text, text);
});

test('an English title keeps its place when only cutting what to do after a word lets "In an emergency, call 999." in', () => {
  const label = 'Boil all tap water and let it cool before drinking, cooking, brushing teeth or making up feeds for babies. In an emergency, call 999.';
  const one = sms(water('Boil Water Notice in Tewkesbury', label, ['Tewkesbury']), 'en-GB');
  assert.ok(one.fits, one.text);
  assert.match(one.text, /^Boil Water Notice in Tewkesbury\. Boil all tap water and let it cool before drinking\.\.\. In an emergency, call 999\. https:/);
  // From Affects: the place goes down to its postcode as a title's own place does, not "Boil Water Notice... Boil all …".
  const affects = sms(water('Boil Water Notice after a sample failed at our treatment works', label, ['Online account', 'Tewkesbury (GL20)']), 'en-GB');
  assert.match(affects.text, /^Boil Water\.\.\. \(GL20\)\. Boil all tap water .*In an emergency, call 999\. https:/);
  // A short action keeps its words: "Kook uw water 3..." says nothing, so words of the title go, as before.
  const short = sms(gas('Kookadvies voor kraanwater in De Hoven en Deventer-Zuid', 'Kook uw water 3 minuten. Ziek na het drinken? Bel bij levensgevaar 112.', []), 'nl');
  assert.match(short.text, /Kook uw water 3 minuten\. Ziek na het drinken\? Bel bij levensgevaar 112\./);
});

test('titleWithPlace: the first place of Affects after "in"; a postcode range is a place the cut keeps', () => {
  assert.equal(titleWithPlace('Boil Water Notice', ['Online banking', 'App', 'Upton upon Severn (WR8)']), 'Boil Water Notice in Upton upon Severn (WR8)');
  assert.equal(titleWithPlace('Geen gas', ['3500–3599']), 'Geen gas in 3500–3599');
  assert.equal(titleWithPlace('Storing in Naas', ['Naas']), 'Storing in Naas');
  assert.equal(titleWithPlace('Storing mobiel internet', ['Hospital and care homes: informed']), 'Storing mobiel internet');
  assert.deepEqual(placeSpan('Geen gas in 3500–3599'), [2, 4]);
});

test('clearline export --to sms at 07:37 in Zwolle: "Gasstoring in Zwolle-Zuid"', () =>
  withCliDir('clearline-sms-affects-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(gas('Gasstoring', CV, ['Zwolle-Zuid', 'Windesheim'])));
    const r = run('export', 'feed.json', '--to', 'sms');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith(`Gasstoring in Zwolle-Zuid. ${CV}.`), r.stdout);
  }, { now: NOW, tz: 'Europe/Amsterdam' }));

// A university's 2-part SMS said "Monitoring the fix: Cyberattack: exams from Thursday go ahead in Brightspace.": exams
// are on paper, and Brightspace, first in Affects, was the platform that was down (trial X). Places only, as CAP's <area>.
test('no "in Brightspace": a name beside systems in Affects, or in a cyberattack, is not a place (affects-places.ts)', () => {
  const title = 'Cyberattack: exams from Thursday go ahead';
  assert.equal(titleWithPlace(title, ['Brightspace', 'student portal', 'exams']), title);
  assert.equal(titleWithPlace(title, ['Brightspace'], 'cyberattack-2026-12-14-0750'), title);
  assert.equal(titleWithPlace('Gasstoring', ['Zwolle-Zuid', 'Windesheim'], 'gas-2026-12-07-0800'), 'Gasstoring in Zwolle-Zuid');
  const feed = water(title, 'Call the IT service desk if you entered your password', ['Brightspace', 'student portal', 'exams']);
  feed.incidents[0].id = 'cyberattack-2026-12-14-0750';
  const one = sms(feed, 'en-GB');
  assert.doesNotMatch(one.text, /Brightspace/);
  assert.match(one.text, /^Cyberattack: exams from Thursday go ahead\. Call the IT service desk/);
  feed.incidents[0].id = 'ransomware';
  assert.doesNotMatch(sms(feed, 'en-GB').text, /Brightspace/);
});
