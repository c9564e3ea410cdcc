// A water utility's desk imported its CAP alert and was told what was still to write as "NL-WATER-2026-1123-01: unknown,
// next_update_at", the feed's field names, in English inside a Dutch message, with no way to fill them in. Now each line
// names the place in the words of the studio and lint (lint/place.ts: "wat we nog niet weten", "volgende update") and the
// command that fills it in, the one lint's fix names; doing what the lines say leaves lint nothing of it to refuse.
// Uses dist/.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT, withCliDir } from './export-kit.mjs';

const fixture = (name) => readFileSync(join(ROOT, 'test/fixtures/import', name), 'utf8');

/** The lines under the "still to write" heading. */
const todoLines = (stderr) => stderr.split('\n').slice(stderr.split('\n').findIndex((l) => /^(Still to write|Nog te schrijven)/.test(l)) + 1).filter((l) => l.startsWith('  ')).map((l) => l.trim());

/** Runs the `clearline …` at the end of a line with "…" as the desk's own words. */
function follow(run, line) {
  const command = line.slice(line.indexOf('clearline '));
  const args = command.match(/"[^"]*"|\S+/g).slice(1).map((a) => (a === '"…"' ? 'Written by the desk.' : a.replace(/^"|"$/g, '')));
  const r = run(...args);
  assert.equal(r.status, 0, `${command}\n${r.stderr}`);
}

test('import cap (Dutch): what is still to write in Dutch words, each with the command that fills it in', async () => {
  await withCliDir('clearline-import-todo-', async (dir, run) => {
    writeFileSync(join(dir, 'alert.xml'), fixture('cap-alert.xml'));
    const r = run('import', 'cap', 'alert.xml', '--out', 'storing.json');
    assert.equal(r.status, 0, r.stderr);
    const lines = todoLines(r.stderr);
    assert.deepEqual(lines, [
      'Incident “Kookadvies in Utrecht-Oost”, wat we nog niet weten: clearline update storing.json --incident NL-WATER-2026-1123-01 --unknown "…"',
      'Incident “Kookadvies in Utrecht-Oost”, volgende update: clearline update storing.json --incident NL-WATER-2026-1123-01 --next-update +30m',
    ]);
    assert.doesNotMatch(r.stderr, /next_update_at|: unknown/);
    for (const l of lines) follow(run, l);
    const lint = run('lint', '--json', 'storing.json');
    assert.deepEqual(JSON.parse(lint.stdout).findings.filter((f) => f.severity === 'error'), [], lint.stdout);
  });
});

test('import statuspage (English) and a CAP alert without headline or sender: every placeholder is named, none by its field name', async () => {
  await withCliDir('clearline-import-todo-', async (dir, run) => {
    // The fixture's page is on Dutch time, which makes the desk Dutch (import-desk-language.test.mjs): here a London page.
    writeFileSync(join(dir, 'summary.json'), fixture('statuspage-summary.json').replace('Europe/Amsterdam', 'Europe/London'));
    const sp = run('import', 'statuspage', 'summary.json', '--out', 'feed.json');
    assert.equal(sp.status, 0, sp.stderr);
    const lines = todoLines(sp.stderr);
    assert.equal(lines.length, 3, sp.stderr);
    assert.match(lines[0], /^Incident “.+”, what we don't know yet: clearline update feed\.json --incident \S+ --unknown "…"$/);
    assert.match(lines[1], /^Incident “.+”, action 1, name: clearline update feed\.json --incident \S+ --reword-action 1 --label "…"$/);
    assert.match(lines[2], /^Incident “.+”, next update: clearline update feed\.json --incident \S+ --next-update \+30m$/);
    assert.doesNotMatch(sp.stderr, /next_update_at|: unknown/);
    for (const l of lines) follow(run, l);
    const lint = run('lint', '--json', 'feed.json');
    assert.deepEqual(JSON.parse(lint.stdout).findings.filter((f) => f.severity === 'error'), [], lint.stdout);

    // No <headline>, <event> or <senderName>/<sender>: the title and the organisation are placeholders too, and said.
    const bare = fixture('cap-alert.xml').replace(/<(headline|event|senderName|sender)>[^<]*<\/\1>/g, '');
    writeFileSync(join(dir, 'bare.xml'), bare);
    const cap = run('import', 'cap', 'bare.xml', '--out', 'bare.json');
    assert.equal(cap.status, 0, cap.stderr);
    const capLines = todoLines(cap.stderr);
    assert.ok(capLines.includes('Afzender, naam: clearline edit feed --feed bare.json --publisher "…"'), cap.stderr);
    assert.ok(capLines.some((l) => /^Incident 1, titel: clearline update bare\.json --incident NL-WATER-2026-1123-01 --title "…"$/.test(l)), cap.stderr);
    for (const l of capLines) follow(run, l);
    const capLint = run('lint', '--json', 'bare.json');
    assert.deepEqual(JSON.parse(capLint.stdout).findings.filter((f) => f.severity === 'error'), [], capLint.stdout);
  }, { tz: 'UTC' }); // the English desk for the London page: on Dutch time a desk is Dutch (import-desk-language.test.mjs)
});

test('import cap, a withdrawn alert in two languages: the command gives --lang and one text per language, and runs', async () => {
  await withCliDir('clearline-import-todo-', async (dir, run) => {
    writeFileSync(join(dir, 'cancel.xml'), fixture('cap-alert.xml').replace('<msgType>Alert</msgType>', '<msgType>Cancel</msgType>'));
    const r = run('import', 'cap', 'cancel.xml', '--out', 'cancel.json');
    assert.equal(r.status, 0, r.stderr);
    const lines = todoLines(r.stderr);
    assert.deepEqual(lines, ['Incident “Kookadvies in Utrecht-Oost”, wat we weten: clearline update cancel.json --incident NL-WATER-2026-1123-01 --lang nl-NL,en-GB --known "…" --known "…"']);
    for (const l of lines) follow(run, l);
    const lint = run('lint', '--json', 'cancel.json');
    assert.deepEqual(JSON.parse(lint.stdout).findings.filter((f) => f.severity === 'error'), [], lint.stdout);
  });
});
