/**
 * The hints the studio's form gives at "what we don't know yet" and at the title while an update resolves. Pure.
 */
import { saysEnded } from '../../export/resolved-title.js';
import { stillGoing } from '../../export/still-going.js';
import { exampleClock } from '../../feed/clock-words.js';

/**
 * Said at "what we don't know yet" when an update resolves: the text as published is emptied
 * (draft.ts buildFeed), so a hospital's "whether patient data was stolen" vanished at the all-clear
 * while the field still showed it. Its example fits any sector (it asked "whether data was stolen"
 * of a pension fund's and a school's desk too).
 */
export const RESOLVE_UNKNOWN = {
  en: 'Resolved: this text is published only if you rewrite it now; as it stands it is removed. Still unsure about something, such as the cause? Write it here again.',
  nl: 'Opgelost: deze tekst wordt alleen gepubliceerd als u hem nu herschrijft; zoals hij er staat, valt hij weg. Is iets nog onzeker, zoals de oorzaak? Schrijf het hier opnieuw.',
} as const;

/**
 * After the title hint: an all-clear turns every reader green while something may still hold until later. A hospital resolved its
 * system outage at 15:00 while its emergency department took no ambulances until Wednesday 07:00; only the resolved text said so (trial Q).
 * The time on the feed's clock, as the rest of the studio writes it: "7:00 AM" on a US desk, which read "tomorrow 7:00" (trial T);
 * elsewhere "07:00", two-digit hours as the studio's other times.
 */
const seven = (zone: string) => exampleClock(zone, 7, 0);
const STILL_LIMITED = {
  en: (zone: string) => ` Does something still not work until later, say until tomorrow ${seven(zone)}? Then do not resolve yet: choose a lower severity and say in the title what still does not work and until when.`,
  nl: (zone: string) => ` Werkt iets nog niet tot later, bijvoorbeeld tot morgen ${seven(zone)}? Los dan nog niet op: kies een lagere ernst en zeg in de titel wat nog niet werkt en tot wanneer.`,
} as const;

/**
 * Said at the title when an update resolves: the title stays, after the readers' "Resolved" (`resolved`, in the field's language;
 * not when it says it ended, export/resolved-title.ts), so "Storm: campus Hoboken blijft dicht" was kept (`update --resolve` too).
 * A title that says something is still going on (export/still-going.ts) is said so, though it also says it ended: trial U's
 * "App werkt weer, online bankieren nog traag" was told "it says how it ended", and the banner read "Opgelost om 18:00: …".
 */
const said = (resolved: string, title: string, ended: (shown: string) => string, still: (shown: string, words: string) => string, open: (shown: string) => string) => {
  const words = stillGoing(title);
  return words ? still(`${resolved}: ${title}`, words) : saysEnded(resolved, title) ? ended(title) : open(`${resolved}: ${title}`);
};
export const RESOLVE_TITLE = {
  en: (resolved: string, title: string, zone: string) =>
    said(
      resolved,
      title,
      (shown) => `Readers see “${shown}”: it says how it ended, so without “${resolved}:” before it.`,
      (shown, words) => `Readers see “${shown}”, but the title says something is still going on (“${words}”). Write one that says how it ended.`,
      (shown) => `Readers see “${shown}”. Is that title no longer true? Write one that says how it ended.`,
    ) + STILL_LIMITED.en(zone),
  nl: (resolved: string, title: string, zone: string) =>
    said(
      resolved,
      title,
      (shown) => `Lezers zien “${shown}”: die zegt hoe het afliep, dus zonder “${resolved}:” ervoor.`,
      (shown, words) => `Lezers zien “${shown}”, maar de titel zegt dat er nog iets aan de hand is (“${words}”). Schrijf er een die zegt hoe het afliep.`,
      (shown) => `Lezers zien “${shown}”. Klopt die titel niet meer? Schrijf er een die zegt hoe het afliep.`,
    ) + STILL_LIMITED.nl(zone),
} as const;

/**
 * Said at "affects" when an update resolves and it is not empty: readers and the e-mail keep the list under the all-clear.
 * A grid operator had narrowed it to the last street without power, "Etten-Leur (Hoge Berg)", and its all-clear for
 * 38,000 households said only that (trial R).
 */
const RESOLVE_AFFECTS = {
  en: 'Resolved: readers and the e-mail keep this list under the all-clear. Does it name only the last ones affected? Then name everyone who was, or empty it.',
  nl: 'Opgelost: lezers en de e-mail houden deze lijst onder de afmelding. Noemt hij alleen wie het laatst nog last had? Noem dan iedereen die last had, of maak hem leeg.',
} as const;

export const resolveAffects = (ui: 'en' | 'nl', resolving: boolean, typed: Readonly<Record<string, string>>): string | undefined =>
  resolving && Object.values(typed).some((v) => v.trim()) ? RESOLVE_AFFECTS[ui] : undefined;
