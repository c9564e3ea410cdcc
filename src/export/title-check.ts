/**
 * The question beside the studio's channel preview, and the note `clearline update` prints when what we know changes
 * under the same title: the SMS, the phone message and the social post lead with the title and the first sentence of
 * what we know. Trial W: "Pressure in the gas main is back." under "No gas in Naas and Newbridge" was said by every
 * export as if the gas were back; the studio asked, the CLI did not. One text for both. Pure: no DOM.
 */
export const TITLE_CHECK = {
  en: 'Do the title and the first sentence of what we know still say what is going on?',
  nl: 'Zeggen de titel en de eerste zin van wat we weten nog wat er aan de hand is?',
} as const;

/** Ask it after an update: what we know changed, the title was not given anew, and it is neither an all-clear (closing-title asks that) nor a correction. */
export function titleCheckDue(o: { knownBefore: unknown; knownAfter: unknown; titleGiven: boolean; resolve: boolean; correct: boolean }): boolean {
  if (o.titleGiven || o.resolve || o.correct || o.knownAfter === undefined) return false;
  return JSON.stringify(o.knownBefore) !== JSON.stringify(o.knownAfter);
}
