/**
 * The readers' size limit (feed/fetch.ts DEFAULT_MAX_BYTES), checked before a signed feed is written:
 * `sign`, `heartbeat`, the studio's Publish and the embedded editor's Sign (which PUTs to storage, with no server to refuse it). Every reader refuses a larger feed (`too-large`), so
 * a long crisis (many incidents, a hundred updates each) signed without a word left every customer's
 * widget empty at the worst moment. Said in the desk's language, with the incidents that make it big.
 */
import { DEFAULT_MAX_BYTES } from './fetch.js';
import { incidentTitle } from './incident-name.js';
import type { UiLanguage } from '../i18n/terms.js';

/** An incident's share of the signed file: its JSON, base64url-encoded in the envelope's payload (4 bytes per 3). */
export interface BigIncident {
  id: string;
  title: string;
  bytes: number;
  updates: number;
}

export interface Oversize {
  /** The signed file's size in bytes, as readers count them. */
  bytes: number;
  limit: number;
  /** The largest incidents, largest first (at most 3). */
  biggest: BigIncident[];
}

/** Bytes as readers count them (UTF-8); TextEncoder, not Node's Buffer, so the editor in a browser checks the same. */
export const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/** The text written for a signed envelope, as `sign` and the studio write it. */
export const envelopeText = (envelope: unknown): string => JSON.stringify(envelope) + '\n';

/** The signed file's size and its largest incidents, when `text` (the envelope written) is larger than readers accept; else undefined. */
export function oversize(text: string, payload: unknown, lang: UiLanguage, limit = DEFAULT_MAX_BYTES): Oversize | undefined {
  const bytes = utf8Bytes(text);
  if (bytes <= limit) return undefined;
  const incidents = (payload as { incidents?: unknown } | null)?.incidents;
  const biggest = (Array.isArray(incidents) ? (incidents as Record<string, unknown>[]) : [])
    .map((i) => ({
      id: String(i?.id ?? ''),
      title: incidentTitle(i ?? undefined, lang),
      bytes: Math.ceil((utf8Bytes(JSON.stringify(i) ?? '') * 4) / 3),
      updates: Array.isArray(i?.updates) ? i.updates.length : 0,
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
  return { bytes, limit, biggest };
}

/** 1234567 bytes as "1.23 MB" ("1,23 MB" in Dutch). */
export function megabytes(bytes: number, lang: UiLanguage): string {
  const n = (bytes / 1_000_000).toFixed(2);
  return `${lang === 'nl' ? n.replace('.', ',') : n} MB`;
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1000)} kB`;

function listed(o: Oversize, lang: UiLanguage): string {
  return o.biggest
    .map((i) => `${i.title ? `"${i.title}" (${i.id})` : i.id}: ${kilobytes(i.bytes)}${i.updates ? `, ${i.updates} ${lang === 'nl' ? 'eerdere updates' : 'earlier updates'}` : ''}`)
    .join('; ');
}

/**
 * The refusal: the size, the limit, the biggest incidents and what to do. `file` the feed the desk edits (none in the
 * studio, where the form is edited); `force` whether the command has --force (the studio has none).
 */
export function oversizeRefusal(o: Oversize, file: string | undefined, lang: UiLanguage, force: boolean): string {
  const size = megabytes(o.bytes, lang);
  const limit = megabytes(o.limit, lang);
  if (lang === 'nl')
    return (
      `niet ondertekend: de ondertekende feed zou ${size} zijn, meer dan de ${limit} die lezers aannemen; de statusmelding op elke website zou hem weigeren en niets tonen. ` +
      `Grootste incidenten: ${listed(o, lang)}. Maak de feed kleiner${file ? ` in ${file}` : ''}: verwijder incidenten die al zijn opgelost, haal de oudste eerdere updates ("updates") weg of maak lange teksten korter, en onderteken opnieuw` +
      (force ? ' (--force ondertekent toch, maar lezers weigeren de feed dan)' : '')
    );
  return (
    `not signed: the signed feed would be ${size}, more than the ${limit} readers accept; the status widget on every website would refuse it and show nothing. ` +
    `Biggest incidents: ${listed(o, lang)}. Make the feed smaller${file ? ` in ${file}` : ''}: remove incidents that are resolved, remove the oldest earlier updates ("updates") or shorten long texts, then sign again` +
    (force ? ' (--force signs anyway, but readers will refuse the feed)' : '')
  );
}

/** Said on standard error when --force signs a feed readers refuse. */
export function oversizeForced(o: Oversize, lang: UiLanguage): string {
  return lang === 'nl'
    ? `waarschuwing: toch ondertekend (--force), maar de feed is ${megabytes(o.bytes, lang)}, meer dan de ${megabytes(o.limit, lang)} die lezers aannemen: elke lezer weigert hem tot hij kleiner is. Grootste incidenten: ${listed(o, lang)}`
    : `warning: signed anyway (--force), but the feed is ${megabytes(o.bytes, lang)}, more than the ${megabytes(o.limit, lang)} readers accept: every reader refuses it until it is smaller. Biggest incidents: ${listed(o, lang)}`;
}

/** The studio's refusal (its Publish, signed on the server or in the page): the same words, as a sentence, without --force. */
export function studioOversize(o: Oversize, lang: UiLanguage): string {
  const said = oversizeRefusal(o, undefined, lang, false);
  return `${said[0]!.toUpperCase()}${said.slice(1)}.`;
}

/** `verify` of a signed file readers would refuse as too large (code too-large, as the readers' own). */
export function fileTooLarge(file: string, bytes: number, lang: UiLanguage, limit = DEFAULT_MAX_BYTES): string {
  return lang === 'nl'
    ? `${file} is ${megabytes(bytes, lang)}, meer dan de ${megabytes(limit, lang)} die lezers aannemen: de statusmelding op elke website weigert hem en toont niets. Maak de feed kleiner (verwijder opgeloste incidenten of de oudste eerdere updates) en onderteken opnieuw`
    : `${file} is ${megabytes(bytes, lang)}, more than the ${megabytes(limit, lang)} readers accept: the status widget on every website refuses it and shows nothing. Make the feed smaller (remove resolved incidents or the oldest earlier updates) and sign again`;
}
