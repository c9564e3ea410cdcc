// Trial X (a Dutch university): to put "Ik heb mijn wachtwoord ingevuld…" first in the FAQ, the desk had to
// hand-edit the Markdown front matter (`order: 1`), because `edit question` had no --order. Now it has: the
// order goes into every language file of the question, faq build puts it first, and --help names it in Dutch.
// Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-13T19:05:00Z');

function university(dir) {
  mkdirSync(join(dir, 'faq'));
  const put = (name, text) => writeFileSync(join(dir, 'faq', name), text);
  put('tentamens.nl.md', '---\nquestion: Gaan mijn tentamens door?\n---\nJa.\n');
  put('tentamens.en.md', '---\nquestion: Do my exams go ahead?\n---\nYes.\n');
  put('wachtwoord.nl.md', '---\nquestion: Ik heb mijn wachtwoord ingevuld. Wat nu?\ntags: [phishing]\n---\nBel de IT-servicedesk.\n');
  put('wachtwoord.en.md', '---\nquestion: I entered my password. What now?\n---\nCall the IT service desk.\n');
}

test('edit question --order 1: the order in every language file, the rest as it was; faq build lists it first', async () => {
  await withCliDir('clearline-edit-order-', async (dir, run) => {
    university(dir);
    const r = run('edit', 'question', '--id', 'wachtwoord', '--order', '1', '--lang', 'nl');
    assert.equal(r.status, 0, r.stderr);
    const nl = readFileSync(join(dir, 'faq', 'wachtwoord.nl.md'), 'utf8');
    assert.equal(nl, '---\nquestion: Ik heb mijn wachtwoord ingevuld. Wat nu?\ntags: [phishing]\norder: 1\n---\nBel de IT-servicedesk.\n');
    assert.equal(readFileSync(join(dir, 'faq', 'wachtwoord.en.md'), 'utf8'), '---\nquestion: I entered my password. What now?\norder: 1\n---\nCall the IT service desk.\n');
    const b = run('faq', 'build', 'faq', '--feed-id', 'hzk-faq', '--out', 'faq.json');
    assert.equal(b.status, 0, b.stderr);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'faq.json'), 'utf8')).entries.map((e) => e.id), ['wachtwoord', 'tentamens']);

    // A new order replaces the old line (no second order:), together with a new answer.
    const again = run('edit', 'question', '--id', 'wachtwoord', '--order', '2', '--lang', 'en', '--answer', 'Call the IT service desk at once.');
    assert.equal(again.status, 0, again.stderr);
    assert.equal(readFileSync(join(dir, 'faq', 'wachtwoord.en.md'), 'utf8'), '---\nquestion: I entered my password. What now?\norder: 2\n---\nCall the IT service desk at once.\n');
    assert.match(readFileSync(join(dir, 'faq', 'wachtwoord.nl.md'), 'utf8'), /\norder: 2\n---\nBel de IT-servicedesk\.\n$/);

    const bad = run('edit', 'question', '--id', 'wachtwoord', '--order', 'eerst');
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /--order eerst: give a whole number: 1 for the question readers see first/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('edit question --help shows --order, with a Dutch description on a Dutch desk', async () => {
  await withCliDir('clearline-edit-order-help-', async (dir, run) => {
    const en = run('edit', 'question', '--help', '--lang', 'en');
    assert.match(en.stdout, /--order/);
    const nl = run('edit', 'question', '--help', '--lang', 'nl');
    assert.match(nl.stdout, /--order VALUE +waar lezers de vraag zien: 1 eerst, 2 daarna/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

// The trial's desk could put a question first but not take it back: `--order none` (or "") takes the order: line away
// in every language file, and the question goes back among the others by file name; Dutch help names it.
test('edit question --order none (or ""): the order taken away in every language; faq build back to file-name order', async () => {
  await withCliDir('clearline-edit-order-none-', async (dir, run) => {
    university(dir);
    assert.equal(run('edit', 'question', '--id', 'wachtwoord', '--order', '1').status, 0);
    const r = run('edit', 'question', '--id', 'wachtwoord', '--order', 'none');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'faq', 'wachtwoord.nl.md'), 'utf8'), '---\nquestion: Ik heb mijn wachtwoord ingevuld. Wat nu?\ntags: [phishing]\n---\nBel de IT-servicedesk.\n');
    assert.equal(readFileSync(join(dir, 'faq', 'wachtwoord.en.md'), 'utf8'), '---\nquestion: I entered my password. What now?\n---\nCall the IT service desk.\n');
    const b = run('faq', 'build', 'faq', '--feed-id', 'hzk-faq', '--out', 'faq.json');
    assert.equal(b.status, 0, b.stderr);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'faq.json'), 'utf8')).entries.map((e) => e.id), ['tentamens', 'wachtwoord']);

    // "" does the same, with a new answer in one language; the order line in the middle of the front matter goes too.
    writeFileSync(join(dir, 'faq', 'tentamens.nl.md'), '---\nquestion: Gaan mijn tentamens door?\norder: 3\ntags: [toets]\n---\nJa.\n');
    const empty = run('edit', 'question', '--id', 'tentamens', '--order', '', '--lang', 'nl', '--answer', 'Ja, alle tentamens.');
    assert.equal(empty.status, 0, empty.stderr);
    assert.equal(readFileSync(join(dir, 'faq', 'tentamens.nl.md'), 'utf8'), '---\nquestion: Gaan mijn tentamens door?\ntags: [toets]\n---\nJa, alle tentamens.\n');

    const nl = run('edit', 'question', '--help', '--lang', 'nl');
    assert.match(nl.stdout, /--order VALUE +waar lezers de vraag zien: .*none \(of ""\) haalt de volgorde weg/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});
