/**
 * The seq a new signed document needs to be taken as newer than the signed file it replaces, for every path that
 * signs: `clearline sign` and `heartbeat` (--out, cli/previous.ts), the studio server (feed.jws.json beside feed.json,
 * cli/studio-seq.ts) and the editor signing in the page (the studio's feed.jws.json, or the published feed it PUTs
 * over). Pure: no DOM, no Node.
 *
 * Why: a seq is the signing computer's clock. After a laptop 40 minutes fast signed (trial K), the next update from a
 * correct clock had a lower seq, and every reader that had seen the first refused it as an older version ("rollback")
 * until the real clock passed the fast one: up to an hour of missed updates in a crisis. One above the file it
 * replaces, it is newer to every reader that saw that file.
 */
import { decodeBase64url, decodeUtf8 } from './base64url.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `seq`, or one above `before` (the seq of the signed file being replaced) when that is as high or higher. */
export function nextSeq(seq: number, before: unknown): number {
  if (typeof before !== 'number' || !Number.isSafeInteger(before + 1)) return seq;
  return before >= seq ? before + 1 : seq;
}

/** The seq of `previous` (a signed file's payload) when it is the same document as `doc` (feed_id and type); else undefined. */
export function seqReplaced(previous: Obj | undefined, doc: Obj): number | undefined {
  return previous && previous.feed_id === doc.feed_id && previous.type === doc.type && typeof previous.seq === 'number' ? previous.seq : undefined;
}

/**
 * The seq to sign with: `seq` (the issue time in ms, feed/sign.ts stampPayload), or one above the seq of `previous`
 * (the signed file being replaced, its envelope) when that is as high or higher and is the same document. The payload
 * is read without checking its signature: a seq in it can only make ours higher, never let an older document through.
 */
export function seqAbove(seq: number, previous: unknown, doc: Obj): number {
  return nextSeq(seq, seqReplaced(unsignedPayload(previous), doc));
}

/** A signed file's payload, read without checking its signatures (only to compare its seq and feed_id), or undefined. */
export function unsignedPayload(envelope: unknown): Obj | undefined {
  if (!isObj(envelope) || typeof envelope.payload !== 'string') return undefined;
  try {
    const p = JSON.parse(decodeUtf8(decodeBase64url(envelope.payload, 'payload'), 'payload')) as unknown;
    return isObj(p) ? p : undefined;
  } catch {
    return undefined;
  }
}
