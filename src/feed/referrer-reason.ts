/**
 * A contact reason for the few a line is for ("Ik ben huisarts of verloskundige": it names only `restricted` lines). Pure.
 * A hospital's GP reached the referrers' line only after scrolling past five patient instructions ("Heeft u nu dringend
 * zorg nodig? Bel eerst de huisartsenpost", "Kom niet naar het ziekenhuis") (trial Q). Such a reason shows its lines
 * first, and of the incidents' actions only those addressed to them: whose `who` shares a word with the reason's name or
 * its lines' purpose ("Huisartsen en verloskundigen: verwijs naar …"). Actions for patients or for everyone stay on the
 * status page and at the top of the dialog.
 */
import { isRestricted } from './channels.js';
import type { Action, ContactReason, StatusPayload } from './schema.js';
import { sharesWord, wordsOf } from './words.js';

/** Whether every channel the reason names (one at least) is a line only for some (`restricted`). */
export function forRestrictedOnly(payload: StatusPayload, reason: ContactReason): boolean {
  const byId = new Map(payload.channels.map((c) => [c.id, c]));
  const named = (reason.channels ?? []).map((id) => byId.get(id));
  return !reason.urgent && named.length > 0 && named.every((c) => !!c && isRestricted(c));
}

/**
 * The actions addressed to the reason's readers. Words of four letters or more: "Ik ben huisarts" would take "ben" to
 * match a patient's "U bent opgenomen".
 */
export function referrerActions(payload: StatusPayload, reason: ContactReason, actions: readonly Action[]): Action[] {
  const purposes = payload.channels.filter((c) => reason.channels?.includes(c.id)).map((c) => c.purpose);
  const about = wordsOf(reason.label, ...purposes).filter((w) => w.length >= 4);
  return actions.filter((a) => !!a.who && sharesWord(about, a.who));
}
