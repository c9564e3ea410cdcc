/**
 * What `clearline verify` and `clearline heartbeat` say to the desk about a signed document, in
 * English and Dutch: one table, chosen by deskLanguage (desk-lang.ts) from the document itself, as
 * `update` and `export` choose; times are shownTime's (when.ts): "09:43", or "do 3 dec 17:56" when
 * not today, in the feed's zone, and after "om" / "at" shownAt's ("op do 3 dec 17:56"). Ids, key ids, algorithms and option names stay as they are.
 */
import type { DocumentKind } from '../feed/schema.js';
import type { UiLanguage } from '../i18n/terms.js';
import { nlCount } from './lint-report.js';
import { shellArg } from '../lint/shell.js';

export interface EnvelopeTerms {
  /** verify: the first line. */
  ok: (kind: DocumentKind, feedId: string, seq: unknown, kid: string, alg: string) => string;
  /** verify: when it was signed (`issuedAt` with its "om" / "op", when.ts shownAt) and until when it is valid; `zone` the feed's, `minutes` left. */
  times: (issued: string, issuedAt: string, expires: string, zone: string, minutes: number) => string;
  /** verify: what a status feed holds. */
  status: (open: number, incidents: number, channels: number) => string;
  /** verify: what an FAQ holds. */
  faq: (entries: number) => string;
  /** heartbeat: the old envelope had expired (`expired` with its "at" / "on", when.ts shownAt), and is re-signed since its signature verified. */
  wasExpired: (expired: string, zone: string) => string;
  /** heartbeat: done. */
  heartbeat: (feedId: string, from: number, to: number, until: string, zone: string, keys: number, out: string) => string;
  /** heartbeat: lint errors stop it. */
  refusal: string;
  /** heartbeat: `n` warnings about the unchanged content, said when it was signed, are not repeated (heartbeat-findings.ts); `file` the signed file, to lint. */
  unrepeated: (n: number, file: string) => string;
  /** heartbeat: no file given; `key` the --key given (or the usual name). */
  giveSigned: (key: string) => string;
  /** verify: no file or address given. */
  giveVerify: (key: string) => string;
  /** heartbeat: given the unsigned feed.json (the document itself), not the envelope sign wrote; `key` the --key given. */
  unsigned: (file: string, signed: string, key: string) => string;
  /** verify: given the unsigned feed.json; `key` the --key given. */
  unsignedVerify: (file: string, signed: string, key: string) => string;
  /** verify: a genuine envelope past its expires_at (`at` in the feed's zone, with its "at" / "on", when.ts shownAt), and the heartbeat that re-signs it. */
  expired: (file: string, at: string, zone: string, heartbeat: string) => string;
}

const KIND = { status: 'statusfeed', faq: 'FAQ-document' } as const;

export const ENVELOPE_TERMS: Record<UiLanguage, EnvelopeTerms> = {
  en: {
    ok: (kind, feedId, seq, kid, alg) => `OK: ${kind} feed "${feedId}" seq ${String(seq)}, signed by ${kid} (${alg})`,
    times: (issued, _at, expires, zone, minutes) => `issued ${issued}, expires ${expires} (${zone}; in ${minutes} min)`,
    status: (open, incidents, channels) => `${open} open of ${incidents} incident(s), ${channels} channel(s)`,
    faq: (entries) => `${entries} FAQ entries`,
    wasExpired: (expired, zone) => `The old envelope had expired ${expired} (${zone}; readers showed it as out of date); its signature verified, so it is re-signed now.`,
    heartbeat: (feedId, from, to, until, zone, keys, out) => `Heartbeat: "${feedId}" seq ${from} -> ${to}, valid until ${until} (${zone}), ${keys} signature(s): ${out}`,
    refusal: 'not re-signed: fix the errors above with clearline update, then sign again',
    unrepeated: (n, file) =>
      `${n === 1 ? '1 warning is' : `${n} warnings are`} not repeated: ${n === 1 ? 'it is' : 'they are'} about the content, which has not changed since it was signed. To see ${n === 1 ? 'it' : 'them'}: clearline lint ${shellArg(file)}`,
    giveSigned: (key) => `no signed file given: give the one clearline sign wrote, e.g. clearline heartbeat --key ${shellArg(key)} feed.jws.json --out feed.jws.json`,
    giveVerify: (key) => `no signed file given: give the file clearline sign wrote, or its https: address, e.g. clearline verify --key ${shellArg(key)} feed.jws.json`,
    unsigned: (file, signed, key) =>
      `${file} is not signed: it is the file you edit, not the signed file that clearline sign writes. Give heartbeat the signed file: clearline heartbeat --key ${shellArg(key)} ${shellArg(signed)} --out ${shellArg(signed)}. Changed ${file}? Then sign it instead: clearline sign --key ${shellArg(key)} ${shellArg(file)} --out ${shellArg(signed)}`,
    unsignedVerify: (file, signed, key) =>
      `${file} is not signed: it is the file you edit, not the signed file that clearline sign writes. Check the signed file: clearline verify --key ${shellArg(key)} ${shellArg(signed)}`,
    expired: (file, at, zone, heartbeat) => `${file} expired ${at} (${zone}): readers see it as out of date. Its signature is good; re-sign it: ${heartbeat}`,
  },
  nl: {
    ok: (kind, feedId, seq, kid, alg) => `OK: ${KIND[kind]} "${feedId}" volgnummer ${String(seq)}, ondertekend met ${kid} (${alg})`,
    times: (_issued, at, expires, zone, minutes) => `ondertekend ${at}, geldig tot ${expires} (${zone}; nog ${minutes} min)`,
    status: (open, incidents, channels) => `${open} open van ${nlCount(incidents, 'incident', 'incidenten')}, ${nlCount(channels, 'contactkanaal', 'contactkanalen')}`,
    faq: (entries) => `${nlCount(entries, 'vraag', 'vragen')} in de FAQ`,
    wasExpired: (expired, zone) => `De oude envelop was verlopen ${expired} (${zone}; lezers zagen hem als verouderd); de handtekening klopt, dus hij is nu opnieuw ondertekend.`,
    heartbeat: (feedId, from, to, until, zone, keys, out) => `Heartbeat: "${feedId}" volgnummer ${from} -> ${to}, geldig tot ${until} (${zone}), met ${nlCount(keys, 'sleutel', 'sleutels')}: ${out}`,
    refusal: 'niet opnieuw ondertekend: los de fouten hierboven op met clearline update en onderteken opnieuw',
    unrepeated: (n, file) =>
      `${n === 1 ? '1 waarschuwing wordt' : `${n} waarschuwingen worden`} niet herhaald: ${n === 1 ? 'die gaat' : 'die gaan'} over de inhoud, en die is niet veranderd sinds het ondertekenen. Bekijken: clearline lint ${shellArg(file)}`,
    giveSigned: (key) => `geen ondertekend bestand opgegeven: geef het bestand dat clearline sign schreef, bijvoorbeeld clearline heartbeat --key ${shellArg(key)} feed.jws.json --out feed.jws.json`,
    giveVerify: (key) => `geen ondertekend bestand opgegeven: geef het bestand dat clearline sign schreef, of het https:-adres ervan, bijvoorbeeld clearline verify --key ${shellArg(key)} feed.jws.json`,
    unsigned: (file, signed, key) =>
      `${file} is niet ondertekend: dit is het bestand dat u bewerkt, niet het ondertekende bestand dat clearline sign schrijft. Geef heartbeat het ondertekende bestand: clearline heartbeat --key ${shellArg(key)} ${shellArg(signed)} --out ${shellArg(signed)}. Heeft u ${file} gewijzigd? Onderteken het dan: clearline sign --key ${shellArg(key)} ${shellArg(file)} --out ${shellArg(signed)}`,
    unsignedVerify: (file, signed, key) =>
      `${file} is niet ondertekend: dit is het bestand dat u bewerkt, niet het ondertekende bestand dat clearline sign schrijft. Controleer het ondertekende bestand: clearline verify --key ${shellArg(key)} ${shellArg(signed)}`,
    expired: (file, at, zone, heartbeat) => `${file} is verlopen ${at} (${zone}): lezers zien hem als verouderd. De handtekening klopt; onderteken hem opnieuw: ${heartbeat}`,
  },
};
