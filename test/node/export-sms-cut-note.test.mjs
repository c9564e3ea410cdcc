// Trial Y (a US water utility, boil water advisory for ZIP codes 60617, 60619, 60633): the SMS silently lacked the ZIP
// list when the title was cut around it, cut an urgent action at "… before you...", and the SMS of each update repeated
// the one before when the update's news did not fit, and nothing on standard error said so. Now `clearline export --to
// sms` says each (sms-cut-note.ts) on standard error only, in English or Dutch; standard output stays the SMS. Uses dist/.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { SMS_CUT_NOTE } = await importTs('src/export/sms-cut-note.ts');

const LINK = 'https://status.riverbendwater.example';
const MON = Date.parse('2026-12-14T12:01:00Z'); // 6:01 AM in Chicago
const WED = Date.parse('2026-12-16T20:05:00Z'); // 2:05 PM
const SIX_PM = Date.parse('2026-12-15T00:01:00Z'); // 6:01 PM, a minute after the 6 PM update of riverbend-1800.json
const ZIPS = '60617, 60619, 60633, 60628, 60649, 60620, 60643';
const BOIL = 'Boil tap water for at least 1 minute and let it cool before you drink it';
const LINE = 'No water at all, or you need water for home dialysis or another medical reason? Call our 24/7 emergency line';

function feed({ title = `Boil water advisory for ZIP codes ${ZIPS}`, boil = BOIL, boilWho = 'You live or work in the boil water advisory area' } = {}) {
  return {
    type: 'status', version: 1, feed_id: 'riverbend-water', time_zone: 'America/Chicago', status_url: LINK,
    publisher: { name: 'Riverbend Water', url: 'https://www.riverbendwater.example' },
    channels: [
      { id: '911', kind: 'phone', label: 'Life in danger: call 911', href: 'tel:911', emergency: true },
      { id: 'emergency', kind: 'phone', label: 'Water emergency line (main breaks, no water, medical need)', href: 'tel:+13125550140', emergency: true },
    ],
    incidents: [{
      id: 'water-quality', severity: 'critical', phase: 'investigating', title, affects: ['60617', '60619', '60633'],
      started_at: '2026-12-14T09:10:00Z', updated_at: '2026-12-14T11:53:26Z', next_update_at: '2026-12-14T14:00:00Z',
      known: 'Do not drink tap water in these ZIP codes without boiling it for 1 minute first.',
      unknown: 'When the advisory is lifted.',
      actions: [
        { label: boil, who: boilWho, urgent: true },
        { label: LINE, href: 'tel:+13125550140', who: 'People with no water, or with a medical need for water', urgent: true },
      ],
    }],
  };
}
function wednesday() {
  const f = feed({ title: 'Boil water advisory lifted for 60617 and 60619, still in effect for 60633', boilWho: 'You live or work in ZIP code 60633' });
  Object.assign(f.incidents[0], { phase: 'monitoring', updated_at: '2026-12-16T20:01:00Z', next_update_at: '2026-12-17T16:00:00Z', cadence: 'daily' });
  return f;
}
function dutch() {
  const f = feed({ title: 'Kookadvies voor postcodes 3581, 3582, 3583, 3584, 3585, 3586 en 3587', boil: 'Kook uw kraanwater minstens 1 minuut en laat het afkoelen voordat u het drinkt', boilWho: 'U woont of werkt in het gebied van het kookadvies' });
  Object.assign(f, { time_zone: 'Europe/Amsterdam' });
  Object.assign(f.incidents[0], { known: 'Drink geen kraanwater zonder het eerst 1 minuut te koken.', unknown: 'Wanneer het advies stopt.', actions: [f.incidents[0].actions[0]] });
  return f;
}

test('a title cut before its ZIP codes: the SMS says which did not fit, what it says instead, and that two parts carry them', () => {
  const r = x.exportSms(feed(), { now: MON });
  assert.ok(r.text.startsWith('Boil water advisory... Boil tap water'), r.text);
  assert.deepEqual(r.cut?.placesLeftOut, { places: `ZIP codes ${ZIPS}`, said: 'Boil water advisory...', linked: true, inTwo: true });
  assert.deepEqual(SMS_CUT_NOTE.en(r.cut, 'add --parts 2'), [
    `the ZIP codes ${ZIPS} did not fit: the SMS says "Boil water advisory..." and links to the page, so people there cannot tell it is about them. Make the title shorter, or add --parts 2`,
  ]);
  // A title that keeps its list says nothing of it.
  assert.equal(x.exportSms(feed({ title: 'Boil water advisory for ZIP codes 60617, 60619, 60633' }), { now: MON }).cut, undefined);
});

test('an urgent action cut at "… before you...": where, what it left out, and a shorter action (two parts cut it too)', () => {
  const r = x.exportSms(wednesday(), { now: WED, parts: 2 });
  assert.match(r.text, /let it cool before you\.\.\. No water/, r.text);
  assert.deepEqual(r.cut?.actionCut, { kept: 'it cool before you', rest: 'drink it', inTwo: false });
  assert.deepEqual(SMS_CUT_NOTE.en(r.cut, 'add --parts 2'), ['an urgent action was cut after "…it cool before you": the SMS leaves out "drink it". Write a shorter action']);
  assert.deepEqual(SMS_CUT_NOTE.nl(r.cut, 'voeg --parts 2 toe'), ['een dringende actie is afgebroken na "…it cool before you": de sms laat "drink it" weg. Schrijf een kortere actie']);
});

test("the 6 PM update's news does not fit: the SMS is the 12:25 PM one again, said with that time", () => {
  const f = JSON.parse(readFileSync(join(FIXTURES, 'riverbend-1800.json'), 'utf8'));
  const r = x.exportSms(f, { now: SIX_PM });
  assert.ok(r.shortened.includes('news'), `${r.shortened}`);
  assert.deepEqual({ ...r.cut?.newsLeftOut, news: undefined }, { news: undefined, since: '12:25 PM', same: true, inTwo: false });
  // Its own SMS at 12:26 PM, made from the feed of then, is that text.
  const before = JSON.parse(readFileSync(join(FIXTURES, 'riverbend-1226.json'), 'utf8'));
  assert.equal(x.exportSms(before, { now: Date.parse('2026-12-14T18:26:00Z') }).text, r.text);
  assert.deepEqual(SMS_CUT_NOTE.nl({ newsLeftOut: { news: 'De hoofdleiding is gerepareerd.', since: '18:00', same: true, inTwo: true } }, 'voeg --parts 2 toe'), [
    'deze sms herhaalt die van 18:00 woord voor woord, dus abonnees krijgen twee keer dezelfde tekst: wat sindsdien nieuw is, paste niet ("De hoofdleiding is gerepareerd."). Maak de titel of de actie korter, of voeg --parts 2 toe',
  ]);
  // The first update has no previous one: nothing said.
  assert.equal(x.exportSms(feed({ title: 'Boil water advisory for ZIP codes 60617, 60619, 60633' }), { now: MON }).cut?.newsLeftOut, undefined);
});

test('clearline export --to sms (Chicago, fixed clock): the ZIP codes note on standard error, the SMS alone on standard output', () =>
  withCliDir('clearline-sms-cut-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed()));
    const r = run('export', 'feed.json', '--to', 'sms');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${x.exportSms(feed(), { now: MON }).text}\n`);
    assert.ok(r.stderr.includes(`note: the ZIP codes ${ZIPS} did not fit: the SMS says "Boil water advisory..." and links to the page`), r.stderr);
    assert.doesNotMatch(r.stdout, /did not fit/);
  }, { now: MON, tz: 'America/Chicago' }));

test('clearline export --to sms at 6:01 PM: what is new since 12:25 PM did not fit, so subscribers get the same text twice', () =>
  withCliDir('clearline-sms-same-', async (dir, run) => {
    copyFileSync(join(FIXTURES, 'riverbend-1800.json'), join(dir, 'feed.json'));
    const r = run('export', 'feed.json', '--to', 'sms');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 1, r.stdout);
    assert.ok(r.stderr.includes('note: this SMS repeats the one of 12:25 PM word for word, so subscribers get the same text twice: what is new since then did not fit ("Keep boiling: do not drink tap water in ZIP codes 60617, 60619 and 60633 …"). Make the title or the action shorter'), r.stderr);
  }, { now: SIX_PM, tz: 'America/Chicago' }));

test('clearline export --to sms --parts 2 on Wednesday: where the boil action was cut', () =>
  withCliDir('clearline-sms-action-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(wednesday()));
    const r = run('export', 'feed.json', '--to', 'sms', '--parts', '2');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stderr.includes('note: an urgent action was cut after "…it cool before you": the SMS leaves out "drink it". Write a shorter action'), r.stderr);
  }, { now: WED, tz: 'America/Chicago' }));

test('a Dutch feed: "let op: de postcodes … pasten niet", with --parts 2 as the way out', () =>
  withCliDir('clearline-sms-postcodes-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(dutch()));
    const r = run('export', 'feed.json', '--to', 'sms', '--lang', 'nl');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith('Kookadvies voor postcodes... Kook uw kraanwater'), r.stdout);
    assert.ok(r.stderr.includes('let op: de postcodes 3581, 3582, 3583, 3584, 3585, 3586 en 3587 pasten niet: de sms zegt "Kookadvies voor postcodes..." en linkt naar de pagina, dus wie daar woont, ziet niet dat het over hem gaat. Maak de titel korter, of voeg --parts 2 toe'), r.stderr);
  }, { now: MON, tz: 'Europe/Amsterdam' }));
