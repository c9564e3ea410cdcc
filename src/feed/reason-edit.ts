/**
 * Adding a contact reason to a feed: a fresh id and its name in each language as a `[[TODO: …]]`
 * placeholder, so lint refuses to sign until it is written (a reason without a name would be an
 * empty button in the help panel), as for a new channel (channel-edit.ts). Pure: no DOM.
 */
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
