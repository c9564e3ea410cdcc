/**
 * What `clearline sign` and `clearline heartbeat` say besides their findings and summary, in
 * English and Dutch (deskLanguage, desk-lang.ts): a Dutch desk read Dutch findings, then "note: with
 * --valid 30m the feed is valid until …" or "… is not a valid status document: …" in English.
 * Option names, field names and file names stay as typed.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { shellArg } from '../lint/shell.js';

export interface SignTerms {
  /** What the private key file is, in "there is no file k.jwk.json (a private key)". */
  privateKey: string;
  /** No file given; `key` the --key given (or the usual name). */
  giveDocument: (key: string) => string;
  /** No --key given. */
  giveKey: (what: string, option: string) => string;
  /** A public key given as --key. */
  publicGiven: (file: string) => string;
  /** --valid ends before the promised next update. */
  validNote: (given: string, until: string) => string;
  /** The document's expires_at has passed. */
  expired: (expiresAt: string, file: string) => string;
  /** A status feed with nothing open: it lapses to "Status unknown" at `until` unless a heartbeat job re-signs it; `signed` the file written. */
  quiet: (until: string, key: string, signed: string) => string;
  /** Only notices open, none promising an update (a standing phishing warning): it reads "Not confirmed since …" from `until` unless re-signed. */
  standing: (until: string, key: string, signed: string) => string;
  /**
   * After every signing to a file: readers see nothing of it until it is on the website (trial W: at 08:20 a forgotten
   * upload looks to readers exactly like a late update; the studio says "Not on the website yet"). `statusPage` the feed's
   * status_url, where readers then see it; sign does not know where the site loads the file from, so it names the embed's src.
   */
  notLive: (signed: string, statusPage: string | undefined) => string;
  /** The file holds JSON but no object (a list, a text, a number); `held` what it holds (typeof, 'array' or 'null'); `key` the --key given. */
  notObject: (file: string, held: string, key: string) => string;
  /** An object without "type": "status" or "faq"; `type` the type it has (JSON), if any. */
  noType: (file: string, type: string | undefined, key: string) => string;
}

const HELD = {
  en: { array: 'a list ([ … ])', string: 'a text', number: 'a number', boolean: 'true or false', null: 'null' },
  nl: { array: 'een lijst ([ … ])', string: 'een tekst', number: 'een getal', boolean: 'true of false', null: 'null' },
} as const;
const held = (lang: UiLanguage, what: string) => HELD[lang][what as keyof (typeof HELD)['en']] ?? what;

export const SIGN_TERMS: Record<UiLanguage, SignTerms> = {
  en: {
    privateKey: 'a private key',
    giveDocument: (key) => `no file to sign: give the file you edit (feed.json, or faq.json for the FAQ), e.g. clearline sign --key ${shellArg(key)} feed.json --out feed.jws.json`,
    giveKey: (what, option) => `give ${what} with ${option} FILE`,
    publicGiven: (file) => `${file}: this is the public key; sign with the private key file that keygen wrote (the one given to --out, with "d" in it)`,
    validNote: (given, until) => `note: with --valid ${given} the feed is valid until ${until}, before the next update you promised; from then on readers see "outdated". Leave out --valid and it lasts until an hour after the promised update.`,
    expired: (at, file) => `not signed: expires_at ${at} has already passed, so every reader would refuse it; remove issued_at, expires_at and seq from ${file} so sign stamps fresh ones (or use clearline heartbeat on the signed feed)`,
    quiet: (until, key, signed) =>
      `nothing is open, so from ${until} readers see "Status unknown" unless the feed is signed again: run clearline heartbeat --key ${shellArg(key)} ${shellArg(signed)} --out ${shellArg(signed)} from a scheduled job, e.g. every 20 minutes (docs/publishing.md, step 6)`,
    standing: (until, key, signed) =>
      `only a notice is open, with no next update promised before then, so from ${until} readers see it marked "Not confirmed since …" unless the feed is signed again: run clearline heartbeat --key ${shellArg(key)} ${shellArg(signed)} --out ${shellArg(signed)} from a scheduled job, e.g. every 20 minutes (docs/publishing.md, step 6)`,
    notLive: (signed, page) =>
      `Not on the website yet: readers see this only once ${signed} is on your web server, at the address in your embed code's src="…"${page ? ` (your status page ${page} then shows it)` : ''}. Copy it there now, or send it to your web team.`,
    notObject: (file, what, key) => `${file} is not a feed or FAQ document: it holds ${held('en', what)}, not one object ({ … }). Sign the file you edit, e.g. clearline sign --key ${shellArg(key)} feed.json --out feed.jws.json (faq.json for the FAQ)`,
    noType: (file, type, key) =>
      `${file} is not a feed or FAQ document: it needs "type": "status" (a status feed) or "type": "faq" (an FAQ document)${type === undefined ? '' : `, not "type": ${type}`}. Sign the file you edit, e.g. clearline sign --key ${shellArg(key)} feed.json --out feed.jws.json (faq.json for the FAQ); in a file of your own, put that "type" line in it`,
  },
  nl: {
    privateKey: 'een privésleutel',
    giveDocument: (key) => `geen bestand om te ondertekenen: geef het bestand dat u bewerkt (feed.json, of faq.json voor de FAQ), bijvoorbeeld clearline sign --key ${shellArg(key)} feed.json --out feed.jws.json`,
    giveKey: (what, option) => `geef ${what} met ${option} BESTAND`,
    publicGiven: (file) => `${file}: dit is de publieke sleutel; onderteken met het privésleutelbestand dat keygen schreef (het bestand bij --out, met "d" erin)`,
    validNote: (given, until) => `let op: met --valid ${given} is de feed geldig tot ${until}, vóór de volgende update die u beloofde; daarna zien lezers "verouderd". Laat --valid weg, dan blijft hij geldig tot een uur na de beloofde update.`,
    expired: (at, file) => `niet ondertekend: expires_at ${at} is al voorbij, dus elke lezer zou de feed weigeren; haal issued_at, expires_at en seq uit ${file} zodat sign ze opnieuw invult (of gebruik clearline heartbeat op de ondertekende feed)`,
    quiet: (until, key, signed) =>
      `er staat niets open, dus vanaf ${until} zien lezers "Status onbekend", tenzij de feed opnieuw wordt ondertekend: laat clearline heartbeat --key ${shellArg(key)} ${shellArg(signed)} --out ${shellArg(signed)} volgens schema draaien, bijvoorbeeld elke 20 minuten (docs/publishing.md, stap 6)`,
    standing: (until, key, signed) =>
      `er staat alleen een mededeling open, zonder beloofde volgende update vóór die tijd, dus vanaf ${until} zien lezers die als "Niet meer bevestigd sinds …", tenzij de feed opnieuw wordt ondertekend: laat clearline heartbeat --key ${shellArg(key)} ${shellArg(signed)} --out ${shellArg(signed)} volgens schema draaien, bijvoorbeeld elke 20 minuten (docs/publishing.md, stap 6)`,
    notLive: (signed, page) =>
      `Nog niet op de website: lezers zien dit pas als ${signed} op uw webserver staat, op het adres in src="…" van uw insluitcode${page ? ` (uw statuspagina ${page} toont het dan)` : ''}. Zet het bestand er nu neer, of stuur het naar uw webteam.`,
    notObject: (file, what, key) => `${file} is geen feed of FAQ-document: het bevat ${held('nl', what)}, geen object ({ … }). Onderteken het bestand dat u bewerkt, bijvoorbeeld clearline sign --key ${shellArg(key)} feed.json --out feed.jws.json (faq.json voor de FAQ)`,
    noType: (file, type, key) =>
      `${file} is geen feed of FAQ-document: er moet "type": "status" (een statusfeed) of "type": "faq" (een FAQ-document) in staan${type === undefined ? '' : `, niet "type": ${type}`}. Onderteken het bestand dat u bewerkt, bijvoorbeeld clearline sign --key ${shellArg(key)} feed.json --out feed.jws.json (faq.json voor de FAQ); zet in een eigen bestand die regel "type" erin`,
  },
};
