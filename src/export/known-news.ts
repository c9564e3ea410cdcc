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
  const said = new Set(plainParagraphs(pickText(previous.known, lang)).flatMap((p) => answeredSentences(p)).map(same));
  return sentences.map((s) => !said.has(same(s)));
}
