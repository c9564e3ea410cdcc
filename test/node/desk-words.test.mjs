// The CLI's help and messages for a service desk of any sector. A municipality's desk read
// `faq build`'s help ("Markdown files (rebook.nl.md, rebook.en.md, …)", "--feed-id example-air")
// and `new channel`'s "the name customers see": an airline's words, and customers where a
// municipality has residents, a pension fund members, a school students and parents.
// Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

/** Words of one sector (travel), and "customers"/"klanten" where the public may be residents or members. */
const ONE_SECTOR = /rebook|flight|booking|boeking|vlucht|passenger|example-air|\bair-/i;
const CUSTOMERS = /customers?\b|klant(en)?\b/i;

test('help of faq build, lint, new channel, edit channel, new reason, edit reason, studio and new incident: no travel examples, no "customers"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-desk-words-'));
  try {
    for (const command of [['faq', 'build'], ['lint'], ['new', 'channel'], ['edit', 'channel'], ['new', 'reason'], ['edit', 'reason'], ['studio'], ['new', 'incident'], ['sign']]) {
      const r = run(dir, ...command, '--help');
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stdout, ONE_SECTOR, command.join(' '));
      assert.doesNotMatch(r.stdout, CUSTOMERS, command.join(' '));
    }
    assert.match(run(dir, 'faq', 'build', '--help').stdout, /opening-hours\.nl\.md, opening-hours\.en\.md/);
    assert.match(run(dir, 'lint', '--help').stdout, /the mistakes that make people call/);
    assert.match(run(dir, 'new', 'channel', '--help').stdout, /the name people see/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('faq build errors: a badly named file and a missing folder are explained with sector-neutral examples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-desk-words-'));
  try {
    const none = run(dir, 'faq', 'build');
    assert.equal(none.status, 2);
    assert.match(none.stderr, /give the folder with the Markdown files, e\.g\. clearline faq build faq\/ --feed-id example-faq --out faq\.json/);
    mkdirSync(join(dir, 'faq'));
    writeFileSync(join(dir, 'faq', 'opening hours.md'), '---\nquestion: When are you open?\n---\nEvery day.');
    const bad = run(dir, 'faq', 'build', 'faq', '--feed-id', 'gemeente-faq');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /opening hours\.md: name it <entry>\.<language>\.md, e\.g\. opening-hours\.nl\.md/);
    for (const r of [none, bad]) assert.doesNotMatch(r.stderr, ONE_SECTOR);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new channel without --name and a bad incident id: "the name people see", "readers never see it"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-desk-words-'));
  try {
    const made = run(dir, 'new', 'incident', '--template', 'water', '--lang', 'nl,en', '--id', 'leiding', '--feed-id', 'gemeente', '--publisher', 'Gemeente Voorbeeld', '--publisher-url', 'https://gemeente.example', '--time-zone', 'Europe/Amsterdam');
    assert.equal(made.status, 0, made.stderr);
    const name = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '14 030');
    assert.notEqual(name.status, 0);
    assert.match(name.stderr, /geef --name: de naam die mensen zien, bijvoorbeeld --name "Servicedesk"/);
    const id = run(dir, 'new', 'incident', '--template', 'generic', '--id', 'Afval niet opgehaald');
    assert.notEqual(id.status, 0);
    // The feed is nl,en: the desk reads the refusal in Dutch.
    assert.match(id.stderr, /lezers zien het nooit/);
    for (const r of [name, id]) assert.doesNotMatch(r.stderr, CUSTOMERS);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
