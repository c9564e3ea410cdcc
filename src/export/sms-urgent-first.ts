/**
 * Which action an SMS leads with when the desk put an urgent action that calls the emergency line first (sms.ts). Trial W:
 * at 06:15 a gas network's SMS led with "Smell gas? Go outside and call the emergency line at once (+35 3…)"; at 12:02, with
 * the same actions, it led with "Keep your gas meter turned off" and said "call the emergency line" with no number, because
 * the stand-in that finds actions added in this update (newUrgentActions) took the meter line for new. Whatever that
 * stand-in says, such a first action stays first, so its number follows it as before (sms.ts); an urgent action added in
 * this update that calls an emergency line too may still lead. Pure.
 */
import { splitSentences } from './plain.js';

interface Act {
  label: string;
  href?: string;
  urgent?: boolean;
}

/** Whether an action is urgent and calls an emergency line: its number (tel:) or a sentence of it is one (emergencyTest). */
export function callsEmergency(action: Act, isEmergency: (sentence: string) => boolean): boolean {
  if (!action.urgent) return false;
  if (action.href?.startsWith('tel:') && isEmergency(action.href.slice(4))) return true;
  return splitSentences(action.label).some(isEmergency);
}

/**
 * `ordered` (the actions with those added in this update first, `fresh` of them: newFirst) with the desk's first action
 * (`desk[0]`) back in front when it calls an emergency line and the one in front does not; then none counts as new in front.
 */
export function emergencyStaysFirst<A extends Act, V extends { actions: A[] }>(desk: readonly A[], ordered: { view: V; fresh: number }, isEmergency: (sentence: string) => boolean): { view: V; fresh: number } {
  const lead = desk[0];
  const now = ordered.view.actions[0];
  if (!lead || !now || now === lead || !callsEmergency(lead, isEmergency) || callsEmergency(now, isEmergency)) return ordered;
  return { view: { ...ordered.view, actions: [lead, ...ordered.view.actions.filter((a) => a !== lead)] }, fresh: 0 };
}
