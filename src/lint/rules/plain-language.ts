/**
 * A plain text (one string for every reader, not one per language) in a document written in two or more languages, that
 * reads as one of them: every reader gets it in that language. Trial U: `update --affects "online bankieren (traag)"
 * --lang nl-BE,en` stored one string, lint said nothing, and the English e-mail said "Affects: - online bankieren (traag)".
 * Told as text-in-other-language tells it (writtenIn, the small words); a short label has too few of those, so it is also
 * told from the document's own translated texts: two or more words that only its Dutch texts use ("bankieren", "traag",
 * "nog") and none that only its English texts use, or the other way round. Names ("Card Stop", "Scheldebank-app") are in
 * both and count for neither. Earlier updates are history; a publisher's name and opening hours may be one for all.
 */
import { defineRule, feedOr, type Said } from '../rule.js';
import { quoted, shellArg } from '../shell.js';
import { isObj, type TextAt } from '../walk.js';
import { dutchNames, LANG_KEY, languageNames } from './language.js';
import { smallWord, writtenIn, type Written } from './text-language.js';

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const primary = (lang: string) => lang.toLowerCase().split('-')[0]!;

/** The words each language's texts use (`nl`, `en`), from the per-language texts of the document. */
export function vocabulary(texts: TextAt[]): Record<Written, Set<string>> {
  const out = { nl: new Set<string>(), en: new Set<string>() };
  for (const t of texts) {
    if (!isObj(t.value)) continue;
    for (const [lang, text] of Object.entries(t.value)) {
      const p = primary(lang);
      if ((p === 'nl' || p === 'en') && typeof text === 'string') for (const w of wordsOf(text)) out[p].add(w);
    }
  }
  return out;
}

/** What a short text reads as by the document's own words: at least two words of one language only, none of the other's. */
export function readsByWords(text: string, words: Record<Written, Set<string>>): Written | undefined {
  const count = { nl: 0, en: 0 };
  for (const w of new Set(wordsOf(text))) {
    const small = smallWord(w);
    const nl = small === 'nl' || (small === undefined && w.length >= 3 && words.nl.has(w) && !words.en.has(w));
    const en = small === 'en' || (small === undefined && w.length >= 3 && words.en.has(w) && !words.nl.has(w));
    if (nl) count.nl++;
    else if (en) count.en++;
  }
  if (count.nl >= 2 && !count.en) return 'nl';
  if (count.en >= 2 && !count.nl) return 'en';
  return undefined;
}

const SKIP = /^publisher\/|\/updates\/|^channels\/\d+\/hours$/;

/** The command that gives the text one per language, for the parts `update` and `edit` write; undefined for the rest. */
function command(path: string, doc: Record<string, unknown>, langs: string[], readAs: (text: string) => Written | undefined): string | undefined {
  const each = (option: string) => langs.map(() => `${option} "…"`).join(' ');
  const lang = `--lang ${langs.join(',')}`;
  const [top, i, part, j, sub] = path.split('/');
  const item = (Array.isArray(doc[top!]) ? (doc[top!] as unknown[]) : [])[Number(i)];
  const id = isObj(item) && typeof item.id === 'string' ? shellArg(item.id) : undefined;
  if (!id) return undefined;
  if (top === 'incidents') {
    const fix = `clearline update feed.json --incident ${id} --correct ${lang}`;
    if ((part === 'title' || part === 'known' || part === 'unknown') && j === undefined) return `${fix} ${each(`--${part}`)}`;
    // update replaces the whole list, each item once per language (cli/affects-option.ts): the other items as they are, a
    // plain one under the language it reads as ("…" for the others; a name in every language).
    if (part === 'affects' && isObj(item) && Array.isArray(item.affects)) {
      const slot = (a: unknown, l: string) => (isObj(a) ? String(a[l] ?? '…') : typeof a !== 'string' ? '…' : !readAs(a) || readAs(a) === primary(l) ? a : '…');
      return `${fix} ${item.affects.flatMap((a) => langs.map((l) => `--affects ${quoted(slot(a, l))}`)).join(' ')}`;
    }
    if (part === 'actions' && (sub === 'label' || sub === 'who')) return `${fix} --reword-action ${Number(j) + 1} ${each(`--${sub}`)}`;
    return undefined;
  }
  if (top === 'channels' && (part === 'label' || part === 'purpose' || part === 'reason')) return `clearline edit channel --id ${id} ${lang} ${each(part === 'label' ? '--name' : `--${part}`)}`;
  if (top === 'contact_reasons' && part === 'label') return `clearline edit reason --id ${id} ${lang} ${each('--name')}`;
  return undefined;
}

export const textInOneLanguage = defineRule('text-in-one-language', 'warning', function* ({ doc, texts }) {
  const langs: string[] = [];
  for (const t of texts) if (isObj(t.value)) for (const l of Object.keys(t.value)) if (LANG_KEY.test(l) && !langs.includes(l)) langs.push(l);
  if (langs.length < 2) return;
  let words: Record<Written, Set<string>> | undefined;
  for (const t of texts) {
    if (typeof t.value !== 'string' || !t.value.trim() || SKIP.test(t.path)) continue;
    const reads = writtenIn(t.value) ?? readsByWords(t.value, (words ??= vocabulary(texts)));
    const others = langs.filter((l) => primary(l) !== reads);
    if (!reads || !others.length) continue;
    const [name, other] = [languageNames([reads], 'en'), languageNames(others, 'en')];
    const [naam, ander] = [dutchNames([reads]), dutchNames(others)];
    const json = `{${langs.map((l) => `"${l}": "…"`).join(', ')}}`;
    const cli = command(t.path, doc, langs, (s) => writtenIn(s) ?? readsByWords(s, (words ??= vocabulary(texts))));
    const fix: Said = {
      en: feedOr(
        `Give it in each language${cli ? ` (a correction: readers get no new update): ${cli}` : `: in feed.json, write it as ${json}`}.`,
        `Write it in each language: fill in this text in ${languageNames(langs, 'en')}.`,
      ),
      nl: feedOr(
        `Geef hem in elke taal${cli ? ` (een correctie: lezers krijgen geen nieuwe update): ${cli}` : `: schrijf hem in feed.json als ${json}`}.`,
        `Schrijf hem in elke taal: vul deze tekst in het ${dutchNames(langs)} in.`,
      ),
    };
    yield {
      path: t.path,
      message: {
        en: `this text is written once, in ${name}, for readers of every language: readers of ${other} get it in ${name}`,
        nl: `deze tekst staat er één keer, in het ${naam}, voor lezers in elke taal: wie ${ander} leest, krijgt hem in het ${naam}`,
      },
      fix,
    };
  }
});
