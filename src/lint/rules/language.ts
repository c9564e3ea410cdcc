/** Every text in every language the document uses anywhere. */
import { defineRule, feedOr } from '../rule.js';
import { eachObject, isBlank, isObj } from '../walk.js';

export const LANG_KEY = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** "Engels en Duits" for ['en', 'de'] in Dutch, "English and German" in English, as the editor names languages beside its fields; the codes where Intl cannot. */
export function languageNames(tags: string[], inLang: 'en' | 'nl'): string {
  try {
    const names = new Intl.DisplayNames([inLang], { type: 'language' });
    return new Intl.ListFormat(inLang, { type: 'conjunction' }).format(tags.map((t) => names.of(t) ?? t));
  } catch {
    return tags.join(', ');
  }
}
export const dutchNames = (tags: string[]) => languageNames(tags, 'nl');
/** The codes for the CLI ("nl"), the language's name at the desk ("Dutch"). */
export const english = (tags: string[]) => feedOr(tags.join(', '), languageNames(tags, 'en'));

export const languageMissing = defineRule('language-missing', 'error', function* ({ texts }) {
  const langs = new Set<string>();
  for (const t of texts) if (isObj(t.value)) Object.keys(t.value).filter((k) => LANG_KEY.test(k)).forEach((k) => langs.add(k));
  if (langs.size < 2) return;
  for (const t of texts) {
    const value = t.value;
    // Empty in every language is not a missing translation (a resolved incident's unknown; known-missing covers open ones).
    if (!isObj(value) || isBlank(value)) continue;
    const missing = [...langs].filter((l) => isBlank(value[l]));
    if (!missing.length) continue;
    const codes = english(missing);
    const names = dutchNames(missing);
    // At the desk, the field's own other language: a water desk that emptied "Titel — Nederlands" read "ontbreekt …,
    // terwijl andere teksten er wel in staan", as if a translation were missing somewhere else.
    const present = Object.keys(value).filter((k) => LANG_KEY.test(k) && !isBlank(value[k]));
    yield {
      path: t.path,
      message: {
        en: feedOr(`this text has no ${missing.join(', ')} while other texts do`, `this text is empty in ${languageNames(missing, 'en')}, while its ${languageNames(present, 'en')} is filled in`),
        nl: feedOr(`deze tekst ontbreekt in het ${names}, terwijl andere teksten er wel in staan`, `deze tekst is leeg in het ${names}, terwijl hij er in het ${dutchNames(present)} wel staat`),
      },
      fix: { en: `Add the ${codes} text, so every reader gets the whole message in their language.`, nl: `Vul de tekst in het ${names} aan, zodat iedere lezer het hele bericht in de eigen taal krijgt.` },
    };
  }
});

/**
 * An update written in one language only: the Dutch "what we know" is new, the English is still
 * the text of the previous update (`updates[0]`), so English readers get old news as current.
 * Compared per part (known, unknown); a correction replaces the texts in place, so it compares
 * with the update before and does not trip this.
 */
export const translationNotUpdated = defineRule('translation-not-updated', 'warning', function* ({ doc }) {
  const found: { path: string; lang: string; changed: string[] }[] = [];
  eachObject(doc.incidents, 'incidents', (inc, p) => {
    const prev = Array.isArray(inc.updates) && isObj(inc.updates[0]) ? inc.updates[0] : undefined;
    for (const part of ['known', 'unknown'] as const) {
      const now = inc[part];
      const before = prev?.[part];
      if (!isObj(now) || !isObj(before)) continue;
      const langs = Object.keys(now).filter((l) => LANG_KEY.test(l) && !isBlank(now[l]));
      const same = (l: string) => typeof before[l] === 'string' && (before[l] as string).trim() === String(now[l]).trim();
      const changed = langs.filter((l) => !same(l));
      if (changed.length) for (const l of langs.filter(same)) found.push({ path: `${p}/${part}/${l}`, lang: l, changed });
    }
  });
  for (const { path, lang, changed } of found) {
    yield {
      path,
      message: {
        en: `this ${english([lang])} text is still the one of the previous update, while the ${english(changed)} text changed`,
        nl: `deze tekst in het ${dutchNames([lang])} is nog die van de vorige update, terwijl de tekst in het ${dutchNames(changed)} is veranderd`,
      },
      fix: {
        en: `Update the ${english([lang])} text too, so readers in every language get the same news.`,
        nl: `Werk ook de tekst in het ${dutchNames([lang])} bij, zodat lezers in elke taal hetzelfde nieuws krijgen.`,
      },
    };
  }
});
