/**
 * What `clearline import statuspage|cap` lists as still to write, one line per field: where it is in the words the
 * studio's sign panel and lint use (lint/place.ts: 'Incident “Kookadvies in Utrecht-Oost”, what we don't know yet'),
 * then the command that fills it in, the one lint's fix names. A desk was told "NL-WATER-2026-1123-01: unknown,
 * next_update_at", the feed's field names, with no way to act on them. Read from the imported feed itself, so a
 * placeholder the importer did not list (a missing title or sender) is said too.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { placeOf } from '../lint/place.js';
import { perLanguage, updateCommand } from '../lint/rules/document.js';
import { isObj, textsOf } from '../lint/walk.js';
import { hasPlaceholder } from '../feed/placeholder.js';
import { shellArg } from '../lint/shell.js';

/** `feed` as imported, `file` as the desk will name it (--out, else feed.json), `now` the import time. */
export function stillToWrite(feed: unknown, file: string, lang: UiLanguage, now = Date.now()): string[] {
  if (!isObj(feed)) return [];
  // As the shell takes it: "mijn feed.json" was printed bare, and the command, copied as printed, failed.
  file = shellArg(file);
  const incidents = Array.isArray(feed.incidents) ? feed.incidents : [];
  const named = (c: string) => c.replace(/^clearline update feed\.json /, `clearline update ${file} `);
  const lines: { at: number; text: string }[] = [];
  const line = (path: string, command: string) =>
    lines.push({ at: Number(/^incidents\/(\d+)\//.exec(path)?.[1] ?? -1), text: `${placeOf(path, lang, incidents)}: ${command}` });
  for (const t of textsOf(feed)) {
    if (!hasPlaceholder(t.value)) continue;
    // A text in several languages takes one per language, and `--lang` says which: "(one per language)" alone was
    // refused by `clearline update` ("known is in nl-NL, en-GB; give --lang nl-NL,en-GB and one --known per language").
    const langs = isObj(t.value) ? Object.keys(t.value) : [];
    const command = updateCommand(feed, t.path);
    if (command) line(t.path, perLanguage(named(command), langs));
    else if (t.path === 'publisher/name') line(t.path, perLanguage(`clearline edit feed --feed ${file} --publisher "…"`, langs));
    else line(t.path, lang === 'nl' ? `vervang de tekst [[TODO: …]] in ${file}, of open het met clearline studio ${file}` : `replace the [[TODO: …]] text in ${file}, or open it with clearline studio ${file}`);
  }
  // The importer promises the import time (already past) when the source promised no next update.
  incidents.forEach((inc, i) => {
    if (!isObj(inc) || inc.phase === 'resolved' || typeof inc.next_update_at !== 'string' || typeof inc.id !== 'string') return;
    if (Date.parse(inc.next_update_at) > now) return;
    line(`incidents/${i}/next_update_at`, `clearline update ${file} --incident ${inc.id} --next-update +30m`);
  });
  // Each incident's fields together, in the feed's order (the sort is stable).
  return lines.sort((a, b) => a.at - b.at).map((l) => l.text);
}
