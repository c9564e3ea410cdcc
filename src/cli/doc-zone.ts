/**
 * The zone sign and verify print a document's times in. An FAQ document has no `time_zone`, so a Dutch FAQ signed on
 * a server in UTC said "valid until Fri 1 Jan 16:01 (UTC)"; the status feed beside it (feed.json, else feed.jws.json)
 * names the publisher's zone, as fileLanguage (io.ts) takes the desk's language from it.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { zoneSpelling } from '../feed/new-feed.js';
import { isTimeZone } from '../feed/times.js';

const zoneIn = (doc: unknown): string | undefined => {
  const zone = doc && typeof doc === 'object' ? (doc as { time_zone?: unknown }).time_zone : undefined;
  return typeof zone === 'string' && isTimeZone(zone) ? zone : undefined;
};

/** The `time_zone` in a feed.json, or in the payload of a signed feed.jws.json (JWS JSON, base64url payload). */
function zoneOfText(text: string): string | undefined {
  try {
    const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    const payload = doc && typeof doc === 'object' ? (doc as { payload?: unknown }).payload : undefined;
    return zoneIn(typeof payload === 'string' ? JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) : doc);
  } catch {
    return undefined;
  }
}

/**
 * `doc` itself when it names its zone; else, for a document read from `file`, `doc` with the `time_zone` of the
 * status feed beside it; else `doc` (this machine's zone, feedZone). For shownTime and feedZone, which read `time_zone`.
 */
export async function withZoneBeside<D>(doc: D, file: string | undefined): Promise<D | (D & { time_zone: string })> {
  if (zoneIn(doc) || !file || /^https?:\/\//.test(file)) return doc;
  for (const name of ['feed.json', 'feed.jws.json']) {
    const sibling = join(dirname(file), name);
    if (resolve(sibling) === resolve(file)) continue;
    const zone = await readFile(sibling, 'utf8').then(zoneOfText, () => undefined);
    if (zone) return { ...doc, time_zone: zone };
  }
  return doc;
}

/** `--time-zone` in the zone's own spelling: `europe/amsterdam` or `Amsterdam` is Europe/Amsterdam (feed/new-feed.ts zoneSpelling). */
export function zoneOption(v: Record<string, unknown>): string | undefined {
  const typed = v['time-zone'];
  return typeof typed === 'string' ? zoneSpelling(typed) : undefined;
}
