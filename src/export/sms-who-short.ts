/**
 * A short way for an SMS to say whom an urgent action is for, when the question does not fit (sms.ts). A water company's
 * SMS left out "Customers on our Priority Services Register? Call 0800 316 4000 and we will deliver bottled water to you."
 * and said "The burst main … is being repaired." instead: the who made the action too long, and an action never goes
 * without its who. When the who names a group by its name (two capitalised words or more: "Priority
 * Services Register"), that name leads the action instead: "Priority Services Register: call 0800 316 4000 and we will
 * deliver bottled water to you."; when that does not fit either, the action is cut where a clause ends or right after the
 * number it calls ("Priority Services Register: call 0800 316 4000…"): what to do stays, with whom it is for. Pure.
 */
import { clauseCuts } from './sms-title.js';
import { nameIsPlace, whoRole } from './who-group.js';

/**
 * The name of the group in a who ("Customers on our Priority Services Register" -> "Priority Services Register"), or its
 * role ("U bent medewerker van Hogeschool Zuidkust" -> "Medewerkers": who-group.ts), or ''; never where they are alone.
 */
export function whoName(who: string): string {
  const role = whoRole(who);
  if (role) return role;
  const words = who.trim().replace(/[?.!:]+$/, '').split(/\s+/);
  const cap = (w: string) => /^\p{Lu}/u.test(w);
  for (let i = 0; i < words.length; i++) {
    if (!cap(words[i]!)) continue;
    let j = i;
    while (j < words.length && cap(words[j]!)) j++;
    // Two capitalised words or more: one ("WhatsApp-bericht", "Zutphen") names no group (a phishing SMS said "WhatsApp-bericht: bel …").
    if (j - i >= 2) return nameIsPlace(words, i) ? '' : words.slice(i, j).join(' ').replace(/[,;]$/, '');
    i = j - 1;
  }
  return '';
}

/** `label` cut right after the first phone number it says ("Call 0800 316 4000 and we will …" -> "Call 0800 316 4000…"), or null. */
export function afterNumber(label: string): string | null {
  const m = /\+?\d(?:[ -]?\d){6,}/.exec(label);
  if (!m) return null;
  const end = m.index + m[0].length;
  return end < label.trim().length ? `${label.slice(0, end)}…` : null;
}

/**
 * The action led by the name of whom it is for, whole or cut (at a clause, else after its number), the most kept that
 * `fits`; null when the who names no group or nothing fits. `cut`: words of the label were left out.
 */
export function shortWhoAction(who: string, label: string, fits: (action: string) => boolean): { action: string; cut: boolean } | null {
  const name = whoName(who);
  const text = label.trim().replace(/[.!]$/, '');
  if (!name || !text) return null;
  const lower = /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
  const cuts = [...clauseCuts(lower), afterNumber(lower)].filter((c): c is string => !!c).sort((a, b) => b.length - a.length);
  const tries = [lower, ...cuts].map((t, i) => ({ action: `${name}: ${t}`, cut: i > 0 }));
  return tries.find((t) => fits(t.action)) ?? null;
}
