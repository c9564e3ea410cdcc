/**
 * What a file chosen as the signing key holds, and what to tell the person who chose it: a
 * private key, the public key, a signed feed, other JSON, not JSON, or too large. Pure: no DOM.
 * The editor says the reason in its UI language (terms.ts `keyFile`); the FeedError's message is
 * the English text, for developers.
 */
import type { JWK } from 'jose';
import { FeedError } from '../../feed/errors.js';
import type { UiLanguage } from '../../i18n/terms.js';

/** Why a chosen file cannot be the signing key. Stable: the UI maps each to its words. */
export type KeyFileProblem = 'too-large' | 'not-json' | 'public-key' | 'signed-feed' | 'not-a-key' | 'unusable';

/** A key file is a few hundred bytes; anything larger is something else. */
export const KEY_FILE_MAX_BYTES = 64_000;

const OUT_EN = 'choose private.jwk.json, the file clearline keygen wrote with --out.';
const OUT_NL = 'kies private.jwk.json, het bestand dat clearline keygen met --out heeft gemaakt.';

export const KEY_FILE_TERMS: Record<UiLanguage, Record<KeyFileProblem, string>> = {
  en: {
    'too-large': `This file is too large to be a key file: ${OUT_EN}`,
    'not-json': `This file is not a key file (it is not JSON): ${OUT_EN}`,
    'public-key': 'This is not a private key: it is the public key. Choose the private key file (private.jwk.json, made by clearline keygen), not the public key.',
    'signed-feed': `This is a signed feed, not a key file: ${OUT_EN}`,
    'not-a-key': `This is not a key file: ${OUT_EN}`,
    unusable: `This private key cannot sign here (clearline signs with Ed25519 or ES256 keys): ${OUT_EN}`,
  },
  nl: {
    'too-large': `Dit bestand is te groot voor een sleutelbestand: ${OUT_NL}`,
    'not-json': `Dit is geen sleutelbestand (het is geen JSON): ${OUT_NL}`,
    'public-key': 'Dit is geen privésleutel maar de openbare sleutel. Kies het privésleutelbestand (private.jwk.json, gemaakt door clearline keygen), niet de openbare sleutel.',
    'signed-feed': `Dit is een ondertekende feed, geen sleutelbestand: ${OUT_NL}`,
    'not-a-key': `Dit is geen sleutelbestand: ${OUT_NL}`,
    unusable: `Met deze privésleutel kan hier niet worden ondertekend (clearline ondertekent met Ed25519- of ES256-sleutels): ${OUT_NL}`,
  },
};

/** A chosen file that cannot be the signing key: code 'config', with the stable `reason`. */
export class KeyFileError extends FeedError {
  override name = 'KeyFileError';
  constructor(
    readonly reason: KeyFileProblem,
    options?: { cause?: unknown },
  ) {
    super('config', KEY_FILE_TERMS.en[reason], options);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isJwk = (v: unknown): v is Obj => isObj(v) && typeof v.kty === 'string';

/**
 * The private JWK in a key file's text (a JWK, or a set with a private key in it), or what the
 * text is instead: not JSON, a public key (or a set of only public keys), a signed feed
 * (feed.jws.json), or other JSON (feed.json, anything else).
 */
export function privateKeyIn(text: string): { jwk: JWK } | { problem: KeyFileProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: 'not-json' };
  }
  const keys = (isObj(json) && Array.isArray(json.keys) ? json.keys : [json]).filter(isJwk);
  const jwk = keys.find((k) => typeof k.d === 'string');
  if (jwk) return { jwk: jwk as JWK };
  if (keys.length) return { problem: 'public-key' };
  if (isObj(json) && typeof json.payload === 'string' && Array.isArray(json.signatures)) return { problem: 'signed-feed' };
  return { problem: 'not-a-key' };
}
