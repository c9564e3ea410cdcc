/**
 * feed.json edited but not signed: trial X's desk ran `clearline update` at 18:50 and forgot `clearline sign`; at 19:10
 * the heartbeat refused with "u hebt een update beloofd om 19:00 … voorbij … Plaats nu een update", though the update
 * WAS in feed.json, only not signed. Compares the file the desk edits with the payload readers have (sign's own stamps
 * left out), and says which command publishes it.
 */
import { readFile } from 'node:fs/promises';
import { normalizeTimes } from '../feed/times.js';
import { shellArg } from '../lint/shell.js';

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
export function unsignedSaid(source: string, signed: string, key: string, lang: 'en' | 'nl'): string {
  const cmd = `clearline sign --key ${shellArg(key)} ${shellArg(source)} --out ${shellArg(signed)}`;
  return lang === 'nl'
    ? `${source} heeft wijzigingen die nog niet ondertekend zijn: lezers zien ze niet. Onderteken ze nu: ${cmd}`
    : `${source} has changes that are not signed yet: readers do not see them. Sign them now: ${cmd}`;
}
