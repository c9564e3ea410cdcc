/**
 * The parts that make a signed document big, largest first, for the size refusal (feed-size.ts): a status feed's
 * incidents, each with how much of it is its history of earlier updates, or an FAQ document's questions. The refusal
 * listed "Biggest incidents" for an FAQ too (none, so nothing to act on), and never said that a long crisis's size
 * sits in the earlier updates, which the desk can remove, not in the texts readers see now. Pure: no DOM, no Node.
 */
import { incidentTitle } from './incident-name.js';
import type { UiLanguage } from '../i18n/terms.js';

/** One part's share of the signed file: its JSON, base64url-encoded in the envelope's payload (4 bytes per 3). */
export interface BigPart {
  kind: 'incident' | 'question';
  id: string;
  /** An incident's title, or an FAQ entry's question, in the desk's language ('' when none). */
  title: string;
  bytes: number;
  /** An incident's earlier updates ("updates"): how many, and their share of `bytes`. */
  updates: number;
  historyBytes: number;
}

/** Bytes of `value` as signed: its JSON in UTF-8, base64url-encoded (4 bytes per 3). */
export const signedBytes = (value: unknown): number => Math.ceil((new TextEncoder().encode(JSON.stringify(value) ?? '').length * 4) / 3);

const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

/** The `n` largest parts of `payload` (a status feed's incidents, or an FAQ document's entries), largest first. */
export function bigParts(payload: unknown, lang: UiLanguage, n = 3): BigPart[] {
  const doc = (payload ?? {}) as { type?: unknown; incidents?: unknown; entries?: unknown };
  const parts: BigPart[] =
    doc.type === 'faq'
      ? list(doc.entries).map((e) => ({ kind: 'question', id: String(e?.id ?? ''), title: incidentTitle({ title: e?.question }, lang), bytes: signedBytes(e), updates: 0, historyBytes: 0 }))
      : list(doc.incidents).map((i) => ({
          kind: 'incident',
          id: String(i?.id ?? ''),
          title: incidentTitle(i ?? undefined, lang),
          bytes: signedBytes(i),
          updates: Array.isArray(i?.updates) ? i.updates.length : 0,
          historyBytes: Array.isArray(i?.updates) ? signedBytes(i.updates) : 0,
        }));
  return parts.sort((a, b) => b.bytes - a.bytes).slice(0, n);
}
