/**
 * Which items of an incident's Affects are places, the one rule for CAP's <area><areaDesc> (cap.ts) and the place an SMS
 * appends after "in" (sms-affects-place.ts). The feed does not mark places: Affects is "who or what is affected"
 * (docs/feed-format.md), places ("Upton upon Severn WR8") and systems ("Online banking") alike. A name written as a
 * place is ("Tewkesbury") may be a product: a university's ransomware alert went out with <areaDesc>Brightspace</areaDesc>,
 * and its SMS said "exams from Thursday go ahead in Brightspace", the learning platform that was down (trial X). So an
 * item with a postcode is a place always; one of names only (cap-area.ts isPlace) only when the list is not one of
 * systems: not from a template whose Affects are services (templates/affects.ts: cyberattack, payments, …; by the id
 * the studio gives, "cyberattack-2026-12-14-0750"), and with no other item that is a service or group ("studentportaal",
 * "exams", "Online banking"): beside those, "Brightspace", "Teams" or "iDEAL" are systems too. No place is better
 * than a wrong one: a receiver shows no area rather than a platform as a town. Pure.
 */
import { AFFECTS_EXAMPLES } from '../templates/affects.js';
import { hasPostcode, isPlace } from './cap-area.js';

/** Whether the incident's id names a template whose Affects are services ("cyberattack-…", "payments", "outage-2"). */
const servicesTemplate = (id: string | undefined) => !!id && Object.keys(AFFECTS_EXAMPLES).some((n) => id === n || id.startsWith(`${n}-`));

/** The items of `affects` that are places, in order (trimmed). `id`: the incident's, for the template it came from. */
export function affectsPlaces(affects: readonly string[], id?: string): string[] {
  const items = affects.map((a) => a.trim()).filter(Boolean);
  const systems = servicesTemplate(id) || items.some((a) => !isPlace(a));
  return items.filter((a) => hasPostcode(a) || (!systems && isPlace(a)));
}
