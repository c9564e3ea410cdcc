// A municipality's desk closed a ransomware attack three days on with `update --resolve --known "…" --unknown "Of
// persoonsgegevens zijn gestolen."`: accepted without a word, but readers show no "what we don't know yet" and no actions
// for a resolved incident, so the open data question, and the template's "Klik niet op links…" while the fake e-mails
// still went round, vanished. Now update says so, with the --correct --known command that puts them in the closing text.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

function incident() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-resolve-unknown-'));
  const r = run(dir, 'new', 'incident', '--template', 'cyberattack', '--id', 'aanval', '--feed-id', 'gemeente-heuvelrand', '--publisher', 'Gemeente Heuvelrand', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam');
  assert.equal(r.status, 0, r.stderr);
  return dir;
}

const command = 'clearline update feed.json --incident aanval --correct --lang nl,en --known "…" --known "…"';

test('resolve with --unknown: readers will not see it, and the command to say it in the closing text', () => {
  const dir = incident();
  try {
    const r = run(dir, 'update', 'feed.json', '--incident', 'aanval', '--resolve', '--known', 'De balies zijn weer open.', '--known', 'The counters are open again.', '--unknown', 'Of persoonsgegevens zijn gestolen.', '--unknown', 'Whether personal data was stolen.');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes(`Let op: bij een opgelost incident zien lezers geen "Wat we nog niet weten", dus wat u bij unknown gaf, zien zij niet. Zeg wat nog onbekend is in de slottekst (known), bijvoorbeeld "We weten nog niet of persoonsgegevens zijn gestolen; het onderzoek loopt.": ${command}`), r.stdout);
    // The template's first action says "Klik niet op links…": no longer shown either. Said with the other actions the desk
    // is asked about (update --resolve names them all, closing_actions_hint), not a second time on its own.
    assert.match(r.stdout, /Lezers zien de acties van dit incident niet meer \(de statuspagina, sms en e-mail laten ze weg zodra het is opgelost\): "[^"]*Klik niet op links in e-mails/);
    assert.doesNotMatch(r.stdout, /dus de waarschuwing "klik niet op links" staat er niet meer/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('resolve whose closing text says it all: no note', () => {
  const dir = incident();
  try {
    const r = run(dir, 'update', 'feed.json', '--incident', 'aanval', '--resolve', '--known', 'De balies zijn weer open. We weten nog niet of gegevens zijn gestolen. Klik niet op links in e-mails die van ons lijken te komen.', '--known', 'The counters are open again. We do not know yet whether data was stolen. Do not click links in e-mails that seem to come from us.');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /Let op: bij een opgelost incident/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
