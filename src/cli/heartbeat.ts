import { publicJwk } from '../feed/keys.js';
import type { DocumentKind } from '../feed/schema.js';
import { verifyDocument } from '../feed/verify.js';
import { CliError, durationOption, fromFeedError, isObj, iso, json, list, str, type Command, type Obj } from './command.js';
import { fileLanguage, folderLanguage, isUnsignedDocument, parseJson, readPrivateKeys, readText, signedName, unwrapEnvelope } from './io.js';
import { feedZone, lintNow } from './lint-report.js';
import { alreadySaid } from './heartbeat-findings.js';
import { publish } from './publish.js';
import { shownAt, shownTime } from './when.js';
import { deskLanguage, faqLanguages } from './desk-lang.js';
import { ENVELOPE_TERMS } from './envelope-terms.js';
import { damagedSaid, envelopeDamage } from './damaged-envelope.js';
import { FeedError } from '../feed/errors.js';
import { otherKeyNote, unpinnedSaid } from './key-check.js';
import { previousEnvelope, seqAbove } from './previous.js';
import { hasUnsignedChanges, unsignedSaid } from './unsigned-changes.js';
import { ALL_CLEAR_TERMS, oldAllClear, titleOf, withoutResolvedPromises } from './heartbeat-all-clear.js';

export const heartbeat: Command = {
  name: 'heartbeat',
  summary: 're-sign an unchanged signed feed with a fresh issued_at, expires_at and seq',
  usage: 'clearline heartbeat --key private.jwk.json [--key new.jwk.json] [--valid 1h] [--force] feed.jws.json --out feed.jws.json',
  positionals: 1,
  options: {
    key: { type: 'string', multiple: true, help: 'a private JWK file; repeat to sign with several keys (rotation). The old envelope must verify with one of them.' },
    valid: { type: 'string', help: 'new validity (default: the same length as the old envelope)' },
    out: { type: 'string', help: 'where to write the new envelope (may be the input file)' },
    'feed-id': { type: 'string', help: 'the feed id the old envelope must have' },
    force: { type: 'boolean', help: 'sign even when lint finds errors (e.g. a next update that has passed), or when the feed is larger than readers accept (they will refuse it)' },
    json: { type: 'boolean', help: 'print a JSON summary' },
  },
  async run(v, [file]) {
    // No file: in the language of the feed.json in this folder (io.ts).
    if (!file) throw new CliError(ENVELOPE_TERMS[await folderLanguage()].giveSigned(list(v.key)[0] ?? 'private.jwk.json'));
    // The desk's language from the signed document (desk-lang.ts), for the key's messages too; its own errors still come after the key's.
    // A file that is not JSON or not there: in its texts' language, else the feed.json's beside it (io.ts).
    const desk = await fileLanguage(file);
    const keys = await readPrivateKeys(list(v.key), desk);
    const text = await readText(file, 'the signed feed', desk);
    const parsed = await parseJson(file, text, desk);
    // feed.json itself instead of the feed.jws.json sign wrote: said as that, not "unexpected envelope member "type"".
    if (isUnsignedDocument(parsed)) throw new CliError(ENVELOPE_TERMS[deskLanguage(parsed)].unsigned(file, signedName(file), list(v.key)[0] ?? 'private.jwk.json'), 1, 'invalid');
    // Changed by hand or cut off: said as that, with how to make it again (was "the envelope payload is not base64url JSON").
    const damage = envelopeDamage(parsed);
    if (damage) throw new CliError(await damagedSaid(desk, parsed, file, damage, list(v.key)[0]), 1, 'invalid');
    const raw = unwrapEnvelope(parsed);
    const kind: DocumentKind = isObj(raw) && raw.type === 'faq' ? 'faq' : 'status';
    // An expired envelope is recovered: its signature, feed id and schema are still checked first.
    const source = /\.jws\.json$/i.test(file) ? file.replace(/\.jws\.json$/i, '.json') : file;
    const old = await verifyDocument(text, { kind, keys: keys.map((k) => publicJwk(k)), feedId: str(v['feed-id']), store: null, allowExpired: true, strict: true }).catch(async (e: unknown) => {
      // Signed by none of the --key files: said in the desk's language, naming the key files (key-check.ts), code signature as before.
      const other = e instanceof FeedError && /not signed by a pinned key/.test(e.message) ? await unpinnedSaid('heartbeat', file, parsed, keys, list(v.key), source, desk) : undefined;
      return fromFeedError(other ? new FeedError('signature', other) : e);
    });
    const prev = old.payload as Obj & { issued_at: string; expires_at: string; seq: number };
    const now = Date.now();
    const wasExpired = Date.parse(prev.expires_at) <= now;
    // The desk's language and dates (desk-lang.ts), for the findings too: heartbeat has no --lang. An FAQ's is the one
    // fileLanguage found (its questions may start in English while the feed beside it is Flemish, trial U).
    const lang = faqLanguages(raw).length ? desk : deskLanguage(raw);
    const validMs = str(v.valid) ? durationOption('--valid', str(v.valid)!, lang) : Date.parse(prev.expires_at) - Date.parse(prev.issued_at);
    const issued = iso(now);
    const out = str(v.out);
    // Another file at --out: read before it is replaced, for its seq (previous.ts) and the keys that signed it (key-check.ts).
    const previous = out && out !== file ? await previousEnvelope(out) : undefined;
    // A resolved incident's next update (written by hand) is not signed again: readers showed it beside the all-clear (heartbeat-all-clear.ts).
    const kept = kind === 'status' ? withoutResolvedPromises(raw as Obj) : { doc: raw as Obj, ids: [] };
    const doc: Obj & { issued_at: string; expires_at: string; seq: number } = { ...kept.doc, issued_at: issued, expires_at: iso(Date.parse(issued) + validMs), seq: Math.max(now, prev.seq + 1) };
    doc.seq = seqAbove(doc.seq, previous, doc);
    const t = ENVELOPE_TERMS[lang];
    // feed.json edited (an update posted) but not signed: said first, and as the refusal, not only "post an update now" (trial X).
    // Against the payload as signed, not as the schema reads it: that drops fields readers do not use (`cadence`), and every
    // heartbeat after signing a daily notice said "not signed yet" (trial Y).
    const unsigned = source !== file && (await hasUnsignedChanges(source, raw as Obj)) ? unsignedSaid(source, file, list(v.key)[0] ?? 'private.jwk.json', lang) : undefined;
    if (unsigned) console.error(unsigned);
    await publish(doc, {
      kind,
      keys,
      file,
      out,
      now,
      force: v.force === true,
      lang,
      // Too large to be read: said of the feed the desk edits, not the signed file (feed.jws.json -> feed.json).
      source,
      refusal: () => (unsigned ? `${t.refusal.replace(/:.*/, '')}: ${unsigned}` : t.refusal),
      // Warnings about the content alone were said when it was signed: not again every 20 minutes (heartbeat-findings.ts, trial T).
      unrepeated: { said: alreadySaid(lintNow(prev, Date.parse(prev.issued_at), { lang })), note: (n) => t.unrepeated(n, file) },
    });
    const summary = { kind, feed_id: doc.feed_id, previous_seq: prev.seq, seq: doc.seq, issued_at: doc.issued_at, expires_at: doc.expires_at, was_expired: wasExpired, verified_with: old.kid, signatures: keys.length, out: out ?? null, next_update_left_out: kept.ids };
    if (v.json) console.log(json(summary));
    else {
      if (wasExpired) console.error(t.wasExpired(shownAt(prev.expires_at, doc, now, lang), feedZone(doc)));
      // After the all-clear: the promise left out, and once, a day after it, what readers see of it (heartbeat-all-clear.ts).
      const a = ALL_CLEAR_TERMS[lang];
      if (kept.ids.length) console.error(a.promises(kept.ids, source));
      const ended = kind === 'status' ? oldAllClear(doc, Date.parse(prev.issued_at), now) : undefined;
      if (ended) console.error(a.old(titleOf(ended.incident, lang), shownAt(ended.at, doc, now, lang), source));
      if (out) console.error(t.heartbeat(String(doc.feed_id), prev.seq, doc.seq, shownTime(doc.expires_at, doc, now, lang), feedZone(doc), keys.length, out));
      const other = out && previous ? await otherKeyNote(out, previous, keys, source, list(v.key), lang) : undefined;
      if (other) console.error(other);
    }
  },
};
