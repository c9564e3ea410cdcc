/**
 * Whether a sentence of what we know gives an estimate of when: a word of expecting and a time or a day ("We expect
 * most members to have power back by Thursday night", "We verwachten dat het water vanavond om 20:00 weer drinkbaar is",
 * "Expected back within 4 hours"). The phone message keeps it longer than other sentences of what we know (ivr.ts): it
 * answers what most callers wait to ask. Trial T's line left out the co-op's estimate and kept "Crews from four
 * neighboring co-ops are working with ours". Sector-neutral: any "when" with an expectation. Pure.
 */
const EXPECT = /(?<!\p{L})(?:expect|expects|expected|expecting|estimate|estimated|should be back|verwacht|verwachten|verwachting|verwachtte|verwachtten|rekenen erop|schatten|geschat)(?!\p{L})/iu;
const WHEN = new RegExp(
  [
    '\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|uur)',
    '\\d{1,2}[:.]\\d{2}',
    '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    // Dutch writes the part of the day onto it: "donderdagavond", "morgenochtend".
    '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen)(?:avond|ochtend|middag|nacht)?',
    '(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|vandaag|vanavond|vannacht|vanmiddag|vanochtend|deze week|dit weekend)',
    '(?:within|in|binnen)\\s+(?:\\d+|an?|one|two|three|a few|een|twee|drie|enkele|een paar)\\s+(?:hours?|days?|weeks?|uur|dagen|dag|weken)',
    '(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober)\\s+\\d{1,2}',
    '\\d{1,2}\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober)',
  ].map((p) => `(?<!\\p{L})${p}(?!\\p{L})`).join('|'),
  'iu',
);

export const isEstimate = (sentence: string): boolean => EXPECT.test(sentence) && WHEN.test(sentence);
