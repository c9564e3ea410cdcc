/**
 * One plan of parts for every language of an SMS (sms.ts). Trial S: at 07:40 an airline's Dutch SMS kept the cause and
 * left out the action, while the English one kept an action: Dutch and English travellers got different facts. Each
 * language is first made as it would be alone; when they differ, a part goes in every language only when every language
 * can carry it (the language that needs the most room decides), and the action is the first one every language keeps.
 * Words of the title may still differ (a language cut after a word keeps the same part). Pure.
 */

/** Which parts an SMS carries: the action (its index in the incident's actions, null for none), the next update, the phase, the news. */
export interface SmsPlan {
  action: number | null;
  next: boolean;
  phase: boolean;
  news: boolean;
}

const same = (a: SmsPlan, b: SmsPlan) => a.action === b.action && a.next === b.next && a.phase === b.phase && a.news === b.news;

/**
 * The plan every language shares, or undefined when they agree as they are. `runs`: one per language, the SMS made with a
 * plan (or alone without one), returning the plan it carried.
 */
export function sharedPlan(runs: readonly ((plan?: SmsPlan) => SmsPlan)[]): SmsPlan | undefined {
  const plans = runs.map((run) => run());
  if (plans.every((p) => same(p, plans[0]!))) return undefined;
  // First the action: of those some language chose, in the order the languages chose them, the first every language
  // keeps (the other parts free to go for it); else none. Then the other parts every language keeps beside it.
  const free = { next: true, phase: true, news: true };
  const chosen = [...new Set(plans.map((p) => p.action).filter((a): a is number => a !== null))];
  const action = chosen.find((a) => runs.every((run) => run({ ...free, action: a }).action === a)) ?? null;
  let common: SmsPlan = { ...free, action };
  for (let round = 0; round < 4; round++) {
    const carried = runs.map((run) => run(common));
    if (carried.every((p) => same(p, common))) break;
    common = { action, next: carried.every((p) => p.next), phase: carried.every((p) => p.phase), news: carried.every((p) => p.news) };
  }
  // Languages that gave different parts for room (Dutch kept the phase and the next update, English the news) lose all
  // three above: trial U's 07:46 SMS said only its title in 90 of 160. Each part is taken back, the news first (the rule's
  // order), when every language carries it beside the others.
  for (const part of ['news', 'phase', 'next'] as const) {
    const more = { ...common, [part]: true };
    if (!common[part] && runs.every((run) => same(run(more), more))) common = more;
  }
  return common;
}
