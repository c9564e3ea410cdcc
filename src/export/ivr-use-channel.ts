/**
 * A title or action that tells callers to use a channel ("Appointments line very busy: use our web form", "gebruik het
 * webformulier") needs that channel's address in the phone message (ivr.ts): trial Z's message said "use our web form"
 * and left out where it is. Its address is kept before plain description: the sentence of what we know that says it, or
 * else the channel among what callers can do instead (with its lead-in). Pure.
 */
import { NEWS_NEED_RANK } from './ivr-need.js';
import type { Sentence } from './ssml.js';

const USE = /\b(use|using|gebruik|gebruikt)\b/i;
const FORM = /\b(web ?form|online form|contact ?form|webformulier|contactformulier|online formulier)\b/i;

/** Whether `text` tells people to use the channel `label` (at `href`). */
export function tellsToUse(text: string, channel: { label: string; href: string }): boolean {
  if (!USE.test(text)) return false;
  if (channel.label.trim() && text.toLocaleLowerCase().includes(channel.label.trim().toLocaleLowerCase())) return true;
  return FORM.test(text) && /form|contact|formulier/i.test(`${channel.label} ${channel.href}`);
}

interface P {
  key: string;
  sentence: Sentence;
  optional: number;
}

const textOf = (s: Sentence) => s.map((p) => (typeof p === 'string' ? p : 'time' in p ? p.time : 'tel' in p ? p.tel : p.slow)).join('');

/**
 * Keeps the address of each channel `texts` (titles, action labels) tell people to use: a sentence of what we know that
 * says its address (`address`, as spoken: "www.example.org/contact") is ranked as one callers need; else its `instead-<id>`
 * part and the lead-in before it. Changes `parts` in place.
 */
export function keepUsedChannels(parts: P[], texts: readonly string[], channels: readonly { id: string; label: string; href: string; address: string }[]): void {
  for (const c of channels) {
    if (!texts.some((t) => tellsToUse(t, c))) continue;
    const plain = c.address.toLocaleLowerCase().replace(/^www\./, '');
    const known = parts.find((p) => /^known-\d+$/.test(p.key) && textOf(p.sentence).toLocaleLowerCase().includes(plain));
    if (known) known.optional = Math.min(known.optional, NEWS_NEED_RANK);
    else for (const p of parts) if (p.key === `instead-${c.id}` || p.key === 'instead') p.optional = Math.min(p.optional, NEWS_NEED_RANK);
  }
}
