/**
 * A resolved incident's title as the exports say it: "Opgelost: Geen water in Utrecht-Oost", unless the title says so itself,
 * as the studio asks for an all-clear's title ("Stroomstoring door storm opgelost: iedereen heeft weer stroom" was said
 * "Opgelost: Stroomstoring door storm opgelost: …", trial H; "Resolved: Strike over: trams and buses running normally",
 * trial O). `phase` is the word readers see ("Opgelost", "Resolved").
 */
export function resolvedTitle(phase: string, title: string): string {
  return saysEnded(phase, title) ? title : `${phase}: ${title}`;
}

/** A clause ends here: punctuation, a dash or the end of the title ("Strike over: …", "De staking is voorbij"). */
const END = String.raw`(?=\s*(?:[:;,.!–—-]|$))`;

/**
 * Words that say it ended, in English and Dutch, as whole words. Words that are something else elsewhere only where they
 * say it: "over" and "voorbij" at the end of a clause (not "overhead", "over the weekend", "voorbij het station"),
 * "afgelopen" too (not "afgelopen nacht"), "weer" after a verb or before a state (not "slecht weer", "weerbericht",
 * "stroom weer uitgevallen"), "back" in a few phrases (not "strike back on"), "fixed" not "fixed-line".
 */
const ENDED = [
  String.raw`\b(?:resolved|restored|repaired|reopened|re-opened|resumed|lifted|ended|all clear|as normal|as usual|back to normal|normal service)\b`,
  String.raw`\bfixed\b(?![-‐]|\s+lines?\b)`,
  String.raw`\b(?:over|voorbij|afgelopen)${END}`,
  String.raw`\b(?:run|runs|running|work|works|working|open|opens|operating|flowing|moving|online|available)\s+(?:normally|again)\b`,
  String.raw`\bback\s+(?:to\s+normal|in\s+service|online|open|up\s+and\s+running)\b`,
  String.raw`\b(?:power|water|gas|electricity|heating|internet|service|services|supply)\s+(?:is\s+|are\s+|has\s+come\s+|comes\s+)?back\b`,
  String.raw`\b(?:opgelost|hersteld|verholpen|opgeheven|heropend|hervat)\b`,
  String.raw`\b(?:rijden|rijdt|varen|vaart|vliegen|vliegt|werken|werkt|draaien|draait|functioneren|functioneert|stromen|stroomt|lopen|loopt)\s+(?:weer|normaal)\b`,
  String.raw`\bweer\s+(?:open|normaal|stroom|water|gas|internet|bereikbaar|beschikbaar|drinkbaar|veilig|in\s+bedrijf|in\s+dienst|op\s+gang|mogelijk|online|aan)\b`,
  String.raw`\b(?:zoals\s+gewoonlijk|normale\s+dienstregeling)\b`,
].map((s) => new RegExp(s, 'iu'));

/** Whether the title says the incident ended: the readers' phase word ("Opgelost") anywhere, or one of ENDED. Pure. */
export function saysEnded(phase: string, title: string): boolean {
  return (!!phase.trim() && title.toLowerCase().includes(phase.toLowerCase())) || ENDED.some((re) => re.test(title));
}
