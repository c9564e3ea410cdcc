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
  assert.match(r.stdout, /\nContactredenen per fase van de storing\n/);
  assert.match(r.stdout, /\nMeest gezochte vragen zonder antwoord \(7 van 10 zoekopdrachten zonder antwoord\)\n {7}4× {2}when is the gas back\? {2}\(4 formuleringen\)/);
  assert.match(r.stdout, /\nAntwoorden die niet hielpen \(nee \/ ja\)\n {2}when-back +3 \/ 1\n/);
  assert.match(r.stdout, /\nZelf geholpen\n {2}40% van 5 hulpsessies eindigden met een nuttig of geopend antwoord, zonder contact\n/);
  assert.match(r.stdout, /\nContacten per kanaal \(6\)\n {2}phone +3\n/);
  assert.match(r.stdout, /\nContacten per reden\n {2}no-heating +3\n/);
  assert.doesNotMatch(r.stdout, /events|Contact reasons|help sessions|\(none\)/);
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
