/**
 * `clearline edit question`: changes an FAQ answer (or its question) in one language or all, in the
 * Markdown files `faq build` reads, keeping the other languages and the rest of the front matter
 * (tags, incidents) as they are; a language the answer has no file in yet gets one, given both texts.
 * Without --id it lists the questions. The same checks as `new question` before anything is written.
 */
import { join } from 'node:path';
import { pickText } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import { CliError, parseLangs, str, type Command } from './command.js';
import { parseFrontMatter, splitName, type FaqSource } from './faq-markdown.js';
import { readText, writeText } from './io.js';
import {
  FOLDER_OPTIONS, besideFeed, checkFolder, deskOf, questionFile, readFaqFolder, rebuild, rebuildTarget, reportWarnings, rewrittenFile, textLanguages, textsFor, writeNewFiles, type FaqFolder,
} from './question-file.js';
import { QUESTION_TERMS } from './question-terms.js';

export const editQuestion: Command = {
  name: 'edit question',
  summary: 'change an FAQ answer or question in one language or all, keeping the others (without --id: list them)',
  usage: 'clearline edit question [--id ID] [--lang en] [--answer TEXT...] [--question TEXT...] [--order N|none] [--dir faq] [--out faq.json [--feed-id ID]]',
  positionals: 0,
  options: {
    id: { type: 'string', help: 'which question (its id; run without --id to see them); the id itself never changes' },
    lang: { type: 'string', help: 'the languages of the texts you give, comma-separated, e.g. --lang en to change only the English answer (default: every language of the FAQ folder, in the order of the feed.json in this folder)' },
    answer: { type: 'string', multiple: true, help: 'the new answer, Markdown allowed (once per --lang language)' },
    question: { type: 'string', multiple: true, help: 'the question in new words (once per --lang language)' },
    order: { type: 'string', help: 'where readers see it: 1 first, 2 next, …; in every language of the question (front matter order:); none (or "") takes the order away' },
    ...FOLDER_OPTIONS,
  },
  async run(v) {
    const dir = str(v.dir) ?? 'faq';
    const feed = await besideFeed();
    const given = parseLangs(v.lang);
    let lang = deskOf(feed, given);
    let t = QUESTION_TERMS[lang];
    const folder = await readFaqFolder(dir, t);
    const id = str(v.id);
    const changing = v.question !== undefined || v.answer !== undefined || v.order !== undefined;
    if (!id && !changing) return listQuestions(folder, lang);
    const ids = [...new Set(folder.files.map((f) => f.id))].join(', ') || '-';
    if (!id) throw new CliError(t.giveId(dir, ids));
    const mine = folder.files.filter((f) => f.id === id);
    if (!mine.length) throw new CliError(t.noSuchId(dir, id, ids));
    if (!changing) throw new CliError(t.sayWhat);
    // Only --order: it is for every language, so no --lang is needed.
    const texts = v.question !== undefined || v.answer !== undefined;
    const langs = texts ? textLanguages(folder, given, feed, false, t) : given ?? [];
    lang = deskOf(feed, langs);
    t = QUESTION_TERMS[lang];
    const questions = textsFor(v, 'question', langs, dir, t);
    const answers = textsFor(v, 'answer', langs, dir, t);
    // --order none (or "") takes the order away: the question goes back among those without one, by file name.
    const asked = str(v.order)?.trim();
    const order = asked === undefined ? undefined : /^(?:none|geen)?$/i.test(asked) ? null : asked;
    if (order && !/^\d{1,6}$/.test(order)) throw new CliError(t.badOrder(order));

    const changed: FaqSource[] = [];
    const added: FaqSource[] = [];
    for (const l of texts ? langs : []) {
      const file = mine.find((f) => f.lang === l);
      if (!file) {
        if (!questions || !answers) throw new CliError(t.newLanguage(id, l));
        added.push({ name: `${id}.${l}.md`, text: questionFile(id, questions[l]!, answers[l]!, order ? { order } : {}) });
        continue;
      }
      try {
        parseFrontMatter(file.text, file.name);
      } catch (e) {
        throw new CliError(t.wouldNotBuild(dir, (e as Error).message), 1, 'invalid');
      }
      changed.push({ name: file.name, text: rewrittenFile(file.text, { question: questions?.[l], answer: answers?.[l], order }) });
    }
    // The order is the question's, not one language's: every file of it gets it.
    for (const f of order === undefined ? [] : mine.filter((m) => !changed.some((c) => c.name === m.name))) {
      try {
        parseFrontMatter(f.text, f.name);
      } catch (e) {
        throw new CliError(t.wouldNotBuild(dir, (e as Error).message), 1, 'invalid');
      }
      changed.push({ name: f.name, text: rewrittenFile(f.text, { order }) });
    }
    const target = await rebuildTarget(v, lang);
    const { warnings, doc, entry } = checkFolder(folder, [...changed, ...added], id, 'changed', lang);
    // Someone else changed a file since it was read: nothing is written, as update does for feed.json.
    for (const f of changed) {
      if ((await readText(join(dir, f.name), 'the answer', lang)) !== mine.find((m) => m.name === f.name)!.text) {
        throw new CliError(t.conflict(join(dir, f.name)), 1, 'conflict');
      }
    }
    for (const f of changed) await writeText(join(dir, f.name), f.text);
    await writeNewFiles(added.map((f) => ({ path: join(dir, f.name), text: f.text })), t);
    console.log(t.changed(id, dir));
    for (const f of [...changed, ...added]) console.log(`  ${join(dir, f.name)}: ${entry.question[splitName(f.name)!.lang] ?? ''}`);
    reportWarnings(warnings, id, lang, doc);
    if (target) await rebuild(dir, target);
    else console.log(t.buildHint(dir, 'faq.json'));
  },
};

/** The questions, one a line: id, the question in the desk's language (else the first), and its languages. */
function listQuestions(folder: FaqFolder, lang: UiLanguage): void {
  const t = QUESTION_TERMS[lang];
  if (!folder.files.length) return console.log(t.none(folder.dir));
  console.log(t.list(folder.dir));
  const ids = [...new Set(folder.files.map((f) => f.id))];
  for (const id of ids) {
    const files = folder.files.filter((f) => f.id === id);
    const question = pickText(Object.fromEntries(files.map((f) => [f.lang, f.question ?? ''])), lang);
    console.log(`  ${id}: ${question} (${files.map((f) => f.lang).join(', ')})`);
  }
  console.log(t.howToChange(folder.dir));
}
