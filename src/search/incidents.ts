/**
 * Open incidents searched beside the FAQ (trial Q, a hospital): at 02:20 "ambulance" found nothing, while the incident
 * "Storing computersysteem: spoedeisende hulp neemt geen ambulances aan" was on the same page. The incidents get an
 * index of their own, so the FAQ's ranking and its no-answer rule stay exactly as they were, with the same words,
 * stemming, completion and typo handling: the title as the question, what it affects as tags, the rest as the answer.
 * Every word weighs the same there (a handful of incidents says nothing about how rare a word is), so an incident is a
 * result when it passes the FAQ's no-answer rule on its own (confidence.ts) and holds at least half of the reader's
 * words: "flight parking garage" is not answered by "Storm: flights cancelled", "emergency room" is by "… emergency
 * department …". Of spelling corrections only a slip: a consonant typed twice or once too few ("watter", trial Y: "can i
 * drink the watter" put the boil water advisory below three FAQ answers, holding half the words); in so few words the
 * nearest one by another edit is mostly another word ("mail", "fail").
 */
import { CONFIDENCE } from './confidence.js';
import { FaqIndex, TUNING, type SearchDoc, type SearchHit, type SearchOutcome } from './engine.js';
import type { SearchLanguage } from './stopwords.js';
import { withoutOwnName } from './own-name.js';
import { askedBack } from './timing.js';

/** The index of the open incidents, as `SearchDoc`s in the reader's language; small, so built at once. */
export function buildIncidentIndex(docs: readonly SearchDoc[], lang: SearchLanguage = 'en'): FaqIndex {
  const index = new FaqIndex(lang, { bm25: { ...TUNING.bm25, idf: 'flat' }, corrections: 'slips' });
  for (const d of docs) index.add(d);
  return index.finish();
}

/** Share of the query's words an incident must hold to be a result (each word weighs the same in its index). */
export const INCIDENT_MIN_COVERAGE = 0.5;

/**
 * The incidents that clearly answer, best first: the title typed exactly, or the no-answer rule and half the words, or
 * every one of two or more of the reader's words anywhere in its text. Trial U (a bank): "iemand belde van de fraudedienst"
 * was no answer from the phishing incident that said "Er bellen ook valse medewerkers "van de fraudedienst"": words of
 * what we know or of an action weigh a twelfth of the title's, so only the title's words ever reached the rule.
 */
export function clearAnswers(outcome: SearchOutcome): SearchHit[] {
  const ideal = outcome.evidence?.ideal ?? 0;
  const every = outcome.terms.length >= 2;
  return outcome.hits.filter((h) => h.exact || (every && h.coverage >= 1) || (ideal > 0 && h.score / ideal >= CONFIDENCE.minRelative && h.coverage >= INCIDENT_MIN_COVERAGE));
}

/**
 * The incidents that clearly answer `query`, as `clearAnswers`. Asked when something is back ("when is my power coming
 * back"), its topic is searched without the time words (timing.ts), and those not begun (`later(id)`: announced for
 * later) come after the ones in force now. Trial T (an electricity co-op, after its all-clear): "coming" and "back"
 * counted as topic words, so the notice for those still without power was no answer and the next night's planned works
 * were ("back" completed to "backup"); works not begun are nobody's reason to be without service now. The words of the
 * `publisher`'s name are left out beside other words (own-name.ts, trial X: "is de hogeschool open" found a phishing warning).
 */
export function incidentAnswers(index: FaqIndex, query: string, later: (id: string) => boolean, publisher?: Parameters<typeof withoutOwnName>[1]): SearchHit[] {
  query = withoutOwnName(query, publisher, index.process);
  const topic = askedBack(query);
  const hits = clearAnswers(index.search(topic ?? query));
  return topic === undefined ? hits : hits.sort((a, b) => +later(a.id) - +later(b.id));
}

/**
 * An incident hit that holds no more than half of the reader's words (the least that makes it a result): it comes after
 * the FAQ's clear answers holding all of them (`fullAnswersFirst`). One holding more stays above the FAQ: on the
 * development sets, with an entry's own text as the open incident and the entry left out of the FAQ, "any word missing"
 * moved that right incident below a wrong entry for 36 of 1,346 questions found, "half or less" for 11; an unrelated
 * incident above the right entry went down from 88 to 62 and 71 (test/node/search-incident-place.test.mjs).
 */
export const holdsHalfOrLess = (h: SearchHit): boolean => !h.exact && h.coverage <= INCIDENT_MIN_COVERAGE + 1e-9;

/**
 * How many of the FAQ's first hits come before an open incident that holds half or less of the reader's words: those
 * that are a clear answer holding all of them (the question typed exactly, or every word and the no-answer rule on its
 * own). Trial W (a gas network): "gas leak" showed "People posing as Éirgas engineers" (only "gas", in "relight the
 * gas") and "No gas in Naas and Newbridge" above "I smell gas. What should I do?".
 */
export function fullAnswersFirst(outcome: SearchOutcome): number {
  const ideal = outcome.evidence?.ideal ?? 0;
  const clear = (h: SearchHit) => h.exact || (h.coverage >= 0.999 && ideal > 0 && h.score / ideal >= CONFIDENCE.minRelative);
  const n = outcome.hits.findIndex((h) => !clear(h));
  return n < 0 ? outcome.hits.length : n;
}
