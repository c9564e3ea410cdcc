// A British GP practice ("Riverside Medical Practice", Europe/London, English only) on the Monday its
// IT supplier was hit by a cyber-attack: phones and online booking down. What its practice manager met.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

// The CLI tests use dist/ (run `npm run build` first).
const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

const { templateNamed } = await importTs('src/templates/index.ts');

test('new incident --template: the British "cyber-attack" and "ransomware" are the cyberattack template, "it-outage" the outage one', () => {
  for (const name of ['cyber-attack', 'Cyber-Attack', 'ransomware', 'hack', 'cyberaanval']) assert.equal(templateNamed(name), 'cyberattack', name);
  // Data stolen while the systems work has its own template (template-data-breach.test.mjs, trial X).
  for (const name of ['data-breach', 'datalek']) assert.equal(templateNamed(name), 'data-breach', name);
  for (const name of ['it-outage', 'website', 'app']) assert.equal(templateNamed(name), 'outage', name);
  // Names that say who, not what happened, stay unknown: the error lists the templates to choose from.
  for (const name of ['gp', 'healthcare', 'nhs']) assert.equal(templateNamed(name), undefined, name);
});

// new question made the id (and the file names) "will-the-practice-ask-for-my-bank-detail", a word cut in two.
test('new question: an id made from a long question is cut between words', async () => {
  const { slugOf } = await importTs('src/feed/reason-edit.ts');
  assert.equal(slugOf('Will the practice ask for my bank details?'), 'will-the-practice-ask-for-my-bank');
  assert.equal(slugOf('Will my repeat prescription be late?'), 'will-my-repeat-prescription-be-late');
  assert.equal(slugOf('Is my repeat prescription ready to collect'), 'is-my-repeat-prescription-ready'); // not on "to" (reason-edit.test.mjs)
  // Exactly 40 characters, or a word ending at the 40th: kept whole; one long word: still at most 40.
  assert.equal(slugOf('Will the practice ask for my bank detail'), 'will-the-practice-ask-for-my-bank-detail');
  assert.equal(slugOf('Will the practice ask for my bank detail, Dr?'), 'will-the-practice-ask-for-my-bank-detail');
  assert.equal(slugOf('a'.repeat(50)), 'a'.repeat(40));
  assert.equal(slugOf('Will the practice ask for my bank-details'), 'will-the-practice-ask-for-my-bank');
});

// The practice's first FAQ answer: new question said "there is no folder faq …; check the name and the folder
// you are in, or give --dir", and nothing told the practice manager that the folder is theirs to make. Then it said
// "Make the folder first: mkdir faq"; a municipality's trial still had to stop for it. The default folder is now made
// for the first question; a --dir that is not there is still refused (question-cli.test.mjs).
test('new question in a practice without FAQ answers yet makes the faq folder and writes the answer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-gp-'));
  try {
    const made = run(dir, 'new', 'incident', '--template', 'cyber-attack', '--lang', 'en', '--id', 'it-supplier', '--feed-id', 'riverside-medical', '--publisher', 'Riverside Medical Practice', '--publisher-url', 'https://www.riverside.example', '--time-zone', 'Europe/London');
    assert.equal(made.status, 0, made.stderr);
    const question = ['new', 'question', '--lang', 'en', '--question', 'Will my repeat prescription be late?', '--answer', 'It may take up to 5 working days.'];
    const first = run(dir, ...question);
    assert.equal(first.status, 0, first.stdout + first.stderr);
    assert.ok(existsSync(join(dir, 'faq', 'will-my-repeat-prescription-be-late.en.md')));
    const built = run(dir, 'faq', 'build', 'faq', '--feed-id', 'riverside-medical-faq', '--out', 'faq.json');
    assert.equal(built.status, 0, built.stdout + built.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// docs/publishing.md "A GP practice, clinic or hospital whose systems are down" advises a short title and the
// emergency first in the first action, because the SMS keeps only the whole sentences that fit: checked here.
test('the SMS of a practice that follows the guide keeps both 999 and NHS 111', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-gp-'));
  try {
    const ok = (r) => assert.equal(r.status, 0, r.stdout + r.stderr);
    ok(run(dir, 'new', 'incident', '--template', 'cyber-attack', '--lang', 'en', '--id', 'it-supplier', '--title', 'Phones and online booking down', '--feed-id', 'riverside-medical', '--publisher', 'Riverside Medical Practice', '--publisher-url', 'https://www.riverside.example', '--time-zone', 'Europe/London'));
    for (let i = 4; i >= 1; i--) ok(run(dir, 'update', 'feed.json', '--incident', 'it-supplier', '--correct', '--remove-action', String(i)));
    ok(run(dir, 'update', 'feed.json', '--incident', 'it-supplier', '--lang', 'en', '--known', 'Since 7.30am our phones and online booking do not work.', '--unknown', 'When they work again.', '--next-update', '+2h'));
    ok(run(dir, 'update', 'feed.json', '--incident', 'it-supplier', '--correct', '--lang', 'en', '--add-action', 'Emergency: call 999. Urgent: NHS 111 or 111.nhs.uk', '--who', 'You need medical help today', '--urgent', '--link', '111'));
    ok(run(dir, 'new', 'channel', '--kind', 'phone', '--link', '999', '--name', '999', '--emergency', '--reason', 'A life-threatening emergency'));
    ok(run(dir, 'new', 'channel', '--kind', 'phone', '--link', '111', '--name', 'NHS 111', '--emergency', '--reason', 'You need medical help fast, but it is not a 999 emergency'));
    const sms = run(dir, 'export', 'feed.json', '--to', 'sms');
    ok(sms);
    assert.match(sms.stdout, /^Phones and online booking down\. Emergency: call 999\. Urgent: NHS 111 or 111\.nhs\.uk\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The practice's letterhead writes "+44 (0)20 7946 0321". new channel made tel:+4402079460321, which does not
// connect, and lint said only that it has 11 digits after +44.
test('new channel and the studio: "+44 (0)20 7946 0321" is tel:+442079460321 (the (0) is dropped)', async () => {
  const { channelLink } = await importTs('src/feed/channel-edit.ts');
  assert.equal(channelLink('+44 (0)20 7946 0321', '44'), 'tel:+442079460321');
  assert.equal(channelLink('+44(0)161 496 0000', '44'), 'tel:+441614960000');
  assert.equal(channelLink('0044 (0)300 123 4567', '44'), 'tel:+443001234567');
  assert.equal(channelLink('+31 (0)30 123 4567', '31'), 'tel:+31301234567');
  assert.equal(channelLink('tel:+44 (0)20 7946 0321'), 'tel:+442079460321');
  // An area code in brackets stays as it was read.
  assert.equal(channelLink('(0161) 496 0000', '44'), 'tel:+441614960000');
  assert.equal(channelLink('(312) 555-0142', '1'), 'tel:+13125550142');
  const dir = mkdtempSync(join(tmpdir(), 'clearline-gp-'));
  try {
    const made = run(dir, 'new', 'incident', '--template', 'cyber-attack', '--lang', 'en', '--id', 'it-supplier', '--feed-id', 'riverside-medical', '--publisher', 'Riverside Medical Practice', '--publisher-url', 'https://www.riverside.example', '--time-zone', 'Europe/London');
    assert.equal(made.status, 0, made.stderr);
    const added = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '+44 (0)20 7946 0321', '--name', 'Temporary practice line');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /phone, tel:\+442079460321 \(020 7946 0321\)\./);
    assert.doesNotMatch(added.stdout, /phone-length|11 digits/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// NHS 111 from a textphone is 18001 111 (Relay UK): new channel refused it as "not in international E.164 form".
test('new channel: Relay UK numbers (18001 111, 18001 then a number) are dialled as they are', async () => {
  const { channelLink } = await importTs('src/feed/channel-edit.ts');
  const { isShortNumber } = await importTs('src/feed/dialling.ts');
  // Its groups kept (dots, as a tel: link allows), so readers show "18001 111", not "180 01111".
  assert.equal(channelLink('18001 111', '44'), 'tel:18001.111');
  assert.equal(channelLink('18001 020 7946 0321', '44'), 'tel:18001.020.7946.0321');
  // The studio's Link field shows it as typed.
  const { deskLink } = await importTs('src/feed/channel-edit.ts');
  assert.equal(deskLink('tel:18001.111', '44'), '18001 111');
  assert.equal(deskLink('tel:18001.020.7946.0321', '44'), '18001 020 7946 0321');
  const { formatTel } = await importTs('src/content/links.ts');
  assert.equal(formatTel('tel:18001.111', 'en-GB'), '18001 111');
  assert.ok(isShortNumber('tel:18001111', '44'));
  assert.ok(isShortNumber('tel:18001.111', '44'));
  assert.ok(isShortNumber('tel:18001 020 7946 0321', '44'));
  assert.ok(isShortNumber('tel:18001 0300 123 4567', '44'));
  // Not any digits after 18001.
  assert.equal(isShortNumber('tel:180011', '44'), false);
  assert.equal(isShortNumber('tel:18001 1234', '44'), false);
  const dir = mkdtempSync(join(tmpdir(), 'clearline-gp-'));
  try {
    const made = run(dir, 'new', 'incident', '--template', 'cyber-attack', '--lang', 'en', '--id', 'it-supplier', '--feed-id', 'riverside-medical', '--publisher', 'Riverside Medical Practice', '--publisher-url', 'https://www.riverside.example', '--time-zone', 'Europe/London');
    assert.equal(made.status, 0, made.stderr);
    const added = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '18001 111', '--name', 'NHS 111 by textphone', '--emergency');
    assert.equal(added.status, 0, added.stdout + added.stderr);
    assert.match(added.stdout, /phone, tel:18001\.111 \(18001 111\), emergency line/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
