/**
 * The social post beside a wave of fake messages in the publisher's name (feed/scam-warning.ts). Trial U: a bank's posts
 * about its DDoS said nothing of the fake texts and calls going round in its name, while the SMS carried the warning's
 * "Klik niet op de link, bel niet terug en geef niemand uw codes". Now, when another open incident is such a warning, its
 * first urgent action goes in after the post's own action (fraud-line.ts: whole with whom it is for when that fits, else
 * whole, else its first sentence …, the first kind that fits), the same kind in every language of the feed. Room for it
 * is made by the next update and by the first sentence of what we know, left out whole (never cut to a fragment: the title
 * still says what is going on), never by a word of the post's title or action or the emergency number after it. An
 * all-clear's closing sentences give nothing for it. Else the posts are as they were and the desk is told it did not fit. Pure.
 */
import type { Incident } from '../feed/schema.js';
import { FRAUD_KINDS, fraudLineText, fraudWarning, type FraudLine } from './fraud-line.js';

interface Post {
  lang: string;
  text: string;
  fits: boolean;
  shortened: string[];
}

/** What may give way for it: the next update and what we know (social.ts leaves that out whole beside the line). */
const ROOM = new Set(['next', 'summary']);
const core = (steps: readonly string[]) => steps.filter((s) => !ROOM.has(s)).sort().join();

/**
 * The posts (`langs[i]` each) with the warning's line, or as they were. `make(lang, fraud)` builds a post; `all`: every
 * language of the feed, so `--lang en` gives the English post of the full export. `resolved`: the post is an all-clear.
 */
export function withFraudPosts<P extends Post>(langs: readonly string[], all: readonly string[], others: readonly Incident[], resolved: boolean, make: (lang: string, fraud?: string) => P): { posts: P[]; fraudLine?: FraudLine } {
  const warning = fraudWarning(others);
  const mine = langs.map((l) => make(l));
  if (!warning) return { posts: mine };
  const every = [...langs, ...all.filter((l) => !langs.includes(l))];
  const before = every.map((l, i) => mine[i] ?? make(l));
  const none = { posts: mine, fraudLine: { incident: warning.id, added: false } };
  if (before.some((p) => !p.fits)) return none;
  for (const kind of FRAUD_KINDS) {
    const line = (l: string) => fraudLineText(warning, l, kind);
    if (every.some((l) => !line(l))) continue;
    const tries = every.map((l) => make(l, line(l)));
    // An all-clear takes it only beside every closing sentence, as it was: the post without the line is the post before.
    const kept = tries.every((p, i) => p.fits && (resolved ? p.text.replace(`\n${line(p.lang)}`, '') === before[i]!.text : core(p.shortened) === core(before[i]!.shortened)));
    if (kept) return { posts: tries.slice(0, langs.length), fraudLine: { incident: warning.id, added: true, said: line(langs[0]!) } };
  }
  return none;
}
