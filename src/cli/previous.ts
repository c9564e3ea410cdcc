/**
 * The signed file `sign` or `heartbeat` is about to write over (--out), read before it is replaced;
 * the seq the new one needs to be taken as newer than it is feed/seq-above.ts, shared with the studio and the editor.
 */
import { readFile } from 'node:fs/promises';

export { seqAbove, unsignedPayload } from '../feed/seq-above.js';

/** The JSON in the signed file at `path`, or undefined when there is none or it is not JSON (it is then simply replaced). */
export async function previousEnvelope(path: string): Promise<unknown> {
  try {
    return JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}
