/**
 * An open incident's text that is word for word the same in two languages: one was copied, not translated. A Dutch
 * municipality's desk gave one --title to a feed in nl and en; the CLI put the Dutch in both, so English readers, the
 * CAP alert's English block and the English SMS got Dutch, and lint said nothing.
 */
import { defineRule, feedOr, type Said } from '../rule.js';
import { isObj, openIncidentsOf } from '../walk.js';
import { updateCommand } from './document.js';
import { dutchNames, english, LANG_KEY } from './language.js';
import { CLARITY_LIMITS } from './limits.js';

/** Words with a letter in them, addresses left out: "Storingslijn 0800-9009" is one word, "NS" one, "Bel 112" one. */
export function wordCount(text: string): number {
  return text
    .replace(/\b(?:https?|mailto|tel):\S+|\S+@\S+\.\S+/gi, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * The groups of languages of a text value that share one text (after trimming), long enough to be words rather than a
 * name (CLARITY_LIMITS.sameTextWords). Regional tags of one language (nl, nl-BE) may say the same: a group needs two languages.
 */
export function sameTextLanguages(value: unknown): string[][] {
  if (!isObj(value)) return [];
  const byText = new Map<string, string[]>();
  for (const [lang, text] of Object.entries(value)) {
    if (!LANG_KEY.test(lang) || typeof text !== 'string' || wordCount(text) < CLARITY_LIMITS.sameTextWords) continue;
    byText.set(text.trim(), [...(byText.get(text.trim()) ?? []), lang]);
  }
  return [...byText.values()].filter((langs) => new Set(langs.map(primary)).size > 1);
}

/** The field as the CLI's reader knows it (the feed's key) and as the studio labels it. */
function field(part: string, n?: number): Said {
  switch (part) {
    case 'title':
      return { en: feedOr('the title', 'the “Title”'), nl: feedOr('de titel', 'de “Titel”') };
    case 'known':
      return { en: feedOr('"known" (what we know)', '“What we know”'), nl: feedOr('"known" (wat we weten)', '“Wat we weten”') };
    case 'unknown':
      return { en: feedOr('"unknown" (what we don\'t know yet)', '“What we don\'t know yet”'), nl: feedOr('"unknown" (wat we nog niet weten)', '“Wat we nog niet weten”') };
    case 'label':
      return { en: feedOr(`action ${n}'s "label"`, `the “Action” field of action ${n}`), nl: feedOr(`de tekst ("label") van actie ${n}`, `het veld “Actie” van actie ${n}`) };
    default:
      return { en: feedOr(`action ${n}'s "who"`, `the “Who is this for” field of action ${n}`), nl: feedOr(`voor wie actie ${n} is ("who")`, `het veld “Voor wie” van actie ${n}`) };
  }
}

export const textSameInLanguages = defineRule('text-same-in-languages', 'warning', function* ({ doc }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    const texts: [string, unknown, Said][] = (['title', 'known', 'unknown'] as const).map((k) => [`${path}/${k}`, inc[k], field(k)]);
    const actions = Array.isArray(inc.actions) ? inc.actions : [];
    actions.forEach((a, i) => isObj(a) && texts.push([`${path}/actions/${i}/label`, a.label, field('label', i + 1)], [`${path}/actions/${i}/who`, a.who, field('who', i + 1)]));
    for (const [at, value, name] of texts) {
      for (const langs of sameTextLanguages(value)) {
        const command = updateCommand(doc, at, langs, true);
        const then = (words: string) => (command ? feedOr(`; ${words}: ${command}`, '') : '');
        yield {
          path: at,
          message: {
            en: `${name.en} is word for word the same in ${english(langs)}: readers of one of these languages get it in another (on the page, in the SMS, e-mail and CAP alert)`,
            nl: `${name.nl} is in het ${dutchNames(langs)} woord voor woord hetzelfde: lezers in een van die talen krijgen de tekst in een andere taal (op de pagina, in sms, e-mail en CAP-melding)`,
          },
          fix: {
            en: `Give each language its own words (a name that is the same in every language may stay)${then('as a correction, without a new update for readers')}.`,
            nl: `Geef elke taal een eigen tekst (een naam die in elke taal hetzelfde is, mag blijven)${then('als verbetering, zonder nieuwe update voor lezers')}.`,
          },
        };
      }
    }
  }
});
