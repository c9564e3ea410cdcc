import { FeedError } from '../feed/errors.js';
import { openIncidents } from '../feed/incidents.js';
import { publicJwk } from '../feed/keys.js';
import { DOCUMENT_TYPES, type DocumentKind, type StatusPayload } from '../feed/schema.js';
import { verifyDocument } from '../feed/verify.js';
import { CliError, fromFeedError, json, kindOption, list, str, type Command } from './command.js';
import { fileLanguage, folderLanguage, isUnsignedDocument, languageOfText, readKeys, readText, signedName } from './io.js';
import { withZoneBeside } from './doc-zone.js';
import { feedZone } from './lint-report.js';
import { shownAt, shownTime } from './when.js';
import { deskLanguage } from './desk-lang.js';
import { ENVELOPE_TERMS } from './envelope-terms.js';
import { envelopeDamage, signingKeyFile } from './damaged-envelope.js';
import { signatureSaid } from './signature-said.js';
import { fetched } from './fetch-said.js';
import { shellArg } from '../lint/shell.js';
import { DEFAULT_MAX_BYTES } from '../feed/fetch.js';
import { fileTooLarge, utf8Bytes } from '../feed/feed-size.js';

/** The kind a signed envelope says it is (its protected header's typ), status when it cannot tell. */
function kindFromTyp(text: string): DocumentKind {
  try {
    const env = JSON.parse(text) as { signatures?: { protected?: string }[] };
    const typ = JSON.parse(Buffer.from(env.signatures?.[0]?.protected ?? '', 'base64url').toString('utf8')).typ;
    const found = Object.entries(DOCUMENT_TYPES).find(([, t]) => t === typ);
    return (found?.[0] as DocumentKind | undefined) ?? 'status';
  } catch {
    return 'status';
  }
}

export const verify: Command = {
  name: 'verify',
  summary: "check a signed document with the browser's checks",
  usage: 'clearline verify --key public.jwk.json [--feed-id ID] [--kind status|faq] feed.jws.json|https://...',
  positionals: 1,
  options: {
    key: { type: 'string', multiple: true, help: 'a pinned public JWK, JWKS or private JWK file (repeatable)' },
    // export takes the key as --public-key: a water company's desk exported with it, then verified with it and was refused.
    'public-key': { type: 'string', multiple: true, help: 'the same as --key, as clearline export takes it' },
    'feed-id': { type: 'string', help: 'the feed id the embed pins' },
    kind: { type: 'string', help: "status or faq (default: read from the envelope's typ)" },
    json: { type: 'boolean', help: 'print the result as JSON' },
  },
  async run(v, [file]) {
    v = { ...v, key: [...list(v.key), ...list(v['public-key'])] };
    // No file: in the language of the feed.json in this folder (io.ts).
    if (!file) throw new CliError(ENVELOPE_TERMS[await folderLanguage()].giveVerify(list(v.key)[0] ?? 'public.jwk.json'));
    // A key or document that is missing or not JSON: in the document's language, else the feed.json's beside it (io.ts).
    // An address: the folder's feed.json until the document is fetched, then its own language (its payload, read
    // without checking, as a file's is); it was English also for a Dutch desk and a Dutch feed.
    const remote = /^https?:\/\//.test(file);
    let desk = remote ? await folderLanguage() : await fileLanguage(file);
    const keys = (await readKeys(list(v.key), 'a public key', '--key', desk)).map((k) => publicJwk(k));
    let own: unknown;
    try {
      const text = remote ? await fetched(file, desk) : await readText(file, 'the signed document', desk);
      if (remote) desk = languageOfText(text) ?? desk;
      // feed.json itself, not the feed.jws.json sign wrote: said as that, not "unexpected envelope member "type"" (code invalid, as before).
      own = (() => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return undefined;
        }
      })();
      if (isUnsignedDocument(own)) throw new FeedError('invalid', ENVELOPE_TERMS[deskLanguage(own)].unsignedVerify(file, signedName(file), list(v.key)[0] ?? 'public.jwk.json'));
      // A file larger than readers accept: refused as they refuse it (an address is capped while it is fetched, fetch.ts).
      const bytes = utf8Bytes(text);
      if (!remote && bytes > DEFAULT_MAX_BYTES) throw new FeedError('too-large', fileTooLarge(file, bytes, desk));
      const kind = v.kind === undefined ? kindFromTyp(text) : kindOption(v.kind, desk);
      const doc = await verifyDocument(text, { kind, keys, feedId: str(v['feed-id']), store: null, strict: true });
      const p = doc.payload;
      const summary: Record<string, unknown> = { ok: true, kind, feed_id: p.feed_id, seq: p.seq, issued_at: p.issued_at, expires_at: p.expires_at, kid: doc.kid, alg: doc.alg };
      if (kind === 'status') {
        const s = p as StatusPayload;
        summary.open_incidents = openIncidents(s).length;
        summary.incidents = s.incidents.length;
        summary.channels = s.channels.length;
      } else summary.entries = (p as { entries: unknown[] }).entries.length;
      if (v.json) return console.log(json(summary));
      // In the desk's language and with its dates (desk-lang.ts), as update and export speak; an FAQ in the feed's
      // languages in the feed's (io.ts ownLanguage: its questions may start in English, trial U).
      const lang = kind === 'faq' && !remote ? desk : deskLanguage(p);
      const t = ENVELOPE_TERMS[lang];
      const now = Date.now();
      const minutes = Math.round((Date.parse(p.expires_at) - now) / 60_000);
      console.log(t.ok(kind, p.feed_id, p.seq, doc.kid, doc.alg));
      // An FAQ has no time_zone: its times in the zone of the feed beside it (doc-zone.ts), not the machine's.
      const clock = kind === 'faq' ? await withZoneBeside(p, file) : p;
      console.log(t.times(shownTime(p.issued_at, clock, now, lang), shownAt(p.issued_at, clock, now, lang), shownTime(p.expires_at, clock, now, lang), feedZone(clock), minutes));
      if (kind === 'status') console.log(t.status(Number(summary.open_incidents), Number(summary.incidents), Number(summary.channels)));
      else console.log(t.faq(Number(summary.entries)));
    } catch (caught) {
      let e = caught;
      const other = e instanceof FeedError && /document type is "clearline-(faq|status)\+jws"/.exec(e.message)?.[1];
      if (other && e instanceof FeedError) e = new FeedError(e.code, `${e.message}: this is ${other === 'faq' ? 'an FAQ' : 'a status'} document: use --kind ${other} (or leave --kind out, and verify reads it from the envelope)`);
      // Damaged, changed after signing, or signed by none of the keys given: said in the desk's language, with how to sign
      // it again (signature-said.ts, as export says it); the code stays the feed layer's.
      const damage = envelopeDamage(own);
      e = await signatureSaid(e, { file, own, keys, keyFiles: list(v.key), desk });
      // Expired: said in the desk's language at the feed's time, with the heartbeat that re-signs it (was "the document expired at 2026-12-02T23:05:00Z").
      if (!damage && e instanceof FeedError && e.code === 'expired' && !remote) e = new FeedError('expired', await expiredSaid(own, file, list(v.key)));
      if (v.json && e instanceof FeedError) {
        console.log(json({ ok: false, code: e.code, message: e.message }));
        throw new CliError(e.message, 1, e.code);
      }
      fromFeedError(e);
    }
  },
};

/** What verify (and export) say of a genuine envelope past its expiry: when, in the feed's zone and the desk's language, and how to re-sign it. */
export async function expiredSaid(envelope: unknown, file: string, keys: string[]): Promise<string> {
  let p: { expires_at?: unknown } = {};
  try {
    p = JSON.parse(Buffer.from(String((envelope as { payload?: unknown }).payload), 'base64url').toString('utf8')) as typeof p;
  } catch {
    // verifyDocument read this payload already; an unreadable one does not get here.
  }
  const lang = deskLanguage(p);
  const key = (await signingKeyFile(file, keys)) ?? 'private.jwk.json';
  return ENVELOPE_TERMS[lang].expired(file, shownAt(p.expires_at, p, Date.now(), lang), feedZone(p), `clearline heartbeat --key ${shellArg(key)} ${shellArg(file)} --out ${shellArg(file)}`);
}
