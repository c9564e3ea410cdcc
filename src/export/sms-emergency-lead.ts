/**
 * The last ways an SMS keeps an action's emergency line (sms-emergency.ts), when the action's first sentence cannot stay
 * whole or cut to half of it beside the title. Trial T: a co-op's "A line is down near you? Stay at least 30 feet away
 * from downed lines and anything they touch. Call 911, then our outage line." went out as "… Stay at least 30 feet away
 * from downed lines and anything..." without the 911 sentence, which docs/publishing.md promised to keep. Now, first to last:
 * 1. what to do cut where a clause of it ends (never inside a clause), the emergency line after it;
 * 2. when the action asks whom it is for first (its question), that question and the emergency line, what to do left out:
 *    "A line is down near you? Call 911, then our outage line." The question is its condition, so never without it: a bare
 *    "Call 911" would send every reader to 911. Only for the action's own line: a later action's line ("Levensgevaar? Bel
 *    112.") never takes the place of what the first action says to do (a lift's "Bel ons …").
 * Each beside the title whole, else shortened as titleCut allows (three words, or its news). Pure.
 */
import { clauseCuts, titleCut } from './sms-title.js';

export function keepLineAtLast(
  title: string,
  sentences: readonly string[],
  urgent: readonly boolean[],
  leads: number,
  own: boolean,
  fits: (title: string, action: string) => boolean,
  lang: string,
): { title: string; action: string; between?: boolean } | null {
  const line = sentences.filter((_, i) => i >= leads && urgent[i]).join(' ');
  const todo = sentences[leads - 1];
  if (!line || !todo || todo.endsWith('?')) return null;
  const asked = sentences.slice(0, leads - 1).join(' ');
  const join = (...p: string[]) => p.filter(Boolean).join(' ');
  const beside = (action: string, anyWord = true) => {
    const t = titleCut(title, lang, 3, (x) => fits(x, action), anyWord);
    return t ? { title: t, action } : null;
  };
  // A title's place (sms-place.ts) goes only when no clause of what to do can go for it.
  for (const anyWord of [false, true]) {
    for (const cut of clauseCuts(todo)) {
      const kept = beside(join(asked, cut, line), anyWord);
      if (kept) return kept;
    }
  }
  if (!asked || !own) return null;
  const kept = beside(join(asked, line));
  return kept && { ...kept, between: true };
}
