import type { Incident } from '../../feed/schema.js';
import type { FaqIndex } from '../../search/index.js';
import type { SearchEngine } from './engine-load.js';
import { incidentDoc } from './incident-docs.js';

/** An open incident that clearly answers the query, with the indexed terms it matched (for highlighting). */
export interface IncidentHit {
  incident: Incident;
  terms: string[];
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

  /** The open incidents that would be a clear answer to `query` on their own, best first. */
  find(engine: SearchEngine, incidents: readonly Incident[], lang: string, query: string): IncidentHit[] {
    if (!incidents.length || !query.trim()) return [];
    const index = this.index(engine, incidents, lang);
    return engine.clearAnswers(index.search(query)).map((h) => ({ incident: incidents[Number(h.id)]!, terms: h.terms }));
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
