// A bus and tram company resolved a tram breakdown and a strike in the same hour and ran `export --to cap --out
// exports/s2/cap` (trial O): the folder was not there, so one file named `cap` was written, holding only the tram's
// all-clear, and nothing said the strike's was left out. Now a path without "/" and without an extension that is not
// there is a folder (every alert, one file each), and an alert written alone names the other incidents whose latest
// alert still holds, each with its --incident, and --out DIR/ for all. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-10T13:00:00Z');
const incident = (id, title, resolvedAt) => ({
  id, title, severity: 'major', phase: 'resolved', started_at: '2026-12-10T08:00:00Z', updated_at: resolvedAt, resolved_at: resolvedAt, next_update_at: null,
  known: { en: `${title.en}: over. Trams and buses run to the timetable again.`, nl: `${title.nl}: voorbij. Trams en bussen rijden weer volgens de dienstregeling.` },
  unknown: { en: '', nl: '' },
  updates: [{ at: '2026-12-10T08:00:00Z', known: { en: 'Trams do not run.', nl: 'Er rijden geen trams.' }, unknown: { en: 'How long it lasts.', nl: 'Hoe lang het duurt.' } }],
});
const feed = () => ({
  type: 'status', version: 1, feed_id: 'northway', time_zone: 'Europe/London', publisher: { name: 'Northway', url: 'https://www.northway.example' },
  status_url: 'https://www.northway.example/status',
  channels: [{ id: 'phone', kind: 'phone', label: { en: 'Customer service', nl: 'Klantenservice' }, href: 'tel:+441614960123' }],
  incidents: [
    incident('tram', { en: 'Tram stopped at Market Street', nl: 'Tram staat stil bij Market Street' }, '2026-12-10T12:40:00Z'),
    incident('strike', { en: 'Strike: no trams today', nl: 'Staking: vandaag geen trams' }, '2026-12-10T12:10:00Z'),
  ],
});

test('export --to cap at the all-clear of two incidents: the one written names the other, with how to write it (en, nl)', async () => {
  await withCliDir('clearline-cap-all-clears-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed()));
    const en = run('export', 'feed.json', '--to', 'cap', '--category', 'Transport', '--lang', 'en');
    assert.equal(en.status, 0, en.stderr);
    assert.match(en.stdout, /<identifier>northway\.tram\.20261210T124000Z<\/identifier>/, 'the one resolved last, as every channel leads with it');
    assert.match(en.stderr, /cap: this alert is about "Tram stopped at Market Street" only; the latest alert of another incident still holds and was not written: "Strike: no trams today" \(--incident strike\)\. For every alert at once, one file each: --out DIR\/ \(e\.g\. --out alerts\/\)/);
    const nl = run('export', 'feed.json', '--to', 'cap', '--category', 'Transport', '--lang', 'nl');
    assert.match(nl.stderr, /cap: deze melding gaat alleen over "Tram staat stil bij Market Street"; de laatste melding van een ander incident geldt nog en is niet geschreven: "Staking: vandaag geen trams" \(--incident strike\)/);
    // The one resolved last leads wherever it stands in the feed (it took the feed's first).
    const f = feed();
    f.incidents.reverse();
    writeFileSync(join(dir, 'reversed.json'), JSON.stringify(f));
    const reversed = run('export', 'reversed.json', '--to', 'cap', '--category', 'Transport', '--lang', 'en');
    assert.match(reversed.stdout, /<identifier>northway\.tram\.20261210T124000Z<\/identifier>/);
    assert.match(reversed.stderr, /not written: "Strike: no trams today" \(--incident strike\)/);
    const chosen = run('export', 'feed.json', '--to', 'cap', '--category', 'Transport', '--incident', 'strike');
    assert.match(chosen.stdout, /<identifier>northway\.strike\.20261210T121000Z<\/identifier>/);
    assert.doesNotMatch(chosen.stderr, /niet geschreven|not written/, 'asked for one, it says nothing of the other');
  }, { now: NOW });
});

test('a day after the all-clears nothing is left out; one open incident alone says nothing either', async () => {
  await withCliDir('clearline-cap-all-clears-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed()));
    const later = run('export', 'feed.json', '--to', 'cap', '--category', 'Transport', '--lang', 'en', '--force');
    assert.equal(later.status, 0, later.stderr);
    assert.match(later.stdout, /<identifier>northway\.tram\.20261210T124000Z<\/identifier>/);
    assert.doesNotMatch(later.stderr, /not written/);
  }, { now: NOW + 25 * 3_600_000 });
});

test('--out exports/s2/cap, not there and without an extension, is a folder with every alert; alert.xml stays a file', async () => {
  await withCliDir('clearline-cap-out-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed()));
    const r = run('export', 'feed.json', '--to', 'cap', '--category', 'Transport', '--lang', 'en', '--out', 'exports/s2/cap');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(statSync(join(dir, 'exports/s2/cap')).isDirectory());
    assert.deepEqual(readdirSync(join(dir, 'exports/s2/cap')).sort(), [
      'northway.strike.20261210T080000Z.xml', 'northway.strike.20261210T121000Z.xml', 'northway.tram.20261210T080000Z.xml', 'northway.tram.20261210T124000Z.xml',
    ]);
    assert.match(r.stderr, /cap: 4 alert\(s\) written to exports\/s2\/cap \(a new folder, one file per alert: a name without an extension is taken as a folder; for one alert in a file give a name ending in \.xml\)/);
    const file = run('export', 'feed.json', '--to', 'cap', '--category', 'Transport', '--lang', 'en', '--out', 'alert.xml');
    assert.equal(file.status, 0, file.stderr);
    assert.match(readFileSync(join(dir, 'alert.xml'), 'utf8'), /^<\?xml/);
    assert.ok(!existsSync(join(dir, 'alerts')));
  }, { now: NOW });
});
