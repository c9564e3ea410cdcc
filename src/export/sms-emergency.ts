/**
 * Which sentences of an SMS's action are its emergency line, so shortening never drops them while
 * something less important can go instead (sms.ts). A British GP practice's action "Call NHS 111 if
 * you need medical help today. In an emergency, call 999." lost its second sentence after a long
 * title: the SMS kept only its first whole sentences. A sentence is an emergency line when it names
 * a number of the feed's channels marked `emergency`, a public emergency number (112, 999, 911…), such
 * a channel by its name, or says it is for an emergency ("In an emergency", "Bij nood", "levensgevaar").
 */
import type { Channel } from '../feed/schema.js';
import { isEmergencyServiceNumber } from '../feed/dialling.js';
import { pickText } from '../i18n/lang.js';
import { shortenWords, splitSentences } from './plain.js';
import { dialledForms } from './dial.js';
import { sentenceCuts, titleCut } from './sms-title.js';
import { placeSpan } from './sms-place.js';
import { keepLineAtLast } from './sms-emergency-lead.js';

export const EMERGENCY_WORDS = /(?<!\p{L})(emergenc(?:y|ies)|life[- ]threatening|life is in danger|levensgevaar|noodgeval|noodnummer|alarmnummer|nood|spoedgeval)(?!\p{L})/iu;

/** The numbers a sentence says, as digits ("0800 123 4567", "0800-1234" and "+44 20 7946 0018" are each one). */
const numbersIn = (sentence: string): string[] => (sentence.match(/\+?\d(?:[\s.-]?\d)*/g) ?? []).map((n) => n.replace(/\D/g, ''));

/** A test for "this sentence is an emergency line", from the feed's channels in the SMS's language. */
export function emergencyTest(channels: readonly Channel[], lang: string): (sentence: string) => boolean {
  const lines = channels.filter((c) => c.emergency === true);
  const numbers = new Set(lines.filter((c) => c.href.startsWith('tel:')).flatMap((c) => dialledForms(c.href)));
  const names = lines.map((c) => pickText(c.label, lang).trim().toLowerCase()).filter((n) => n.length >= 4 && /\p{L}/u.test(n));
  return (sentence) => {
    if (EMERGENCY_WORDS.test(sentence)) return true;
    if (numbersIn(sentence).some((n) => numbers.has(n) || isEmergencyServiceNumber(`tel:${n}`))) return true;
    const lower = sentence.toLowerCase();
    return names.some((n) => lower.includes(n));
  };
}

/** Which sentences are the emergency line: those that are one, and a question before one, its condition ("Ruikt u gas? Bel direct 0800 123 4567."). */
export function urgentSentences(sentences: readonly string[], isEmergency: (sentence: string) => boolean): boolean[] {
  const urgent = sentences.map(isEmergency);
  for (let i = sentences.length - 1; i > 0; i--) if (urgent[i] && sentences[i - 1]!.endsWith('?')) urgent[i - 1] = true;
  return urgent;
}

/**
 * The emergency line of a later urgent action, for an SMS that carries only the first action, when that one has none:
 * a water company's "Kook uw water 3 minuten." before the urgent "Ziek na het drinken? Bel uw huisarts; bij levensgevaar 112"
 * sent an SMS without the 112. The first such action's emergency sentences with their condition, else ''.
 */
export function laterEmergencyLine(actions: readonly { label: string; urgent: boolean }[], isEmergency: (sentence: string) => boolean): string {
  if (!actions[0] || urgentSentences(splitSentences(actions[0].label), isEmergency).includes(true)) return '';
  for (const a of actions.slice(1).filter((b) => b.urgent)) {
    const sentences = splitSentences(a.label.trim());
    const urgent = urgentSentences(sentences, isEmergency);
    if (urgent.includes(true)) return sentences.filter((_, i) => urgent[i]).join(' ');
  }
  return '';
}

/**
 * Where the action's emergency line stays when the whole action does not fit beside the title, as
 * { title, action }. What gives way, first to last:
 * 1. the action's other sentences after what to do (its first sentence, and the answer to a question that leads), last first;
 * 2. the title, shortened (titleCut: after a word to no fewer than three words, or to its news) to keep what to do whole;
 * 3. what to do, cut after a word to no fewer than half its words, when it is one sentence and no question;
 * 4. when what to do is the emergency line itself, the title as in 2 (it was cut down to its first word: "Storing...", trial Q);
 * 5. the action between sentences (sentenceCuts), beside the title whole or as in 2: a question never without its answer;
 * 6. what to do cut where a clause ends, else left out after the question that asks whom it is for (sms-emergency-lead.ts,
 *    trial T: "A line is down near you? Call 911, then our outage line."), only for the action's own line (`own`).
 * A title is never cut to fewer than three words, nor a "Category: news" title inside its news (titleCut).
 * Null when the action has no emergency sentence, or none of this fits: then the action is shortened as any other
 * (sms.ts). A cut without the question that leads (its condition) is never used (trial R); `between`: cut as in 5.
 * `title` is the title as it would stand whole; `fits` says whether a title and action fit with the link.
 */
export function keepEmergency(title: string, action: string, isEmergency: (sentence: string) => boolean, fits: (title: string, action: string) => boolean, lang = 'en', own = true): { title: string; action: string; asked?: boolean; between?: boolean } | null {
  const sentences = splitSentences(action);
  const urgent = urgentSentences(sentences, isEmergency);
  if (!urgent.includes(true)) return null;
  // What to do: the first sentence, with the answer to a question that leads ("Ate this yoghurt…? Call your GP.").
  const leads = Math.min(sentences.length, sentences.findIndex((s) => !s.endsWith('?')) + 1 || sentences.length);
  const lead = sentences.slice(0, leads).join(' ');
  const line = sentences.filter((_, i) => i >= leads && urgent[i]).join(' ');
  // 1. Less urgent sentences after what to do go, last first.
  const kept = [...sentences];
  for (let i = urgent.lastIndexOf(false); ; i = urgent.lastIndexOf(false, i - 1)) {
    if (fits(title, kept.join(' '))) return { title, action: kept.join(' ') };
    if (i < leads) break;
    kept.splice(i, 1);
  }
  const both = [lead, line].filter(Boolean).join(' ');
  // 5. Between sentences, most of the action first, each beside the title whole or shortened as in 2.
  const bySentences = (anyWord = true) => {
    for (const c of sentenceCuts(action, urgent)) {
      // Never the answer without its question: "Use the battery and call our medical equipment line" went to every reader
      // without "On home ventilation or oxygen without power?" (trial R). Then the action is shortened as any other, or left out.
      if (c.asked) continue;
      const t = titleCut(title, lang, 3, (x) => fits(x, c.action), anyWord);
      if (t) return { title: t, action: c.action, between: true, ...(c.asked ? { asked: true } : {}) };
    }
    return null;
  };
  // A title's place (sms-place.ts, or the place of Affects: sms-affects-place.ts) goes last: each step first with it kept,
  // what to do cut after a word too, before any step that cuts the title after a word ("Geen gas door schade..." lost "in Zwolle-Zuid").
  const placed = !!placeSpan(title);
  if (urgent.slice(0, leads).includes(true)) return (placed ? shorterTitle(title, both, 1, fits, lang, false) ?? bySentences(false) : null) ?? shorterTitle(title, both, 1, fits, lang) ?? bySentences();
  // 2. A shorter title for what to do whole; 3. one sentence of what to do cut after a word, to at least half of it
  // (a question cut short would lose its answer, and the emergency line would read as one).
  const half = Math.ceil(lead.split(/\s+/).length / 2);
  const cutBeside = (ok: (l: string) => boolean) => (leads === 1 && !lead.endsWith('?') ? shortenWords(lead, (l) => l.split(/\s+/).length >= half && ok(`${l} ${line}`)) : null);
  const cut = cutBeside((a) => fits(title, a));
  const placeCut = () => {
    // Only a long one (ten words or more) keeps words enough to say what to do: "Kook uw water 3..." and "Dress..." say nothing.
    if (lead.split(/\s+/).length < 10) return null;
    const kept = cutBeside((a) => !!titleCut(title, lang, 3, (t) => fits(t, a), false));
    const t = kept && titleCut(title, lang, 3, (x) => fits(x, `${kept} ${line}`), false);
    return kept && t ? { title: t, action: `${kept} ${line}` } : null;
  };
  const keepPlace = placed ? shorterTitle(title, both, 3, fits, lang, false) ?? placeCut() ?? bySentences(false) : null;
  return keepPlace ?? shorterTitle(title, both, 3, fits, lang) ?? (cut ? { title, action: `${cut} ${line}` } : null) ?? bySentences() ?? keepLineAtLast(title, sentences, urgent, leads, own, fits, lang);
}

/** The title shortened (titleCut: to no fewer than `words` words, and three) so that `action` fits beside it; after any word unless `anyWord` is false. */
function shorterTitle(title: string, action: string, words: number, fits: (title: string, action: string) => boolean, lang: string, anyWord = true) {
  const cut = titleCut(title, lang, words, (t) => fits(t, action), anyWord);
  return cut ? { title: cut, action } : null;
}
