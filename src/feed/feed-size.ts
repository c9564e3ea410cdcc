/**
 * The readers' size limit (feed/fetch.ts DEFAULT_MAX_BYTES), checked before a signed feed is written:
 * `sign`, `heartbeat`, the studio's Publish and the embedded editor's Sign (which PUTs to storage, with no server to refuse it). Every reader refuses a larger feed (`too-large`), so
 * a long crisis (many incidents, a hundred updates each) signed without a word left every customer's
 * widget empty at the worst moment. Said in the desk's language, with the incidents that make it big.
 */
import { DEFAULT_MAX_BYTES } from './fetch.js';
import { bigParts, type BigPart } from './big-parts.js';
import type { UiLanguage } from '../i18n/terms.js';

export interface Oversize {
  /** The signed file's size in bytes, as readers count them. */
  bytes: number;
  limit: number;
  /** The largest incidents (a status feed) or questions (an FAQ document), largest first (at most 3): big-parts.ts. */
  biggest: BigPart[];
  /** An FAQ document, not a status feed. */
  faq: boolean;
}

/** Bytes as readers count them (UTF-8); TextEncoder, not Node's Buffer, so the editor in a browser checks the same. */
export const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/** The text written for a signed envelope, as `sign` and the studio write it. */
export const envelopeText = (envelope: unknown): string => JSON.stringify(envelope) + '\n';

/** The signed file's size and its largest parts, when `text` (the envelope written) is larger than readers accept; else undefined. */
export function oversize(text: string, payload: unknown, lang: UiLanguage, limit = DEFAULT_MAX_BYTES): Oversize | undefined {
  const bytes = utf8Bytes(text);
  if (bytes <= limit) return undefined;
  return { bytes, limit, biggest: bigParts(payload, lang), faq: (payload as { type?: unknown } | null)?.type === 'faq' };
}

/** 1234567 bytes as "1.23 MB" ("1,23 MB" in Dutch). */
export function megabytes(bytes: number, lang: UiLanguage): string {
  const n = (bytes / 1_000_000).toFixed(2);
  return `${lang === 'nl' ? n.replace('.', ',') : n} MB`;
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1000)} kB`;

/** "Biggest incidents: "Burst main" (main-3): 310 kB, of which 290 kB in 100 earlier updates; …" (or the FAQ's questions). */
function listed(o: Oversize, lang: UiLanguage): string {
  const nl = lang === 'nl';
  const head = o.faq ? (nl ? 'Grootste vragen' : 'Biggest questions') : nl ? 'Grootste incidenten' : 'Biggest incidents';
  const parts = o.biggest.map(
    (i) =>
      `${i.title ? `"${i.title}" (${i.id})` : i.id}: ${kilobytes(i.bytes)}${i.updates ? (nl ? `, waarvan ${kilobytes(i.historyBytes)} in ${i.updates} eerdere updates` : `, of which ${kilobytes(i.historyBytes)} in ${i.updates} earlier updates`) : ''}`,
  );
  return `${head}: ${parts.join('; ')}`;
}

/** What makes it smaller: for a status feed in `file` (the studio's form when none), for an FAQ with the command for its biggest answer. */
function smaller(o: Oversize, file: string | undefined, lang: UiLanguage): string {
  const id = o.biggest[0]?.id || 'ID';
  const faq = file ?? 'faq.json';
  if (lang === 'nl')
    return o.faq
      ? `Maak de FAQ kleiner: kort de langste antwoorden in (clearline edit question --id ${id} --answer "…" --out ${faq}) of haal de Markdown-bestanden weg van vragen die niemand meer stelt en bouw hem opnieuw (clearline faq build), en onderteken opnieuw`
      : `Maak de feed kleiner${file ? ` in ${file}` : ''}: verwijder incidenten die al zijn opgelost, haal de oudste eerdere updates ("updates") weg of maak lange teksten korter, en onderteken opnieuw`;
  return o.faq
    ? `Make the FAQ smaller: shorten the longest answers (clearline edit question --id ${id} --answer "…" --out ${faq}) or remove the Markdown files of questions nobody asks any more and build it again (clearline faq build), then sign again`
    : `Make the feed smaller${file ? ` in ${file}` : ''}: remove incidents that are resolved, remove the oldest earlier updates ("updates") or shorten long texts, then sign again`;
}

/**
 * The refusal: the size, the limit, the biggest parts and what to do. `file` the document the desk edits (none in the
 * studio, where the form is edited). It no longer offers --force (which still works, for scripts): every reader
 * refuses a feed signed that way, so the desk is told what to make smaller instead.
 */
export function oversizeRefusal(o: Oversize, file: string | undefined, lang: UiLanguage): string {
  const size = megabytes(o.bytes, lang);
  const limit = megabytes(o.limit, lang);
  if (lang === 'nl')
    return o.faq
      ? `niet ondertekend: de ondertekende FAQ zou ${size} zijn, meer dan de ${limit} die lezers aannemen; de veelgestelde vragen op elke website zouden hem weigeren en niets tonen. ${listed(o, lang)}. ${smaller(o, file, lang)}`
      : `niet ondertekend: de ondertekende feed zou ${size} zijn, meer dan de ${limit} die lezers aannemen; de statusmelding op elke website zou hem weigeren en niets tonen. ${listed(o, lang)}. ${smaller(o, file, lang)}`;
  return o.faq
    ? `not signed: the signed FAQ would be ${size}, more than the ${limit} readers accept; the FAQ on every website would refuse it and show nothing. ${listed(o, lang)}. ${smaller(o, file, lang)}`
    : `not signed: the signed feed would be ${size}, more than the ${limit} readers accept; the status widget on every website would refuse it and show nothing. ${listed(o, lang)}. ${smaller(o, file, lang)}`;
}

/** Said on standard error when --force signs a feed readers refuse. */
export function oversizeForced(o: Oversize, lang: UiLanguage): string {
  return lang === 'nl'
    ? `waarschuwing: toch ondertekend (--force), maar de ${o.faq ? 'FAQ' : 'feed'} is ${megabytes(o.bytes, lang)}, meer dan de ${megabytes(o.limit, lang)} die lezers aannemen: elke lezer weigert hem tot hij kleiner is. ${listed(o, lang)}`
    : `warning: signed anyway (--force), but the ${o.faq ? 'FAQ' : 'feed'} is ${megabytes(o.bytes, lang)}, more than the ${megabytes(o.limit, lang)} readers accept: every reader refuses it until it is smaller. ${listed(o, lang)}`;
}

/** The studio's refusal (its Publish, signed on the server or in the page): the same words, as a sentence. */
export function studioOversize(o: Oversize, lang: UiLanguage): string {
  const said = oversizeRefusal(o, undefined, lang);
  return `${said[0]!.toUpperCase()}${said.slice(1)}.`;
}

/** `verify` of a signed file readers would refuse as too large (code too-large, as the readers' own). */
export function fileTooLarge(file: string, bytes: number, lang: UiLanguage, limit = DEFAULT_MAX_BYTES): string {
  return lang === 'nl'
    ? `${file} is ${megabytes(bytes, lang)}, meer dan de ${megabytes(limit, lang)} die lezers aannemen: de statusmelding op elke website weigert hem en toont niets. Maak de feed kleiner (verwijder opgeloste incidenten of de oudste eerdere updates) en onderteken opnieuw`
    : `${file} is ${megabytes(bytes, lang)}, more than the ${megabytes(limit, lang)} readers accept: the status widget on every website refuses it and shows nothing. Make the feed smaller (remove resolved incidents or the oldest earlier updates) and sign again`;
}
