// A British GP practice ("Riverside Medical Practice", Europe/London, English only) on the Monday its
// IT supplier was hit by a cyber-attack: phones and online booking down. What its practice manager met.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

// The CLI tests use dist/ (run `npm run build` first).
const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

const { templateNamed } = await importTs('src/templates/index.ts');

test('new incident --template: the British "cyber-attack" and "ransomware" are the cyberattack template, "it-outage" the outage one', () => {
  for (const name of ['cyber-attack', 'Cyber-Attack', 'ransomware', 'data-breach', 'hack', 'cyberaanval', 'datalek']) assert.equal(templateNamed(name), 'cyberattack', name);
  for (const name of ['it-outage', 'website', 'app']) assert.equal(templateNamed(name), 'outage', name);
  // Names that say who, not what happened, stay unknown: the error lists the templates to choose from.
  for (const name of ['gp', 'healthcare', 'nhs']) assert.equal(templateNamed(name), undefined, name);
});

// new question made the id (and the file names) "will-the-practice-ask-for-my-bank-detail", a word cut in two.
test('new question: an id made from a long question is cut between words', async () => {
  const { slugOf } = await importTs('src/feed/reason-edit.ts');
  assert.equal(slugOf('Will the practice ask for my bank details?'), 'will-the-practice-ask-for-my-bank');
  assert.equal(slugOf('Will my repeat prescription be late?'), 'will-my-repeat-prescription-be-late');
  assert.equal(slugOf('Is my repeat prescription ready to collect'), 'is-my-repeat-prescription-ready-to');
  // Exactly 40 characters, or a word ending at the 40th: kept whole; one long word: still at most 40.
  assert.equal(slugOf('Will the practice ask for my bank detail'), 'will-the-practice-ask-for-my-bank-detail');
  assert.equal(slugOf('Will the practice ask for my bank detail, Dr?'), 'will-the-practice-ask-for-my-bank-detail');
  assert.equal(slugOf('a'.repeat(50)), 'a'.repeat(40));
  assert.equal(slugOf('Will the practice ask for my bank-details'), 'will-the-practice-ask-for-my-bank');
});

// The practice's first FAQ answer: new question said "there is no folder faq …; check the name and the folder
// you are in, or give --dir", and nothing told the practice manager that the folder is theirs to make.
test('new question in a practice without FAQ answers yet says to make the folder, and then works', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-gp-'));
  try {
    const made = run(dir, 'new', 'incident', '--template', 'cyber-attack', '--lang', 'en', '--id', 'it-supplier', '--feed-id', 'riverside-medical', '--publisher', 'Riverside Medical Practice', '--publisher-url', 'https://www.riverside.example', '--time-zone', 'Europe/London');
    assert.equal(made.status, 0, made.stderr);
    const question = ['new', 'question', '--lang', 'en', '--question', 'Will my repeat prescription be late?', '--answer', 'It may take up to 5 working days.'];
    const first = run(dir, ...question);
    assert.equal(first.status, 2, first.stdout + first.stderr);
    assert.match(first.stderr, /there is no folder faq .*Your first question\? Make the folder first: mkdir faq/);
    mkdirSync(join(dir, 'faq'));
    const second = run(dir, ...question);
    assert.equal(second.status, 0, second.stderr);
    assert.ok(existsSync(join(dir, 'faq', 'will-my-repeat-prescription-be-late.en.md')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
