// A municipality's desk corrected the library counter's address in Dutch only (`update --correct --lang nl
// --reword-action 4 --label "… Dorpsstraat 21 …"`), as a typo fix should be; the English still said "Dorpsstraat 12"
// and nothing said so, so English readers were sent to the wrong door. Now update names the numbers the correction took
// out that another language still says, with the command that corrects that language. Numbers are compared with their
// separators made one ("9.00" is "9:00"). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

test('update --correct in one language: the other language still naming the old number is named, with its command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-stale-number-'));
  try {
    assert.equal(run(dir, 'new', 'incident', '--template', 'cyberattack', '--id', 'aanval', '--feed-id', 'gemeente-heuvelrand', '--publisher', 'Gemeente Heuvelrand', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam').status, 0);
    const nl = 'Kom naar de tijdelijke balie in de bibliotheek, Dorpsstraat 12, open van 9.00 tot 16.00 uur';
    const en = 'Come to the temporary counter in the library, Dorpsstraat 12, open from 9:00 to 16:00';
    assert.equal(run(dir, 'update', 'feed.json', '--incident', 'aanval', '--add-action', nl, '--add-action', en, '--urgent').status, 0);
    const r = run(dir, 'update', 'feed.json', '--incident', 'aanval', '--correct', '--lang', 'nl', '--reword-action', '5', '--label', nl.replace('12', '21').replace('9.00', '9.30'));
    assert.equal(r.status, 0, r.stderr);
    // Said as a correction, not as "acties" as a new update would be: readers get no news.
    assert.match(r.stdout, /^"aanval" bijgewerkt in feed\.json: acties verbeterd \(geen nieuwe update\);/);
    assert.ok(r.stdout.includes('Let op: u verbeterde alleen de nl-tekst; de en-tekst noemt nog "12", "9:00", die in de nl-tekst niet meer staan. Klopt het daar ook niet? clearline update feed.json --incident aanval --correct --lang en --reword-action 5 --label "…"'), r.stdout);

    // Corrected in both, or a correction that takes out no number: nothing to say.
    const both = run(dir, 'update', 'feed.json', '--incident', 'aanval', '--correct', '--lang', 'en', '--reword-action', '5', '--label', en.replace('12', '21').replace('9:00', '9:30'));
    assert.doesNotMatch(both.stdout, /Let op: u verbeterde alleen/);
    const typo = run(dir, 'update', 'feed.json', '--incident', 'aanval', '--correct', '--lang', 'nl', '--reword-action', '5', '--label', nl.replace('12', '21').replace('9.00', '9.30').replace('tijdelijke', 'tijdelijk'));
    assert.doesNotMatch(typo.stdout, /Let op: u verbeterde alleen/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
