/**
 * What sign, heartbeat and verify say when a signed file and the keys given do not belong together,
 * and when the file given as --key is no key at all, in English and Dutch (the document's language,
 * desk-lang.ts). Keys are named by their files (key-files.ts) and by the public key as the site's embed
 * code holds it, not by thumbprints alone: a duty officer at 02:00 cannot tell which file a kid is.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { shellArg } from '../lint/shell.js';
import type { KeyFiles } from './key-files.js';
import { sourceName } from './damaged-envelope.js';

/** One key as a message names it: its kid, the files that hold it here, and its public JWK as JSON (as the embed holds it). */
export interface NamedKey {
  kid: string;
  files: KeyFiles;
  /** The public key as `keygen` prints it and the embed's public-key holds it; absent when only the kid is known. */
  pub?: string;
}

const listed = (items: string[], and: string) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

/** "oud.jwk.json (kid -qEg3…)", or for a key no file here holds, "a key not in this folder (kid -qEg3…)". */
function keySaid(k: NamedKey, lang: UiLanguage): string {
  const file = k.files.private ?? k.files.public;
  const kid = `kid ${k.kid.slice(0, 8)}…`;
  if (file) return `${file} (${kid})`;
  return lang === 'nl' ? `een sleutel die niet in deze map staat (${kid})` : `a key that is not in this folder (${kid})`;
}
const keysSaid = (keys: NamedKey[], lang: UiLanguage) => listed(keys.map((k) => keySaid(k, lang)), lang === 'nl' ? 'en' : 'and');

/** "… must hold this public key: {…} (keygen wrote it to nieuw.pub.json)", for each key signing now. */
function pinSaid(keys: NamedKey[], lang: UiLanguage): string {
  return keys
    .map((k) => {
      const where = k.files.public ? (lang === 'nl' ? ` (keygen schreef hem naar ${k.files.public})` : ` (keygen wrote it to ${k.files.public})`) : '';
      return `${k.pub ?? `kid ${k.kid}`}${where}`;
    })
    .join(lang === 'nl' ? ' of ' : ' or ');
}

/** The private key file of the first key that has one here, else the placeholder the sentence explains. */
const privateOf = (keys: NamedKey[], placeholder: string) => keys.find((k) => k.files.private)?.files.private ?? placeholder;

/** The verify command with the signer's public key file, when one is here: " (here: clearline verify --key old.pub.json feed.jws.json)". */
function otherPub(signer: NamedKey[], lead: string, file: string): string {
  const pub = signer.find((k) => k.files.public)?.files.public;
  return pub ? `${lead}${shellArg(pub)} ${shellArg(file)})` : '';
}

export const KEY_TERMS = {
  en: {
    /**
     * sign, heartbeat: the file about to be replaced (`out`) was signed by none of the keys signing now. A warning, not a
     * refusal (see key-check.ts). `source` the file to sign again.
     */
    otherKey: (out: string, earlier: NamedKey[], now: NamedKey[], source: string) =>
      `note: ${out} was signed with another key: ${keysSaid(earlier, 'en')}; you are signing now with ${keysSaid(now, 'en')}. A site whose embed code pins only the earlier key refuses the new file, and its readers see "Status unknown". Check that your site's embed code (public-key='…') holds this public key: ${pinSaid(now, 'en')}. If it does not, sign again with the key the site pins: clearline sign --key ${shellArg(privateOf(earlier, 'KEY-FILE'))} ${shellArg(source)} --out ${shellArg(out)}${privateOf(earlier, '') ? '' : ', with that key\'s file in place of KEY-FILE'}. If you are changing keys on purpose and the site already pins the new one, all is well.`,
    /** verify: the document is signed by none of the public keys given. */
    unpinnedVerify: (file: string, given: string[], signer: NamedKey[], source: string, own: string | undefined) =>
      `${file} is not signed with the key in ${listed(given, 'or')}: it is signed with ${keysSaid(signer, 'en')}. A site whose embed code pins ${listed(given, 'or')} refuses this file, and its readers see "Status unknown". If your site pins ${listed(given, 'or')}, sign the feed again with the private key that belongs to it: clearline sign --key ${shellArg(own ?? 'KEY-FILE')} ${shellArg(source)} --out ${shellArg(file)}${own ? '' : ', with the file keygen --out wrote for it in place of KEY-FILE'}. If your site still pins the other key, check with that public key instead${otherPub(signer, ' (here: clearline verify --key ', file)}.`,
    /** heartbeat: the envelope is signed by none of the --key files. */
    unpinnedHeartbeat: (file: string, given: string[], signer: NamedKey[], now: NamedKey[], source: string) =>
      `${file} is signed with another key than ${listed(given, 'and')}: with ${keysSaid(signer, 'en')}. heartbeat only re-signs a file with the key that signed it, so the readers who accept it now keep accepting it. Was this file signed with a new key (a key change, or a key that may be stolen)? Then give this job the new key, the one that signed it: clearline heartbeat --key ${shellArg(privateOf(signer, 'KEY-FILE'))} ${shellArg(file)} --out ${shellArg(file)}${privateOf(signer, '') ? '' : ', with that key\'s file in place of KEY-FILE'}; never sign with a key you replaced. Only if ${listed(given, 'and')} is the new key, and your site's embed code already pins it (${pinSaid(now, 'en')}), sign the feed with it yourself: clearline sign --key ${shellArg(given[0] ?? 'private.jwk.json')} ${shellArg(source)} --out ${shellArg(file)}.`,
    /** --key given a signed file; `key` the private key file here (if one), `isPublic` when a public key was asked for (verify). */
    signedAsKey: (file: string, option: string, key: string | undefined, isPublic: boolean) =>
      `${file} is a signed feed (the file clearline sign writes), not a key. Give ${option} the key file clearline keygen wrote${
        isPublic ? `, the public one: clearline verify --key public.jwk.json ${shellArg(file)}` : `: clearline sign --key ${shellArg(key ?? 'private.jwk.json')} ${shellArg(sourceName(file))} --out ${shellArg(file)}`
      }`,
    /** --key given the document itself (feed.json). */
    documentAsKey: (file: string, option: string, key: string | undefined, isPublic: boolean) =>
      `${file} is a feed or FAQ document, not a key. Give ${option} the key file clearline keygen wrote${
        isPublic ? ` (public.jwk.json), and the signed file to check: clearline verify --key public.jwk.json feed.jws.json` : `: clearline sign --key ${shellArg(key ?? 'private.jwk.json')} ${shellArg(file)} --out feed.jws.json`
      }`,
    /** --key given a PEM file. */
    pem: (file: string, option: string, isPublic: boolean) =>
      `${file} is a key in PEM form (-----BEGIN …). clearline reads keys only as the JWK files clearline keygen writes: give ${option} ${isPublic ? 'the public key file (public.jwk.json, from keygen --public-out)' : 'the private key file (private.jwk.json, from keygen --out)'}. No such file yet? Make a key pair: clearline keygen --out private.jwk.json --public-out public.jwk.json, and put the public key it prints in your site's embed code (docs/publishing.md, key rotation). To keep this PEM key instead, ask whoever made it to convert it to a JWK file.`,
  },
  nl: {
    otherKey: (out: string, earlier: NamedKey[], now: NamedKey[], source: string) =>
      `let op: ${out} was ondertekend met een andere sleutel: ${keysSaid(earlier, 'nl')}; nu ondertekent u met ${keysSaid(now, 'nl')}. Een site waarvan de insluitcode alleen de eerdere sleutel vastlegt, weigert het nieuwe bestand, en lezers zien dan "Status onbekend". Controleer dat de insluitcode van uw site (public-key='…') deze publieke sleutel bevat: ${pinSaid(now, 'nl')}. Staat hij er niet in, onderteken dan opnieuw met de sleutel die de site vastlegt: clearline sign --key ${shellArg(privateOf(earlier, 'SLEUTELBESTAND'))} ${shellArg(source)} --out ${shellArg(out)}${privateOf(earlier, '') ? '' : ', met het bestand van die sleutel in plaats van SLEUTELBESTAND'}. Wisselt u bewust van sleutel en legt de site de nieuwe al vast, dan is alles in orde.`,
    unpinnedVerify: (file: string, given: string[], signer: NamedKey[], source: string, own: string | undefined) =>
      `${file} is niet ondertekend met de sleutel in ${listed(given, 'of')}, maar met ${keysSaid(signer, 'nl')}. Een site waarvan de insluitcode ${listed(given, 'of')} vastlegt, weigert dit bestand, en lezers zien dan "Status onbekend". Legt uw site ${listed(given, 'of')} vast? Onderteken de feed dan opnieuw met de privésleutel die erbij hoort: clearline sign --key ${shellArg(own ?? 'SLEUTELBESTAND')} ${shellArg(source)} --out ${shellArg(file)}${own ? '' : ', met het bestand dat keygen --out ervoor schreef in plaats van SLEUTELBESTAND'}. Legt uw site nog de andere sleutel vast, controleer dan met die publieke sleutel${otherPub(signer, ' (hier: clearline verify --key ', file)}.`,
    unpinnedHeartbeat: (file: string, given: string[], signer: NamedKey[], now: NamedKey[], source: string) =>
      `${file} is ondertekend met een andere sleutel dan ${listed(given, 'en')}: met ${keysSaid(signer, 'nl')}. heartbeat ondertekent een bestand alleen opnieuw met de sleutel waarmee het ondertekend is, zodat lezers die het nu aannemen het blijven aannemen. Is dit bestand ondertekend met een nieuwe sleutel (een sleutelwissel, of een sleutel die misschien gestolen is)? Geef deze taak dan de nieuwe sleutel, die waarmee het ondertekend is: clearline heartbeat --key ${shellArg(privateOf(signer, 'SLEUTELBESTAND'))} ${shellArg(file)} --out ${shellArg(file)}${privateOf(signer, '') ? '' : ', met het bestand van die sleutel in plaats van SLEUTELBESTAND'}; onderteken nooit met een sleutel die u hebt vervangen. Alleen als ${listed(given, 'en')} de nieuwe sleutel is en de insluitcode van uw site hem al vastlegt (${pinSaid(now, 'nl')}), ondertekent u de feed er zelf mee: clearline sign --key ${shellArg(given[0] ?? 'private.jwk.json')} ${shellArg(source)} --out ${shellArg(file)}.`,
    signedAsKey: (file: string, option: string, key: string | undefined, isPublic: boolean) =>
      `${file} is een ondertekende feed (het bestand dat clearline sign schrijft), geen sleutel. Geef bij ${option} het sleutelbestand dat clearline keygen schreef${
        isPublic ? `, het publieke: clearline verify --key public.jwk.json ${shellArg(file)}` : `: clearline sign --key ${shellArg(key ?? 'private.jwk.json')} ${shellArg(sourceName(file))} --out ${shellArg(file)}`
      }`,
    documentAsKey: (file: string, option: string, key: string | undefined, isPublic: boolean) =>
      `${file} is een feed of FAQ-document, geen sleutel. Geef bij ${option} het sleutelbestand dat clearline keygen schreef${
        isPublic ? ` (public.jwk.json), en het ondertekende bestand om te controleren: clearline verify --key public.jwk.json feed.jws.json` : `: clearline sign --key ${shellArg(key ?? 'private.jwk.json')} ${shellArg(file)} --out feed.jws.json`
      }`,
    pem: (file: string, option: string, isPublic: boolean) =>
      `${file} is een sleutel in PEM-vorm (-----BEGIN …). clearline leest sleutels alleen als de JWK-bestanden die clearline keygen schrijft: geef bij ${option} ${isPublic ? 'het bestand met de publieke sleutel (public.jwk.json, van keygen --public-out)' : 'het bestand met de privésleutel (private.jwk.json, van keygen --out)'}. Heeft u zo'n bestand nog niet? Maak een sleutelpaar: clearline keygen --out private.jwk.json --public-out public.jwk.json, en zet de publieke sleutel die het toont in de insluitcode van uw site (docs/publishing.md, sleutels wisselen). Wilt u deze PEM-sleutel houden, vraag dan wie hem maakte hem om te zetten naar een JWK-bestand.`,
  },
} as const satisfies Record<UiLanguage, unknown>;
