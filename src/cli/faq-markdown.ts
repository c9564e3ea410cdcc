/** FAQ documents from Markdown files with front matter: `opening-hours.nl.md`, `opening-hours.en.md`, … */
import { uiLanguage } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import { FAQ_TERMS } from './faq-terms.js';
import { unwrapLines } from '../content/soft-wrap.js';

export interface FrontMatter {
  data: Record<string, string | string[]>;
  body: string;
}

const unquote = (s: string) => {
  const t = s.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) {
    return t.startsWith('"') ? t.slice(1, -1).replace(/\\"/g, '"') : t.slice(1, -1).replace(/''/g, "'");
  }
  return t;
};

/**
 * Parses the small YAML subset FAQ files need: `key: value`, quoted values, `key: [a, b]` and
 * block lists (`key:` then `- a` lines). Anything else is an error with its line number.
 */
export function parseFrontMatter(text: string, file: string, lang: UiLanguage = 'en'): FrontMatter {
  const t = FAQ_TERMS[lang];
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(src);
  if (!m) throw new Error(t.noFrontMatter(file));
  const data: Record<string, string | string[]> = {};
  let listKey: string | undefined;
  m[1]!.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (data[listKey] as string[]).push(unquote(item[1]!));
      return;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) throw new Error(t.notKeyValue(file, i + 2, line));
    const [, key, raw] = kv as unknown as [string, string, string];
    listKey = undefined;
    const value = raw.trim();
    if (value === '') {
      data[key] = [];
      listKey = key;
    } else if (value.startsWith('[') && value.endsWith(']')) {
      data[key] = value.slice(1, -1).split(',').map(unquote).filter(Boolean);
    } else data[key] = unquote(value);
  });
  return { data, body: src.slice(m[0].length).trim() };
}

/** `opening-hours.nl.md` -> {base: 'opening-hours', lang: 'nl'}. */
export function splitName(name: string): { base: string; lang: string } | undefined {
  const m = /^(.+)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\.md$/.exec(name);
  return m ? { base: m[1]!, lang: m[2]! } : undefined;
}

export interface FaqSource {
  name: string;
  text: string;
}

export interface BuiltEntry {
  id: string;
  question: Record<string, string>;
  answer: Record<string, string>;
  tags?: string[];
  incidents?: string[];
}

const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * The language of the questions, for what faq build says: that of the first file (in the order the
 * entries are built), as deskLanguage reads the built FAQ; undefined when no file is named <entry>.<language>.md.
 */
export function filesLanguage(names: readonly string[]): UiLanguage | undefined {
  const first = [...names].sort((a, b) => a.localeCompare(b)).map(splitName).find((p) => p !== undefined);
  return first ? uiLanguage(first.lang) : undefined;
}

/**
 * Groups the files by entry id (one file per language) in file-name order; `sources` gets each entry's file names, to name
 * them in errors; `ordered` the ids that have an `order:` (faq build names the order when some have none); `joined` per file
 * how many lines wrapped in the middle of a sentence were joined (content/soft-wrap.ts: readers show every line as a line).
 */
export function buildEntries(
  files: readonly FaqSource[],
  lang: UiLanguage = 'en',
  sources?: Map<string, string[]>,
  ordered?: Set<string>,
  joined?: Map<string, number>,
): BuiltEntry[] {
  const t = FAQ_TERMS[lang];
  const byId = new Map<string, BuiltEntry>();
  // `order: 1` first: a mobile operator's "Can I still call 911?" came after "Will I get a credit on my bill?" (file names).
  const orders = new Map<string, number>();
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const parts = splitName(f.name);
    if (!parts) throw new Error(t.badName(f.name));
    const { data, body } = parseFrontMatter(f.text, f.name, lang);
    const id = typeof data.id === 'string' ? data.id : parts.base;
    const question = data.question;
    if (typeof question !== 'string' || !question.trim()) throw new Error(t.needsQuestion(f.name));
    if (!body) throw new Error(t.emptyAnswer(f.name));
    if (data.order !== undefined) {
      if (typeof data.order !== 'string' || !/^\d{1,6}$/.test(data.order)) throw new Error(t.badOrder(f.name, String(data.order)));
      orders.set(id, Math.min(orders.get(id) ?? Infinity, Number(data.order)));
      ordered?.add(id);
    }
    const entry = byId.get(id) ?? { id, question: {}, answer: {} };
    if (entry.question[parts.lang] !== undefined) throw new Error(t.duplicate(f.name, id, parts.lang));
    sources?.set(id, [...(sources.get(id) ?? []), f.name]);
    entry.question[parts.lang] = question.trim();
    // An answer hard-wrapped at ~80 columns in an editor showed its line ends mid-sentence on a phone: joined here, once.
    const unwrapped = unwrapLines(body);
    if (unwrapped.joined) joined?.set(f.name, unwrapped.joined);
    entry.answer[parts.lang] = unwrapped.text;
    for (const key of ['tags', 'incidents'] as const) {
      const merged = [...new Set([...(entry[key] ?? []), ...asList(data[key])])];
      if (merged.length) entry[key] = merged;
    }
    byId.set(id, entry);
  }
  // The desk's language first in each text, so sign, lint and verify of the built FAQ speak it too (deskLanguage reads the first).
  const first = <T>(o: Record<string, T>) => (lang in o ? { [lang]: o[lang], ...o } : o);
  const rank = (e: BuiltEntry) => orders.get(e.id) ?? Infinity;
  return [...byId.values()].sort((a, b) => (rank(a) === rank(b) ? 0 : rank(a) - rank(b))).map((e) => ({ ...e, question: first(e.question), answer: first(e.answer) }));
}
