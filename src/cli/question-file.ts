/**
 * What `new question` and `edit question` share: reading the FAQ folder (`opening-hours.nl.md`,
 * `opening-hours.en.md`, … as `faq build` reads it), which language each text given is in, writing
 * a file's front matter so that faq-markdown.ts reads back exactly what was typed, checking the
 * folder still builds (faq-markdown.ts's buildEntries) and lints as signing would before anything is
 * written, writing a new file without ever replacing one, and rebuilding the FAQ document with
 * `faq build` itself (`--out`).
 */
import { link, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { feedLanguages } from '../feed/languages.js';
import type { FeedDraft } from '../feed/update.js';
import { uiLanguage } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import { formatFinding, ownWords, type Finding } from '../lint/index.js';
import { CliError, isObj, iso, list, str, type Values } from './command.js';
import { deskLanguage } from './desk-lang.js';
import { faqBuild } from './faq-build.js';
import { buildEntries, parseFrontMatter, splitName, type BuiltEntry, type FaqSource } from './faq-markdown.js';
import { exists, readJson } from './io.js';
import { lintNow, reportFindings } from './lint-report.js';
import { QUESTION_TERMS, type QuestionTerms } from './question-terms.js';

/** One Markdown file of the folder: its entry id (front matter `id:`, else the name) and language. */
export interface FolderFile extends FaqSource {
  id: string;
  lang: string;
  question?: string;
}

export interface FaqFolder {
  dir: string;
  files: FolderFile[];
  /** The languages of its files, in file-name order. */
  langs: string[];
}

/** The feed.json in the folder the command runs in (as keygen reads it): its languages order the texts and choose the desk's. */
export async function besideFeed(): Promise<Record<string, unknown> | undefined> {
  if (!(await exists('feed.json'))) return undefined;
  const feed = await readJson('feed.json', 'the feed').catch(() => undefined);
  return isObj(feed) && feed.type === 'status' ? feed : undefined;
}

/** The desk's language: the feed's beside the folder, else the first language of the texts. */
export const deskOf = (feed: unknown, langs: readonly string[] = []): UiLanguage => (feed ? deskLanguage(feed) : uiLanguage(langs[0]));

export async function readFaqFolder(dir: string, t: QuestionTerms): Promise<FaqFolder> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new CliError(t.noFolder(dir));
  if (!info.isDirectory()) throw new CliError(t.notFolder(dir));
  const files: FolderFile[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()) {
    const parts = splitName(name);
    if (!parts) continue; // faq build refuses it; checkFolder says so before anything is written
    const text = await readFile(join(dir, name), 'utf8');
    let data: Record<string, unknown> = {};
    try {
      data = parseFrontMatter(text, name).data;
    } catch {
      // idem
    }
    files.push({ name, text, id: typeof data.id === 'string' ? data.id : parts.base, lang: parts.lang, question: str(data.question) });
  }
  return { dir, files, langs: [...new Set(files.map((f) => f.lang))] };
}

/**
 * Which language each text given is in: `--lang` when given (`all`: it must name every language of the
 * folder, as a new question needs), else the folder's languages in the order of the feed beside it.
 * The folder alone does not say which text is Dutch and which English: with several languages and no
 * feed, --lang is asked for (a Dutch answer in the English file is worse than one more option).
 */
export function textLanguages(folder: FaqFolder, given: string[], feed: unknown, all: boolean, t: QuestionTerms): string[] {
  const { dir, langs } = folder;
  const feedLangs = feed ? feedLanguages(feed as unknown as FeedDraft, []).filter(Boolean) : [];
  // The folder's languages, those of the feed first in its order (messages name them so).
  const known = feedLangs.filter((l) => langs.includes(l));
  const rest = langs.filter((l) => !known.includes(l));
  const ordered = [...known, ...rest];
  if (given.length) {
    const stranger = langs.length ? given.find((l) => !langs.includes(l)) : undefined;
    if (stranger) throw new CliError(t.notInFolder(dir, stranger, ordered));
    const missing = all ? ordered.filter((l) => !given.includes(l)) : [];
    if (missing.length) throw new CliError(t.langLeftOut(dir, missing, ordered));
    return given;
  }
  if (!langs.length) {
    if (feedLangs.length) return feedLangs;
    throw new CliError(t.noLanguages(dir));
  }
  if (rest.length <= 1) return ordered;
  // Nothing says which language the desk reads: the refusal in both.
  throw new CliError(!feed ? `${QUESTION_TERMS.en.whichOrder(dir, langs)}\n${QUESTION_TERMS.nl.whichOrder(dir, langs)}` : t.whichOrder(dir, langs));
}

/** One text per language of `langs`, none empty; a question on one line. Undefined when the option was not given. */
export function textsFor(v: Values, option: 'question' | 'answer', langs: string[], dir: string, t: QuestionTerms): Record<string, string> | undefined {
  const texts = list(v[option]);
  if (!texts.length) return undefined;
  if (texts.length !== langs.length) throw new CliError(t.perLanguage(dir, option, langs, texts.length));
  const out: Record<string, string> = {};
  langs.forEach((l, i) => {
    const text = option === 'question' ? texts[i]!.replace(/\s+/g, ' ').trim() : texts[i]!.replace(/\r\n?/g, '\n').trim();
    if (!text) throw new CliError(t.empty(option, l));
    out[l] = text;
  });
  return out;
}

/** `--tags a,b --tags c` as one list without duplicates. */
/** The options new question and edit question share: where the Markdown answers are, and the rebuild. */
export const FOLDER_OPTIONS = {
    dir: { type: 'string', help: 'the folder of the FAQ answers in Markdown, the one faq build reads (default: faq)' },
    out: { type: 'string', help: 'also rebuild the FAQ document, as clearline faq build does, e.g. --out faq.json; then sign it' },
    'feed-id': { type: 'string', help: 'with --out: the FAQ document\'s feed_id (default: the one in the --out file)' },
} as const;

export const listOption = (v: unknown): string[] => [...new Set(list(v).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))];

const readsBack = (line: string, key: string, value: string | string[]): boolean => {
  try {
    return JSON.stringify(parseFrontMatter(`---\n${line}\n---\nx`, '').data[key]) === JSON.stringify(value);
  } catch {
    return false;
  }
};

/** `key: value` as faq-markdown.ts reads it back: plain when that is exact, else quoted. */
export function frontMatterLine(key: string, value: string | string[]): string {
  const tries =
    typeof value === 'string'
      ? [value, `"${value.replace(/"/g, '\\"')}"`, `'${value.replace(/'/g, "''")}'`].map((v) => `${key}: ${v}`)
      : [`${key}: [${value.join(', ')}]`, `${key}:\n${value.map((x) => `  - ${frontMatterLine('x', x).slice(3)}`).join('\n')}`];
  const line = tries.find((l) => readsBack(l, key, value));
  if (!line) throw new CliError(`cannot write ${key} "${String(value)}" in front matter; leave out its quotes or brackets`);
  return line;
}

/** A new entry's file in one language: front matter (id, question, tags, incidents, order), then the answer. */
export function questionFile(id: string, question: string, answer: string, extra: { tags?: string[]; incidents?: string[]; order?: string } = {}): string {
  const lines = [frontMatterLine('id', id), frontMatterLine('question', question)];
  for (const key of ['tags', 'incidents'] as const) if (extra[key]?.length) lines.push(frontMatterLine(key, extra[key]!));
  if (extra.order) lines.push(frontMatterLine('order', extra.order));
  return `---\n${lines.join('\n')}\n---\n${answer}\n`;
}

/** A file with a new question, answer and/or order (null: none); the rest of its front matter (tags, comments) as it was. */
export function rewrittenFile(text: string, change: { question?: string; answer?: string; order?: string | null }): string {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(src)!;
  let head = change.question === undefined ? m[1]! : m[1]!.replace(/^question\s*:.*$/m, () => frontMatterLine('question', change.question!));
  // --order: the `order:` line replaced, or added at the end of the front matter (trial X hand-edited `order: 1`).
  // null (--order none): the line taken away.
  if (change.order === null) head = head.replace(/^order\s*:.*(?:\n|$)/m, '').replace(/\n$/, '');
  else if (change.order !== undefined) head = /^order\s*:/m.test(head) ? head.replace(/^order\s*:.*$/m, () => frontMatterLine('order', change.order!)) : `${head}\n${frontMatterLine('order', change.order)}`;
  return `---\n${head}\n---\n${change.answer ?? src.slice(m[0].length).trim()}\n`;
}

/**
 * The folder with `files` added or replaced, built as `faq build` builds it and the entry linted as
 * `sign` lints it: a folder that would not build, or an entry with an error, is refused before
 * anything is written. Returns the entry and its warnings.
 */
export function checkFolder(folder: FaqFolder, files: FaqSource[], id: string, done: 'added' | 'changed', lang: UiLanguage): { entry: BuiltEntry; warnings: Finding[]; doc: unknown } {
  const t = QUESTION_TERMS[lang];
  const names = new Set(files.map((f) => f.name));
  let entries: BuiltEntry[];
  try {
    entries = buildEntries([...folder.files.filter((f) => !names.has(f.name)).map(({ name, text }) => ({ name, text })), ...files]);
  } catch (e) {
    throw new CliError(t.wouldNotBuild(folder.dir, (e as Error).message), 1, 'invalid');
  }
  const entry = entries.find((e) => e.id === id)!;
  const now = Date.now();
  const doc = { type: 'faq', version: 1, feed_id: 'faq', seq: 0, issued_at: iso(now), expires_at: iso(now + 86_400_000), entries: [entry] };
  const findings = lintNow(doc, now, { lang }).filter((f) => f.path === 'entries/0' || f.path.startsWith('entries/0/'));
  const errors = ownWords(findings.filter((f) => f.severity === 'error'));
  if (errors.length) throw new CliError(`${t.refused(done)}\n${errors.map((f) => formatFinding(f, lang, doc).replace('entries/0/', '')).join('\n')}`, 1, 'invalid');
  return { entry, warnings: findings.filter((f) => f.severity === 'warning'), doc };
}

/** The entry's warnings, under its id, its fields named without the one-entry document's `entries/0/`. */
export const reportWarnings = (warnings: Finding[], id: string, lang: UiLanguage, doc: unknown) =>
  reportFindings(warnings, id, (line) => console.error(line.replace('entries/0/', '')), lang, doc);

/** Writes `text` to `path` only if there is no such file (a temporary file, then a hard link: never half-written, never replacing one). */
async function writeNew(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await open(tmp, 'wx', 0o644);
  try {
    await fh.write(text);
    await fh.sync();
    await fh.close();
    await link(tmp, path);
  } finally {
    await fh.close().catch(() => {});
    await unlink(tmp).catch(() => {});
  }
}

/** Writes new files, none replacing one; when one cannot be written, the ones written before it are removed again. */
export async function writeNewFiles(files: { path: string; text: string }[], t: QuestionTerms): Promise<void> {
  const written: string[] = [];
  for (const f of files) {
    try {
      await writeNew(f.path, f.text);
      written.push(f.path);
    } catch (e) {
      await Promise.all(written.map((p) => unlink(p).catch(() => {})));
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(code === 'EEXIST' ? t.fileExists(f.path) : `cannot write ${f.path}: ${code ?? (e as Error).message}`, 1, code === 'EEXIST' ? 'conflict' : undefined);
    }
  }
}

/** `--out faq.json`: where to rebuild the FAQ document and its feed_id (--feed-id, else the one in that file). Checked before anything is written. */
export async function rebuildTarget(v: Values, lang: UiLanguage): Promise<{ out: string; feedId: string } | undefined> {
  const out = str(v.out);
  if (!out) return undefined;
  const t = QUESTION_TERMS[lang];
  let feedId = str(v['feed-id']);
  if (await exists(out)) {
    const doc = await readJson(out, 'the FAQ document', lang);
    if (!isObj(doc) || doc.type !== 'faq') throw new CliError(t.notFaq(out));
    feedId ??= str(doc.feed_id);
  }
  if (!feedId) throw new CliError(t.needFeedId(out));
  return { out, feedId };
}

/** Builds the FAQ document from the folder with `faq build` itself: its summary, sign hint and findings. */
export const rebuild = (dir: string, target: { out: string; feedId: string }) => faqBuild.run({ 'feed-id': target.feedId, out: target.out }, [dir]);
