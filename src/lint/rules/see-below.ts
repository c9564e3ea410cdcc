/**
 * see-below: "see below", "as above", "zie hieronder", "onderstaande" in an incident's own texts. Trial V (a UK water
 * company's desk, 06:30): what we know ended "Bottled water stations are open, see below."; the text message, the phone
 * line and the social post said it too, where nothing comes below, and on the page the stations were in an action further
 * down that a banner or badge does not show. Only words that point at a place in the page: "below freezing", "above
 * normal", "verderop in de straat" stay quiet. Pure.
 */
import { defineRule } from '../rule.js';
import { stringsOf } from '../walk.js';
import { INCIDENT_TEXT } from './written-number.js';

/**
 * English: see/read/find/check … below or above (at most two words between: "see the list below", "see more below"),
 * listed/shown/given/mentioned/described/explained/set out … below or above, "as above", a text ending "below:",
 * "further down"; never "above-average".
 */
const ENGLISH =
  /\b(?:(?:see|read|find|check|look)(?:\s+(?:the|our|more|all|of|them|it|here|details?|info(?:rmation)?|list|links?|addresses|stations|times|map))*\s+(?:below|above)\b(?!-)|(?:listed|shown|given|mentioned|described|explained|set\s+out|stated|as)\s+(?:below|above)\b(?!-)|\b(?:below|above)\s*:\s*$|further\s+down(?:\s+(?:the|this)\s+page)?\b)/i;
/** Dutch: hieronder, hierboven, zie boven/onder, onderstaand(e), bovenstaand(e), (zoals) hierna genoemd. */
const DUTCH = /\b(?:hieronder|hierboven|zie\s+(?:boven|onder)|onderstaande?|bovenstaande?|hierna\s+genoemde?)\b/i;

export const seeBelow = defineRule('see-below', 'warning', function* ({ texts }) {
  for (const t of texts) {
    if (!INCIDENT_TEXT.test(t.path)) continue;
    for (const s of stringsOf(t)) {
      const m = ENGLISH.exec(s.text) ?? DUTCH.exec(s.text);
      if (!m) continue;
      const words = m[0].replace(/\s*:\s*$/, '').replace(/\s+/g, ' ').trim();
      yield {
        path: s.path,
        message: {
          en: `“${words}” points somewhere else on the page, but this text also goes out by text message, on the phone line and on social media, where there is no below or above, and a banner shows it alone`,
          nl: `‘${words}’ verwijst naar een andere plek op de pagina, maar deze tekst gaat ook per sms, via de telefoonlijn en op sociale media de deur uit, waar geen hieronder of hierboven is, en een banner toont hem los`,
        },
        fix: {
          en: 'Name the thing itself and where to find it, such as “see the bottled water stations on our website”, or say it here in a few words.',
          nl: 'Noem waar het om gaat en waar het staat, zoals ‘zie de waterpunten op onze website’, of zeg het hier in een paar woorden.',
        },
      };
    }
  }
});
