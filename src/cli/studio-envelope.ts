/** The studio's signed feed beside feed.json (feed.jws.json), as the page is told about it. */
import { readFile } from 'node:fs/promises';
import { isObj } from './command.js';
import { envelopeDamage, isEnvelope } from './damaged-envelope.js';
import { unwrapEnvelope } from './io.js';

/**
 * The signed feed beside feed.json, read without checking (it is the studio's own file): when it expires,
 * or that it is damaged: changed by hand or cut off (damaged-envelope.ts), no longer JSON (copied halfway),
 * or no longer a signed file at all. A damaged one was passed over without a word (only the "expires soon"
 * prompt went missing, or came from a file readers refuse); now the page says it, and that publishing
 * again replaces it. Neither when it is not there (nothing published from here yet).
 */
export async function envelopeBeside(jwsPath: string): Promise<{ expires?: string; damaged?: boolean }> {
  const text = await readFile(jwsPath, 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { damaged: true };
  }
  if (!isEnvelope(value) || envelopeDamage(value)) return { damaged: true };
  const payload = unwrapEnvelope(value);
  return isObj(payload) && typeof payload.expires_at === 'string' && !Number.isNaN(Date.parse(payload.expires_at)) ? { expires: payload.expires_at } : {};
}
