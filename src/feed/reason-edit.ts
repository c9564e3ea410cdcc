/**
 * Adding a contact reason to a feed: a fresh id and its name in each language as a `[[TODO: …]]`
 * placeholder, so lint refuses to sign until it is written (a reason without a name would be an
 * empty button in the help panel), as for a new channel (channel-edit.ts). Pure: no DOM.
 */
import { PLACEHOLDER } from './placeholder.js';
import type { ContactReason, TextValue } from './schema.js';

/** Guidance for a new reason's name, per language (other languages get the English one). */
const NAME_TODO: Record<string, string> = {
  en: '[[TODO: reason, e.g. Report damage]]',
  nl: '[[TODO: reden, bijv. Schade melden]]',
};

/** A reason id not yet used: `wanted`, then `wanted-2`, `wanted-3`… */
export function newReasonId(wanted: string, reasons: readonly Pick<ContactReason, 'id'>[]): string {
  const used = new Set(reasons.map((r) => r.id));
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/** A new, unnamed contact reason for a feed written in `langs` ('' for a feed in one unnamed language). */
export function newReason(reasons: readonly Pick<ContactReason, 'id'>[], langs: readonly string[]): ContactReason {
  const label: TextValue = langs.length === 1 && langs[0] === '' ? NAME_TODO.en! : Object.fromEntries(langs.map((l) => [l, NAME_TODO[l.split('-')[0]!] ?? NAME_TODO.en!]));
  return { id: newReasonId('reason', reasons), label };
}

/**
 * "Mijn afspraak (morgen)" → "mijn-afspraak-morgen": letters and digits, accents dropped, at most 40 characters,
 * cut after a whole word. Before, "Will I get a credit on my bill for the outage?" became
 * "will-i-get-a-credit-on-my-bill-for-the-o", and the desk's edit question --id with the whole word was refused.
 */
export function slugOf(text: string): string {
  // An apostrophe joins its word ("can't" -> "cant", "auto's" -> "autos"), not splits it.
  const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/(?<=[a-z])['’](?=[a-z])/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '');
  const head = s.slice(0, 41);
  const cut = s.length <= 40 ? s : head.includes('-') ? head.replace(/-[^-]*$/, '') : s.slice(0, 40);
  // A cut id does not end on a little word: "…-online-banking", not "…-online-banking-or-the" (a bank's trial).
  return (s.length <= 40 ? cut : cut.replace(/(?:-(?:a|an|and|or|the|to|of|in|on|for|de|het|een|en|van|op|voor|te))+$/, '')).replace(/-+$/, '');
}

/** The name a reason's id follows: its text in the first of `langs` that has one (placeholders do not count). */
function nameOf(label: TextValue, langs: readonly string[]): string {
  const texts = typeof label === 'string' ? [label] : [...langs.map((l) => label[l] ?? ''), ...Object.values(label)];
  return texts.find((t) => t.trim() && !PLACEHOLDER.test(t)) ?? '';
}

/**
 * The id of a reason whose name changed from `before` to `r.label`. One not yet published whose id
 * was made by Add (`reason`, `reason-2`) or from its earlier name follows the new name, so reports
 * read "mijn-afspraak-morgen", not "reason-2". A published or hand-made id never changes.
 */
export function idForName(r: Pick<ContactReason, 'id' | 'label'>, before: TextValue, reasons: readonly Pick<ContactReason, 'id'>[], published: readonly string[], langs: readonly string[]): string {
  const made = ['reason', slugOf(nameOf(before, langs))].filter(Boolean);
  if (published.includes(r.id) || !made.some((m) => r.id === m || new RegExp(`^${m}-\\d+$`).test(r.id))) return r.id;
  return reasonIdFor(r.label, reasons.filter((x) => x !== r && x.id !== r.id), langs);
}

/** The id for a reason named `label` (`clearline new reason`, a renamed unpublished one): from its name, not yet used. */
export function reasonIdFor(label: TextValue, reasons: readonly Pick<ContactReason, 'id'>[], langs: readonly string[]): string {
  return newReasonId(slugOf(nameOf(label, langs)) || 'reason', reasons);
}

/** The reason among `reasons` that has a name of `label` in any language (case and spaces aside), to refuse a second one. */
export function sameNamedReason<R extends Pick<ContactReason, 'id' | 'label'>>(label: TextValue, reasons: readonly R[]): R | undefined {
  const names = (t: TextValue) => (typeof t === 'string' ? [t] : Object.values(t)).map((n) => n.trim().toLowerCase()).filter((n) => n && !PLACEHOLDER.test(n));
  const wanted = new Set(names(label));
  return reasons.find((r) => names(r.label).some((n) => wanted.has(n)));
}


/**
 * A reason's `channels` or `faq` after ticking (`on`) or unticking `id` in the studio: in the order of
 * `all` (the form's channels, the FAQ's entries); an id of none of them (which lint refuses) stays last
 * until unticked. Undefined when none is left, so the field is dropped.
 */
export function ticked(ids: readonly string[] | undefined, all: readonly string[], id: string, on: boolean): string[] | undefined {
  const rest = (ids ?? []).filter((x) => x !== id);
  const next = [...all.filter((x) => (on && x === id) || rest.includes(x)), ...rest.filter((x) => !all.includes(x))];
  return next.length ? next : undefined;
}
