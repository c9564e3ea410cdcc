// Trial V: a UK water company exported its Boil Water Notice for Upton upon Severn (made from the `water-quality`
// template) to CAP without --category. Every receiver got <category>Infra</category><event>Service disruption</event>,
// while the CLI's own hint said "Health for a boil-water advice", and no <area> although the incident affects
// "Upton upon Severn WR8". A drinking-water warning is now Health by default ("Boil water notice", "Kookadvies"),
// --category still wins, and each place in Affects is an <area><areaDesc>, last in <info> and valid against CAP 1.2;
// services and groups in Affects ("Online banking", "Hospital and care homes: informed") are no area. Uses dist/.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, feed, FIXTURES, NOW, withCliDir, xmllint } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { incidentFromTemplate } = await importTs('src/templates/index.ts');
const { isPlace } = await importTs('src/export/cap-area.ts');
const CAP_XSD = readFileSync(join(FIXTURES, '../cap/CAP-v1.2.xsd'), 'utf8');
const tag = (xml, name) => [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]);

/** The fixture feed with, beside its burst main, a boil notice from the water-quality template, as the desk filled it in. */
function withBoilNotice({ id = 'upton', langs = ['nl', 'en'], title } = {}) {
  const f = feed();
  const boil = incidentFromTemplate('water-quality', { id, langs, now: NOW - 600_000, timeZone: 'Europe/London', ...(title ? { title } : {}) });
  for (const a of boil.actions) delete a.who;
  boil.affects = [{ nl: 'Upton upon Severn WR8', en: 'Upton upon Severn WR8' }];
  f.incidents.push(boil);
  return f;
}

test('a boil-water incident is a Health alert by default, with its own event, in every language; the burst main stays Infra', async () => {
  const { alerts, health } = x.exportCap(withBoilNotice(), { now: NOW });
  const boil = alerts.filter((a) => a.incident === 'upton').at(-1).text;
  assert.deepEqual(tag(boil, 'category'), ['Health', 'Health']);
  assert.deepEqual(tag(boil, 'event'), ['Kookadvies', 'Boil water notice']);
  assert.deepEqual(health, ['upton']);
  const main = alerts.filter((a) => a.incident === 'leiding-utrecht-oost').at(-1).text;
  assert.deepEqual(tag(main, 'category'), ['Infra', 'Infra']);
  assert.deepEqual(tag(main, 'event'), ['Storing in de dienstverlening', 'Service disruption']);
  const { valid, errors } = await xmllint(alerts.map((a) => a.text), CAP_XSD);
  assert.ok(valid, errors.join('\n'));
});

test('told by its words when the id says nothing: a title or action that says boil water, or do not drink it', () => {
  const f = withBoilNotice({ id: 'notice-1', title: 'Boil Water Notice in Upton upon Severn' });
  assert.deepEqual(tag(x.exportCap(f, { now: NOW, incident: 'notice-1', langs: ['en'] }).alerts.at(-1).text, 'event'), ['Boil water notice']);
  const dnd = withBoilNotice({ id: 'notice-2' });
  const inc = dnd.incidents.at(-1);
  inc.title = { nl: 'Drink het kraanwater niet in Zeist', en: 'Do not drink the tap water in Zeist' };
  inc.actions = [{ label: { nl: 'Drink het kraanwater niet, ook niet gekookt', en: 'Do not drink the tap water, not even boiled' }, urgent: true }];
  const alert = x.exportCap(dnd, { now: NOW, incident: 'notice-2' }).alerts.at(-1).text;
  assert.deepEqual(tag(alert, 'category'), ['Health', 'Health']);
  assert.deepEqual(tag(alert, 'event'), ['Drinkwateradvies', 'Drinking water advice']);
  // "Make sure young children do not drink the bath water" (the boil template's own action) is no do-not-drink advice.
  assert.deepEqual(tag(x.exportCap(withBoilNotice(), { now: NOW, incident: 'upton', langs: ['en'] }).alerts.at(-1).text, 'event'), ['Boil water notice']);
});

test('--category still wins, for the boil notice too', () => {
  const f = withBoilNotice();
  const infra = x.exportCap(f, { now: NOW, category: 'Infra', incident: 'upton', langs: ['en'] });
  assert.deepEqual(tag(infra.alerts.at(-1).text, 'category'), ['Infra']);
  assert.deepEqual(tag(infra.alerts.at(-1).text, 'event'), ['Service disruption']);
  assert.deepEqual(infra.health, []);
  const safety = x.exportCap(f, { now: NOW, category: 'Safety', incident: 'upton', langs: ['en'] }).alerts.at(-1).text;
  assert.deepEqual(tag(safety, 'event'), ['Safety warning']);
});

test('Affects becomes <area><areaDesc>, the last child of <info>, in the alert language', () => {
  const alert = x.exportCap(withBoilNotice(), { now: NOW, incident: 'upton' }).alerts.at(-1).text;
  for (const info of alert.match(/<info>.*?<\/info>/gs)) assert.match(info, /<\/contact><area><areaDesc>Upton upon Severn WR8<\/areaDesc><\/area><\/info>$/);
  const main = x.exportCap(feed(), { now: NOW, incident: 'leiding-utrecht-oost', langs: ['en'] }).alerts.at(-1).text;
  assert.deepEqual(tag(main, 'areaDesc'), ['Utrecht-Oost, postcodes 3581 to 3585'], 'the place, not "Hospital and care homes: informed"');
});

test('a place in Affects is one with a postcode or of names only; services and groups are not', () => {
  for (const p of ['Upton upon Severn WR8', 'Tewkesbury', 'GL20', 'North Leeds', 'Bergen op Zoom', 'Utrecht-Oost, postcodes 3581 tot 3585', '3581 AB', "'s-Hertogenbosch", 'Cork city centre, T12']) assert.ok(isPlace(p), p);
  for (const s of ['Online banking', 'the app', 'App', 'E-mail', 'Hospital and care homes: informed', 'card payments, the app', 'De Horst flats, block A', '']) assert.ok(!isPlace(s), s);
});

test('clearline export --to cap says it used Health for the boil notice, and Infra for the rest', async () => {
  await withCliDir('clearline-cap-water-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(withBoilNotice({ title: 'Boil Water Notice in Upton upon Severn' })));
    const r = cli('export', 'feed.json', '--to', 'cap', '--force', '--lang', 'en', '--incident', 'upton');
    assert.match(r.stdout, /<category>Health<\/category><event>Boil water notice<\/event>/);
    assert.match(r.stdout, /<area><areaDesc>Upton upon Severn WR8<\/areaDesc><\/area><\/info>/);
    assert.match(r.stderr, /cap: category Health \(event "Boil water notice" or "Drinking water advice"\) for .*Upton.*: a warning about drinking water; give --category to choose another/);
    const all = cli('export', 'feed.json', '--to', 'cap', '--force', '--lang', 'en', '--out', 'alerts/');
    assert.match(all.stderr, /cap: category Health/);
    assert.match(all.stderr, /cap: category Infra/, 'the burst main is still Infra, and said so');
    const chosen = cli('export', 'feed.json', '--to', 'cap', '--force', '--lang', 'en', '--incident', 'upton', '--category', 'Infra');
    assert.match(chosen.stdout, /<category>Infra<\/category><event>Service disruption<\/event>/);
    assert.doesNotMatch(chosen.stderr, /cap: category/);
  }, { now: NOW, tz: 'UTC' });
});
