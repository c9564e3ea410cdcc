/**
 * The places in an incident's Affects, for CAP's <area><areaDesc> (the text alert apps show for where a warning holds). A
 * UK water company's Boil Water Notice for "Upton upon Severn WR8" went out with no <area> at all (trial V). Affects also
 * names services and groups ("Online banking", "the app", "Hospital and care homes: informed"), which are no area: a
 * place is an item with a postcode or postcode area in it ("WR8", "GL20 5", "3581", "3581 AB"), or one of names only,
 * every word capitalised but the small words of place names ("Upton upon Severn", "Bergen op Zoom", "North Leeds"),
 * and not a service's name ("App", "Website", "E-mail"). Which items of a list count: affects-places.ts. Pure.
 */

/** A UK outward code (WR8, GL20, SW1A) or a Dutch, Belgian or US postcode. */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\b|\b\d{4}(?:\s?[A-Z]{2})?\b|\b\d{5}\b/;
/** The small words inside place names ("upon", "op", "aan den", "sur", "-le-"). */
const SMALL = new Set(['upon', 'on', 'under', 'by', 'in', 'of', 'the', 'and', 'de', 'den', 'der', 'het', 'aan', 'op', 'bij', 'en', 'sur', 'le', 'la', 'les', 'lès', 'et', "'s", "'t"]);
/** Names of services, not places, that are written capitalised as one word. */
const SERVICE = /^(?:apps?|website|webmail|e-?mail|internet|intranet|wi-?fi|telefonie|telephony|portal|portaal)$/i;

/** Whether the text has a postcode or postcode area in it ("WR8", "3581 AB"): a place, whatever else Affects names. */
export const hasPostcode = (text: string): boolean => POSTCODE.test(text.trim());

export function isPlace(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (POSTCODE.test(t)) return true;
  const words = t.split(/[\s,/]+|(?<=\p{L})-(?=\p{L})/u).filter(Boolean);
  if (words.length === 1 && SERVICE.test(words[0]!)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || SMALL.has(w.toLowerCase()));
}
