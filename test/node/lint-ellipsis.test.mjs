// A municipality's walk-through (2026-12-03): lint's placeholder fix prints `clearline update feed.json --incident ID
// --reword-action 1 --lang nl,en --who "…" --who "…"`. Run as printed, it wrote "…" as who the action is for; lint and
// sign then found nothing, and readers would read "Kom nu in actie als… / …". A text that is only "…" is now refused.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT } from './export-kit.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const NOW = Date.parse('2026-11-23T12:00:00Z');

test('a text that is only “…” (or "...") is an error, with the command that replaces it', () => {
  for (const dots of ['…', '...', ' … ']) {
    const feed = lintCleanFeed(NOW);
    feed.incidents[0].actions[0].who = { nl: dots, en: 'You fly today' };
    const found = lintDocument(feed, { now: NOW, lang: 'nl' }).filter((f) => f.rule === 'placeholder');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].severity, 'error');
    assert.equal(found[0].path, 'incidents/0/actions/0/who/nl');
    assert.equal(found[0].message, 'hier staat alleen “…” uit een voorbeeldopdracht: lezers zouden “…” zien');
    assert.equal(found[0].fix, 'Zet uw eigen woorden op de plaats van elke “…”: clearline update feed.json --incident storm --reword-action 1 --lang nl,en --who "…" --who "…".');
    const desk = lintDocument(feed, { now: NOW, lang: 'nl', audience: 'desk' }).find((f) => f.rule === 'placeholder');
    assert.equal(desk.fix, 'Schrijf uw eigen woorden op de plaats van “…”, of haal het veld weg.');
  }
  // Words that end in an ellipsis are the desk's own.
  const feed = lintCleanFeed(NOW);
  feed.incidents[0].known.nl = 'Wij annuleren vluchten…';
  assert.deepEqual(lintDocument(feed, { now: NOW }).filter((f) => f.rule === 'placeholder'), []);
});

test('the who-fix of a template incident, run as lint prints it, is an error for lint (and so for sign) until the “…” is replaced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-ellipsis-'));
  const cli = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/Amsterdam' } });
  try {
    assert.equal(cli('new', 'incident', '--template', 'cyberattack', '--id', 'ransomware', '--title', 'Cyberaanval', '--feed-id', 'gemeente-voorbeeld', '--publisher', 'Gemeente Voorbeeld', '--publisher-url', 'www.voorbeeld.nl', '--time-zone', 'Europe/Amsterdam').status, 0);
    const printed = cli('lint', 'feed.json').stdout.match(/clearline update feed\.json --incident ransomware --reword-action 1 --lang nl,en --who "…" --who "…"/);
    assert.ok(printed, 'lint prints the who command');
    const run = cli(...printed[0].split(' ').slice(1).map((a) => a.replace(/^"(.*)"$/, '$1')));
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions[0].who.nl, '…', run.stderr);
    const lint = cli('lint', 'feed.json', '--json');
    const findings = JSON.parse(lint.stdout).findings.filter((f) => f.path.startsWith('incidents/0/actions/0/who/'));
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['placeholder', 'error'], ['placeholder', 'error']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
