/**
 * Words in a title that say something is still going on: "nog traag", "still slow", "werkt niet", "down". Trial U's bank
 * resolved at 18:00 with the 11:00 title "App werkt weer, online bankieren nog traag" kept: "werkt weer" says it ended
 * (resolved-title.ts), so nothing was said, and the all-clear banner read "Opgelost om 18:00: App werkt weer, online
 * bankieren nog traag". Kept to words that cannot say it ended, English and Dutch, whole words. Pure.
 */
const STILL = [
  /\bnog(?:\s+(?:steeds|altijd))?\s+\p{L}+/iu,
  /\bstill\s+\p{L}+/iu,
  /\b(?:traag|trager|slow|slower|onbereikbaar|unreachable|unavailable|offline)\b/iu,
  /\b(?:werkt|werken|doet|doen)\s+(?:het\s+)?niet\b/iu,
  /\b(?:ligt|liggen)\s+(?:\p{L}+\s+)?plat\b/iu,
  /\bniet\s+(?:bereikbaar|beschikbaar)\b/iu,
  /\b(?:not|isn't|aren't|doesn't|does\s+not|do\s+not)\s+work(?:ing)?\b/iu,
  /\b(?:is|are)\s+down\b|\bdown\b(?=\s*(?:[:;,.!–—-]|$))/iu,
];

/** The words of a title that say something is still going on, as it writes them ("nog traag"); undefined when none do. */
export function stillGoing(title: string): string | undefined {
  for (const re of STILL) {
    const m = re.exec(title);
    if (m) return m[0];
  }
  return undefined;
}
