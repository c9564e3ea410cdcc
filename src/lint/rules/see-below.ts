/**
 * see-below: "see below", "as above", "zie hieronder", "onderstaande" in an incident's own texts. Trial V (a UK water
 * company's desk, 06:30): what we know ended "Bottled water stations are open, see below."; the text message, the phone
 * line and the social post said it too, where nothing comes below, and on the page the stations were in an action further
 * down that a banner or badge does not show. Only words that point at a place in the page: "below freezing", "above
 * normal", "verderop in de straat" stay quiet. Trial Z (a UK hospital trust): the strike template's "you can read it here"
 * went into the e-mail and the CAP alert, where "here" is nowhere; "read it here", "on this page", "dat leest u hier",
 * "op deze pagina" are named too, as pointing at the page. A "here" that is a place ("the bus stops here") stays quiet. Pure.
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

/**
 * "Here" as this page: see/read/find/check/click … here (at most a few small words between: "read it here", "find the
 * latest here"), "here you can read", "on this page"; Dutch lees/leest/zie/ziet/vind/vindt/kijk/klik … hier, "hier
 * leest u", "op deze pagina". Never "hierover", "hieronder" (DUTCH above), nor a "here" that is a place.
 */
const HERE =
  /\b(?:(?:see|read|find|check|look|click|tap)(?:\s+(?:it|them|this|that|more|all|the|our|latest|details?|info(?:rmation)?|updates?|news|whether|if|everything))*\s+here\b|here\s+you\s+(?:can\s+)?(?:read|see|find)\b|\bon\s+this\s+(?:web\s*)?page\b)/i;
const HIER =
  /\b(?:(?:lees|leest|lezen|zie|ziet|vind|vindt|kijk|kijkt|klik|klikt)(?:\s+(?:u|je|het|dat|dit|alles|meer|de|het|laatste|nieuws|of))*\s+hier\b(?!\p{L})|hier\s+(?:leest|lees|ziet|vindt|kunt\s+u\s+lezen)\b|\bop\s+deze\s+(?:web)?pagina\b)/iu;

/** The words for text that points at this page: "here" has no place in an SMS, an e-mail or a CAP alert either. */
const HERE_WORDS = {
  message: {
    en: (w: string) => `“${w}” points at this page, but this text also goes out by text message, e-mail, on the phone line, on social media and in alerts, where “here” points nowhere`,
    nl: (w: string) => `‘${w}’ verwijst naar deze pagina, maar deze tekst gaat ook per sms, per e-mail, via de telefoonlijn, op sociale media en in alerts de deur uit, waar ‘hier’ nergens naar wijst`,
  },
  fix: {
    en: 'Name the place itself, such as “on our website” or “on our status page”, so it reads right wherever the text goes.',
    nl: 'Noem de plek zelf, zoals ‘op onze website’ of ‘op onze statuspagina’, zodat het overal klopt waar de tekst terechtkomt.',
  },
} as const;

export const seeBelow = defineRule('see-below', 'warning', function* ({ texts }) {
  for (const t of texts) {
    if (!INCIDENT_TEXT.test(t.path)) continue;
    for (const s of stringsOf(t)) {
      const m = ENGLISH.exec(s.text) ?? DUTCH.exec(s.text);
      const here = m ? null : (HERE.exec(s.text) ?? HIER.exec(s.text));
      if (here) {
        const w = here[0].replace(/\s+/g, ' ').trim();
        yield { path: s.path, message: { en: HERE_WORDS.message.en(w), nl: HERE_WORDS.message.nl(w) }, fix: { ...HERE_WORDS.fix } };
      }
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
