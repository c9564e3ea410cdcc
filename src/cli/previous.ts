/**
 * The signed file `sign` or `heartbeat` is about to write over (--out), read before it is replaced,
 * and the seq the new one needs to be taken as newer than it.
 */
import { readFile } from 'node:fs/promises';
import { decodeBase64url, decodeUtf8 } from '../feed/base64url.js';
import { isObj } from './command.js';

/** The JSON in the signed file at `path`, or undefined when there is none or it is not JSON (it is then simply replaced). */
export async function previousEnvelope(path: string): Promise<unknown> {
  try {
    return JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The seq to sign with: `seq` (the issue time in ms, feed/sign.ts stampPayload), or one above the seq of `previous`
 * (the signed file being replaced) when that is as high or higher and is the same document (feed_id and type).
 * Why: a seq is the signing computer's clock. After a laptop 40 minutes fast signed (trial K), the next update from a
 * correct clock had a lower seq, and every reader that had seen the first refused it as an older version ("rollback")
 * until the real clock passed the fast one: up to an hour of missed updates in a crisis. One above the file it replaces,
 * it is newer to every reader that saw that file. The payload is read without checking its signature: a seq in it can
 * only make ours higher, never let an older document through.
 */
export function seqAbove(seq: number, previous: unknown, doc: Record<string, unknown>): number {
  const p = unsignedPayload(previous);
  const before = p?.seq;
  if (!p || p.feed_id !== doc.feed_id || p.type !== doc.type || typeof before !== 'number' || !Number.isSafeInteger(before + 1)) return seq;
  return before >= seq ? before + 1 : seq;
}

/** A signed file's payload, read without checking its signatures (only to compare its seq and feed_id), or undefined. */
export function unsignedPayload(envelope: unknown): Record<string, unknown> | undefined {
  if (!isObj(envelope) || typeof envelope.payload !== 'string') return undefined;
  try {
    const p = JSON.parse(decodeUtf8(decodeBase64url(envelope.payload, 'payload'), 'payload')) as unknown;
    return isObj(p) ? p : undefined;
  } catch {
    return undefined;
  }
}
