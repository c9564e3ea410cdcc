/**
 * What gives way in the phone message (ivr.ts) so that no incident is read as a bare title. Trial W (an Irish gas
 * network, 15:06): with a gas outage and a doorstep-fraud warning open, the message said "People posing as Éirgas
 * engineers." and left out "Do not let them in and do not pay" for time: callers heard the threat, not what to do. At
 * the gas all-clear it said the fraud title, then a first sentence that repeats it, and still no advice.
 *
 * The policy (docs/channels.md, "What gives way in the phone message"):
 * - another incident's title is said with its first urgent action (lacking one, its first action), as one part: it is
 *   shortened at a sentence or clause end first (`todo-<id>-rest`), then left out whole; then "There is a second notice
 *   on our website." is said instead, and the desk is told which incident and action (`also-<id>`, `todo-<id>`);
 * - a first sentence that begins with the title is said alone, not after the title (summaryRepeats);
 * - the lead's first urgent action heard before gives way only to its first sentence or clause, when it has one;
 * - the same lead-in question ("Smell gas?") is not said twice back to back (sameLeadIn). Pure.
 */
import { fitBudget, IVR_LIMITS, measure, type Part } from './ivr-fit.js';
import { splitSentences } from './sentences.js';
import type { StatusPayload } from '../feed/schema.js';
import type { Piece, Sentence } from './ssml.js';

/** Where a resolved lead's other incident (never dropped before) gives way: after everything else that may go. */
export const OTHER_LAST_RANK = 0.01;

const norm = (s: string) => s.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether a first sentence begins with the title ("People posing as Éirgas engineers may still call …"): then it is said alone. */
export const summaryRepeats = (title: string, summary: string): boolean => !!norm(title) && (norm(summary) + ' ').startsWith(`${norm(title)} `);

/**
 * A sentence's short form at a sentence end, or else at a clause end (";", ":"): its leading questions and the first
 * sentence that tells what to do ("Someone at your door asks for money? Do not let them in and do not pay."). Only the
 * words before the first phone number, time or address are cut; undefined when nothing shorter is left.
 */
export function clauseCut(sentence: Sentence): Sentence | undefined {
  const head = sentence[0];
  if (typeof head !== 'string') return undefined;
  const parts = splitSentences(head.trim());
  const asks = parts.findIndex((s) => !s.trim().endsWith('?'));
  if (asks < 0) return undefined;
  let cut = parts.slice(0, asks + 1).join(' ');
  if (asks + 1 === parts.length) {
    // One sentence: at its first clause end, if words that tell what to do come before it.
    const clause = /^(.*?\p{L}.*?\p{L}.*?)[;:]\s+\S/u.exec(parts[asks]!);
    if (!clause || clause[1]!.trim().split(/\s+/).length < 3) return undefined;
    cut = [...parts.slice(0, asks), `${clause[1]!.trim()}.`].join(' ');
  }
  const whole = sentence.map((p) => (typeof p === 'string' ? p : '#')).join('');
  return cut.length < whole.trim().length ? [cut.replace(/[\s,;:]+$/, '').replace(/([^.!?…])$/, '$1.')] : undefined;
}

/**
 * Where another incident said short (its title and the first sentence or clause of its action) is left out: after the
 * lead's later urgent actions and most of the news, before the first news and an estimate of when (ivr-news.ts). A caller
 * who does not hear it does not learn that the incident exists.
 */
export const OTHER_SHORT_RANK = 0.33;

/**
 * Another incident's title with its first action, as one part (`todo-<id>`): `todo` is what addTodo gave (its action and,
 * when split, its later sentences). Said whole until `rank` (where its action gave way before), then short; the short
 * form is left out at OTHER_SHORT_RANK (or `rank` when lower); one with no short form at `rank`.
 */
export function otherIncidentPart(id: string, title: string, todo: readonly Part[], rank: number): Part {
  const core = todo.find((p) => p.key === `todo-${id}`)!;
  const rest = todo.find((p) => p.key === `todo-${id}-rest`);
  const lead = `${title} `;
  const join = (s: Sentence): Sentence => (typeof s[0] === 'string' ? [lead + s[0], ...s.slice(1)] : [lead, ...s]);
  const sentence = join(rest ? [...core.sentence, ' ', ...rest.sentence] : core.sentence);
  const cut = rest ? core.sentence : clauseCut(core.sentence);
  return { key: `todo-${id}`, sentence, optional: cut ? Math.min(rank, OTHER_SHORT_RANK) : rank, incident: id, ...(cut ? { short: join(cut), shortAt: { rank: rank + 0.002, key: `todo-${id}-rest` } } : {}) };
}

const spoken = (s: Sentence) => norm(s.map((p) => (typeof p === 'string' ? p : 'time' in p ? p.time : 'tel' in p ? p.tel : p.slow)).join(''));

/**
 * Another incident's urgent actions (`todo`, from addTodo) without those said already in `parts` word for word: the same
 * action in two incidents is said once ("In an emergency call 999 or go to A&E: it stays open." twice pushed out what we
 * know, trial Z). An action left out takes its later sentences (`-rest`) with it.
 */
export function notSaidBefore(parts: readonly Part[], todo: readonly Part[]): Part[] {
  const said = new Set(parts.filter((p) => p.key.startsWith('todo-')).map((p) => spoken(p.sentence)));
  const gone = todo.filter((p) => !p.key.endsWith('-rest') && said.has(spoken(p.sentence))).map((p) => p.key);
  return todo.filter((p) => !gone.includes(p.key.replace(/-rest$/, '')));
}

/** "There is a second notice on our website." in the message's language; `n` notices left out, `second`: only two incidents. */
export function noticeSentence(lang: string, n: number, second: boolean): string {
  const nl = lang.toLowerCase().startsWith('nl');
  if (n > 1) return nl ? `Er staan nog ${n} meldingen op onze website.` : `There are ${n} more notices on our website.`;
  if (nl) return second ? 'Er staat een tweede melding op onze website.' : 'Er staat nog een melding op onze website.';
  return second ? 'There is a second notice on our website.' : 'There is another notice on our website.';
}

/**
 * fitBudget, then: another incident's part (`incident`) left out is not said at all, its title neither, and one
 * sentence says there is another notice on the website (at the first one's place); fitted again. `dropped` names the
 * incident (`also-<id>`) and its action (`todo-<id>`).
 */
export function fitNeverBare(parts: Part[], feed: StatusPayload, notice: (n: number) => string) {
  const first = fitBudget(parts, feed);
  const out = parts.filter((p) => p.incident && !first.kept.some((k) => k.key === p.key));
  if (!out.length) return first;
  const at = parts.indexOf(out[0]!);
  const rest = parts.filter((p, i) => !out.includes(p) || i === at).map((p, i): Part => (i === at ? { key: 'notice', sentence: [notice(out.length)], optional: 0 } : p));
  const again = fitBudget(rest, feed);
  // The notice made the room another part needed (a lead's later action did not come back): the incident fits again
  // in its place, whole or short.
  if (out.length === 1) {
    const part = out[0]!;
    for (const [sentence, cut] of [[part.sentence, false], ...(part.short ? [[part.short, true]] : [])] as [Sentence, boolean][]) {
      const kept = again.kept.map((k) => (k.key === 'notice' ? { ...part, sentence } : k));
      const m = measure(kept.map((k) => k.sentence), feed);
      if (m.seconds <= IVR_LIMITS.seconds) return { kept, m, dropped: [...(cut ? [part.shortAt!.key] : []), ...again.dropped] };
    }
  }
  return { ...again, dropped: [...out.flatMap((p) => [`also-${p.incident}`, p.key]), ...again.dropped] };
}

const leadIn = (s: Sentence): string | undefined => {
  const head = s[0];
  return typeof head === 'string' ? /^([^.!?]{2,60}\?)\s+\S/u.exec(head.trim())?.[1] : undefined;
};

/**
 * An urgent action that asks the same lead-in question as an emergency line said before it ("Smell gas? Call the 24-hour
 * gas emergency line: … Smell gas? Go outside and call …", trial W): one question is said; the action follows that line
 * without it ("… Hang up first, then call that number. Go outside and call the emergency line at once.").
 */
export function sameLeadIn<P extends { key: string; sentence: Sentence }>(kept: readonly P[]): P[] {
  const out = [...kept];
  for (let i = 1; i < out.length; i++) {
    const s = out[i]!;
    const q = leadIn(s.sentence)?.toLocaleLowerCase();
    if (!q || !s.key.startsWith('todo-')) continue;
    const j = out.findIndex((e, k) => k < i && e.key === 'emergency' && leadIn(e.sentence)?.toLocaleLowerCase() === q);
    if (j < 0) continue;
    // Its end kept when a number follows: "… en bel buiten0800 9009" was said.
    const first = s.sentence[0] as string;
    const head = (s.sentence.length > 1 ? first.trimStart() : first.trim()).slice(q.length).trimStart();
    out.splice(i, 1);
    out.splice(j + 1, 0, { ...s, sentence: [head.charAt(0).toLocaleUpperCase() + head.slice(1), ...s.sentence.slice(1)] as Piece[] });
  }
  return out;
}
