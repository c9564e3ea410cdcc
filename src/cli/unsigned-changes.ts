/**
 * feed.json edited but not signed: trial X's desk ran `clearline update` at 18:50 and forgot `clearline sign`; at 19:10
 * the heartbeat refused with "u hebt een update beloofd om 19:00 … voorbij … Plaats nu een update", though the update
 * WAS in feed.json, only not signed. Compares the file the desk edits with the payload readers have (sign's own stamps
 * left out), and says which command publishes it. `lint` and `sign` say it too (the one text here): lint of a feed.json
 * with a signed file beside it that differs, and a sign that refuses, so a desk does not take "lint is clean" or a refused
 * sign for what readers see.
 */
import { readFile } from 'node:fs/promises';
import { normalizeTimes } from '../feed/times.js';
import { shellArg } from '../lint/shell.js';
import { previousEnvelope, unsignedPayload } from './previous.js';

/** What follows the note: sign now (heartbeat, a clean lint), after lint's errors, or (a sign that refused) what readers still see. */
export type UnsignedTail = 'now' | 'after-errors' | 'refused';

/** What sign stamps on a payload itself: not a change the desk made. */
const STAMPS = new Set(['issued_at', 'expires_at', 'seq']);

/** JSON with each object's keys in order and without sign's stamps at the top, so that the same feed compares equal. */
const canon = (doc: Record<string, unknown>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(normalizeTimes(doc)).filter(([k]) => !STAMPS.has(k))), (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x,
  );

/** Whether `source` (feed.json) holds a document that differs from the signed `payload`; false when it is missing or no JSON object. */
export async function hasUnsignedChanges(source: string, payload: Record<string, unknown>): Promise<boolean> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(source, 'utf8'));
  } catch {
    return false;
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || 'signatures' in doc) return false;
  return canon(doc as Record<string, unknown>) !== canon(payload);
}

/** The note, in the desk's language: which file has changes readers do not see yet, and the command that signs them. */
export function unsignedSaid(source: string, signed: string, key: string, lang: 'en' | 'nl', tail: UnsignedTail = 'now'): string {
  const cmd = `clearline sign --key ${shellArg(key)} ${shellArg(source)} --out ${shellArg(signed)}`;
  const then =
    lang === 'nl'
      ? { now: `Onderteken ze nu: ${cmd}`, 'after-errors': `Los de fouten hierboven op en onderteken ze dan: ${cmd}`, refused: `Zij zien nog ${signed} zoals het eerder ondertekend is; onderteken opnieuw als het probleem hieronder is opgelost.` }
      : { now: `Sign them now: ${cmd}`, 'after-errors': `Fix the errors above, then sign them: ${cmd}`, refused: `They still see ${signed} as it was signed before; sign again once the problem below is solved.` };
  return lang === 'nl'
    ? `${source} heeft wijzigingen die nog niet ondertekend zijn: lezers zien ze niet. ${then[tail]}`
    : `${source} has changes that are not signed yet: readers do not see them. ${then[tail]}`;
}

/** The note when the signed file `signed` holds another document than `source` (feed.json) beside it; undefined when it is the same, or either is missing. */
export async function unsignedBeside(source: string, signed: string, key: string, lang: 'en' | 'nl', tail: UnsignedTail): Promise<string | undefined> {
  const payload = unsignedPayload(await previousEnvelope(signed));
  return payload && (await hasUnsignedChanges(source, payload)) ? unsignedSaid(source, signed, key, lang, tail) : undefined;
}
