/**
 * Whether an SMS may leave out whom its action is for (sms.ts). Trial R: "Use the battery and call our medical equipment
 * line" went to every reader without "On home ventilation or oxygen without power?", and the line would jam for the few
 * who need it; trials F and H sent "Kom vandaag naar het Stadhuis" and "Bel de leverancier van het apparaat" to everyone.
 * So the who stays with the action, or the action goes. Only these may go without it, as before: one whose who the title
 * says already ("U hebt geen water" under "Geen water in Utrecht-Oost"), or that only says the reader is in the area
 * ("U woont of werkt in het getroffen gebied": every reader of the SMS), or names only codes the title names ("You live or work
 * in ZIP code 60633" under "… still in effect for 60633", trial Y); a warning not to do something ("Klik niet op
 * links …", "Geef nooit uw pincode …"), which is right for every reader; and a label that leads with its own condition
 * ("Emergency: call 999. Urgent: NHS 111 …", "Bij levensgevaar: bel 112"). Pure.
 */
const FILLER = new Set('u je jij we wij uw your you i ik de het een the a an is are am be ben bent zijn have has heb hebt heeft als if when wanneer woont woon wonen werkt werk live lives work works in op at of or en and van gebied area getroffen affected zip code codes postcode postcodes postal'.split(' '));
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every word of the who that says something (not "you live in the area") is in the title. */
export function titleSaysWho(who: string, title: string): boolean {
  const said = new Set(words(title));
  const need = words(who).filter((w) => !FILLER.has(w));
  return need.every((w) => said.has(w));
}

/** A warning not to do something: "Klik niet op …", "Bel het nummer niet", "Geef nooit …", "Do not click …", "Never give …". */
const WARNING = /^\s*(?:(?:do not|don't|never|nooit|niet)(?!\p{L})|\p{L}+(?:\s+\p{L}+){0,3}\s+(?:niet|nooit)(?!\p{L}))/iu;

/** Whether the SMS may say this action without its who (see above). */
export const whoMayGo = (who: string, label: string, title: string): boolean => titleSaysWho(who, title) || WARNING.test(label) || /^\s*[\p{L} ]{2,25}:\s/u.test(label);
