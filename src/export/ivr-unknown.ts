/**
 * What we don't know yet, in the phone message (ivr.ts): the second of clearline's four parts (what we know, what we don't
 * know yet, when the next update comes, what you can do now). The message said the other three and never this one, so a
 * caller heard "Geen water in Utrecht-Oost" but not "Wat we nog niet weten: hoe lang de reparatie duurt" and waited on the
 * line to ask. Said after what we know, before the urgent actions, with the heading the elements and the e-mail use
 * (Terms.unknown); only for an open incident (text.ts gives a resolved one none). Pure.
 */
import { answeredSentences } from './plain.js';
import type { Context, IncidentView } from './text.js';
import type { Sentence } from './ssml.js';

type Add = (key: string, sentence: Sentence, optional?: number) => void;

/**
 * The heading and the first sentence (`unknown`): kept longer than the later sentences of what we know and the count; it
 * gives way before every part of the urgent actions (also the first one's later sentences, 1.5) and their pages, what is
 * new, and the next update (never dropped). The thanks (1) stays longer, as it did before the urgent action's sentences.
 */
export const UNKNOWN_RANK = 1.6;
/** Its later sentences (`unknown-2`, …): after the greeting and the channels offered instead, before the later sentences of what we know (3.2…). */
export const UNKNOWN_LATER_RANK = 3.3;

/** A first sentence that says it itself ("We do not know yet when…", "Het is nog niet bekend of…"): then no heading before it. */
const SAYS_IT = /\b(?:weten\s+(?:we\s+|wij\s+)?(?:nog\s+)?niet|nog\s+niet\s+(?:bekend|duidelijk)|nog\s+onbekend|(?:do|does)\s+not\s+(?:yet\s+)?know|(?:don't|doesn't)\s+(?:yet\s+)?know|not\s+(?:yet\s+)?(?:known|clear)|still\s+unknown)\b/iu;

/** After the heading's colon a question word goes on in lower case ("Wat we nog niet weten: hoe lang…"); a name keeps its capital. */
const QUESTION_WORD = /^(?:Hoe|Hoeveel|Wanneer|Waarom|Waar|Wat|Welke|Wie|Of|How|When|Whether|Why|Where|What|Which|Who|If)(?!\p{L})/u;

export function addUnknown(add: Add, view: IncidentView, ctx: Context): void {
  if (view.resolved) return;
  const sentences = view.unknown.flatMap((p) => answeredSentences(p.trim())).filter(Boolean);
  sentences.forEach((s, i) => {
    if (i > 0) add(`unknown-${i + 1}`, [s], UNKNOWN_LATER_RANK + i / 100);
    else add('unknown', [SAYS_IT.test(s) ? s : `${ctx.t.unknown}: ${s.replace(QUESTION_WORD, (w) => w.toLowerCase())}`], UNKNOWN_RANK);
  });
}
