// lint's command-line fix for a placeholder in a text of two languages said `--unknown "…" (één per taal)`. Given one
// --unknown, as a desk reads it, `clearline update` refused ("unknown staat in nl, en; geef --lang nl,en en één --unknown
// per taal"); given two, the desk had to guess their order. The fix now names the languages: `--lang nl,en --unknown "…"
// --unknown "…"`, the form `clearline import` lists too (lint/rules/document.ts perLanguage). Uses dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

/** The fix's command for `path`, as arguments, each "…" filled with the next of `texts`. */
function fixArgs(stdout, path, texts) {
  const lines = stdout.split('\n');
  const fix = lines[lines.findIndex((l) => l.includes(` ${path} `)) + 1] ?? '';
  const cmd = /: clearline (update .*)\.$/.exec(fix)?.[1];
  assert.ok(cmd, fix);
  let i = 0;
  return [...cmd.matchAll(/"((?:\\.|[^"\\])*)"|(\S+)/g)].map((m) => (m[1] === '…' ? texts[i++] : m[1] ?? m[2]));
}

test('a placeholder in a Dutch and English text: the printed command runs and fills each language', async () => {
  await withCliDir('clearline-per-language-', async (dir, run) => {
    assert.equal(run('new', 'incident', '--template', 'water', '--id', 'k', '--feed-id', 'w', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en').status, 0);
    const out = run('lint', 'feed.json').stdout;
    const unknown = fixArgs(out, 'incidents/0/unknown/nl', ['De oorzaak van de leidingbreuk', 'The cause of the burst main']);
    assert.deepEqual(unknown.slice(4, 7), ['--lang', 'nl,en', '--unknown']);
    assert.equal(run(...unknown).status, 0);
    const who = fixArgs(out, 'incidents/0/actions/0/who/en', ['U woont in Utrecht-Oost', 'You live in Utrecht east']);
    assert.equal(run(...who).status, 0);
    const inc = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
    assert.deepEqual(inc.unknown, { nl: 'De oorzaak van de leidingbreuk', en: 'The cause of the burst main' });
    assert.deepEqual(inc.actions[0].who, { nl: 'U woont in Utrecht-Oost', en: 'You live in Utrecht east' });
    assert.doesNotMatch(run('lint', 'feed.json').stdout, /unknown\/|actions\/0\/who/);
  });
});
