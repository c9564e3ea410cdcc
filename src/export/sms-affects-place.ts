/**
 * The place an SMS names from the incident's Affects when its title names none (sms.ts). A water company's "Boil Water
 * Notice" and a grid operator's "Gasstoring" went out without saying where, though Affects said "Upton upon Severn (WR8)"
 * and "Zwolle-Zuid": a reader elsewhere could not tell it was not for them. The first place in Affects (affects-places.ts:
 * a postcode, or names only in a list of places; not "Online banking", nor "Brightspace" beside "exams") follows the title after "in" (the same word in English and
 * Dutch): "Gasstoring in Zwolle-Zuid", so a cut keeps it as a title's own place (sms-place.ts). It goes in only where the
 * SMS has room: when it costs nothing the SMS without it keeps, or when the title loses words anyway (placeOrNot). Pure.
 */
import { affectsPlaces } from './affects-places.js';
import { placeSpan } from './sms-place.js';
import { splitSentences } from './plain.js';

/** A place's name without its postcode in brackets ("Upton upon Severn (WR8)" -> "upton upon severn"), to find in a title. */
const named = (place: string) => place.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** The title with the first place of `affects` (of incident `id`) after "in", or the title as it is: it names a place already, or Affects none. */
export function titleWithPlace(title: string, affects: readonly string[], id?: string): string {
  const t = title.trim();
  if (!t || placeSpan(t)) return title;
  // Places only, as CAP's <area> has them: not "Brightspace" beside "exams" (trial X: "exams go ahead in Brightspace").
  const places = affectsPlaces(affects, id);
  // A title that says one of them already ("Zwolle-Zuid: geen gas") needs none.
  if (!places.length || places.some((p) => named(p) && t.toLowerCase().includes(named(p)))) return title;
  return `${t.replace(/[\s.:;,!]+$/u, '')} in ${places[0]}`;
}

/** What an SMS built for a title gave up: the steps of `shortened`, and the action as it went (`built.m.actionPart`). */
export interface Made {
  shortened: readonly string[];
  built: { m: { actionPart: string } };
}

/**
 * The SMS with the place, when it gave up nothing the one without it kept: no step more (a word of the title, the next
 * update, the phase, the action) and no word of the action fewer. When the title loses words anyway, the place is kept
 * as a title's own place is (sms-place.ts, sms-emergency.ts): words of the action may go for it, never the whole action,
 * the next update or the phase. Else the one without.
 */
export function placeOrNot<T extends Made>(withPlace: T | undefined, without: T, isEmergency: (sentence: string) => boolean): T {
  if (!withPlace) return without;
  const [placed, plain] = [withPlace.built.m.actionPart, without.built.m.actionPart];
  const more = withPlace.shortened.filter((s) => !without.shortened.includes(s));
  // Never at the cost of an emergency line the SMS without it says (sms-emergency.ts).
  const lines = splitSentences(plain).filter(isEmergency).every((l) => placed.includes(l.replace(/[.!]$/, '')));
  if (without.shortened.includes('title-shortened')) return more.every((s) => s === 'action-shortened') && placed && lines ? withPlace : without;
  return !more.length && placed.length >= plain.length ? withPlace : without;
}
