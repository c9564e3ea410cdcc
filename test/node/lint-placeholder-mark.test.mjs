// A template's ready-made action reads "[[TODO: controleer en haal deze markering weg]] Bel direct ons fraudenummer…":
// the desk only has to check it. Lint told a bank's night desk to "replace the text with your own words: … --reword-action
// 1 --label "…" (one per language)", and it retyped six long sentences. The fix now prints the command that keeps the
// words without the mark, in every language, quoted for the shell; run as printed, the mark is gone.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { importTs } from './ts-import.mjs';
const { lintDocument } = await importTs('src/lint/index.ts');

const CLI = join(import.meta.dirname, '../../dist/cli.js');

/** A command line as a POSIX shell splits it: double-quoted words with \\-escapes, else on spaces. */
const shellWords = (line) => [...line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]));

test('placeholder on a checked action: the command keeps its words without the mark, and runs as printed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-mark-'));
  const run = (args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  try {
    assert.equal(run(['new', 'incident', '--template', 'payments', '--id', 'pin', '--feed-id', 'bank', '--publisher', 'Bank', '--publisher-url', 'https://bank.example', '--time-zone', 'Europe/Amsterdam']).status, 0);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    // A quote in the text is kept through the shell.
    feed.incidents[0].actions[1].label.nl = '[[TODO: controleer en haal deze markering weg]] Neem contant geld mee of betaal later ("pinnen" werkt niet)';
    const findings = lintDocument(feed, { now: Date.now(), lang: 'nl' }).filter((f) => f.rule === 'placeholder');
    const fix = findings.find((f) => f.path === 'incidents/0/actions/1/label/nl').fix;
    assert.match(fix, /^Controleer de tekst en haal de markering \[\[TODO: …\]\] weg; klopt hij zoals hij er staat: clearline update feed\.json --incident pin --reword-action 2 --lang nl,en --label /);
    const words = shellWords(fix.slice(fix.indexOf('clearline ') + 'clearline '.length));
    assert.deepEqual(words.slice(-4), ['--label', 'Neem contant geld mee of betaal later ("pinnen" werkt niet)', '--label', 'Pay another way (cash, or a card from another bank), or pay later']);
    // The same command is said at the English label; a who-placeholder still asks for own words.
    assert.equal(findings.find((f) => f.path === 'incidents/0/actions/1/label/en').fix, fix);
    assert.match(findings.find((f) => f.path === 'incidents/0/actions/1/who/nl').fix, /^Vervang de tekst \[\[TODO: …\]\] door uw eigen woorden: clearline update feed\.json --incident pin --reword-action 2 --lang nl,en --who "…" --who "…"\.$/);
    // The studio's words name no command.
    const desk = lintDocument(feed, { now: Date.now(), lang: 'nl', audience: 'desk' }).find((f) => f.path === 'incidents/0/actions/1/label/nl');
    assert.equal(desk.fix, 'Controleer de tekst en haal de markering [[TODO: …]] weg.');
    // Run on the feed as written (its own label, no quote): the mark is gone in both languages, the words kept.
    const own = lintDocument(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')), { now: Date.now(), lang: 'nl' }).find((f) => f.path === 'incidents/0/actions/2/label/nl').fix;
    const r = run(shellWords(own.slice(own.indexOf('clearline ') + 'clearline '.length)));
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions[2].label, { nl: 'Bel direct ons fraudenummer en laat uw pas blokkeren', en: 'Call our fraud line at once and have your card blocked' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
