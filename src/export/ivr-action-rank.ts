/**
 * The lead incident's urgent actions outrank what we know in the phone message (ivr-fit.ts): before one of them is left
 * out or said shorter, every sentence of what we know that may go goes first (the news too), and the first sentence
 * heard before is said without. An energy company's 02:10 update added "If you smell gas, leave the house at once …
 * call 0800 9009" beside three new sentences on its repair crews; the message kept the crews and left out the gas
 * action. A water utility's kept the flushing of its pipes and left out the boil instruction added in the same update.
 * Every other rank stays as it was (another incident's action, the wait, the greeting). Among the actions, one added in
 * this update is said first (newFirst). Pure.
 */

/** A step of the fitting rule: leave `p` out, or say it in its short form. */
interface Step {
  p: { key: string; optional: number; act?: boolean; shortAt?: { key: string } };
  shorten: boolean;
}

/** A step that takes from what we know: a sentence of it (`known-N`), or the first sentence heard before (`summary`). */
const fromKnown = (s: Step) => /^known-\d+$/.test(s.p.key) || (s.shorten && s.p.shortAt?.key === 'summary');

/**
 * The steps in the order taken: those from what we know that would come after the first step that takes from a lead's
 * urgent action (`act`) come right before it, in their own order; every other step keeps its place.
 */
export function knownBeforeActions<S extends Step>(order: readonly S[]): S[] {
  const at = order.findIndex((s) => s.p.act);
  if (at < 0) return [...order];
  const later = order.slice(at).filter(fromKnown);
  return [...order.slice(0, at), ...later, ...order.slice(at).filter((s) => !fromKnown(s))];
}

/**
 * Whether `p` is the later sentences of a first urgent action heard before (`todo-<id>-rest`, not one that waits for what
 * we know) and would come back while a sentence of the news or an estimate is left out: it does not. Trial L's message
 * said "Uw mobiel probeert daarvoor al elk netwerk dat er is" every time, in the seconds its only new fact did not fit.
 */
export function restOverNews(p: Step['p'], parts: readonly Step['p'][], kept: readonly Step['p'][]): boolean {
  return /-rest$/.test(p.key) && !p.act && parts.some((k) => /^known-\d+$/.test(k.key) && k.optional < 1 && !kept.includes(k));
}

/**
 * The lead's urgent actions in the order said: those added in this update first (`fresh`, by key), then the others as
 * the feed has them, each with its later sentences (`<key>-rest`) right after it.
 */
export function newFirst<T extends { key: string }>(items: readonly T[], fresh: ReadonlySet<string>): T[] {
  const isFresh = (t: T) => fresh.has(t.key.replace(/-rest$/, ''));
  return [...items.filter(isFresh), ...items.filter((t) => !isFresh(t))];
}
