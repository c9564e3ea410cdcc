import type { DocumentKind } from '../feed/schema.js';
import { PAST_NEXT_UPDATE_MS, stampPayload, validityFor } from '../feed/sign.js';
import { normalizeTimes } from '../feed/times.js';
import { onlyNoticesLapse } from '../feed/notice.js';
import { CliError, durationOption, isObj, json, list, str, type Command } from './command.js';
import { fileLanguage, folderLanguage, readJson, readPrivateKeys, signedName } from './io.js';
import { withZoneBeside } from './doc-zone.js';
import { feedZone, findingsLanguage, nlCount } from './lint-report.js';
import { publish } from './publish.js';
import { shownTime } from './when.js';
import { SIGN_TERMS, type SignTerms } from './sign-terms.js';
import { DAMAGED_TERMS, damagedSaid, envelopeDamage, isEnvelope } from './damaged-envelope.js';
import { previousEnvelope, seqAbove } from './previous.js';
import { otherKeyNote } from './key-check.js';
import { signRefusal } from './sign-refusal.js';
import { unsignedBeside } from './unsigned-changes.js';

/** How long a signed document stays valid by default: a status feed 1 hour, an FAQ (reference content) 30 days. */
export const DEFAULT_VALIDITY = { status: '1h', faq: '30d' } as const;

/** The document's kind; without one, said in the desk's language with what to do (was "the document needs "type"…", in English). */
function kindOf(doc: Record<string, unknown>, file: string, key: string, t: SignTerms): DocumentKind {
  if (doc.type === 'status' || doc.type === 'faq') return doc.type;
  throw new CliError(t.noType(file, doc.type === undefined ? undefined : JSON.stringify(doc.type), key), 1, 'invalid');
}

export const sign: Command = {
  name: 'sign',
  summary: 'validate a feed or FAQ document and sign it',
  usage: 'clearline sign --key private.jwk.json [--key another.jwk.json] [--valid 1h] [--number-ok NUMBER] [--lang en|nl] feed.json --out feed.jws.json',
  positionals: 1,
  deskLang: true,
  options: {
    'number-ok': { type: 'string', multiple: true, help: "a number in the texts one digit or one swap off your own line that is meant so (a scammer's number you warn about): sign it anyway; every other error still stops the signing; repeat for more numbers" },
    force: { type: 'boolean', help: 'for scripts, last resort: sign past every check, lint errors (they are still printed), a feed larger than readers accept (they will refuse it), an issued_at more than 5 minutes ahead of this computer\'s clock; for a number meant as it is use --number-ok' },
    key: { type: 'string', multiple: true, help: 'a private JWK file; repeat to sign with several keys (rotation)' },
    valid: { type: 'string', help: 'how long the document stays valid when it has no expires_at: 30m, 1h, 30d (default: a status feed 1h, or until an hour after the next update it promises if that is later; an FAQ 30d)' },
    out: { type: 'string', help: 'where to write the signed envelope (default: standard output)' },
    json: { type: 'boolean', help: 'print a JSON summary' },
    lang: { type: 'string', help: "the language of the lint findings: en or nl (default: the document's first language), as clearline lint --lang" },
  },
  async run(v, [file]) {
    const asked = str(v.lang) === undefined ? undefined : findingsLanguage(str(v.lang));
    // No file: in the language of the feed.json in this folder (io.ts), unless --lang says otherwise.
    if (!file) throw new CliError(SIGN_TERMS[asked ?? (await folderLanguage())].giveDocument(list(v.key)[0] ?? 'private.jwk.json'));
    // The desk's language (desk-lang.ts), as lint, update and verify speak it, unless --lang says otherwise;
    // for the key's messages too, so the document is looked at first (its own errors come after the key's, as before).
    // A document that is not JSON (a comma missing) or not there is said in its texts' language, else the feed.json's beside it (io.ts).
    const lang = asked ?? (await fileLanguage(file));
    const t = SIGN_TERMS[lang];
    const keys = await readPrivateKeys(list(v.key), lang);
    const raw = await readJson(file, 'the document', lang);
    // A list, a text or a number: said as not a feed, in the desk's language (was "… must hold a JSON object").
    // The key file named in what to do next: the one given, else the usual name.
    const keyName = list(v.key)[0] ?? 'private.jwk.json';
    if (!isObj(raw)) throw new CliError(t.notObject(file, raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw, keyName), 1, 'invalid');
    // The signed file instead of the one the desk edits, intact or damaged: said as that (was "the document needs "type"…").
    if (isEnvelope(raw)) {
      const damage = envelopeDamage(raw);
      throw new CliError(damage ? await damagedSaid(lang, raw, file, damage, keyName) : DAMAGED_TERMS[lang].signed(file, keyName), 1, 'invalid');
    }
    const kind = kindOf(raw, file, keyName, t);
    const now = Date.now();
    const given = str(v.valid);
    const minMs = durationOption('--valid', given ?? DEFAULT_VALIDITY[kind], lang);
    // A status feed lasts until an hour after the next update it promises (feed/sign.ts validityFor).
    const validMs = kind === 'status' && !given ? validityFor(raw, minMs, now) : minMs;
    // Times with an offset (09:43+01:00) are signed in UTC, so every reader compares like with like.
    const doc = normalizeTimes(stampPayload(raw, validMs, now));
    // An FAQ has no time_zone: its times are said in the zone of the feed beside it (doc-zone.ts), not the server's UTC.
    const clock = kind === 'faq' ? await withZoneBeside(doc, file) : doc;
    const expires = Date.parse(String(doc.expires_at));
    if (expires <= now) {
      throw new CliError(t.expired(String(doc.expires_at), file), 2, 'expired');
    }
    const promised = kind === 'status' ? validityFor(raw, 0, now) : 0;
    if (given && promised - PAST_NEXT_UPDATE_MS > validMs) {
      console.error(t.validNote(given, shownTime(doc.expires_at, clock, now, lang)));
    }
    const out = str(v.out);
    // The signed file this replaces, read before it is written over: its seq and the keys that signed it.
    const previous = out ? await previousEnvelope(out) : undefined;
    if (raw.seq === undefined) doc.seq = seqAbove(Number(doc.seq), previous, doc);
    const { lint } = await publish(doc, {
      kind,
      keys,
      file,
      out,
      now,
      force: v.force === true,
      hold: true,
      lang,
      previous,
      numberOk: list(v['number-ok']),
      refusal: (_errors, findings) => signRefusal(findings, lang, file, keyName, out),
    }).catch(async (e: unknown) => {
      // Refused: readers still have the file signed before, without the changes in feed.json (unsigned-changes.ts).
      const note = e instanceof CliError ? await unsignedBeside(file, out ?? signedName(file), keyName, lang, 'refused') : undefined;
      if (note) console.error(note);
      throw e;
    });
    const summary = { kind, feed_id: doc.feed_id, seq: doc.seq, issued_at: doc.issued_at, expires_at: doc.expires_at, signatures: keys.length, out: out ?? null, lint };
    if (v.json) console.log(json(summary));
    else if (out) {
      // In the language the findings were in (the feed's, or --lang): a Dutch desk read Dutch findings, then "Signed … valid until".
      const until = `${shownTime(doc.expires_at, clock, now, lang)} (${feedZone(clock)})`;
      console.error(
        lang === 'nl'
          ? `${kind === 'faq' ? 'FAQ-document' : 'Statusfeed'} "${String(doc.feed_id)}" ondertekend, volgnummer ${String(doc.seq)}, geldig tot ${until}, met ${nlCount(keys.length, 'sleutel', 'sleutels')}: ${out}`
          : `Signed ${kind} document "${String(doc.feed_id)}" seq ${String(doc.seq)}, valid until ${until}, with ${keys.length} key(s): ${out}`,
      );
      // Signed is not published: said after every signing, as the studio says "Not on the website yet" (trial W).
      console.error(t.notLive(out, typeof doc.status_url === 'string' ? doc.status_url : undefined));
      // A quiet feed lapses within the hour: a water company's colleague signed one before the night and nobody knew a
      // heartbeat job keeps it fresh; at 02:00 the studio opened on an expired feed.
      const open = Array.isArray(doc.incidents) ? doc.incidents.filter((i) => !isObj(i) || i.phase !== 'resolved') : [];
      if (kind === 'status' && !open.length) console.error(t.quiet(until, keyName, out));
      // So does one whose only open incidents are notices (a standing phishing warning, feed/notice.ts), one of them
      // promising nothing, or nothing before the feed expires.
      else if (kind === 'status' && onlyNoticesLapse(doc.incidents, expires)) console.error(t.standing(until, keyName, out));
      // Written over a file another key signed: readers pinning only that key refuse this one (key-check.ts: why a note, not a refusal).
      const other = await otherKeyNote(out, previous, keys, file, list(v.key), lang);
      if (other) console.error(other);
    }
  },
};
