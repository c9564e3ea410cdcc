// clearline new question / edit question: during a water company's crisis readers searched "kan ik het
// water drinken" without a result (`clearline report`'s unanswered questions). To answer it, a service
// desk had to hand-write opening-hours.nl.md-style files with front matter (docs/publishing.md step 7),
// at 2 a.m. Now one command writes them, refuses in the desk's language when something is missing, never
// replaces a file, and can rebuild faq.json with faq build. Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const read = (dir, name) => readFileSync(join(dir, 'faq', name), 'utf8');
const listing = (dir) => readdirSync(join(dir, 'faq')).sort();

const made = [];
process.on('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A Dutch water company (feed nl, en) with its FAQ folder of one answer in both languages, and faq.json built from it. */
function waterCompany() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-question-'));
  made.push(dir);
  mkdirSync(join(dir, 'faq'));
  writeFileSync(join(dir, 'faq', 'storing.nl.md'), '---\nquestion: Waarom heb ik geen water?\ntags: [storing]\n---\nEr is een leiding gebroken in Utrecht-Oost.\n');
  writeFileSync(join(dir, 'faq', 'storing.en.md'), '---\nquestion: Why do I have no water?\n---\nA main broke in Utrecht-Oost.\n');
  for (const s of [
    ['new', 'incident', '--template', 'water', '--lang', 'nl,en', '--id', 'leiding', '--feed-id', 'water', '--publisher', 'Waterbedrijf Voorbeeld', '--publisher-url', 'https://water.example', '--time-zone', 'Europe/Amsterdam'],
    ['faq', 'build', 'faq', '--feed-id', 'water-faq', '--out', 'faq.json'],
  ]) assert.equal(run(dir, ...s).status, 0, s.join(' '));
  return dir;
}

const DRINK = ['--question', 'Kan ik het water drinken?', '--answer', 'Ja. Sinds 14:00 is het water weer **veilig** om te drinken.', '--question', 'Can I drink the water?', '--answer', 'Yes. Since 14:00 the water is **safe** to drink again.'];

test('new question: one file per language with its front matter, in the order of the feed beside the folder; faq build and lint accept it and readers find the answer', async () => {
  const dir = waterCompany();
  const r = run(dir, 'new', 'question', ...DRINK, '--tags', 'kraanwater,tap water', '--incidents', 'leiding');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Vraag "kan-ik-het-water-drinken" toegevoegd aan faq:\n {2}faq\/kan-ik-het-water-drinken\.nl\.md: Kan ik het water drinken\?\n {2}faq\/kan-ik-het-water-drinken\.en\.md: Can I drink the water\?\n/);
  assert.match(r.stdout, /Maak de FAQ en onderteken die: clearline faq build faq --feed-id … --out faq\.json/);
  assert.equal(read(dir, 'kan-ik-het-water-drinken.nl.md'), '---\nid: kan-ik-het-water-drinken\nquestion: Kan ik het water drinken?\ntags: [kraanwater, tap water]\nincidents: [leiding]\n---\nJa. Sinds 14:00 is het water weer **veilig** om te drinken.\n');
  assert.equal(read(dir, 'kan-ik-het-water-drinken.en.md'), '---\nid: kan-ik-het-water-drinken\nquestion: Can I drink the water?\ntags: [kraanwater, tap water]\nincidents: [leiding]\n---\nYes. Since 14:00 the water is **safe** to drink again.\n');

  const built = run(dir, 'faq', 'build', 'faq', '--feed-id', 'water-faq', '--out', 'faq.json');
  assert.equal(built.status, 0, built.stderr);
  const lint = run(dir, 'lint', 'faq.json');
  assert.equal(lint.status, 0, lint.stdout + lint.stderr);
  const entry = JSON.parse(readFileSync(join(dir, 'faq.json'), 'utf8')).entries.find((e) => e.id === 'kan-ik-het-water-drinken');
  assert.deepEqual(entry, {
    id: 'kan-ik-het-water-drinken',
    question: { en: 'Can I drink the water?', nl: 'Kan ik het water drinken?' },
    answer: { en: 'Yes. Since 14:00 the water is **safe** to drink again.', nl: 'Ja. Sinds 14:00 is het water weer **veilig** om te drinken.' },
    tags: ['kraanwater', 'tap water'],
    incidents: ['leiding'],
  });
  // The search readers type into now finds it, confidently (before, "no answer": the report's line).
  const { buildIndex } = await importTs('src/search/index.ts');
  const docs = JSON.parse(readFileSync(join(dir, 'faq.json'), 'utf8')).entries.map((e) => ({ id: e.id, question: e.question.nl, answer: e.answer.nl, tags: e.tags }));
  const found = buildIndex(docs, 'nl').search('kan ik het water drinken');
  assert.equal(found.hits[0]?.id, 'kan-ik-het-water-drinken');
  assert.equal(found.confident, true);
});

test('new question --out faq.json: rebuilt in the same step by faq build, with the feed_id of the faq.json it replaces', () => {
  const dir = waterCompany();
  const r = run(dir, 'new', 'question', ...DRINK, '--out', 'faq.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /faq\.json: 2 entries from 4 files in faq\. Sign it with: clearline sign --key … faq\.json --out faq\.jws\.json|faq\.json gemaakt: 2 vragen uit 4 bestanden/);
  const doc = JSON.parse(readFileSync(join(dir, 'faq.json'), 'utf8'));
  assert.equal(doc.feed_id, 'water-faq');
  assert.deepEqual(doc.entries.map((e) => e.id), ['kan-ik-het-water-drinken', 'storing']);
  assert.equal(run(dir, 'lint', 'faq.json').status, 0);
  // No faq.json yet and no --feed-id: refused before anything is written.
  rmSync(join(dir, 'faq.json'));
  const before = listing(dir);
  const none = run(dir, 'new', 'question', '--question', 'Moet ik het water koken?', '--answer', 'Nee.', '--question', 'Do I need to boil the water?', '--answer', 'No.', '--out', 'faq.json');
  assert.equal(none.status, 2);
  assert.match(none.stderr, /geef --feed-id \(de id die uw embed vastzet\): er is nog geen FAQ-document faq\.json/);
  assert.deepEqual(listing(dir), before);
});

test('a rebuild keeps the search_examples written into faq.json by hand (new question --out, faq build --out); another FAQ\'s are not taken', () => {
  const dir = waterCompany();
  const file = join(dir, 'faq.json');
  const examples = { nl: ['kraanwater', 'geen water'], en: ['tap water', 'no water'] };
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), search_examples: examples }, null, 2));
  const r = run(dir, 'new', 'question', ...DRINK, '--out', 'faq.json');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).search_examples, examples);
  assert.equal(run(dir, 'faq', 'build', 'faq', '--feed-id', 'water-faq', '--out', 'faq.json').status, 0);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).search_examples, examples);
  assert.equal(run(dir, 'lint', 'faq.json').status, 0);
  assert.equal(run(dir, 'faq', 'build', 'faq', '--feed-id', 'other-faq', '--out', 'faq.json').status, 0);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).search_examples, undefined);
});

test('new question refuses, in the desk\'s language and naming what to do, and writes nothing: a language missing, an empty answer, a taken id', () => {
  const dir = waterCompany();
  const before = listing(dir);
  const refused = (args, message) => {
    const r = run(dir, 'new', 'question', ...args);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, message);
    assert.deepEqual(listing(dir), before, args.join(' '));
  };
  refused(['--question', 'Kan ik het water drinken?', '--answer', 'Ja.'], /faq heeft de antwoorden in nl en en: geef --question één keer per taal, in deze volgorde: --question "…" \(nl\) --question "…" \(en\), of noem de volgorde met --lang nl,en \(u gaf er 1\)/);
  refused(['--lang', 'nl', '--question', 'Kan ik het water drinken?', '--answer', 'Ja.'], /faq heeft de antwoorden in nl en en: geef ook de tekst in en \(--lang nl,en\)/);
  refused(['--question', 'Kan ik het water drinken?', '--answer', ' ', '--question', 'Can I drink the water?', '--answer', 'Yes.'], /de --answer voor nl is leeg; schrijf het antwoord dat mensen lezen/);
  refused(['--question', 'Kan ik het water drinken?', '--question', 'Can I drink the water?'], /geef --answer: wat mensen lezen/);
  refused([...DRINK, '--id', 'storing'], /faq heeft al een vraag "storing" \(faq\/storing\.en\.md, faq\/storing\.nl\.md\); wijzig die met clearline edit question --dir faq --id storing, of kies een andere --id/);
  refused(['--question', 'Waarom heb ik geen water?', '--answer', 'x', '--question', 'Storing?', '--answer', 'y', '--id', 'bad id'], /--id bad id: gebruik 1 tot 64 letters/);
  refused([...DRINK, '--incidents', 'storm'], /feed\.json heeft geen incident "storm" om dit antwoord bij te tonen; de incidenten: leiding/);
  // A placeholder in the answer is an error signing would refuse: said now, nothing written.
  const todo = run(dir, 'new', 'question', '--question', 'Kan ik het water drinken?', '--answer', '[[TODO: antwoord]]', '--question', 'Can I drink the water?', '--answer', 'Yes.');
  assert.equal(todo.status, 1);
  assert.match(todo.stderr, /de vraag is niet toegevoegd; er is niets geschreven:\nfout +answer\/nl: hier staat nog voorbeeldtekst/);
  assert.deepEqual(listing(dir), before);
  // A file already named as the new one (its front matter says another id) is never replaced.
  writeFileSync(join(dir, 'faq', 'kan-ik-het-water-drinken.nl.md'), '---\nid: drinken\nquestion: Kan ik het water drinken?\n---\nOud antwoord.\n');
  const taken = run(dir, 'new', 'question', ...DRINK);
  assert.equal(taken.status, 2);
  assert.match(taken.stderr, /faq heeft al een vraag "kan-ik-het-water-drinken" \(faq\/kan-ik-het-water-drinken\.nl\.md\)/);
  assert.equal(read(dir, 'kan-ik-het-water-drinken.nl.md'), '---\nid: drinken\nquestion: Kan ik het water drinken?\n---\nOud antwoord.\n');
  assert.equal(existsSync(join(dir, 'faq', 'kan-ik-het-water-drinken.en.md')), false);
});

// A trial user typed new question --dir faq in a folder without one and was refused 11 times in a row ("Make the folder
// first: mkdir faq"). The folder given is now made, and said; beside a faq folder that holds answers, a --dir that is not
// there may be a slip of the name, so that is said too (the answer is written all the same). edit question still refuses.
test('new question --dir DIR that is not there: makes the folder and says so (English, Dutch); beside a faq folder with answers it notes that one', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'clearline-question-'));
  made.push(fresh);
  const en = run(fresh, 'new', 'question', '--dir', 'faq', '--lang', 'en', '--question', 'Is the water safe?', '--answer', 'Yes.');
  assert.equal(en.status, 0, en.stdout + en.stderr);
  assert.match(en.stdout, /^Made the folder faq for your FAQ answers \(it did not exist yet\)\.\nAdded question "is-the-water-safe" to faq:/);
  assert.ok(existsSync(join(fresh, 'faq', 'is-the-water-safe.en.md')));
  assert.equal(en.stderr, '');
  const nested = run(fresh, 'new', 'question', '--dir', 'site/antwoorden', '--lang', 'nl', '--question', 'Is het water veilig?', '--answer', 'Ja.');
  assert.equal(nested.status, 0, nested.stdout + nested.stderr);
  assert.match(nested.stdout, /^Map site\/antwoorden gemaakt voor uw FAQ-antwoorden \(die bestond nog niet\)\./);
  assert.match(nested.stderr, /let op: de map faq bevat al FAQ-antwoorden, en clearline faq build leest één map\. Bedoelde u die\? Verwijder dan de map site\/antwoorden en geef deze opdracht opnieuw met --dir faq/);
  assert.ok(existsSync(join(fresh, 'site', 'antwoorden', 'is-het-water-veilig.nl.md')));
  const refusedFirst = run(fresh, 'new', 'question', '--dir', 'leeg', '--lang', 'en', '--question', 'Why?', '--answer', ' ');
  assert.equal(refusedFirst.status, 2);
  assert.equal(existsSync(join(fresh, 'leeg')), false, 'a refused question makes no folder');
  const edit = run(fresh, 'edit', 'question', '--dir', 'nergens', '--id', 'x');
  assert.equal(edit.status, 2);
  assert.match(edit.stderr, /there is no folder nergens .*Your first question\? clearline new question --dir nergens makes the folder/);
});

test('new question: a folder another file breaks is refused before writing; an English desk is answered in English; without a feed the order of the texts is asked for', () => {
  const dir = waterCompany();
  writeFileSync(join(dir, 'faq', 'kapot.nl.md'), 'question: zonder front matter\n');
  const before = listing(dir);
  const broken = run(dir, 'new', 'question', ...DRINK);
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /clearline faq build zou mislukken op faq, dus er is niets geschreven\. Los eerst dit op: kapot\.nl\.md: no front matter/);
  assert.deepEqual(listing(dir), before);

  // A British water company: its feed in English, its FAQ in English only.
  const uk = mkdtempSync(join(tmpdir(), 'clearline-question-'));
  made.push(uk);
  mkdirSync(join(uk, 'faq'));
  writeFileSync(join(uk, 'faq', 'supply.en.md'), '---\nquestion: Why is there no water?\n---\nA main burst.\n');
  assert.equal(run(uk, 'new', 'incident', '--template', 'water', '--lang', 'en', '--id', 'burst', '--feed-id', 'w', '--publisher', 'Water Co', '--publisher-url', 'https://w.example', '--time-zone', 'Europe/London').status, 0);
  const empty = run(uk, 'new', 'question', '--question', 'Do I need to boil the water?', '--answer', '');
  assert.match(empty.stderr, /the --answer for en is empty; write the answer people read/);
  const ok = run(uk, 'new', 'question', '--question', 'Do I need to boil the water?', '--answer', 'No.');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^Added question "do-i-need-to-boil-the-water" to faq:\n {2}faq\/do-i-need-to-boil-the-water\.en\.md: Do I need to boil the water\?\nBuild the FAQ and sign it:/);

  // No feed.json: nothing says which text is Dutch; asked in both languages, then written as named.
  rmSync(join(dir, 'feed.json'));
  rmSync(join(dir, 'faq', 'kapot.nl.md'));
  const which = run(dir, 'new', 'question', ...DRINK);
  assert.equal(which.status, 2);
  assert.match(which.stderr, /faq has answers in en and nl: say which language each text is in with --lang, e\.g\. --lang en,nl/);
  assert.match(which.stderr, /faq heeft antwoorden in en en nl: zeg met --lang in welke taal elke tekst is/);
  const named = run(dir, 'new', 'question', '--lang', 'nl,en', ...DRINK);
  assert.equal(named.status, 0, named.stderr);
  assert.match(read(dir, 'kan-ik-het-water-drinken.en.md'), /question: Can I drink the water\?/);
});

test('new question: texts with quotes, brackets and colons read back exactly as typed', async () => {
  const { questionFile, frontMatterLine } = await importTs('src/cli/question-file.ts');
  const { buildEntries } = await importTs('src/cli/faq-markdown.ts');
  for (const question of ['"Kraanwater"', '[Tap water]', 'Water: veilig?', "It's 'safe'?", 'Say \\"no\\"', '# first?']) {
    const [entry] = buildEntries([{ name: 'x.en.md', text: questionFile('x', question, 'Answer: yes', { tags: ["'a'", 'b c', '[d]'] }) }]);
    assert.equal(entry.question.en, question);
    assert.equal(entry.answer.en, 'Answer: yes');
    assert.deepEqual(entry.tags, ["'a'", 'b c', '[d]']);
  }
  assert.equal(frontMatterLine('question', 'Kan ik het water drinken?'), 'question: Kan ik het water drinken?');
});

test('edit question: the English answer changes, the Dutch file and the front matter stay as they were; without --id the questions are listed', () => {
  const dir = waterCompany();
  const nl = read(dir, 'storing.nl.md');
  const r = run(dir, 'edit', 'question', '--id', 'storing', '--lang', 'en', '--answer', 'A main broke in Utrecht-Oost; it is repaired by 18:00.', '--out', 'faq.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Vraag "storing" gewijzigd in faq:\n {2}faq\/storing\.en\.md: Why do I have no water\?\n/);
  assert.equal(read(dir, 'storing.en.md'), '---\nquestion: Why do I have no water?\n---\nA main broke in Utrecht-Oost; it is repaired by 18:00.\n');
  assert.equal(read(dir, 'storing.nl.md'), nl);
  const entry = JSON.parse(readFileSync(join(dir, 'faq.json'), 'utf8')).entries[0];
  assert.deepEqual(entry.answer, { en: 'A main broke in Utrecht-Oost; it is repaired by 18:00.', nl: 'Er is een leiding gebroken in Utrecht-Oost.' });
  assert.deepEqual(entry.tags, ['storing']);

  const q = run(dir, 'edit', 'question', '--id', 'storing', '--lang', 'nl', '--question', 'Waarom komt er geen water uit de kraan?');
  assert.equal(q.status, 0, q.stderr);
  assert.equal(read(dir, 'storing.nl.md'), '---\nquestion: Waarom komt er geen water uit de kraan?\ntags: [storing]\n---\nEr is een leiding gebroken in Utrecht-Oost.\n');

  const list = run(dir, 'edit', 'question');
  assert.equal(list.status, 0, list.stderr);
  assert.match(list.stdout, /^Vragen in faq:\n {2}storing: Waarom komt er geen water uit de kraan\? \(en, nl\)\nWijzig er een met clearline edit question --dir faq --id ID/);
  assert.match(run(dir, 'edit', 'question', '--id', 'lek', '--answer', 'x').stderr, /faq heeft geen vraag "lek"; de vragen: storing/);
  assert.match(run(dir, 'edit', 'question', '--id', 'storing').stderr, /zeg wat er verandert: --answer "…", --question "…" \(met --lang voor één taal\) en\/of --order N/);
  assert.match(run(dir, 'edit', 'question', '--id', 'storing', '--answer', 'x').stderr, /geef --answer één keer per taal/);
});

test('report: under the unanswered questions, the command that answers one; no line when there are none', () => {
  const fixture = join(ROOT, 'test/node/fixtures/events.ndjson');
  const r = spawnSync(process.execPath, [CLI, 'report', fixture, '--lang', 'nl'], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\n {7}1× {2}wanneer is het gas terug\n {2}Beantwoord er een: clearline new question --question "…" --answer "…" \(één keer per taal van de FAQ; zie de --help\)\n\n/);
  const en = spawnSync(process.execPath, [CLI, 'report', fixture], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
  assert.match(en.stdout, /\n {2}Answer one: clearline new question --question "…" --answer "…" \(once per language of the FAQ; see its --help\)\n/);
  const none = spawnSync(process.execPath, [CLI, 'report', '-'], { input: '', encoding: 'utf8', timeout: 30_000 });
  assert.equal(none.status, 0, none.stderr);
  assert.doesNotMatch(none.stdout, /new question/);
});

test('help of new question and edit question: the flags, and no travel words or "customers"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-question-'));
  made.push(dir);
  const help = run(dir, 'new', 'question', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: clearline new question --question TEXT\.\.\. --answer TEXT\.\.\. \[--lang nl,en\] \[--id ID\] \[--tags WORD\.\.\.\] \[--incidents ID\.\.\.\] \[--order N\] \[--dir faq\] \[--out faq\.json \[--feed-id ID\]\]/);
  for (const command of [['new', 'question'], ['edit', 'question']]) {
    const r = run(dir, ...command, '--help');
    assert.equal(r.status, 0);
    assert.doesNotMatch(r.stdout, /rebook|flight|booking|boeking|vlucht|passenger|customers?\b|klant(en)?\b/i, command.join(' '));
  }
  assert.match(run(dir, 'new', '--help').stdout, /clearline new question/);
});
