// Trial U: a bank resolved its DDoS at 18:00 with `update --resolve` and kept the 11:00 title "App werkt weer, online
// bankieren nog traag". "werkt weer" says it ended, so update said nothing, and the all-clear banner read "Opgelost om
// 18:00: App werkt weer, online bankieren nog traag". update now names the title readers see after the banner's "Opgelost
// om 18:00:" and, when the title says something is still going on ("nog", "still", "traag", "slow", "werkt niet",
// "down"), says so, with the command that gives a closing title. Fixed clock; run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const NOW = Date.parse('2026-12-08T17:00:00Z'); // 18:00 in Brussels
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const feed = (first, title) => {
  const two = (nl, en) => (first === 'nl' ? { 'nl-BE': nl, en } : { en, 'nl-BE': nl });
  return {
    type: 'status', version: 1, feed_id: 'scheldebank', publisher: { name: 'Scheldebank', url: 'https://www.scheldebank.example' }, time_zone: 'Europe/Brussels',
    channels: [{ id: 'klantendienst', kind: 'phone', label: two('Klantendienst', 'Customer service'), href: 'tel:+3227904000' }],
    incidents: [{
      id: 'ddos', title: two(...title), severity: 'minor', phase: 'monitoring', started_at: iso(NOW - 720 * MIN), updated_at: iso(NOW - 420 * MIN), next_update_at: iso(NOW + 30 * MIN),
      known: two('Online bankieren werkt, maar is nog traag.', 'Online banking works but is still slow.'),
      unknown: two('Wanneer het weer normaal werkt.', 'When it works normally again.'),
    }],
  };
};
const SLOW = ['App werkt weer, online bankieren nog traag', 'App works again, online banking still slow'];
const resolve = (run, first) =>
  run('update', 'feed.json', '--incident', 'ddos', '--resolve', '--lang', first === 'nl' ? 'nl-BE,en' : 'en,nl-BE', '--known', first === 'nl' ? 'Alles werkt weer.' : 'Everything works again.', '--known', first === 'nl' ? 'Everything works again.' : 'Alles werkt weer.', '--json');

test('update --resolve keeping "App werkt weer, online bankieren nog traag" says readers see it after "Opgelost om 18:00:" and that it is still going on (nl, en)', async () => {
  await withCliDir('clearline-resolve-still-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed('nl', SLOW), null, 2));
    const r = resolve(run, 'nl');
    assert.equal(r.status, 0, r.stderr);
    const command = 'clearline update feed.json --incident ddos --correct --lang nl-BE,en --title "…" --title "…"';
    assert.deepEqual(JSON.parse(r.stdout).closing_title_hint, {
      message: `Lezers zien "Opgelost om 18:00: App werkt weer, online bankieren nog traag", maar de titel zegt dat er nog iets aan de hand is ("nog traag"). Geef een afsluitende titel die zegt hoe het afliep: ${command}`,
      command,
    });
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].phase, 'resolved', 'not refused');
  }, { now: NOW, tz: 'Europe/Brussels' });
  await withCliDir('clearline-resolve-still-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed('en', SLOW), null, 2));
    const r = run('update', 'feed.json', '--incident', 'ddos', '--resolve', '--lang', 'en,nl-BE', '--known', 'Everything works again.', '--known', 'Alles werkt weer.');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Readers see "Resolved at 18:00: App works again, online banking still slow", but the title says something is still going on \("still slow"\)\. Give a closing title that says how it ended: clearline update feed\.json --incident ddos --correct --lang en,nl-BE --title "…" --title "…"$/m);
  }, { now: NOW, tz: 'Europe/Brussels' });
});

test('a title that says it ended and nothing still going on gets no hint; one that does not say it ended gets the usual one, at 18:00', async () => {
  await withCliDir('clearline-resolve-still-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed('nl', ['App en online bankieren werken weer normaal', 'App and online banking work normally again']), null, 2));
    assert.equal(JSON.parse(resolve(run, 'nl').stdout).closing_title_hint, null);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed('nl', ['Cyberaanval op de website', 'Cyberattack on the website']), null, 2));
    assert.match(JSON.parse(resolve(run, 'nl').stdout).closing_title_hint.message, /^Lezers zien "Opgelost om 18:00: Cyberaanval op de website"\. Klopt die titel niet meer\? Geef een afsluitende titel: /);
  }, { now: NOW, tz: 'Europe/Brussels' });
});

test('the words that say something is still going on, kept conservative', async () => {
  const { stillGoing } = await importTs('src/export/still-going.ts');
  const said = {
    'App werkt weer, online bankieren nog traag': 'nog traag',
    'Online banking still slow': 'still slow',
    'Website werkt niet': 'werkt niet',
    'Betaalterminals liggen nog steeds plat': 'nog steeds plat',
    'Payments app down': 'down',
    'The website is down for some': 'is down',
    'Internet trager in Gent': 'trager',
    'Online banking not working': 'not working',
  };
  for (const [title, words] of Object.entries(said)) assert.equal(stillGoing(title), words, title);
  for (const title of ['Storing opgelost', 'Stroom weer terug in Utrecht-Oost', 'Power back for everyone', 'Strike over: trams and buses running normally', 'Boil-water advice lifted', 'Water weer drinkbaar', 'Slowdown in downtown Gent fixed', 'Geen water in Utrecht-Oost', 'Cyberaanval: app en online bankieren']) {
    assert.equal(stillGoing(title), undefined, title);
  }
});
