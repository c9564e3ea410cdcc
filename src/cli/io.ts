/** Files for the CLI: read JSON and keys, write text, and open a signed envelope's payload. */
import { access, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { JWK } from 'jose';
import { decodeBase64url, decodeUtf8 } from '../feed/base64url.js';
import { writeFileAtomic } from './atomic.js';
import { CliError, isObj } from './command.js';
import type { UiLanguage } from '../i18n/terms.js';
import { SIGN_TERMS } from './sign-terms.js';
import { faqLanguages, feedDeskLanguage, textLanguage, zoneLanguage } from './desk-lang.js';
import { localZone } from '../feed/times.js';
import { notJson } from './json-error.js';
import { damagedAsGiven, envelopeDamage, signingKeyFile } from './damaged-envelope.js';
import { notKeySaid, pemSaid } from './key-file-mistake.js';

export { jsonErrorAt } from './json-error.js';

export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Why a file could not be read, in words: "there is no file …", "no permission to read …"; Dutch for a Dutch desk. */
const UNREADABLE = {
  en: {
    missing: (path: string, what: string) => `there is no file ${path} (${what}); check the name and the folder you are in`,
    denied: (path: string, what: string) => `no permission to read ${path} (${what})`,
    folder: (path: string, what: string) => `${path} is a folder, not ${what}`,
    other: (path: string, what: string, why: string) => `cannot read ${what} ${path}: ${why}`,
  },
  nl: {
    missing: (path: string, what: string) => `er is geen bestand ${path} (${what}); controleer de naam en de map waarin u staat`,
    denied: (path: string, what: string) => `geen toestemming om ${path} te lezen (${what})`,
    folder: (path: string, what: string) => `${path} is een map, niet ${what}`,
    other: (path: string, what: string, why: string) => `kan ${what} ${path} niet lezen: ${why}`,
  },
} as const;

/** What the commands call the files they read, for a Dutch desk ("there is no file feed.jsn (the feed)"). */
const WHAT_NL: Record<string, string> = {
  'the file': 'het bestand',
  'the feed': 'de feed',
  'the document': 'het document',
  'the signed feed': 'de ondertekende feed',
  'the signed document': 'het ondertekende document',
  'the FAQ document': 'het FAQ-document',
  'a public key': 'een publieke sleutel',
  'a private key': 'een privésleutel',
  'the events file': 'het bestand met gebeurtenissen',
  'the public key that checks the signed feed (public.jwk.json from keygen)': 'de publieke sleutel die de ondertekende feed controleert (public.jwk.json van keygen)',
};
const said = (what: string, lang: UiLanguage) => (lang === 'nl' ? (WHAT_NL[what] ?? what) : what);

/** A file that could not be read (`e` the error the read threw), said in `lang`: missing, not allowed, a folder, else its code. */
export function unreadable(path: string, what: string, e: unknown, lang: UiLanguage): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const t = UNREADABLE[lang];
  const w = said(what, lang);
  if (code === 'ENOENT') return new CliError(t.missing(path, w));
  if (code === 'EACCES' || code === 'EPERM') return new CliError(t.denied(path, w));
  if (code === 'EISDIR') return new CliError(t.folder(path, w));
  return new CliError(t.other(path, w, code ?? (e as Error).message));
}

/**
 * The language a file's text says: its document's first language (a feed without texts yet: the one it is about to be written
 * in, feedDeskLanguage), or for a broken one the first text key in it.
 */
export function languageOfText(text: string): UiLanguage | undefined {
  try {
    return feedDeskLanguage(unwrapEnvelope(JSON.parse(text)));
  } catch {
    return textLanguage(text);
  }
}

/**
 * The desk's language for a file whose command has no --lang (or was not given one): the file's own
 * first language (desk-lang.ts), read as text when it is not valid JSON; for a missing file or one
 * without texts, the feed.json beside it; else English.
 */
export async function fileLanguage(path: string): Promise<UiLanguage> {
  return (await ownLanguage(path)) ?? 'en';
}

/** fileLanguage without its English at the end: undefined when neither the file nor the feed.json beside it says a language. */
export async function ownLanguage(path: string): Promise<UiLanguage | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  const own = text === undefined ? undefined : languageOfText(text);
  const sibling = join(dirname(path), 'feed.json');
  const beside = async () => (resolve(sibling) === resolve(path) ? undefined : await readFile(sibling, 'utf8').then(languageOfText, () => undefined));
  if (!own) return beside();
  // An FAQ in the feed's languages speaks the feed's (desk-lang.ts faqLanguages), not its first question's English (trial U).
  const faq = faqLanguages(parsed(text));
  if (faq.length < 2) return own;
  const feed = await beside();
  return feed && faq.includes(feed) ? feed : own;
}

/** A file's document, or its signed envelope's payload; undefined when it does not read. */
function parsed(text: string | undefined): unknown {
  try {
    return unwrapEnvelope(JSON.parse(text ?? ''));
  } catch {
    return undefined;
  }
}

/**
 * The desk's language where the command names no file (yet), or the file says none: that of the
 * feed.json in the folder the command runs in, else of its signed feed.jws.json; else English.
 * A usage mistake (no file given, an unknown option) beside a Dutch feed is said in Dutch.
 */
export async function folderLanguage(): Promise<UiLanguage> {
  return (await folderFeedLanguage()) ?? 'en';
}

/** folderLanguage without its English at the end. */
async function folderFeedLanguage(): Promise<UiLanguage | undefined> {
  for (const file of ['feed.json', 'feed.jws.json']) {
    const lang = await readFile(file, 'utf8').then(languageOfText, () => undefined);
    if (lang) return lang;
  }
  return undefined;
}

/**
 * keygen's language (its answers, and its --help and usage mistakes with it: Command.deskOf): the folder's feed's, else Dutch
 * on a Dutch or Belgian clock (zoneLanguage), as new feed, the studio and import speak; else English. A Dutch desk's `keygen`
 * answered in Dutch and its `keygen --help` in English. (`clearline --help` and other usage mistakes without a feed stay
 * English on any clock: help-desk-language.test.mjs.)
 */
export async function deskHere(): Promise<UiLanguage> {
  return (await folderFeedLanguage()) ?? zoneLanguage(localZone()) ?? 'en';
}

/** `lang`: the desk's language for the messages (desk-lang.ts), `what` said in it; without it, the file's (fileLanguage). */
export async function readText(path: string, what = 'the file', lang?: UiLanguage): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw unreadable(path, what, e, lang ?? (await fileLanguage(path)));
  }
}

/** The JSON in `path`; a file that is not JSON is said with where and what (json-error.ts), in `lang` or the file's own language. */
export async function readJson(path: string, what: string, lang?: UiLanguage): Promise<unknown> {
  return parseJson(path, await readText(path, what, lang), lang);
}

/**
 * `text`, read from `path`, as JSON; said as readJson says it when it is not. The invisible mark some
 * editors (Windows Notepad) put at the start of a UTF-8 file is not a mistake of the desk's: it is skipped.
 */
export async function parseJson(path: string, text: string, lang?: UiLanguage): Promise<unknown> {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(notJson(path, text, e as Error, lang ?? (await fileLanguage(path))), 1, 'invalid');
  }
}

/** What is wrong with `text` as JSON (notJson's words, in `lang`, for the studio's page), or undefined when it parses. */
export function jsonProblem(path: string, text: string, lang: UiLanguage): string | undefined {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return undefined;
  } catch (e) {
    return notJson(path, text, e as Error, lang, true);
  }
}

/** The private keys to sign with; a public key here is the usual mix-up and gets its own message. `lang`: the desk's (sign, heartbeat). */
export async function readPrivateKeys(paths: string[], lang: UiLanguage = 'en'): Promise<JWK[]> {
  const keys = await readKeys(paths, SIGN_TERMS[lang].privateKey, '--key', lang);
  const i = keys.findIndex((k) => typeof k.d !== 'string');
  if (i >= 0) {
    const file = paths.length === 1 ? paths[0]! : paths.join(', ');
    throw new CliError(SIGN_TERMS[lang].publicGiven(file));
  }
  return keys;
}

/** The keys in `paths` (a JWK, a JWKS or an array each); `option` is how the command asks for them, `what` said in `lang`. */
export async function readKeys(paths: string[], what: string, option = '--key', lang: UiLanguage = 'en'): Promise<JWK[]> {
  if (paths.length === 0) throw new CliError(SIGN_TERMS[lang].giveKey(said(what, lang), option));
  const keys: JWK[] = [];
  // A private key is asked for by sign and heartbeat ("a private key", "een privésleutel"), a public one by verify and the studio.
  const isPublic = !/priv/i.test(what);
  for (const p of paths) {
    const text = await readText(p, what, lang);
    // A PEM key, a signed feed or the feed itself given as a key: said as that (key-file-mistake.ts), not as bad JSON or a public key.
    const pem = pemSaid(p, text, option, isPublic, lang);
    if (pem) throw new CliError(pem);
    const value = await parseJson(p, text, lang);
    const notKey = await notKeySaid(p, value, option, isPublic, lang);
    if (notKey) throw new CliError(notKey);
    const list = Array.isArray(value) ? value : Array.isArray((value as { keys?: unknown })?.keys) ? (value as { keys: JWK[] }).keys : [value];
    keys.push(...(list as JWK[]));
  }
  return keys;
}

/** Why a file could not be written, in words with what to do; `dir` the folder it goes in. Dutch for a Dutch desk. */
const UNWRITABLE = {
  en: {
    ENOENT: (path: string, dir: string) => `cannot write ${path}: the folder ${dir} does not exist; make it first, or give a place in a folder that exists`,
    EACCES: (path: string, dir: string) => `cannot write ${path}: no permission to write in ${dir === '.' ? 'the folder you are in' : `the folder ${dir}`}; give a place in a folder of your own, or ask whoever manages this computer`,
    EROFS: (path: string) => `cannot write ${path}: that disk is read-only; give a place on another disk`,
    EISDIR: (path: string) => `cannot write ${path}: that is a folder; give a file name in it`,
    ENOTDIR: (path: string, dir: string) => `cannot write ${path}: part of ${dir} is a file, not a folder; check the path`,
    ENOSPC: (path: string) => `cannot write ${path}: the disk is full; make room and run the command again (the old file is unchanged)`,
    other: (path: string, why: string) => `cannot write ${path}: ${why}`,
  },
  nl: {
    ENOENT: (path: string, dir: string) => `kan ${path} niet schrijven: de map ${dir} bestaat niet; maak hem eerst aan, of kies een plek in een map die er wel is`,
    EACCES: (path: string, dir: string) => `kan ${path} niet schrijven: geen toestemming om te schrijven in ${dir === '.' ? 'de map waarin u staat' : `de map ${dir}`}; kies een plek in een map van uzelf, of vraag het de beheerder van deze computer`,
    EROFS: (path: string) => `kan ${path} niet schrijven: op die schijf mag niets worden geschreven; kies een plek op een andere schijf`,
    EISDIR: (path: string) => `kan ${path} niet schrijven: dat is een map; geef een bestandsnaam erin`,
    ENOTDIR: (path: string, dir: string) => `kan ${path} niet schrijven: een deel van ${dir} is een bestand, geen map; controleer het pad`,
    ENOSPC: (path: string) => `kan ${path} niet schrijven: de schijf is vol; maak ruimte en geef de opdracht opnieuw (het oude bestand is niet veranderd)`,
    other: (path: string, why: string) => `kan ${path} niet schrijven: ${why}`,
  },
} as const;

/**
 * Writes atomically (temporary file, flushed, renamed): a crash never leaves a half-written file.
 * A failure is said in `lang` (the desk's), else in that of the file or the feed.json beside it or in
 * this folder: a Dutch desk read "cannot write nieuw/k.jwk.json: ENOENT".
 */
export async function writeText(path: string, text: string, mode?: number, lang?: UiLanguage): Promise<void> {
  try {
    await writeFileAtomic(path, text, mode);
  } catch (e) {
    const t = UNWRITABLE[lang ?? (await ownLanguage(path)) ?? (await folderLanguage())];
    const code = (e as NodeJS.ErrnoException).code;
    const dir = dirname(path);
    if (code === 'EPERM') throw new CliError(t.EACCES(path, dir));
    if (code && code in t && code !== 'other') throw new CliError(t[code as Exclude<keyof typeof t, 'other'>](path, dir));
    throw new CliError(t.other(path, code ?? (e as Error).message));
  }
}

/** Writes to the file when one is given, else to standard output; `lang` as writeText's. */
export async function writeOut(out: string | undefined, text: string, lang?: UiLanguage): Promise<void> {
  if (out) await writeText(out, text, undefined, lang);
  else process.stdout.write(text);
}

/** A status or FAQ document itself (feed.json), where a signed envelope (feed.jws.json) was asked for. */
export const isUnsignedDocument = (value: unknown): boolean => isObj(value) && value.signatures === undefined && (value.type === 'status' || value.type === 'faq');

/** feed.json -> feed.jws.json: the signed file beside a document, as sign's hints and the studio name it. */
export const signedName = (file: string): string => file.replace(/(\.jws)?\.json$/i, '') + '.jws.json';

/**
 * Accepts a document or a signed envelope, whose payload is returned without checking the signature
 * (to read its language or expiry; openEnvelope for a file the desk gave).
 */
export function unwrapEnvelope(value: unknown): unknown {
  if (isObj(value) && typeof value.payload === 'string' && Array.isArray(value.signatures)) {
    try {
      return JSON.parse(decodeUtf8(decodeBase64url(value.payload, 'payload'), 'payload'));
    } catch {
      throw new CliError('the envelope payload is not base64url JSON', 1, 'invalid');
    }
  }
  return value;
}

/**
 * A document the desk gave, or the payload of its signed envelope (the signature is not checked).
 * A signed file that was changed by hand or cut off (damaged-envelope.ts) is refused as verify and
 * heartbeat refuse it, in `lang` (the desk's), with the sign command that makes it again and the key
 * file beside it. lint, report --feed and the FAQ file of the reason commands and the studio read a
 * payload that still read, also when a signature's header was damaged, and said nothing.
 */
export async function openEnvelope(value: unknown, file: string, lang: UiLanguage): Promise<unknown> {
  const damage = envelopeDamage(value);
  if (damage) throw new CliError(damagedAsGiven(lang, file, damage, await signingKeyFile(file)), 1, 'invalid');
  return unwrapEnvelope(value);
}
