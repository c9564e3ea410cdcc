/** FAQ documents from Markdown files with front matter: `opening-hours.nl.md`, `opening-hours.en.md`, … */

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
export function parseFrontMatter(text: string, file: string): FrontMatter {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(src);
  if (!m) throw new Error(`${file}: no front matter; start the file with a --- line, then id: and question:, then ---`);
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
    if (!kv) throw new Error(`${file}: front matter line ${i + 2} is not "key: value": ${line}`);
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

/** Groups the files by entry id (one file per language) in file-name order. */
export function buildEntries(files: readonly FaqSource[]): BuiltEntry[] {
  const byId = new Map<string, BuiltEntry>();
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const parts = splitName(f.name);
    if (!parts) throw new Error(`${f.name}: name it <entry>.<language>.md, e.g. opening-hours.nl.md`);
    const { data, body } = parseFrontMatter(f.text, f.name);
    const id = typeof data.id === 'string' ? data.id : parts.base;
    const question = data.question;
    if (typeof question !== 'string' || !question.trim()) throw new Error(`${f.name}: the front matter needs question: …`);
    if (!body) throw new Error(`${f.name}: the answer (the Markdown after the front matter) is empty`);
    const entry = byId.get(id) ?? { id, question: {}, answer: {} };
    if (entry.question[parts.lang] !== undefined) throw new Error(`${f.name}: entry "${id}" already has a ${parts.lang} file`);
    entry.question[parts.lang] = question.trim();
    entry.answer[parts.lang] = body;
    for (const key of ['tags', 'incidents'] as const) {
      const merged = [...new Set([...(entry[key] ?? []), ...asList(data[key])])];
      if (merged.length) entry[key] = merged;
    }
    byId.set(id, entry);
  }
  return [...byId.values()];
}
