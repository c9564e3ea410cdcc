/** Every text in every language the document uses anywhere. */
import { defineRule } from '../rule.js';
import { isBlank, isObj } from '../walk.js';

const LANG_KEY = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** "Engels en Duits" for ['en', 'de'], as the editor names languages beside its fields; the codes where Intl cannot. */
function dutchNames(tags: string[]): string {
  try {
    const names = new Intl.DisplayNames(['nl'], { type: 'language' });
    return new Intl.ListFormat('nl', { type: 'conjunction' }).format(tags.map((t) => names.of(t) ?? t));
  } catch {
    return tags.join(', ');
  }
}

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
    const codes = missing.join(', ');
    const names = dutchNames(missing);
    yield {
      path: t.path,
      message: { en: `this text has no ${codes} while other texts do`, nl: `deze tekst ontbreekt in het ${names}, terwijl andere teksten er wel in staan` },
      fix: { en: `Add the ${codes} text, so every reader gets the whole message in their language.`, nl: `Vul de tekst in het ${names} aan, zodat iedere lezer het hele bericht in de eigen taal krijgt.` },
    };
  }
});
