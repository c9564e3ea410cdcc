import { isAnnounced } from '../../feed/announced.js';
import type { Incident, TextValue } from '../../feed/schema.js';
import type { FaqIndex } from '../../search/index.js';
import type { SearchEngine } from './engine-load.js';
import { incidentDoc } from './incident-docs.js';

/**
 * An open incident that clearly answers the query, with the indexed terms it matched (for highlighting), the part of
 * it that holds most of them (the snippet; search/highlight.ts `bestPart`), and whether it holds half or less of the reader's words
 * (then it comes after the FAQ's clear answers that hold all of them: search/incidents.ts `fullAnswersFirst`).
 */
export interface IncidentHit {
  incident: Incident;
  terms: string[];
  snippet?: string;
  partial?: boolean;
}

/** The same incidents in the same order (the status feed's list is made anew at each render). */
export const sameIncidents = (a: readonly Incident[], b: readonly Incident[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The open incidents as search results beside the FAQ (trial Q, a hospital: "ambulance" found nothing at 02:20 while
 * the incident about ambulances was on the page). Their own small index (search/incidents.ts), built at once and again
 * only when the incidents or the language change: the FAQ's index and ranking are left as they are.
 */
export class IncidentSearch {
  private built?: { incidents: readonly Incident[]; lang: string; engine: SearchEngine; index: FaqIndex };

  /**
   * The open incidents that would be a clear answer to `query` on their own, best first. `goingOn`: the incidents going on
   * now, the answer to a query that only asks when it will be fixed (search/timing.ts, trial S). Also above an entry the
   * FAQ finds "clear": its only words are then about time, and in trial S's FAQ "hoe lang duurt het nog" found "Krijg ik
   * eten en drinken als ik lang moet wachten?", "when will it be back" the refund. Of 1,670 questions of the search's
   * development sets 3 ask only when, none in StackFAQ (test/node/search-timing.test.mjs). Asked when something is back
   * ("when is my power coming back"), its topic is searched without the time words, and what is in force now answers
   * before one announced for later, which has not begun (trial T: a notice for those still without power after the
   * all-clear, and planned works the next night). `publisher`: its name, left out of the query beside other words (trial X).
   */
  find(engine: SearchEngine, incidents: readonly Incident[], lang: string, query: string, goingOn: readonly Incident[], now: number, publisher?: TextValue): IncidentHit[] {
    if (!incidents.length || !query.trim()) return [];
    if (goingOn.length && engine.asksWhen(query)) return goingOn.map((incident) => ({ incident, terms: [] }));
    const index = this.index(engine, incidents, lang);
    return engine.incidentAnswers(index, query, (n) => isAnnounced(incidents[+n]!, now), publisher).map((h, _, __, incident = incidents[+h.id]!) => ({ incident, terms: h.terms, snippet: engine.bestPart(incidentDoc(incident, lang).answer, h.terms, index.process), partial: engine.holdsHalfOrLess(h) }));
  }

  private index(engine: SearchEngine, incidents: readonly Incident[], lang: string): FaqIndex {
    const b = this.built;
    if (b && b.engine === engine && b.lang === lang && sameIncidents(b.incidents, incidents)) return b.index;
    // Ids by place: an incident id is not checked to be unique, and the hit must lead back to this very incident.
    const docs = incidents.map((i, n) => ({ ...incidentDoc(i, lang), id: String(n) }));
    const index = engine.buildIncidentIndex(docs, engine.searchLanguage(lang));
    this.built = { incidents: incidents.slice(), lang, engine, index };
    return index;
  }
}
