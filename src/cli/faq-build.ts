import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { validatePayload } from '../feed/schema.js';
import { CliError, invalidDocument, iso, json, str, type Command } from './command.js';
import { buildEntries, filesLanguage, type FaqSource } from './faq-markdown.js';
import { keptFromOut } from './faq-kept.js';
import { FAQ_TERMS } from './faq-terms.js';
import { fileLanguage, writeOut } from './io.js';
import { lintNow, nlCount, reportFindings } from './lint-report.js';
import { shellArg } from '../lint/shell.js';
import { pickText } from '../i18n/lang.js';

export const faqBuild: Command = {
  name: 'faq build',
  summary: 'build an FAQ document from Markdown files (opening-hours.nl.md, opening-hours.en.md, …)',
  usage: 'clearline faq build DIR --feed-id ID --out faq.json',
  positionals: 1,
  options: {
    'feed-id': { type: 'string', help: 'the feed_id of the FAQ document' },
    out: { type: 'string', help: 'where to write the FAQ document (default: standard output)' },
    json: { type: 'boolean', help: 'print a JSON summary' },
  },
  async run(v, [dir]) {
    if (!dir) throw new CliError('give the folder with the Markdown files, e.g. clearline faq build faq/ --feed-id example-faq --out faq.json');
    // Said in the questions' language (the first file's, faq-markdown.ts), as the built FAQ's findings are; with
    // no file named <entry>.<language>.md yet, the feed.json's beside the folder (io.ts), else English.
    const names = await readdir(dir).catch(() => undefined);
    // A folder in two languages (x.en.md sorts before x.nl.md) speaks the feed's first language when it is one of them.
    const mds = names?.filter((n) => n.endsWith('.md')) ?? [];
    const beside = await fileLanguage(dir);
    const own = filesLanguage(mds);
    const lang = own && !mds.some((n) => new RegExp(`\\.${beside}(-[a-z]+)?\\.md$`, 'i').test(n)) ? own : beside;
    const t = FAQ_TERMS[lang];
    if (!names) throw new CliError(t.noFolder(dir));
    const feedId = str(v['feed-id']);
    if (!feedId) throw new CliError(t.giveFeedId);
    const files: FaqSource[] = [];
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) files.push({ name, text: await readFile(join(dir, name), 'utf8') });
    if (!files.length) throw new CliError(t.noFiles(dir));
    let entries;
    const sources = new Map<string, string[]>();
    const ordered = new Set<string>();
    const joined = new Map<string, number>();
    try {
      entries = buildEntries(files, lang, sources, ordered, joined);
    } catch (e) {
      throw new CliError((e as Error).message, 1, 'invalid');
    }
    const doc = { type: 'faq', version: 1, feed_id: feedId, ...(await keptFromOut(str(v.out), feedId)), entries };
    // issued_at, expires_at and seq are stamped by `sign`; validate the rest with placeholders for them.
    const check = validatePayload('faq', { ...doc, seq: 0, issued_at: iso(Date.now()), expires_at: iso(Date.now() + 3_600_000) });
    // Each problem named by the files it is in ("storing.nl.md, id"), not "entries/1/id"; the feed id as the option that gave it.
    const place = (path: string) => {
      const m = /^entries\/(\d+)(?:\/(.*))?$/.exec(path);
      if (m) return t.entryPlace((sources.get(entries[Number(m[1])]?.id ?? '') ?? []).join(', ') || path, m[2] ?? '');
      return path === 'feed_id' ? '--feed-id' : path;
    };
    if (!check.ok) throw invalidDocument(t.theFaq, 'faq', check.issues.map((i) => ({ ...i, path: place(i.path) })), lang);
    const text = json(doc) + '\n';
    const out = str(v.out);
    await writeOut(out, text, lang);
    // Spoken in the FAQ's language (its questions', `lang` above: deskLanguage(doc) reads the same), as verify and sign speak it; a Dutch desk read "1 entries from 1 files".
    const findings = lintNow(doc, Date.now(), { lang }).filter((f) => f.rule !== 'schema');
    if (v.json) console.log(json({ out: out ?? null, entries: entries.length, files: files.length, findings }));
    // The signed file beside the FAQ (../faq.json -> ../faq.jws.json), as the studio names feed.jws.json: a bare
    // faq.jws.json landed in the folder the command ran in, among the Markdown files. The folder by its name ("faq", not "..").
    else if (out) {
      const folder = basename(resolve(dir));
      const sign = `clearline sign --key … ${shellArg(out)} --out ${shellArg(`${out.replace(/\.json$/i, '')}.jws.json`)}`;
      const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
      console.error(
        lang === 'nl'
          ? `${out} gemaakt: ${nlCount(entries.length, 'vraag', 'vragen')} uit ${nlCount(files.length, 'bestand', 'bestanden')} in ${folder}. Onderteken het met: ${sign}`
          : `Built ${out}: ${count(entries.length, 'entry', 'entries')} from ${count(files.length, 'file', 'files')} in ${folder}. Sign it with: ${sign}`,
      );
    }
    if (!v.json && joined.size) console.error(t.joinedWraps([...joined.values()].reduce((a, b) => a + b, 0), [...joined.keys()]));
    // Once, when file names decide part of the order: trial T's co-op saw the billing question first during an ice storm.
    if (!v.json && entries.length > 1 && entries.some((e) => !ordered.has(e.id))) {
      // Each question in the desk's language ("nl" finds nl-BE): a Flemish desk read its Dutch sentence with English questions (trial U).
      const shown = entries.slice(0, 3).map((e) => pickText(e.question, lang) || e.id);
      console.error(t.shownOrder(shown, entries.length - shown.length));
    }
    if (!v.json) reportFindings(findings, out ?? (lang === 'nl' ? 'de FAQ' : 'the FAQ'), undefined, lang, doc);
  },
};
