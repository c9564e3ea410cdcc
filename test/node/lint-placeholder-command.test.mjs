// A municipality's desk filled in the cyberattack template from the command line. lint named each placeholder left,
// "incidents/0/actions/1/who/nl … oplossing: Vervang de tekst [[TODO: …]] door uw eigen woorden, of haal het veld weg",
// without saying how, and the desk, without the studio, edited feed.json by hand. The fix now gives the `clearline update`
// that replaces that text (its title, known, unknown, an action's label or who), with the file checked; the studio
// (the desk audience) keeps its words. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

test('lint: a placeholder in an incident is answered with the update command that replaces it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-placeholder-'));
  try {
    assert.equal(run(dir, 'new', 'incident', '--template', 'cyberattack', '--id', 'aanval', '--feed', 'gemeente.json', '--feed-id', 'g', '--publisher', 'Gemeente Heuvelrand', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam').status, 0);
    const r = run(dir, 'lint', 'gemeente.json');
    assert.equal(r.status, 2);
    const fixOf = (path) => {
      const lines = r.stdout.split('\n');
      return lines[lines.findIndex((l) => l.includes(` ${path} `)) + 1];
    };
    assert.equal(fixOf('incidents/0/actions/1/who/nl'), '        oplossing: Vervang de tekst [[TODO: …]] door uw eigen woorden: clearline update gemeente.json --incident aanval --reword-action 2 --lang nl,en --who "…" --who "…".');
    // A template's ready-made action is checked, not rewritten: the command keeps its words without the mark (lint-placeholder-mark.test.mjs).
    assert.match(fixOf('incidents/0/actions/0/label/en'), /klopt hij zoals hij er staat: clearline update gemeente\.json --incident aanval --reword-action 1 --lang nl,en --label "[^"[]+" --label "[^"[]+"$/);
    assert.match(fixOf('incidents/0/known/nl'), /clearline update gemeente\.json --incident aanval --lang nl,en --known "…" --known "…"/);
    assert.match(fixOf('incidents/0/title/nl'), /clearline update gemeente\.json --incident aanval --lang nl,en --title "…" --title "…"/);
    const en = run(dir, 'lint', 'gemeente.json', '--lang', 'en');
    assert.match(en.stdout, /fix: Replace the \[\[TODO: …\]\] text with your own words: clearline update gemeente\.json --incident aanval --lang nl,en --unknown "…" --unknown "…"\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the studio (desk audience) keeps "or remove the field", without a command', async () => {
  const { lintDocument } = await importTs('src/lint/index.ts');
  const { incidentFromTemplate } = await importTs('src/templates/index.ts');
  const doc = { type: 'status', version: 1, feed_id: 'g', publisher: { name: 'G', url: 'https://www.example.nl' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [incidentFromTemplate('cyberattack', { id: 'aanval', langs: ['nl', 'en'], now: Date.now() })] };
  const f = lintDocument(doc, { lang: 'nl', audience: 'desk' }).find((x) => x.path === 'incidents/0/actions/1/who/nl');
  assert.equal(f.fix, 'Vervang de tekst [[TODO: …]] door uw eigen woorden, of haal het veld weg.');
});
