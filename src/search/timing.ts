/**
 * "When will it be fixed?": a query that only asks when the trouble ends. Trial S (an airline's check-in outage):
 * "wanneer is het opgelost" / "when will it be fixed" gave "No results", with no word of the open incident's next update.
 * Such a query names no topic a search could match, so while an incident is going on, that incident is the answer
 * (components/faq/incident-search.ts). The rule: at least one word asks about time ("wanneer", "how long", "fixed",
 * "weer"), and every other word is a stop word or a word for "it" and the trouble itself ("storing", "outage", "werkt").
 * One word about anything else ("when will my card arrive", "wanneer kan ik bloed laten prikken") leaves the query to
 * the FAQ's own ranking. Both languages' words on any page: readers type in their own. Pure; no DOM.
 */
import { fold, tokens } from './normalize.js';
import { STOP_WORDS } from './stopwords.js';

const words = (s: string) => new Set(s.split(' '));
/** Words that ask when (accent-folded, lower case). */
const WHEN = words('when long fixed fix resolved solved restored back again working eta yet wanneer lang hoelang opgelost verholpen hersteld weer klaar voorbij duurt duren');
/** Words for "it" and the trouble itself, said around a question about time. */
const ABOUT_IT = words('it outage disruption problem issue down service system work works be get going take takes still much longer time expected normal storing probleem systeem werkt werken gaat verwacht tijd ongeveer langer normaal alles');

/** Whether `query` only asks when the trouble will be over (no other topic). */
export function asksWhen(query: string): boolean {
  const all = tokens(fold(query)).map((t) => t.text);
  return all.some((w) => WHEN.has(w)) && all.every((w) => WHEN.has(w) || ABOUT_IT.has(w) || STOP_WORDS.en.has(w) || STOP_WORDS.nl.has(w));
}

/** Words that ask when something is back or over, and the verbs said with them ("coming back", "komt terug"). */
const BACK = words('back again fixed fix resolved solved restored working weer hersteld opgelost verholpen terug voorbij');
const WITH_BACK = words('coming come comes komt');

/**
 * Of a query that asks when something is back or over, what it is about ("when is my power coming back" → "is my
 * power"); undefined for any other query. The time words say when, not what: the open incidents' search (incidents.ts)
 * counted "coming" and "back" as topic words in trial T.
 */
export function askedBack(query: string): string | undefined {
  const all = tokens(fold(query)).map((t) => t.text);
  return all.some((w) => BACK.has(w)) ? all.filter((w) => !WHEN.has(w) && !BACK.has(w) && !WITH_BACK.has(w)).join(' ') : undefined;
}
