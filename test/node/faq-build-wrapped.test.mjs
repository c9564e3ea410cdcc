// An FAQ answer written in a .md file hard-wrapped at ~80 columns (as editors do) showed its line ends in the middle of
// sentences on a phone once readers kept every typed line (trial X). faq build joins those lines, once, and says so; a
// list and short typed lines stay lines. Uses dist/ (`npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const NL = `---
id: afspraak
question: Gaat mijn afspraak door?
---
Ja, uw afspraak gaat door, tenzij wij u vooraf bellen of een bericht sturen via de
app van het ziekenhuis. Twijfelt u, bel dan de polikliniek op werkdagen tussen 8:00
en 17:00.

Neem mee:
- uw verzekeringspas
- een lijst van uw medicijnen
`;

const EN = `---
id: afspraak
question: Is my appointment going ahead?
---
Yes, your appointment goes ahead unless we call you beforehand or send a message in
the hospital app. If in doubt, call the outpatient clinic on weekdays between 8:00
and 17:00.

Bring:
- your insurance card
- a list of your medicines
`;

function build(files) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-faq-wrap-'));
  try {
    const md = join(dir, 'faq');
    mkdirSync(md);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(md, name), text);
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'faq', 'build', 'faq', '--feed-id', 'ziekenhuis-faq', '--out', 'faq.json'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
    return { stderr: r.stderr, faq: JSON.parse(readFileSync(join(dir, 'faq.json'), 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('faq build joins an answer hard-wrapped mid-sentence, in Dutch and English, and keeps the list', () => {
  const { stderr, faq } = build({ 'afspraak.nl.md': NL, 'afspraak.en.md': EN });
  const [entry] = faq.entries;
  assert.equal(
    entry.answer.nl,
    'Ja, uw afspraak gaat door, tenzij wij u vooraf bellen of een bericht sturen via de app van het ziekenhuis. Twijfelt u, bel dan de polikliniek op werkdagen tussen 8:00 en 17:00.\n\nNeem mee:\n- uw verzekeringspas\n- een lijst van uw medicijnen',
  );
  assert.equal(
    entry.answer.en,
    'Yes, your appointment goes ahead unless we call you beforehand or send a message in the hospital app. If in doubt, call the outpatient clinic on weekdays between 8:00 and 17:00.' +
      '\n\nBring:\n- your insurance card\n- a list of your medicines',
  );
  // Said once, in the questions' language (the first file's: afspraak.en.md sorts first), naming the files.
  assert.match(stderr, /Joined 4 lines that ended in the middle of a sentence \(afspraak\.en\.md, afspraak\.nl\.md\): readers show each line as a line of its own/, stderr);
});

test('faq build keeps facts typed one per line, and says nothing about wrapping then (Dutch)', () => {
  const typed = '---\nid: stroom\nquestion: Wat weten we over de stroomstoring?\n---\nDe stroom is uit in Utrecht-Oost.\nMonteurs zijn onderweg.\nDe oorzaak is nog niet bekend\n';
  const { stderr, faq } = build({ 'stroom.nl.md': typed });
  assert.equal(faq.entries[0].answer.nl, 'De stroom is uit in Utrecht-Oost.\nMonteurs zijn onderweg.\nDe oorzaak is nog niet bekend');
  assert.doesNotMatch(stderr, /vastgemaakt|Joined/, stderr);
  const wrapped = build({ 'afspraak.nl.md': NL }).stderr;
  assert.match(wrapped, /2 regels die midden in een zin eindigden aan de volgende vastgemaakt \(afspraak\.nl\.md\): lezers zien elke regel als een eigen regel/, wrapped);
});
