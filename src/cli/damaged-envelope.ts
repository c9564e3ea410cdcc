/**
 * A signed file (feed.jws.json) that was changed by hand or cut off (copied halfway): its payload,
 * a protected header or a signature is no longer the base64url text clearline sign wrote. verify,
 * heartbeat and sign said the feed layer's words for it ("the payload is not strict base64url
 * [invalid]", "the envelope payload is not base64url JSON", "the document needs "type"…"), in
 * English, without what to do. Here the CLI finds that situation itself and says it in the desk's
 * language, with the command that makes the file again. The feed layer's messages (readers
 * download them) are not changed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { decodeBase64url, decodeUtf8 } from '../feed/base64url.js';
import type { UiLanguage } from '../i18n/terms.js';
import { isObj } from './command.js';
import { shellArg } from '../lint/shell.js';

/** The part of a signed file that is damaged. */
export type DamagedPart = 'payload' | 'header' | 'signature';

/** A signed envelope's shape: what clearline sign writes (a payload and its signatures). */
export const isEnvelope = (value: unknown): boolean => isObj(value) && typeof value.payload === 'string' && Array.isArray(value.signatures);

const json = (text: unknown): boolean => {
  try {
    JSON.parse(decodeUtf8(decodeBase64url(text, 'text'), 'text'));
    return true;
  } catch {
    return false;
  }
};

/** Which part of a signed envelope no longer reads (base64url, UTF-8, JSON), or undefined when every part does (or it is no envelope). */
export function envelopeDamage(value: unknown): DamagedPart | undefined {
  if (!isEnvelope(value)) return undefined;
  const env = value as { payload: string; signatures: unknown[] };
  if (!json(env.payload)) return 'payload';
  for (const s of env.signatures) {
    if (!isObj(s) || !json(s.protected)) return 'header';
    try {
      decodeBase64url(s.signature, 'signature');
    } catch {
      return 'signature';
    }
  }
  return undefined;
}

/** A private JWK, or a JWKS or list holding one: what clearline keygen --out writes. */
const isPrivateKey = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(isPrivateKey) : isObj(value) && (Array.isArray(value.keys) ? value.keys.some(isPrivateKey) : typeof value.kty === 'string' && typeof value.d === 'string');

/** Whether `path` is a small JSON file that holds a private key (a key file is a few hundred bytes). */
async function holdsPrivateKey(path: string): Promise<boolean> {
  try {
    if ((await stat(path)).size > 16_000) return false;
    return isPrivateKey(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return false;
  }
}

/**
 * The private key file to name in the advice to sign again: the first of `given` (--key) that holds a
 * private key, else the one .json file with a private key beside `file` (a URL: in the folder the
 * command runs in); undefined when there is none or more than one, and the advice names none.
 * The advice always said private.jwk.json, also to a desk whose key is sleutel.jwk.json.
 */
export async function signingKeyFile(file: string, given: readonly string[] = []): Promise<string | undefined> {
  for (const g of given) if (await holdsPrivateKey(g)) return g;
  const dir = /^https?:\/\//.test(file) ? '.' : dirname(file);
  const names = await readdir(dir).catch(() => [] as string[]);
  const found: string[] = [];
  for (const name of names.filter((n) => /\.json$/i.test(n) && !/\.jws\.json$/i.test(n)).slice(0, 200)) {
    if (await holdsPrivateKey(join(dir, name))) found.push(dir === '.' ? name : join(dir, name));
    if (found.length > 1) return undefined;
  }
  return found[0];
}

const isFile = (path: string): Promise<boolean> => stat(path).then((s) => s.isFile(), () => false);

/**
 * The feed to sign as it is here: `pub/feed.jws.json`'s `pub/feed.json` when there is one, else one of that name in the
 * folder the command runs in, else its `feed.json` (the desk edits feed.json there and copies the signed file to pub/): an
 * insurer's desk was told to sign `pub/feed.json`, which did not exist (trial P). As given when none is there.
 */
export async function sourceHere(source: string): Promise<string> {
  if (await isFile(source)) return source;
  for (const here of [basename(source), 'feed.json']) if (here !== source && (await isFile(here))) return here;
  return source;
}

/** The file sign reads for a signed file: feed.jws.json -> feed.json. */
export const sourceName = (signed: string): string => (/\.jws\.json$/i.test(signed) ? signed.replace(/\.jws\.json$/i, '.json') : 'feed.json');

const PART = {
  en: { payload: 'its content (payload)', header: 'the header of a signature (protected)', signature: 'a signature (signature)' },
  nl: { payload: 'de inhoud (payload)', header: 'de kop van een handtekening (protected)', signature: 'een handtekening (signature)' },
} as const;

/** The sign command to make `signed` again; without a known key file, a placeholder the sentence around it explains. */
const signAgain = (key: string, signed: string, source = sourceName(signed)) => `clearline sign --key ${shellArg(key)} ${shellArg(source)} --out ${shellArg(signed)}`;

export const DAMAGED_TERMS = {
  en: {
    /**
     * `file` is damaged; `key` the private key file to sign with (the --key given, or the one found beside
     * it: signingKeyFile), undefined when not known; `signed` the file to write (file, or an address's file name).
     */
    damaged: (file: string, part: DamagedPart, key: string | undefined, signed = file, source = sourceName(signed)) =>
      `${file} is damaged: ${PART.en[part]} is not what clearline sign wrote, so the file was changed by hand or cut off (copied halfway). Do not publish it; ${
        key ? `sign the feed again: ${signAgain(key, signed, source)}` : `sign the feed again with your private key file (the one clearline keygen made): ${signAgain('KEY-FILE', signed, source)}, with that file's name in place of KEY-FILE`
      }`,
    /**
     * Intact but changed after signing: its content no longer matches its signature (a one-byte change to a phone number,
     * or a tool that rewrote it), which the feed layer said in English alone ("the signature does not match the content",
     * trial R). `source`: the file to sign, as it is here (key-check.ts sourceHere). Trial U: re-signing came first, though a
     * change the desk did not make (a fraud line's number swapped) needs finding out who made it before anything is signed.
     */
    changed: (file: string, key: string | undefined, signed: string, source: string) =>
      `${file} was changed after it was signed: its content no longer matches its signature (edited by hand, rewritten by a tool, or changed by someone else). Do not publish it. If you did not change it yourself, someone else may have: find out who before you sign it again. Then ${
        key ? `sign the feed again: ${signAgain(key, signed, source)}` : `sign the feed again with your private key file (the one clearline keygen made): ${signAgain('KEY-FILE', signed, source)}, with that file's name in place of KEY-FILE`
      }`,
    /** sign was given a signed file (intact), not the file the desk edits. */
    signed: (file: string, key: string) =>
      `${file} is already signed: it is the file clearline sign writes, not the file you edit. Sign the file you edit: clearline sign --key ${shellArg(key)} ${shellArg(sourceName(file))} --out ${shellArg(file)}`,
  },
  nl: {
    damaged: (file: string, part: DamagedPart, key: string | undefined, signed = file, source = sourceName(signed)) =>
      `${file} is beschadigd: ${PART.nl[part]} is niet meer wat clearline sign schreef, dus het bestand is met de hand gewijzigd of afgebroken (half gekopieerd). Publiceer het niet; ${
        key ? `onderteken de feed opnieuw: ${signAgain(key, signed, source)}` : `onderteken de feed opnieuw met uw privésleutelbestand (dat clearline keygen maakte): ${signAgain('SLEUTELBESTAND', signed, source)}, met de naam van dat bestand in plaats van SLEUTELBESTAND`
      }`,
    changed: (file: string, key: string | undefined, signed: string, source: string) =>
      `${file} is na het ondertekenen gewijzigd: de inhoud past niet meer bij de handtekening (met de hand bewerkt, door een programma herschreven of door iemand anders veranderd). Publiceer het niet. Hebt u het niet zelf veranderd, dan heeft iemand anders dat misschien gedaan: zoek uit wie, voor u het opnieuw ondertekent. ${
        key ? `Onderteken de feed daarna opnieuw: ${signAgain(key, signed, source)}` : `Onderteken de feed daarna opnieuw met uw privésleutelbestand (dat clearline keygen maakte): ${signAgain('SLEUTELBESTAND', signed, source)}, met de naam van dat bestand in plaats van SLEUTELBESTAND`
      }`,
    signed: (file: string, key: string) =>
      `${file} is al ondertekend: het is het bestand dat clearline sign schrijft, niet het bestand dat u bewerkt. Onderteken het bestand dat u bewerkt: clearline sign --key ${shellArg(key)} ${shellArg(sourceName(file))} --out ${shellArg(file)}`,
  },
} as const satisfies Record<UiLanguage, unknown>;

/** DAMAGED_TERMS' damaged, naming the file to sign as it is here (signedFrom): trial R's desk was told to sign feed.tampered.json, which did not exist. */
export async function damagedSaid(lang: UiLanguage, value: unknown, file: string, part: DamagedPart, key: string | undefined, signed = file): Promise<string> {
  return DAMAGED_TERMS[lang].damaged(file, part, key, signed, await signedFrom(signed, isFaqEnvelope(value)));
}

/** damagedSaid for a file read as an FAQ or a feed by lint, report and the reason commands (io.ts): named as given, the feed.json here is not its source. */
export const damagedAsGiven = (lang: UiLanguage, file: string, part: DamagedPart, key: string | undefined): string => DAMAGED_TERMS[lang].damaged(file, part, key);

/** Whether a signed envelope, damaged or not, holds an FAQ: by its payload's type, else a signature header's `typ`. */
export function isFaqEnvelope(value: unknown): boolean {
  const read = (text: unknown): unknown => {
    try {
      return JSON.parse(decodeUtf8(decodeBase64url(text, 'text'), 'text'));
    } catch {
      return undefined;
    }
  };
  if (!isObj(value)) return false;
  const doc = read(value.payload);
  if (isObj(doc)) return doc.type === 'faq';
  return (Array.isArray(value.signatures) ? value.signatures : []).some((s) => isObj(s) && /faq/.test(String((read(s.protected) as { typ?: unknown } | undefined)?.typ ?? '')));
}

/** The file `signed` is signed from, as it is here (sourceHere); an FAQ's (`faq`) is never feed.json: its own name. */
export async function signedFrom(signed: string, faq = false): Promise<string> {
  const named = sourceName(signed);
  return faq ? named : sourceHere(named);
}
