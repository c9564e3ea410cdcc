// Trial Y (a Chicago water utility): the CLI showed a US desk 24-hour examples its readers never see ("clearline update
// --daily --next-update "tomorrow 08:00"", --opening-hours "Mo-Fr 08:00-20:00"), while readers and exports say "8:00 AM".
// On a US or Canadian clock (feed time zone) the examples are now in the 12-hour form, and the CLI reads what it
// suggests ("tomorrow 8:00 AM", "Mon-Fri 7:00 AM-6:00 PM"); British and Dutch desks keep the 24-hour ones. Fixed clocks; uses dist/.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const HOUR = 3_600_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
// Mon 14 Dec 2026 18:00 in Chicago (CST, UTC-6) is 00:00 UTC on the 15th.
const CHICAGO_6PM = Date.parse('2026-12-15T00:00:00Z');
// Mon 14 Dec 2026 18:00 in London (UTC) and 19:00 in Amsterdam.
const EUROPE_6PM = Date.parse('2026-12-14T18:00:00Z');

const DUTCH = {
  title: { nl: 'Kookadvies voor Utrecht-Noord' },
  known: { nl: 'Drink het kraanwater in Utrecht-Noord niet zonder het eerst 1 minuut te koken. We hebben een bacterie gevonden in het water.' },
  unknown: { nl: 'Wanneer het advies wordt ingetrokken: daarvoor zijn twee dagen schone monsters nodig.' },
  actions: [{ label: { nl: 'Kook het kraanwater 1 minuut en laat het afkoelen voordat u het drinkt' }, urgent: true }],
};

function waterFeed(zone, now, lang = 'en') {
  return {
    type: 'status',
    version: 1,
    feed_id: 'riverbend-water',
    publisher: { name: 'Riverbend Water', url: 'https://riverbendwater.example' },
    time_zone: zone,
    channels: [{ id: 'line', kind: 'phone', label: lang === 'nl' ? { nl: 'Storingslijn' } : 'Water emergency line', href: 'tel:+13125550140', emergency: true }],
    contact_reasons: [],
    incidents: [
      {
        id: 'boil',
        title: 'Boil water advisory for ZIP codes 60617, 60619, 60633',
        severity: 'major',
        phase: 'identified',
        started_at: iso(now - 15 * HOUR),
        updated_at: iso(now - HOUR),
        known: 'Do not drink tap water in ZIP codes 60617, 60619 and 60633 without boiling it for 1 minute first.',
        unknown: 'When the advisory will be lifted: it needs two days of clear samples.',
        next_update_at: iso(now + HOUR),
        actions: [{ label: 'Boil tap water for 1 minute and let it cool before you drink it', urgent: true }],
        ...(lang === 'nl' ? DUTCH : {}),
      },
    ],
  };
}

const feedIn = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));

test('Chicago: the --daily fix example says "tomorrow 8:00 AM", and that command is accepted', async () => {
  await withCliDir('clearline-usclock-daily-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed('America/Chicago', CHICAGO_6PM), null, 2));
    const refused = run('update', 'feed.json', '--incident', 'boil', '--next-update', 'tomorrow 10am');
    assert.notEqual(refused.status, 0, refused.stdout);
    assert.match(refused.stderr, /clearline update --daily --next-update "tomorrow 8:00 AM"/, refused.stderr);
    assert.doesNotMatch(refused.stderr, /tomorrow 08:00/);
    const r = run('update', 'feed.json', '--incident', 'boil', '--daily', '--next-update', 'tomorrow 8:00 AM');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(feedIn(dir).incidents[0].next_update_at, '2026-12-15T14:00:00Z', 'Tue 8:00 AM in Chicago');
  }, { now: CHICAGO_6PM, tz: 'America/Chicago' });
});

test('London and a Dutch desk keep "tomorrow 08:00"', async () => {
  await withCliDir('clearline-usclock-daily-uk-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed('Europe/London', EUROPE_6PM), null, 2));
    const refused = run('update', 'feed.json', '--incident', 'boil', '--next-update', 'tomorrow 10:00');
    assert.notEqual(refused.status, 0, refused.stdout);
    assert.match(refused.stderr, /clearline update --daily --next-update "tomorrow 08:00"/, refused.stderr);
  }, { now: EUROPE_6PM, tz: 'Europe/London' });
  await withCliDir('clearline-usclock-daily-nl-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed('Europe/Amsterdam', EUROPE_6PM, 'nl'), null, 2));
    const refused = run('update', 'feed.json', '--incident', 'boil', '--next-update', 'morgen 10:00');
    assert.notEqual(refused.status, 0, refused.stdout);
    assert.match(refused.stderr, /Zeg dat met --daily \(clearline update --daily --next-update "tomorrow 08:00"\)/, refused.stderr);
  }, { now: EUROPE_6PM, tz: 'Europe/Amsterdam' });
});

test('Chicago: opening hours typed and shown on a 12-hour clock, kept as the widget reads them', async () => {
  await withCliDir('clearline-usclock-hours-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed('America/Chicago', CHICAGO_6PM), null, 2));
    const hours = run('new', 'channel', '--kind', 'phone', '--link', '(312) 555-0100', '--name', 'Customer service', '--hours', 'Mon–Fri 7:00 AM–6:00 PM', '--id', 'service');
    assert.equal(hours.status, 0, hours.stdout + hours.stderr);
    assert.equal(feedIn(dir).channels.find((c) => c.id === 'service').opening_hours, 'Mo–Fr 07:00–18:00');
    assert.match(hours.stdout, /Outside Mo–Fr 7:00 AM–6:00 PM \(America\/Chicago time\)/, hours.stdout);

    const words = run('new', 'channel', '--kind', 'chat', '--link', 'www.riverbendwater.example/chat', '--name', 'Web chat', '--hours', 'weekdays, daytime', '--id', 'chat');
    assert.equal(words.status, 0, words.stdout + words.stderr);
    assert.match(words.stdout, /--id chat --opening-hours "Mon-Fri 8:00 AM-8:00 PM" \(or "8:00 AM-10:00 PM" for every day, "24\/7"\)/, words.stdout);
    // The suggested command works as shown.
    const edit = run('edit', 'channel', '--id', 'chat', '--opening-hours', 'Mon-Fri 8:00 AM-8:00 PM');
    assert.equal(edit.status, 0, edit.stdout + edit.stderr);
    assert.equal(feedIn(dir).channels.find((c) => c.id === 'chat').opening_hours, 'Mo-Fr 08:00-20:00');
    assert.equal(run('edit', 'channel', '--id', 'chat', '--opening-hours', '8:00 AM-10:00 PM').status, 0);
    assert.equal(feedIn(dir).channels.find((c) => c.id === 'chat').opening_hours, '08:00-22:00');
  }, { now: CHICAGO_6PM, tz: 'America/Chicago' });
});

test('London and a Dutch desk: opening hours said and suggested in 24-hour form, as before', async () => {
  await withCliDir('clearline-usclock-hours-nl-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed('Europe/Amsterdam', EUROPE_6PM, 'nl'), null, 2));
    const kept = run('new', 'channel', '--kind', 'phone', '--link', '0800-1234', '--name', 'Klantenservice', '--hours', 'ma-vr 08:00-18:00', '--id', 'service');
    assert.equal(kept.status, 0, kept.stdout + kept.stderr);
    assert.match(kept.stdout, /Buiten ma-vr 08:00-18:00 \(tijd in Europe\/Amsterdam\)/, kept.stdout);
    const words = run('new', 'channel', '--kind', 'chat', '--link', 'www.example.nl/chat', '--name', 'Chat', '--hours', 'op werkdagen', '--id', 'chat');
    assert.match(words.stdout, /--id chat --opening-hours "ma-vr 08:00-20:00"/, words.stdout);
  }, { now: EUROPE_6PM, tz: 'Europe/Amsterdam' });
  await withCliDir('clearline-usclock-hours-uk-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed('Europe/London', EUROPE_6PM), null, 2));
    const kept = run('new', 'channel', '--kind', 'phone', '--link', '0330 088 4000', '--name', 'Customer support', '--opening-hours', 'Mo-Fr 08:00-20:00', '--id', 'service');
    assert.equal(kept.status, 0, kept.stdout + kept.stderr);
    assert.match(kept.stdout, /Outside Mo-Fr 08:00-20:00 \(Europe\/London time\)/, kept.stdout);
  }, { now: EUROPE_6PM, tz: 'Europe/London' });
});

test('hours-clock: 12-hour times to the widget\'s form and back', async () => {
  const { twentyFourHourTimes, twelveHourTimes } = await importTs('src/feed/hours-clock.ts');
  assert.equal(twentyFourHourTimes('Mon-Fri 7:00 AM-6:00 PM'), 'Mon-Fri 07:00-18:00');
  assert.equal(twentyFourHourTimes('Sat 9 a.m. - 1 p.m.; Sun 12am-12pm'), 'Sat 09:00 - 13:00; Sun 00:00-12:00');
  assert.equal(twentyFourHourTimes('Mo-Fr 08:00-20:00'), 'Mo-Fr 08:00-20:00', '24-hour text is left as it is');
  assert.equal(twelveHourTimes('Mo-Fr 07:00-18:00; Sa 09:30-13:00'), 'Mo-Fr 7:00 AM-6:00 PM; Sa 9:30 AM-1:00 PM');
  assert.equal(twelveHourTimes('20:00-24:00'), '8:00 PM-12:00 AM');
});

test('Chicago: a kept promise 10 minutes away is refused with 12-hour examples, and the keep command works as shown', async () => {
  await withCliDir('clearline-usclock-kept-', async (dir, run) => {
    const feed = waterFeed('America/Chicago', CHICAGO_6PM);
    feed.incidents[0].next_update_at = iso(CHICAGO_6PM + 10 * 60_000);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const known = 'Do not drink tap water in ZIP codes 60617, 60619 and 60633 without boiling it first. Crews are flushing the mains.';
    const refused = run('update', 'feed.json', '--incident', 'boil', '--known', known);
    assert.notEqual(refused.status, 0, refused.stdout);
    assert.match(refused.stderr, /--next-update \+30m \(or a time such as "10:30 AM"\)\. To keep 6:10 PM anyway: --next-update "6:10 PM"/, refused.stderr);
    const kept = run('update', 'feed.json', '--incident', 'boil', '--known', known, '--next-update', '6:10 PM');
    assert.equal(kept.status, 0, kept.stdout + kept.stderr);
    assert.equal(feedIn(dir).incidents[0].next_update_at, iso(CHICAGO_6PM + 10 * 60_000));
  }, { now: CHICAGO_6PM, tz: 'America/Chicago' });
  await withCliDir('clearline-usclock-kept-uk-', async (dir, run) => {
    const feed = waterFeed('Europe/London', EUROPE_6PM);
    feed.incidents[0].next_update_at = iso(EUROPE_6PM + 10 * 60_000);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const refused = run('update', 'feed.json', '--incident', 'boil', '--known', 'Boil all tap water before drinking it. Crews are flushing the mains.');
    assert.match(refused.stderr, /--next-update \+30m \(or a time such as 10:30\)\. To keep 18:10 anyway: --next-update 18:10/, refused.stderr);
  }, { now: EUROPE_6PM, tz: 'Europe/London' });
});
