// line-wrapped: an FAQ answer built before faq build joined wrapped lines (or written in faq.json by hand), or a text
// pasted from an e-mail wrapped at 72 columns, breaks mid-sentence on a phone (readers keep every line, trial X). Lint
// names it, in Dutch and English; facts typed one per line and lists stay quiet. Uses dist/ (`npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintCleanFaq, lintCleanFeed } from './lint-feed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const NOW = Date.parse('2026-11-23T12:00:00Z');
const wrapped = (doc, lang) => lintDocument(doc, { now: NOW, lang }).filter((f) => f.rule === 'line-wrapped');

test('an FAQ answer wrapped mid-sentence is named, with faq build as the fix (Dutch and English)', () => {
  const faq = lintCleanFaq();
  faq.entries[0].answer = {
    nl: 'Uw afspraak gaat door, tenzij wij u vooraf bellen of een bericht sturen via de\napp van het ziekenhuis.',
    en: 'Your appointment goes ahead unless we call you beforehand or send a message in\nthe hospital app.',
  };
  const [nl] = wrapped(faq, 'nl');
  assert.equal(nl.path, 'entries/0/answer/nl');
  assert.match(nl.message, /een regel eindigt midden in een zin \(“…sturen via de \/ app van het…”\): lezers zien elke regel als een eigen regel/);
  assert.match(nl.fix, /clearline faq build opnieuw/);
  const en = wrapped(faq, 'en').find((f) => f.path === 'entries/0/answer/en');
  assert.match(en.message, /a line ends in the middle of a sentence \(“…a message in \/ the hospital app\.…”\)/);
  assert.match(en.fix, /Run clearline faq build again/);
});

test('facts typed one per line, and a list, are not named', () => {
  const feed = lintCleanFeed(NOW);
  feed.incidents[0].known = {
    nl: 'De stroom is uit in Utrecht-Oost.\nOngeveer 3.000 huishoudens in Utrecht-Oost, Zeist en Bunnik hebben sinds 14:05 geen stroom\nMonteurs zijn onderweg',
    en: 'Power is off in Utrecht-Oost.\nAbout 3,000 homes in Utrecht-Oost, Zeist and Bunnik have had no power since 14:05 today\n- Engineers are on their way\n- the cause is not known yet',
  };
  assert.deepEqual(wrapped(feed, 'en'), []);
});
