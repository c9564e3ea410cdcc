// A municipality's desk wrote its answers in Dutch (afval.nl.md, paspoort.nl.md) and ran `clearline
// faq build`: a file without question: said "the front matter needs question: …", a bad id "the FAQ is
// not a valid faq document: entries/1/id: must be 1-64 letters, …", in English, and "entries/1" named no
// file. Now faq build says its errors in the questions' language (the first file's, as its summary),
// each with what to do, and a schema problem names the file it is in. English answers stay English.
// Uses dist/ (`npm run build` first).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const dirs = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder of Markdown answers; `files` by name. */
function answers(files) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-faq-lang-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'faq'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'faq', name), text);
  return dir;
}
const build = (dir, ...args) => spawnSync(process.execPath, [CLI, 'faq', 'build', 'faq', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const AFVAL = '---\nid: afval\nquestion: Wanneer wordt mijn afval opgehaald?\n---\nKijk in de afvalkalender.\n';

test('faq build: Dutch answers get Dutch errors, each with what to do', () => {
  const cases = [
    [{ 'paspoort.nl.md': '---\nid: paspoort\n---\nMaak een afspraak.\n' }, 'paspoort.nl.md: de kop mist question: …; zet de vraag tussen de regels ---, bijvoorbeeld question: Wanneer bent u bereikbaar?'],
    [{ 'paspoort.nl.md': '---\nid: paspoort\nquestion: Hoe vraag ik een paspoort aan?\n---\n' }, 'paspoort.nl.md: het antwoord (de tekst onder de kop) is leeg; schrijf het antwoord onder de tweede regel ---'],
    [{ 'paspoort.nl.md': 'Maak een afspraak.\n' }, 'paspoort.nl.md: de kop (front matter) ontbreekt; begin het bestand met een regel ---, dan id: en question:, en dan weer een regel ---'],
    [{ 'paspoort.nl.md': '---\nid paspoort\n---\nx\n' }, 'paspoort.nl.md: regel 2 van de kop is geen "naam: waarde": id paspoort; schrijf elke regel als een naam, een dubbele punt en de waarde, bijvoorbeeld id: openingstijden'],
    [{ 'paspoort.md': AFVAL }, 'paspoort.md: noem het bestand <vraag>.<taal>.md, bijvoorbeeld openingstijden.nl.md'],
    [{ 'tweede.nl.md': AFVAL }, 'tweede.nl.md: vraag "afval" heeft al een bestand in nl; geef een van de twee een ander id: (of verwijder er een)'],
    [{ 'paspoort.nl.md': '---\nid: Paspoort aanvragen!\nquestion: Hoe vraag ik een paspoort aan?\n---\nMaak een afspraak.\n' }, 'de FAQ is geen geldig FAQ-document: paspoort.nl.md, id: mag alleen 1 tot 64 letters, cijfers, ".", "_" of "-" bevatten'],
  ];
  for (const [files, said] of cases) {
    const r = build(answers({ 'afval.nl.md': AFVAL, ...files }), '--feed-id', 'gemeente-faq', '--out', 'faq.json');
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, `clearline faq build: ${said}\n`);
  }
  assert.equal(build(answers({ 'afval.nl.md': AFVAL })).stderr, 'clearline faq build: geef --feed-id ID (het feed-id dat in uw insluitcode staat)\n');
  assert.match(build(answers({ 'afval.nl.md': AFVAL }), '--feed-id', 'gemeente faq').stderr, /^clearline faq build: de FAQ is geen geldig FAQ-document: --feed-id: mag alleen/);
});

test('faq build: English answers keep English errors, and name the file for a schema problem too', () => {
  const waste = '---\nid: waste\nquestion: When is my waste collected?\n---\nSee the waste calendar.\n';
  const missing = build(answers({ 'waste.en.md': waste, 'passport.en.md': '---\nid: passport\n---\nBook an appointment.\n' }), '--feed-id', 'city-faq');
  assert.equal(missing.stderr, 'clearline faq build: passport.en.md: the front matter needs question: …; add the question between the --- lines, e.g. question: When can I reach you?\n');
  const bad = build(answers({ 'waste.en.md': waste, 'passport.en.md': '---\nid: Passport please!\nquestion: How do I get a passport?\n---\nBook an appointment.\n' }), '--feed-id', 'city-faq');
  assert.match(bad.stderr, /^clearline faq build: the FAQ is not a valid faq document: passport\.en\.md, id: must be /);
  // nl and en files of one question: the first file (by name) says the language, as the summary does.
  const both = build(answers({ 'a.en.md': waste.replace('id: waste', 'id: a'), 'a.nl.md': '---\nid: a\n---\nZie de afvalkalender.\n' }), '--feed-id', 'city-faq');
  assert.match(both.stderr, /^clearline faq build: a\.nl\.md: the front matter needs question: …/);
});

// A bilingual folder (afval.en.md sorts before afval.nl.md) beside a Dutch-first feed: faq build summed up
// in English and wrote every question English-first, so sign and lint of faq.json spoke English to that desk too.
test('faq build: a folder in Dutch and English beside a Dutch feed speaks Dutch, and faq.json puts Dutch first', () => {
  const dir = answers({ 'afval.nl.md': AFVAL, 'afval.en.md': '---\nid: afval\nquestion: When is my waste collected?\n---\nSee the waste calendar.\n' });
  writeFileSync(join(dir, 'feed.json'), JSON.stringify({ type: 'status', version: 1, feed_id: 'gemeente', incidents: [{ id: 'x', title: { nl: 'Storing', en: 'Outage' } }] }));
  const r = build(dir, '--feed-id', 'gemeente-faq', '--out', 'faq.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /faq\.json gemaakt: 1 vraag uit 2 bestanden/);
  const doc = JSON.parse(readFileSync(join(dir, 'faq.json'), 'utf8'));
  assert.deepEqual(Object.keys(doc.entries[0].question), ['nl', 'en']);
  assert.deepEqual(Object.keys(doc.entries[0].answer), ['nl', 'en']);
  const lint = spawnSync(process.execPath, [CLI, 'lint', 'faq.json'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  assert.match(lint.stdout + lint.stderr, /geen problemen gevonden/);
  // Without a feed beside it the folder keeps its first file's language, English here, as before.
  rmSync(join(dir, 'feed.json'));
  const alone = build(dir, '--feed-id', 'gemeente-faq', '--out', 'faq.json');
  assert.match(alone.stderr, /Built faq\.json: 1 entry from 2 files/);
});
