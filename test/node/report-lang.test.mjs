// `clearline report --lang nl`: the report a Dutch service desk reads, in Dutch (as lint and sign take --lang).
// Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(here, '../../dist/cli.js');
const FIXTURE = resolve(here, 'fixtures/events.ndjson');
const cli = (args) => spawnSync(process.execPath, [CLI, 'report', FIXTURE, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/Amsterdam' } });

test('report --lang nl: headings, counts and sentences in Dutch; ids and times as in English', () => {
  const r = cli(['--lang', 'nl', '--by', 'hour']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^43 gebeurtenissen van 2026-11-30 08:10 tot 2026-12-01 10:00 \(Europe\/Amsterdam\) \(3 regels overgeslagen: geen rapportregels of weggefilterd\)\n/);
  assert.match(r.stdout, /\nContactredenen\n {2}no-heating +5\n/);
  assert.match(r.stdout, /\nContactredenen per uur \(Europe\/Amsterdam\)\n {2}2026-11-30 08:00 {2}/);
  assert.match(r.stdout, /\nContactredenen per fase van het incident\n/);
  assert.match(r.stdout, /\nMeest gezochte vragen zonder antwoord \(7 van 10 zoekopdrachten zonder antwoord\)\n {7}4× {2}when is the gas back\? {2}\(4 formuleringen\)/);
  assert.match(r.stdout, /\nAntwoorden die niet hielpen \(nee \/ ja\)\n {2}when-back +3 \/ 1\n/);
  assert.match(r.stdout, /\nZelf geholpen\n {2}40% van 5 hulpsessies eindigden met een nuttig of geopend antwoord, zonder contact\n/);
  assert.match(r.stdout, /\nContacten per kanaal \(6\)\n {2}phone +3\n/);
  assert.match(r.stdout, /\nContacten per reden\n {2}no-heating +3\n/);
  assert.doesNotMatch(r.stdout, /events|Contact reasons|help sessions|\(none\)/);
});

test('report: phases named as readers see them (the elements\' and studio\'s words), not as ids; --json keeps the ids', () => {
  const nl = cli(['--lang', 'nl']);
  assert.equal(nl.status, 0, nl.stderr);
  assert.match(nl.stdout, /\nContactredenen per fase van het incident\n {2}We zoeken de oorzaak +smell-gas 2\n {2}Oorzaak gevonden +no-heating 3\n {2}We controleren het herstel +no-heating 2\n {2}Geen incident open +bill 1\n/);
  assert.doesNotMatch(nl.stdout, /investigating|identified|monitoring|\n {2}none /);
  assert.match(cli([]).stdout, /\nContact reasons by incident phase\n {2}Investigating +smell-gas 2\n {2}Cause identified +no-heating 3\n {2}Monitoring the fix +no-heating 2\n {2}No incident open +bill 1\n/);
  assert.deepEqual(Object.keys(JSON.parse(cli(['--lang', 'nl', '--json']).stdout).reasons.byPhase), ['investigating', 'identified', 'monitoring', 'none']);
});

test('report --lang: English by default, nl-BE counts as nl, --json keeps its keys, another language is refused', () => {
  assert.match(cli([]).stdout, /^43 events from /);
  assert.match(cli(['--lang', 'nl-BE']).stdout, /^43 gebeurtenissen van /);
  const json = JSON.parse(cli(['--lang', 'nl', '--json']).stdout);
  assert.equal(json.events, 43);
  assert.deepEqual(json.reasons.total, { 'no-heating': 5, 'smell-gas': 2, bill: 1 });
  const de = cli(['--lang', 'de']);
  assert.equal(de.status, 2);
  assert.match(de.stderr, /--lang takes en or nl \(the language of the report\); not: de/);
});

test('answers that did not help: each answer with its own no / yes, also for an id that looks like a number', () => {
  const fb = (entry, helpful) => JSON.stringify({ v: 1, type: 'feedback', t: '2026-12-02T06:00Z', incidents: [], phase: 'none', entry, helpful });
  const input = [fb('staking', false), fb('staking', false), fb('staking', true), fb('12', false), fb('12', true), fb('12', true), fb('12', true)].join('\n');
  const r = spawnSync(process.execPath, [CLI, 'report'], { input, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /FAQ answers that did not help \(no \/ yes\)\n {2}staking +2 \/ 1\n {2}12 +1 \/ 3\n/);
});

test('report --feed: reasons and channels also by the names readers see, urgent reasons and emergency lines marked (found with a housing corporation: "phone-2" told the manager nothing)', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(resolve(tmpdir(), 'clearline-report-names-'));
  const feed = resolve(dir, 'feed.json');
  writeFileSync(feed, JSON.stringify({
    type: 'status', version: 1, feed_id: 'x', time_zone: 'Europe/Amsterdam', publisher: { name: 'X', url: 'https://x.example' }, incidents: [],
    channels: [
      { id: 'phone', kind: 'phone', label: { nl: 'Storingsnummer', en: 'Repairs line' }, href: 'tel:+31334567890' },
      { id: 'gas', kind: 'phone', label: { nl: 'Spoedlijn', en: 'Emergency line' }, href: 'tel:+31334567800', emergency: true },
    ],
    contact_reasons: [
      { id: 'smell-gas', label: { nl: 'Ik ruik gas', en: 'I smell gas' }, urgent: true },
      // Needed soon, no danger (trial S): marked as readers get it, after the urgent ones.
      { id: 'no-heating', label: { nl: 'Geen verwarming', en: 'No heating' }, time_critical: true },
    ],
  }));
  const nl = cli(['--lang', 'nl', '--feed', feed]);
  assert.equal(nl.status, 0, nl.stderr);
  // "bill" is not among the feed's reasons (removed since, or sent by another page): said, so the manager does not look for it.
  assert.match(nl.stdout, /\nContactredenen\n {2}no-heating +5 {2}Geen verwarming \(haast\)\n {2}smell-gas +2 {2}Ik ruik gas \(dringend\)\n {2}bill +1 {2}\(staat niet in de feed\)\n/);
  assert.match(nl.stdout, /\n {2}phone +3 {2}Storingsnummer\n/);
  assert.match(nl.stdout, /\n {2}gas +1 {2}Spoedlijn \(noodnummer\)\n/);
  // Without --lang, the report speaks the feed's first language (Dutch here: report-desk-language.test.mjs).
  const en = cli(['--lang', 'en', '--feed', feed]);
  assert.match(en.stdout, /\nContacts per reason\n {2}no-heating +3 {2}No heating \(time-critical\)\n/);
  assert.match(en.stdout, /I smell gas \(urgent\)/);
  assert.match(en.stdout, /\n {2}bill +1 {2}\(not in the feed\)\n/);
  assert.doesNotMatch(cli(['--lang', 'nl']).stdout, /Geen verwarming/, 'without --feed only the ids');
});

test('report: an events file that is missing, a folder or not gzip is said in the report\'s language (--lang nl read "cannot read … no such file"); a missing .gz no longer crashes', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(resolve(tmpdir(), 'clearline-report-files-'));
  mkdirSync(resolve(dir, 'logs'));
  writeFileSync(resolve(dir, 'events.ndjson.gz'), 'not packed\n');
  const report = (...args) => spawnSync(process.execPath, [CLI, 'report', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  for (const file of ['events.ndjson', 'old.ndjson.gz']) {
    const nl = report(file, '--lang', 'nl');
    assert.equal(nl.status, 2);
    assert.equal(nl.stderr, `clearline report: er is geen bestand ${file} (het bestand met gebeurtenissen); controleer de naam en de map waarin u staat\n`);
    assert.equal(report(file).stderr, `clearline report: there is no file ${file} (the events file); check the name and the folder you are in\n`);
  }
  assert.equal(report('logs', '--lang', 'nl').stderr, 'clearline report: logs is een map, niet het bestand met gebeurtenissen\n');
  const gz = report('events.ndjson.gz', '--lang', 'nl');
  assert.equal(gz.status, 2);
  assert.match(gz.stderr, /^clearline report: events\.ndjson\.gz kan niet worden uitgepakt: de naam eindigt op \.gz, maar het is geen gzip-bestand of het is afgebroken \(half gekopieerd\); kopieer het opnieuw, of geef het uitgepakte \.ndjson-bestand\n$/);
  assert.match(report('events.ndjson.gz').stderr, /^clearline report: events\.ndjson\.gz cannot be unpacked: its name ends in \.gz, but it is not a gzip file/);
});

test('report --lang nl: a wrong --by, --top or --since is said in Dutch (was English); without --lang English as before', () => {
  const nl = (...args) => cli(['--lang', 'nl', ...args]);
  assert.equal(nl('--by', 'week').stderr, 'clearline report: --by moet een van deze zijn: hour, day (hour: per uur, day: per dag; niet "week")\n');
  assert.equal(nl('--top', '0').stderr, 'clearline report: --top moet een heel getal van 1 of meer zijn (niet "0")\n');
  const since = nl('--since', 'gisteren', '--time-zone', 'Europe/Amsterdam');
  assert.equal(since.status, 2);
  assert.equal(since.stderr, 'clearline report: --since moet een datum zijn zoals 2026-11-30, een tijd zoals 2026-11-30T08:00 (in Europe/Amsterdam) of 2026-11-30T08:00Z (UTC), of een periode zoals 24h of 7d (niet "gisteren")\n');
  assert.match(cli(['--by', 'week']).stderr, /^clearline report: --by must be one of hour, day \(got "week"\)\n$/);
});

// "1 events" and "100% of 1 help sessions": the first report of a quiet night has one of each.
test('report: one event, one skipped line and one help session are said in the singular (en, nl)', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(resolve(tmpdir(), 'clearline-report-one-'));
  try {
    const file = resolve(dir, 'events.ndjson');
    writeFileSync(file, 'not a report line\n{"v":1,"type":"session","t":"2026-11-30T08:50Z","feed":"example-energy","lang":"en","incidents":[],"phase":"none","searches":1,"opened":1,"yes":1,"no":0,"reasons":0,"contacts":0}\n');
    const run = (...args) => spawnSync(process.execPath, [CLI, 'report', file, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/Amsterdam' } });
    const en = run('--lang', 'en');
    assert.equal(en.status, 0, en.stderr);
    assert.match(en.stdout, /^1 event from .* \(1 line skipped: not report lines or filtered out\)\n/);
    assert.match(en.stdout, /\n {2}100% of 1 help session ended in a helpful or opened answer without a contact\n/);
    const nl = run('--lang', 'nl');
    assert.match(nl.stdout, /^1 gebeurtenis van .* \(1 regel overgeslagen: geen rapportregels of weggefilterd\)\n/);
    assert.match(nl.stdout, /\n {2}100% van 1 hulpsessie eindigde met een nuttig of geopend antwoord, zonder contact\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('report: contacts in the hour after an all-clear (phase "resolved", which readers still see) are named as readers see it', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const file = resolve(mkdtempSync(resolve(tmpdir(), 'report-resolved-')), 'events.ndjson');
  const line = (t, phase, reason, incidents) => JSON.stringify({ v: 1, type: 'reason', t, feed: 'f', lang: 'nl', incidents, phase, reason });
  writeFileSync(file, [line('2026-12-13T01:10Z', 'identified', 'no-power', ['storm']), line('2026-12-13T09:20Z', 'resolved', 'bill', ['storm']), line('2026-12-13T12:00Z', 'none', 'bill', [])].join('\n') + '\n');
  const run = (args) => spawnSync(process.execPath, [CLI, 'report', file, ...args], { encoding: 'utf8', timeout: 30_000 });
  assert.match(run([]).stdout, /\nContact reasons by incident phase\n {2}Cause identified +no-power 1\n {2}Resolved +bill 1\n {2}No incident open +bill 1\n/);
  assert.match(run(['--lang', 'nl']).stdout, /\n {2}Opgelost +bill 1\n {2}Geen incident open +bill 1\n/);
  assert.match(run(['--incident', 'storm']).stdout, /\n {2}Resolved +bill 1\n/);
});
