/** Walking a parsed document for lint: its texts, their languages, its links. Pure. */

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path's keys (`['incidents', '0', 'affects']`), if there is one. */
export const valueAt = (doc: unknown, keys: readonly string[]): unknown => keys.reduce<unknown>((v, k) => (isObj(v) || Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined), doc);

export const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (isObj(v) && Object.values(v).every((x) => typeof x !== 'string' || x.trim() === ''));

/** A text value (plain or per language) with its path and whether it is Markdown. */
export interface TextAt {
  path: string;
  value: unknown;
  markdown: boolean;
}

export interface Link {
  path: string;
  href: string;
}

/** Calls fn for every object in an array value, with its path. */
export function eachObject(v: unknown, base: string, fn: (item: Obj, path: string) => void): void {
  if (Array.isArray(v)) v.forEach((item, i) => isObj(item) && fn(item, `${base}/${i}`));
}

/** Every human-readable text of a document (title, known, labels…), with its path. */
export function textsOf(doc: Obj): TextAt[] {
  const out: TextAt[] = [];
  const add = (path: string, value: unknown, markdown = false) => {
    if (value !== undefined && value !== null) out.push({ path, value, markdown });
  };
  if (isObj(doc.publisher)) add('publisher/name', doc.publisher.name);
  eachObject(doc.channels, 'channels', (c, p) => ['label', 'purpose', 'reason', 'hours'].forEach((k) => add(`${p}/${k}`, c[k])));
  eachObject(doc.incidents, 'incidents', (inc, p) => {
    add(`${p}/title`, inc.title);
    add(`${p}/known`, inc.known, true);
    add(`${p}/unknown`, inc.unknown, true);
    if (Array.isArray(inc.affects)) inc.affects.forEach((a, i) => add(`${p}/affects/${i}`, a));
    eachObject(inc.actions, `${p}/actions`, (a, ap) => {
      add(`${ap}/label`, a.label);
      add(`${ap}/detail`, a.detail, true);
      add(`${ap}/who`, a.who);
    });
    eachObject(inc.updates, `${p}/updates`, (u, up) => ['known', 'unknown', 'note'].forEach((k) => add(`${up}/${k}`, u[k], true)));
  });
  eachObject(doc.contact_reasons, 'contact_reasons', (r, p) => add(`${p}/label`, r.label));
  eachObject(doc.entries, 'entries', (e, p) => {
    add(`${p}/question`, e.question);
    add(`${p}/answer`, e.answer, true);
  });
  return out;
}

/** The strings of a text value with their language ('' for a plain string) and path. */
export function stringsOf(t: TextAt): { lang: string; text: string; path: string }[] {
  if (typeof t.value === 'string') return [{ lang: '', text: t.value, path: t.path }];
  if (isObj(t.value)) {
    return Object.entries(t.value)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([lang, text]) => ({ lang, text, path: `${t.path}/${lang}` }));
  }
  return [];
}

/** Every string anywhere in the document, with its path (for placeholders). */
export function* allStrings(v: unknown, path: string): Generator<{ path: string; text: string }> {
  if (typeof v === 'string') yield { path: path || '(root)', text: v };
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* allStrings(v[i], path ? `${path}/${i}` : String(i));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) yield* allStrings(x, path ? `${path}/${k}` : k);
}

/** Links written in Markdown: `[text](url)`, `<url>`, `[ref]: url` and bare `http://`. */
function markdownLinks(text: string): string[] {
  const found: string[] = [];
  // A link target may hold balanced brackets (…/kaart_(utrecht)); the whole URL is reported, never a cut-off part.
  for (const m of text.matchAll(/\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]*\))+)/g)) found.push(m[1]!);
  for (const m of text.matchAll(/<([A-Za-z][A-Za-z0-9+.-]*:[^\s>]+)>/g)) found.push(m[1]!);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) found.push(m[1]!);
  for (const m of text.matchAll(/(?<![(<\w])((?:http|ftp|javascript|data|file):(?:[^\s()<>]|\([^\s()<>]*\))+)/gi)) found.push(m[1]!.replace(/[.,;:!?]+$/, ''));
  return [...new Set(found)];
}

/** Channel and action hrefs, then links inside Markdown texts. */
export function linksOf(doc: Obj, texts: readonly TextAt[]): Link[] {
  const links: Link[] = [];
  const hrefAt = (path: string, v: unknown) => typeof v === 'string' && links.push({ path, href: v });
  eachObject(doc.channels, 'channels', (c, p) => hrefAt(`${p}/href`, c.href));
  eachObject(doc.incidents, 'incidents', (inc, p) => eachObject(inc.actions, `${p}/actions`, (a, ap) => hrefAt(`${ap}/href`, a.href)));
  for (const t of texts) if (t.markdown) for (const s of stringsOf(t)) for (const href of markdownLinks(s.text)) links.push({ path: s.path, href });
  return links;
}

/** Open incidents (not resolved) with their paths. */
export function openIncidentsOf(doc: Obj): { inc: Obj; path: string }[] {
  const out: { inc: Obj; path: string }[] = [];
  eachObject(doc.incidents, 'incidents', (inc, path) => inc.phase !== 'resolved' && out.push({ inc, path }));
  return out;
}

/** A text value as readers of `lang` see it: its `lang` text, a plain string as it is, else its first language's. */
export function textIn(v: unknown, lang: string): string {
  if (typeof v === 'string') return v;
  if (!isObj(v)) return '';
  const own = v[lang];
  if (typeof own === 'string' && own.trim()) return own;
  return String(Object.values(v).find((x) => typeof x === 'string' && x.trim()) ?? '');
}
