/**
 * Advice that can kill in a power outage: a fuel-burning device (a generator, grill, camp stove) run indoors or in a
 * garage (carbon monoxide), and a generator plugged into a wall outlet or the home's wiring (it feeds power back
 * into the lines: backfeed, deadly to line crews). A US cooperative's night desk wrote, for a planned shutoff, "Run
 * your generator in the garage with the door open, or plug it into a wall outlet" under "Act now", and lint said
 * nothing. The catalog's own heating template says the opposite ("Never heat indoors with … a barbecue, generator …:
 * they give off carbon monoxide"). Only a sentence that says it without a warning word ("never", "not", "danger",
 * "kill", "nooit", "niet", "gevaar") is named: the advice as it should be passes. Pure.
 */
import { defineRule } from '../rule.js';
import { stringsOf } from '../walk.js';

const FUEL = /\b(?:generators?|grills?|barbecues?|bbqs?|charcoal|camp(?:ing)?\s+stoves?|propane\s+heaters?|kerosene\s+heaters?|patio\s+heaters?|aggregaat|aggregaten|terrasheaters?|terrasverwarmers?|houtskool|kampeerbranders?)\b/iu;
const INDOORS = /\b(?:indoors|inside|garages?|basements?|sheds?|crawl\s?spaces?|tents?|in\s+(?:the|your)\s+(?:house|home|kitchen|living\s+room)|binnen|binnenshuis|in\s+huis|garage|schuur|kelder|in\s+de\s+(?:woning|keuken|tent))\b/iu;
const GENERATOR = /\b(?:generators?|aggregaat|aggregaten)\b/iu;
/**
 * The home's wiring, not the generator's own outlets ("plug appliances into the generator's outlets" is the safe way). The
 * fuse box has several Dutch names: "meterkast", "groepenkast", and in Flanders and older homes "zekeringkast", "stoppenkast".
 */
const WIRING = /\b(?:wall\s+(?:outlets?|sockets?)|(?:outlets?|sockets?)\s+in\s+the\s+wall|home(?:'s)?\s+wiring|house\s+wiring|electrical\s+panel|breaker\s+(?:panel|box)|fuse\s+box|wandcontactdoos|stopcontact\s+in\s+de\s+muur|huisinstallatie|meterkast(?:en)?|groepenkast(?:en)?|zekeringkast(?:en)?|stoppenkast(?:en)?)\b/iu;
/** A safe way to connect: a transfer switch or interlock, fitted by an electrician. */
const SAFE_HOOKUP = /\b(?:transfer\s+switch|interlock|omschakelaar|installateur|electrician)\b/iu;
const WARNS = /\b(?:never|not|don't|do\s+not|avoid|danger|dangerous|deadly|kill|kills|poison|poisoning|nooit|niet|geen|gevaar|gevaarlijk|dodelijk|levensgevaarlijk)\b|n't\b/iu;

/** The sentences of a text ("." "!" "?" ";" or a line break ends one). */
const sentences = (text: string) => text.split(/[.!?;]+(?:\s|$)|\n+/).map((s) => s.trim()).filter(Boolean);

/** The publisher's own equipment, no advice to readers: "Our backup generators inside the hospital keep the elevators running". */
const OURS = /\b(?:our|onze|ons)\s+(?:[\p{L}-]+\s+)?(?:generators?|aggregaat|aggregaten|noodaggregaat|noodaggregaten)\b/iu;

const unsafe = (text: string, test: (s: string) => boolean) => sentences(text).find((s) => test(s) && !WARNS.test(s) && !OURS.test(s));

export const carbonMonoxideIndoors = defineRule('carbon-monoxide-indoors', 'warning', function* ({ texts }) {
  for (const t of texts) {
    for (const s of stringsOf(t)) {
      const said = unsafe(s.text, (x) => FUEL.test(x) && INDOORS.test(x));
      if (!said) continue;
      yield {
        path: s.path,
        message: {
          en: `“${said}” tells readers to use a generator, grill or other fuel-burning device indoors or in a garage: it gives off carbon monoxide, which they cannot smell and which can kill, even with a door or window open`,
          nl: `„${said}” zegt lezers een aggregaat, barbecue of ander toestel op brandstof binnen of in een garage te gebruiken: dat geeft koolmonoxide, dat u niet ruikt en dat dodelijk kan zijn, ook met een deur of raam open`,
        },
        fix: {
          en: 'Check the advice with your safety staff and tell readers never to use such a device indoors, in a garage or near windows and doors.',
          nl: 'Laat het advies nakijken door uw veiligheidsmensen en zeg lezers zo’n toestel nooit binnen, in een garage of bij ramen en deuren te gebruiken.',
        },
      };
    }
  }
});

export const generatorBackfeed = defineRule('generator-backfeed', 'warning', function* ({ texts }) {
  for (const t of texts) {
    for (const s of stringsOf(t)) {
      const said = unsafe(s.text, (x) => GENERATOR.test(x) && WIRING.test(x) && !SAFE_HOOKUP.test(x));
      if (!said) continue;
      yield {
        path: s.path,
        message: {
          en: `“${said}” tells readers to connect a generator to a wall outlet or the home's wiring: it feeds power back into the lines (backfeed), which can kill line crews and people nearby`,
          nl: `„${said}” zegt lezers een aggregaat op een stopcontact of de huisinstallatie aan te sluiten: dan gaat er stroom terug het net op, en dat kan monteurs en buren doden`,
        },
        fix: {
          en: 'Check the advice with your safety staff: a generator is connected to a home only through a transfer switch fitted by an electrician; otherwise appliances are plugged into the generator itself.',
          nl: 'Laat het advies nakijken door uw veiligheidsmensen: een aggregaat wordt alleen via een omschakelaar van een installateur op de huisinstallatie aangesloten; anders gaan apparaten direct in het aggregaat.',
        },
      };
    }
  }
});
