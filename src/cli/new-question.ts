/**
 * `clearline new question`: answers a question readers searched without a result (`clearline report`'s
 * unanswered questions) from the terminal: one text per language of the FAQ folder, written as the
 * Markdown files `faq build` reads (`drinking-water.nl.md`, `drinking-water.en.md`) with their front
 * matter, so nobody writes front matter by hand at 2 a.m. Refused, with nothing written, when a language
 * is missing, a text is empty, the id is taken, or the folder would not build (a folder that is not there, `faq` or the
 * --dir given, is made for the first question, and said);
 * a file is never replaced. With --out it rebuilds the FAQ document with `faq build` itself.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { slugOf } from '../feed/reason-edit.js';
import { CliError, isObj, parseLangs, str, type Command } from './command.js';
import { splitName } from './faq-markdown.js';
import {
  FOLDER_OPTIONS, besideFeed, checkFolder, deskOf, listOption, questionFile, readFaqFolder, rebuild, rebuildTarget, reportWarnings, textLanguages, textsFor, writeNewFiles,
} from './question-file.js';
import { exists } from './io.js';
import { QUESTION_TERMS } from './question-terms.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const newQuestion: Command = {
  name: 'new question',
  summary: 'answer a new question in the FAQ: writes its Markdown files (one per language) with their front matter',
  usage: 'clearline new question --question TEXT... --answer TEXT... [--lang nl,en] [--id ID] [--tags WORD...] [--incidents ID...] [--order N] [--dir faq] [--out faq.json [--feed-id ID]]',
  positionals: 0,
  options: {
    question: { type: 'string', multiple: true, help: 'the question as people ask it, e.g. "Can I drink the tap water?" (once per language of the FAQ, in the order of --lang)' },
    answer: { type: 'string', multiple: true, help: 'the answer people read, Markdown allowed (once per language, in the same order as --question)' },
    lang: { type: 'string', help: 'the languages of --question and --answer, in the order you give them, comma-separated, e.g. nl,en (default: the languages of the FAQ folder, in the order of the feed.json in this folder)' },
    id: { type: 'string', help: 'the answer\'s id, also the start of its file names (default: from the question, e.g. can-i-drink-the-tap-water); contact reasons link to it with new reason --faq ID' },
    tags: { type: 'string', multiple: true, help: 'more words the search finds it by (repeat, or comma-separated), e.g. --tags "tap water,boil"' },
    incidents: { type: 'string', multiple: true, help: 'the incidents it is about, by id (repeat, or comma-separated): shown with them while they are open' },
    order: { type: 'string', help: 'where readers see it: 1 first, 2 next, …; questions without an order follow, by file name (front matter order:)' },
    ...FOLDER_OPTIONS,
  },
  async run(v) {
    const dir = str(v.dir) ?? 'faq';
    const feed = await besideFeed();
    const given = parseLangs(v.lang);
    // The first question: the folder is made, and said (a municipality's desk was told "mkdir faq" first; a trial user's
    // --dir faq was refused 11 times in a row). A --dir beside a faq folder that holds answers may be a slip: said too.
    const first = !(await exists(dir));
    const folder = first ? { dir, files: [], langs: [] } : await readFaqFolder(dir, QUESTION_TERMS[deskOf(feed, given)]);
    const langs = textLanguages(folder, given, feed, true, QUESTION_TERMS[deskOf(feed, given)]);
    const lang = deskOf(feed, langs);
    const t = QUESTION_TERMS[lang];
    for (const option of ['question', 'answer'] as const) if (v[option] === undefined) throw new CliError(t.give(option));
    const questions = textsFor(v, 'question', langs, dir, t)!;
    const answers = textsFor(v, 'answer', langs, dir, t)!;

    const id = str(v.id) ?? slugOf(questions[langs[0]!]!);
    if (!id) throw new CliError(t.noSlug);
    if (!ID.test(id)) throw new CliError(t.badId(id));
    const taken = folder.files.filter((f) => f.id === id || splitName(f.name)?.base === id);
    if (taken.length) throw new CliError(t.idTaken(dir, id, taken.map((f) => join(dir, f.name))));
    const order = str(v.order);
    if (order !== undefined && !/^\d{1,6}$/.test(order.trim())) throw new CliError(t.badOrder(order));
    const tags = listOption(v.tags);
    const incidents = listOption(v.incidents);
    const known = isObj(feed) && Array.isArray(feed.incidents) ? feed.incidents.filter(isObj).map((i) => String(i.id)) : undefined;
    const stranger = known && incidents.find((i) => !known.includes(i));
    if (stranger) throw new CliError(t.unknownIncident(stranger, 'feed.json', known!.join(', ') || '-'));
    const target = await rebuildTarget(v, lang);

    const files = langs.map((l) => ({ name: `${id}.${l}.md`, text: questionFile(id, questions[l]!, answers[l]!, { tags, incidents, ...(order ? { order: order.trim() } : {}) }) }));
    const { warnings, doc } = checkFolder(folder, files, id, 'added', lang);
    if (first) await mkdir(dir, { recursive: true });
    await writeNewFiles(files.map((f) => ({ path: join(dir, f.name), text: f.text })), t);
    if (first) console.log(t.madeFolder(dir));
    if (first && resolve(dir) !== resolve('faq') && (await readdir('faq').catch(() => [])).some((n) => n.endsWith('.md'))) console.error(t.otherFolder(dir, 'faq'));
    console.log(t.added(id, dir));
    langs.forEach((l, i) => console.log(`  ${join(dir, files[i]!.name)}: ${questions[l]}`));
    reportWarnings(warnings, id, lang, doc);
    if (target) await rebuild(dir, target);
    else console.log(t.buildHint(dir, 'faq.json'));
  },
};
