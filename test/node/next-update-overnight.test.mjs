// Trial W (an Irish gas network, F25): relight work stops at 22:00 and restarts at 07:00. `update --next-update
// "tomorrow 08:00"` was refused (more than 4 hours), and the fix offered `--daily` only "for a standing instruction such
// as a boil water notice": a gas desk does not guess that is the way to say "next update tomorrow 08:00". The refusal's
// fix and --daily's help (English and Dutch) now name work that stops overnight. Fixed clock; uses dist/ (npm run build).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

// Mon 7 Dec 2026 22:00 in Dublin (UTC in December).
const NOW = Date.parse('2026-12-07T22:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const gasFeed = (lang) => ({
  type: 'status', version: 1, feed_id: 'gas-networks', time_zone: 'Europe/Dublin',
  publisher: { name: 'Gas Networks', url: 'https://www.gas.example.ie' },
  channels: [{ id: 'gas', kind: 'phone', label: { [lang]: lang === 'nl' ? 'Gaslekken' : 'Gas emergencies' }, href: 'tel:+3531800205555', emergency: true }],
  contact_reasons: [{ id: 'smell-gas', label: { [lang]: lang === 'nl' ? 'Ik ruik gas' : 'I smell gas' }, urgent: true, channels: ['gas'] }],
  incidents: [{
    id: 'no-gas', severity: 'critical', phase: 'monitoring', started_at: iso(NOW - 20 * 3_600_000), updated_at: iso(NOW - 3_600_000), next_update_at: iso(NOW + 10 * 60_000),
    title: { [lang]: lang === 'nl' ? 'Geen gas in Naas en Newbridge' : 'No gas in Naas and Newbridge' },
    known: { [lang]: lang === 'nl' ? 'Monteurs zetten het gas huis voor huis weer aan. Om 22:00 stopt het werk tot 07:00.' : 'Engineers are turning the gas back on home by home. Work stops at 22:00 until 07:00.' },
    unknown: { [lang]: lang === 'nl' ? 'Wanneer elk huis weer gas heeft.' : 'When every home has gas again.' },
  }],
});

test('next update "tomorrow 08:00" for work that stops overnight: the refusal says --daily is the way, in English and Dutch', async () => {
  await withCliDir('clearline-overnight-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(gasFeed('en'), null, 2));
    const en = run('update', 'feed.json', '--incident', 'no-gas', '--next-update', 'tomorrow 08:00');
    assert.notEqual(en.status, 0, 'still refused without --daily');
    assert.match(en.stderr, /\[next-update-too-far\]/, en.stderr);
    assert.match(en.stderr, /Work stops overnight, or nothing will change for a day \(a boil water notice\)\? Say so with --daily \(clearline update --daily --next-update "tomorrow 08:00"\)/, en.stderr);
    assert.match(en.stderr, /until --live when work starts again/, en.stderr);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(gasFeed('nl'), null, 2));
    const nl = run('update', 'feed.json', '--incident', 'no-gas', '--next-update', 'tomorrow 08:00');
    assert.notEqual(nl.status, 0);
    assert.match(nl.stderr, /Ligt het werk 's nachts stil, of verandert er een dag lang niets \(een kookadvies\)\? Zeg dat met --daily \(clearline update --daily --next-update "tomorrow 08:00"\)/, nl.stderr);
    // The way it names works: the night's promise is accepted with --daily.
    const daily = run('update', 'feed.json', '--incident', 'no-gas', '--daily', '--next-update', 'tomorrow 08:00');
    assert.equal(daily.status, 0, daily.stdout + daily.stderr);
  }, { now: NOW, tz: 'Europe/Dublin' });
});

test('update --help: --daily is for work that stops overnight too, in English and Dutch', async () => {
  await withCliDir('clearline-overnight-help-', async (dir, run) => {
    const flat = (s) => s.replace(/\s+/g, ' ');
    assert.match(flat(run('update', '--help', '--lang', 'en').stdout), /--daily\b.*when work stops overnight or nothing will change for a day \(a boil water notice\)/);
    assert.match(flat(run('update', '--help', '--lang', 'nl').stdout), /--daily\b.*als het werk 's nachts stilligt of er een dag lang niets verandert \(een kookadvies\)/);
  });
});
