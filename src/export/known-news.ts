/**
 * Which sentences of what we know are new since the incident's previous update: its history (`updates`, the texts each
 * update replaced) holds what callers heard before. The phone message keeps these longest after what is never left out:
 * trial L's message for the studio's third update left out its only new fact ("Onze technici hebben de defecte server
 * vervangen …") and said, word for word, what every earlier caller had heard. None is new on a first update (no history).
 * Pure.
 */
import type { Incident } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { answeredSentences, plainParagraphs } from './plain.js';

/**
 * A sentence as its words, in any order: one said again in other words' order is no news. A hospital's 06:32 update put
 * "Sinds 01:30 werkt ons EPD niet" as "Ons EPD werkt sinds 01:30 niet", and its phone message kept that as new and left
 * out that Tuesday's appointments were cancelled (trial Q).
 */
const same = (s: string) => (s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).sort().join(' ');

/** For each of `sentences` (as knownAfterSummary gives them), whether the previous update's what-we-know lacks it. */
export function newSincePrevious(incident: Pick<Incident, 'updates'>, lang: string, sentences: readonly string[]): boolean[] {
  const previous = [...(incident.updates ?? [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  if (!previous?.known) return sentences.map(() => false);
  const said = heardIn(pickText(previous.known, lang));
  return sentences.map((s) => !said.has(same(s)));
}

// The sentences of a text, each as its words: read once per text (the SMS reads the same history a few dozen times per call).
const heard = new Map<string, Set<string>>();
function heardIn(known: string): Set<string> {
  let said = heard.get(known);
  if (!said) {
    said = new Set(plainParagraphs(known).flatMap((p) => answeredSentences(p)).map(same));
    if (heard.size >= 1000) heard.clear();
    heard.set(known, said);
  }
  return said;
}

/** The update the current texts replaced (the newest in the history), or undefined on a first update. */
const previousOf = (incident: Pick<Incident, 'updates'>) => [...(incident.updates ?? [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];

/**
 * The first sentence of what we know that is new since the previous update, when that update had the same title ('' on a
 * first update, when the title changed, which says the news itself, or when nothing is new). Trial R: at 05:10 a grid
 * operator's SMS said "Oorzaak gevonden: Stroomstoring Roosendaal, Etten-Leur en Zundert door storm", the same as at 02:10
 * for the reader, while Roosendaal was back on. `sentences`: the summary, then knownAfterSummary.
 */
export function firstNews(incident: Pick<Incident, 'updates'>, lang: string, sentences: readonly string[]): string {
  const previous = previousOf(incident);
  if (!previous || previous.title) return '';
  const fresh = newSincePrevious(incident, lang, sentences);
  return sentences.find((s, i) => fresh[i] && s.trim()) ?? '';
}

/** Words that name something: a capitalised word inside a sentence (a street, a town) or a long word (8+ letters). */
function namingWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(^|[.!?:]\s+|\s)([\p{L}\d][\p{L}\d]*)/gu)) {
    const w = m[2]!;
    const inside = m[1] !== '' && !/[.!?:]/.test(m[1]!);
    if (w.length >= 8 || (inside && w.length >= 4 && /^\p{Lu}/u.test(w))) out.add(w.toLowerCase());
  }
  return out;
}

/**
 * For each action, whether it is an urgent one added in this update. The history (`updates`) keeps the texts an update
 * replaced, not its actions, so this is a stand-in: an urgent action is new when the news (the sentences of what we know
 * that the previous update lacked) names something it names too and no earlier update's texts did: a street, a town
 * (a capitalised word) or a long word. Trial R's 05:10 update added "Woont u in de Molenstraat … ruikt u gas?" with the
 * news "In de Molenstraat in Etten-Leur is een gasleiding beschadigd"; the medical action of 02:10 names nothing new.
 * All false on a first update (no history: nothing was heard before).
 */
export function newUrgentActions(incident: Pick<Incident, 'updates'>, lang: string, sentences: readonly string[], actions: readonly { label: string; who?: string; urgent?: boolean }[]): boolean[] {
  const previous = previousOf(incident);
  if (!previous) return actions.map(() => false);
  const fresh = newSincePrevious(incident, lang, sentences);
  // Every earlier update's texts, not only the previous one's: trial W's 12:02 SMS led with "Keep your gas meter turned off"
  // because the 08:27 texts lacked "yourself", which its news and the meter action both say (and the 06:10 texts said).
  const heard = (incident.updates ?? []).flatMap((u) => [u.title, u.known, u.unknown]);
  const before = namingWords(heard.map((t) => (t === undefined ? '' : pickText(t, lang))).join('. '));
  const named = [...namingWords(sentences.filter((_, i) => fresh[i]).join(' '))].filter((w) => !before.has(w));
  return actions.map((a) => {
    if (!a.urgent) return false;
    const own = namingWords(`${a.who ?? ''}. ${a.label}`);
    return named.some((w) => own.has(w));
  });
}
