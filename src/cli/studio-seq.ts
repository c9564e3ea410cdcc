/**
 * The studio's side of the two protections `clearline sign` has (trial K): a new feed.jws.json gets a seq above the one
 * it replaces (feed/seq-above.ts), and an issued_at ahead of this computer's clock is not signed or saved
 * (feed/issued-ahead.ts). The page checks both itself (editor/publish-controller.ts); the server says the seq of the
 * feed.jws.json beside feed.json to the page (X-Clearline-Seq), signs above it (/api/sign, --key), and does not write a
 * page-signed envelope over it that readers would refuse (/api/save): an older page, another tab, or a feed.jws.json
 * signed since the page opened (by clearline sign, heartbeat, or another studio).
 */
import { basename } from 'node:path';
import { oversize, studioOversize } from '../feed/feed-size.js';
import { seqAbove, seqReplaced, unsignedPayload } from '../feed/seq-above.js';
import type { UiLanguage } from '../i18n/terms.js';
import { isObj } from './command.js';
import { issuedAhead } from './issued-ahead.js';
import { previousEnvelope } from './previous.js';

const TERMS = {
  en: {
    notSaved: 'Not saved',
    behind: (file: string) =>
      `Not saved: ${file} was signed again after this page signed (by clearline sign, a scheduled heartbeat or another studio), with a higher number (seq) than this one, so readers that have it would take this update for an older one and keep showing theirs. Press Sign again, then Publish: the new signature is numbered above it.`,
  },
  nl: {
    notSaved: 'Niet bewaard',
    behind: (file: string) =>
      `Niet bewaard: ${file} is opnieuw ondertekend nadat deze pagina ondertekende (door clearline sign, een geplande heartbeat of een andere studio), met een hoger nummer (seq) dan deze, dus lezers die hem hebben zouden deze update voor een oudere houden en de hunne blijven tonen. Druk opnieuw op Ondertekenen en dan op Publiceren: de nieuwe handtekening krijgt dan een hoger nummer.`,
  },
} as const;

/** The seq of the signed feed beside feed.json when it is the same feed (feed_id and type), for /api/feed's X-Clearline-Seq; else no header. */
export async function seqHeader(jwsPath: string, feedText: string | undefined): Promise<Record<string, string>> {
  let doc: unknown;
  try {
    doc = JSON.parse(feedText ?? '');
  } catch {
    return {};
  }
  const seq = isObj(doc) ? seqReplaced(unsignedPayload(await previousEnvelope(jwsPath)), doc) : undefined;
  return seq === undefined ? {} : { 'X-Clearline-Seq': String(seq) };
}

/** /api/sign: the payload with its seq above that of the feed.jws.json it will replace, as `clearline sign --out` makes it. */
export async function aboveBeside(payload: unknown, jwsPath: string): Promise<unknown> {
  if (!isObj(payload) || typeof payload.seq !== 'number') return payload;
  return { ...payload, seq: seqAbove(payload.seq, await previousEnvelope(jwsPath), payload) };
}

/**
 * /api/save: why a signed feed is not written, as /api/sign would refuse it: larger than readers accept (too-large), its
 * issued_at ahead of this computer's clock (issued-ahead), or a seq not above that of the feed.jws.json it would replace
 * (seq-behind; with that seq, so the page signs above it next time). Undefined: it may be written.
 */
export async function saveRefusal(envelopeText: string, feed: unknown, jwsPath: string, lang: UiLanguage, now = Date.now()): Promise<{ message: string; code: string; seq?: number } | undefined> {
  const big = oversize(envelopeText, feed, lang);
  if (big) return { message: studioOversize(big, lang), code: 'too-large' };
  const payload = unsignedPayload(JSON.parse(envelopeText)) ?? {};
  const ahead = issuedAhead(payload, 'feed.json', now, lang);
  if (ahead) return { message: `${TERMS[lang].notSaved}: ${ahead.problem}. ${ahead.fix}`, code: 'issued-ahead' };
  const before = seqReplaced(unsignedPayload(await previousEnvelope(jwsPath)), payload);
  if (before !== undefined && typeof payload.seq === 'number' && payload.seq <= before) return { message: TERMS[lang].behind(basename(jwsPath)), code: 'seq-behind', seq: before };
  return undefined;
}
