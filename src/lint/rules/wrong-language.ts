/**
 * A text in the Dutch field that reads as English, or the other way round (text-language.ts): at 2 a.m. a desk
 * pastes the English into "Wat we weten — Nederlands", and Dutch readers get English on the page, in the SMS and on
 * the phone line. The same text in both (copied, not translated) is text-same-in-languages'; earlier updates are history.
 */
import { defineRule } from '../rule.js';
import { isObj } from '../walk.js';
import { dutchNames, LANG_KEY, languageNames } from './language.js';
import { writtenIn } from './text-language.js';

export const textInOtherLanguage = defineRule('text-in-other-language', 'warning', function* ({ texts }) {
  for (const t of texts) {
    if (!isObj(t.value) || t.path.includes('/updates/')) continue;
    const value = t.value;
    for (const [lang, text] of Object.entries(value)) {
      const field = lang.toLowerCase().split('-')[0];
      if (!LANG_KEY.test(lang) || (field !== 'nl' && field !== 'en') || typeof text !== 'string') continue;
      const reads = writtenIn(text);
      if (!reads || reads === field) continue;
      if (Object.entries(value).some(([l, v]) => l !== lang && typeof v === 'string' && v.trim() === text.trim())) continue;
      const [name, other] = [languageNames([lang], 'en'), languageNames([reads], 'en')];
      const [naam, ander] = [dutchNames([lang]), dutchNames([reads])];
      yield {
        path: `${t.path}/${lang}`,
        message: { en: `this ${name} text reads as ${other}`, nl: `deze tekst in het ${naam} lijkt ${ander}` },
        fix: {
          en: `Write the ${name} text here, so readers of ${name} understand it; if this text was meant for ${other}, move it there.`,
          nl: `Zet hier de tekst in het ${naam}, zodat wie ${naam} leest hem begrijpt; was deze tekst voor het ${ander} bedoeld, zet hem dan daar.`,
        },
      };
    }
  }
});
