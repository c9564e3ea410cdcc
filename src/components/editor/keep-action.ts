/**
 * An action that still holds after the all-clear, written into "What we know" with one press: a resolved incident's
 * actions are no longer shown anywhere, and a bank's desk, resolving at night, let "Wij bellen nooit om uw pincode"
 * go while fake helpdesk calls went on (trial E): the studio said to write it there, and nobody retyped it. Pure.
 */
import type { ActionDraft, LangText } from './draft.js';

/** A sentence's end: the action's words end with one when they have none ("Hang op" → "Hang op."). */
const sentence = (s: string) => (/[.!?…:)]$/.test(s) ? s : `${s}.`);

/** `known` with the action's words after it in each language that has them, once (already there: unchanged). */
export function withActionKept(known: LangText, action: Pick<ActionDraft, 'label'>): LangText {
  return Object.fromEntries(
    Object.entries(known).map(([l, text]) => {
      const words = (action.label[l] ?? '').trim();
      if (!words || isKept(text, words)) return [l, text];
      const before = text.trimEnd();
      return [l, `${before}${before ? '\n\n' : ''}${sentence(words)}`];
    }),
  );
}

const isKept = (text: string, words: string) => text.includes(words.replace(/[.!?…]$/, ''));

/** Whether every language's words of the action are in `known` already. */
export const actionKept = (known: LangText, action: Pick<ActionDraft, 'label'>): boolean =>
  Object.entries(action.label).every(([l, words]) => !words.trim() || isKept(known[l] ?? '', words.trim()));
