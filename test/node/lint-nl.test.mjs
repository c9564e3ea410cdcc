// Lint findings in Dutch on a realistic Dutch feed (issue 14): what a Dutch studio shows next to the
// fields, and `clearline lint --lang nl`. The pure module is dist/lint.js, the CLI dist/cli.js:
// run `npm run build` first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument, formatFinding } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const NOW = Date.parse('2026-11-23T09:00:00Z'); // 10:00 in Utrecht
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Utrecht Energie's gas outage, written in Dutch only, with the mistakes of a busy morning. */
function dutchFeed(now = NOW) {
  return {
    type: 'status',
    version: 1,
    feed_id: 'utrecht-energie',
    time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Utrecht Energie', url: 'https://www.utrecht-energie.example/' },
    channels: [
      { id: 'gaslucht', kind: 'phone', label: 'Ruikt u gas? Bel de storingslijn', href: 'tel:+318009009', emergency: true },
      { id: 'klantenservice', kind: 'phone', label: 'Klantenservice', href: 'tel:030-2345678', wait_minutes: 50 },
    ],
    incidents: [
      {
        id: 'gas-utrecht',
        title: 'Geen gas in Utrecht-Oost',
        severity: 'major',
        phase: 'identified',
        started_at: iso(now - 90 * MIN),
        updated_at: iso(now - 40 * MIN),
        affects: ['Utrecht-Oost', 'Bunnik'],
        known: 'Sinds 8:30 uur is er geen gas in Utrecht-Oost. Onze ketenpartner herstelt de leiding middels een omleiding.',
        unknown: '[[TODO: wat is nog onduidelijk]]',
        next_update_at: iso(now - 15 * MIN), // 09:45 in Utrecht
        actions: [{ label: 'Zet uw cv-ketel <b>uit</b>', href: 'tel:030-2345678', urgent: false }],
      },
    ],
  };
}

const byRule = (findings) => Object.fromEntries(findings.map((f) => [f.rule, f]));

describe('lint in Dutch on a Dutch feed', () => {
  const findings = lintDocument(dutchFeed(), { now: NOW, timeZone: 'Europe/Amsterdam', lang: 'nl' });
  const f = byRule(findings);

  test('the same findings as in English, at the same fields; only the words differ', () => {
    const en = lintDocument(dutchFeed(), { now: NOW, timeZone: 'Europe/Amsterdam' });
    assert.deepEqual(findings.map((x) => [x.rule, x.path, x.severity]), en.map((x) => [x.rule, x.path, x.severity]));
    assert.deepEqual(Object.keys(findings[0]), ['severity', 'rule', 'path', 'message', 'fix']);
    assert.deepEqual(
      [...new Set(findings.map((x) => x.rule))].sort(),
      ['contact-reasons-missing', 'jargon', 'next-update-past', 'phone-e164', 'placeholder', 'raw-html', 'urgent-action-missing', 'wait-without-reason'],
    );
  });

  test('the late update in the feed’s clock, and what to do', () => {
    assert.equal(f['next-update-past'].path, 'incidents/0/next_update_at');
    assert.equal(f['next-update-past'].message, "u hebt een update beloofd om 09:45 (2026-11-23T09:45:00+01:00) en die tijd is voorbij");
    // On the command line with the command that promises a new time (a night desk read what to do, not how); the studio,
    // where the field is under the finding, keeps the sentence alone.
    assert.equal(f['next-update-past'].fix, 'Plaats nu een update, of beloof een nieuwe tijd, bijvoorbeeld over 30 minuten: clearline update feed.json --incident gas-utrecht --next-update +30m.');
    const desk = lintDocument(dutchFeed(), { now: NOW, lang: 'nl', audience: 'desk' }).find((x) => x.rule === 'next-update-past');
    assert.equal(desk.fix, 'Plaats nu een update, of beloof een nieuwe tijd, bijvoorbeeld over 30 minuten.');
  });

  test('the phone number, the template text, the wait and the urgent action, in plain Dutch', () => {
    const phone = findings.find((x) => x.path === 'channels/1/href');
    assert.equal(phone.message, 'het telefoonnummer tel:030-2345678 staat niet in internationale vorm');
    assert.match(phone.fix, /^Schrijf tel:\+31302345678 \(met \+ en de landcode/);
    assert.equal(f.placeholder.message, 'hier staat nog voorbeeldtekst: [[TODO: wat is nog onduidelijk]]');
    assert.equal(f['wait-without-reason'].message, 'er staat een wachttijd van 50 minuten zonder reden');
    assert.equal(f['urgent-action-missing'].message, 'bij dit incident met grote hinder staat niets wat mensen nu moeten doen');
    // The fix names what the studio calls the flag, and a way to say that nobody has to act.
    assert.match(f['urgent-action-missing'].fix, /“Nu doen”.*U hoeft niets te doen.*ondertekenen niet tegen/);
    assert.match(f['raw-html'].fix, /^Haal de code weg/);
  });

  test('Dutch jargon with the plainer Dutch word', () => {
    const jargon = findings.filter((x) => x.rule === 'jargon').map((x) => `${x.message} / ${x.fix}`);
    assert.deepEqual(jargon, ['“ketenpartner” is vaktaal die veel lezers niet kennen / Schrijf liever “een bedrijf waarmee we samenwerken”.', '“middels” is vaktaal die veel lezers niet kennen / Schrijf liever “met”.']);
  });

  test('a schema problem reads in Dutch too', () => {
    const doc = dutchFeed();
    doc.incidents[0].severity = 'heel erg';
    doc.channels[1].wait_minutes = '50';
    const schema = lintDocument(doc, { now: NOW, lang: 'nl' }).filter((x) => x.rule === 'schema');
    assert.deepEqual(
      schema.map((x) => `${x.path}: ${x.message}`),
      ['channels/1/wait_minutes: moet een getal zijn, zonder aanhalingstekens: 50 in plaats van "50"', 'incidents/0/severity: moet een van deze zijn: info, minor, major, critical'],
    );
    // The studio shows the same fix: no command a service-desk user cannot run, in either language.
    for (const lang of ['nl', 'en']) {
      for (const x of lintDocument(doc, { now: NOW, lang }).filter((y) => y.rule === 'schema')) assert.doesNotMatch(x.fix, /clearline |`/, `${lang}: ${x.fix}`);
    }
  });

  test('formatFinding labels the line in Dutch', () => {
    assert.match(formatFinding(f.placeholder, 'nl'), /^fout {4}incidents\/0\/unknown: hier staat nog voorbeeldtekst: .* \[placeholder\]\n {8}oplossing: Vervang/);
    assert.match(formatFinding(f.jargon, 'nl'), /^let op {2}incidents\/0\/known: /);
  });
});

describe('clearline lint --lang nl', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearline-lint-nl-'));
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(dutchFeed(Date.now()), null, 2));
    writeFileSync(join(dir, 'clean.json'), JSON.stringify({ type: 'faq', version: 1, feed_id: 'faq', entries: [] }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });

  test('prints the findings in Dutch, with Dutch labels and the count', () => {
    const r = cli('lint', '--lang', 'nl', 'feed.json');
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stdout, /^feed\.json: \d+ fouten, \d+ waarschuwingen$/m);
    assert.match(r.stdout, /^fout {4}channels\/1\/href: het telefoonnummer tel:030-2345678 staat niet in internationale vorm \[phone-e164\]$/m);
    assert.match(r.stdout, /oplossing: Schrijf tel:\+31302345678/);
    assert.match(r.stderr, /los ze op voordat u ondertekent/);
    assert.doesNotMatch(r.stdout, /you promised|error\(s\)/);
  });

  test('--json keeps its keys and rule names; only message and fix are Dutch', () => {
    const nl = JSON.parse(cli('lint', '--json', '--lang', 'nl', 'feed.json').stdout);
    const en = JSON.parse(cli('lint', '--json', 'feed.json').stdout);
    assert.deepEqual(Object.keys(nl), Object.keys(en));
    assert.deepEqual(nl.findings.map((x) => [x.rule, x.path]), en.findings.map((x) => [x.rule, x.path]));
    assert.ok(nl.findings.every((x, i) => x.message !== en.findings[i].message));
  });

  test('a clean document, and a language lint does not speak', () => {
    assert.match(cli('lint', '--lang', 'nl', 'clean.json').stdout, /clean\.json: geen problemen gevonden/);
    const r = cli('lint', '--lang', 'de', 'feed.json');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--lang takes en or nl/);
  });
});
