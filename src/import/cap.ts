/**
 * A clearline status feed from an OASIS CAP 1.2 alert: one incident, with one language per <info>.
 * Mapped: headline (or event) as title, description as what we know, instruction as an action,
 * severity, sent time, sender name and web page; an all-clear (<responseType>AllClear</responseType>, as
 * clearline's own export ends an incident) becomes a resolved incident. A Cancel is not an end but a withdrawal
 * (CAP 1.2 §3.2.1: it "cancels the earlier message(s)", e.g. one sent in error): a feed has no such phase, so it is
 * imported as resolved, but its "what we know" starts with a placeholder asking what happened, and the result says
 * it was withdrawn (`withdrawn`, with the sender's <note>), so the desk never publishes "Resolved: Broadband is down"
 * for an outage that never was. What CAP does not carry (what we don't know yet, a promised next update) becomes a
 * placeholder lint refuses. Pure: parsed with fast-xml-parser, which never fetches or expands external entities.
 */
import { XMLParser } from 'fast-xml-parser';
import { LIMITS, type Incident, type Severity } from '../feed/schema.js';
import { cut, feedId, https, ImportError, todo, utc, type ImportedFeed, type ImportResult } from './statuspage.js';

const SEVERITY: Record<string, Severity> = { Extreme: 'critical', Severe: 'critical', Moderate: 'major', Minor: 'minor', Unknown: 'info' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** Per-language text from the <info> blocks, or a plain string when there is one language. */
function texts(infos: { lang: string; info: Obj }[], field: string, max: number): string | Record<string, string> | undefined {
  const pairs = infos.map(({ lang, info }) => [lang, cut(str(info[field]), max)] as const).filter(([, v]) => v);
  if (!pairs.length) return undefined;
  return Object.fromEntries(pairs);
}

export function importCap(xml: string, opts: { now?: number } = {}): ImportResult {
  const now = opts.now ?? Date.now();
  if (/<!DOCTYPE/i.test(xml)) throw new ImportError('invalid', 'the CAP file has a DOCTYPE; CAP alerts never need one, so it is refused', 'het CAP-bestand heeft een DOCTYPE; een CAP-melding heeft er nooit een nodig, dus het wordt geweigerd');
  let doc: Obj;
  try {
    doc = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, isArray: (name) => name === 'info', parseTagValue: false }).parse(xml, true) as Obj;
  } catch (e) {
    throw new ImportError('invalid', `the CAP file is not well-formed XML: ${(e as Error).message}`, `het CAP-bestand is geen geldige XML: ${(e as Error).message}`);
  }
  const alert = doc.alert;
  if (!isObj(alert)) throw new ImportError('not-recognised', 'this is not a CAP alert: there is no <alert> element', 'dit is geen CAP-melding: er is geen <alert>-element');
  const infos = (Array.isArray(alert.info) ? alert.info.filter(isObj) : []).slice(0, LIMITS.languages).map((info, i) => ({ lang: str(info.language) || (i === 0 ? 'en-US' : `und-${i}`), info }));
  const cancel = str(alert.msgType) === 'Cancel';
  // A Cancel often has no text of its own: it only names the alerts it withdraws.
  if (!infos.length && cancel)
    throw new ImportError(
      'invalid',
      `this CAP alert withdraws earlier alerts (a Cancel, not an all-clear) and has no text of its own, so there is no incident to import${str(alert.note) ? `; the sender's note: "${str(alert.note)}"` : ''}. If your feed shows what it withdraws, say there what happened (for example that it was sent in error)`,
      `deze CAP-melding trekt eerdere meldingen in (een Cancel, geen sein veilig) en heeft geen eigen tekst, dus er is geen incident om te importeren${str(alert.note) ? `; de toelichting van de afzender: "${str(alert.note)}"` : ''}. Toont uw feed wat hij intrekt, zeg daar dan wat er gebeurd is (bijvoorbeeld dat hij per vergissing is verstuurd)`,
    );
  if (!infos.length) throw new ImportError('invalid', 'the CAP alert has no <info> block, so there is nothing to show', 'de CAP-melding heeft geen <info>-blok, dus er is niets te tonen');
  const first = infos[0]!.info;
  // responseType may repeat, so it is a string or a list.
  const allClear = infos.some(({ info }) => ([] as unknown[]).concat(info.responseType).map(str).includes('AllClear'));
  const ended = cancel || allClear;
  const sent = utc(str(alert.sent), now);
  const title = texts(infos, 'headline', LIMITS.shortText) ?? texts(infos, 'event', LIMITS.shortText) ?? todo('title');
  const described = texts(infos, 'description', LIMITS.markdown);
  // Withdrawn: the alert's own description would be published under "Resolved"; the desk says what really happened.
  const withdrawnTodo = todo('this alert was withdrawn (a CAP Cancel), not resolved: say what happened, e.g. "This message was sent in error: there is no outage."');
  const known = cancel ? (typeof described === 'object' ? Object.fromEntries(Object.entries(described).map(([l, d]) => [l, cut(`${withdrawnTodo}\n\n${d}`, LIMITS.markdown)])) : withdrawnTodo) : (described ?? todo('what we know'));
  const instruction = texts(infos, 'instruction', LIMITS.shortText);
  const expires = Date.parse(str(first.expires));
  const placeholders: string[] = [];
  const id = feedId(str(alert.identifier), 'cap-alert');
  const incident: Incident = {
    id,
    title,
    severity: SEVERITY[str(first.severity)] ?? 'minor',
    phase: ended ? 'resolved' : 'investigating',
    started_at: utc(str(first.onset) || str(first.effective) || sent, now),
    updated_at: sent,
    known,
    unknown: ended ? '' : todo("what we don't know yet"),
    // CAP's <expires> is when the alert stops being valid, not a promised update: only a future one is kept.
    next_update_at: ended ? null : !Number.isNaN(expires) && expires > now ? utc(str(first.expires), now) : utc(undefined, now),
  };
  if (ended) incident.resolved_at = sent;
  if (cancel) placeholders.push(`${id}: known (the alert was withdrawn, not resolved)`);
  if (!ended) {
    incident.actions = [{ label: instruction ?? todo('what people can do now') }];
    placeholders.push(`${id}: unknown${Number.isNaN(expires) || expires <= now ? ', next_update_at' : ''}${instruction ? '' : ', actions'}`);
  }
  const areas = infos.flatMap(({ info }) => (Array.isArray(info.area) ? info.area : [info.area]).filter(isObj).map((a) => str(a.areaDesc))).filter(Boolean);
  if (areas.length) incident.affects = [...new Set(areas)].slice(0, LIMITS.affects).map((a) => cut(a, LIMITS.shortText));
  const web = https(str(first.web));
  const publisherName = texts(infos, 'senderName', LIMITS.shortText) ?? cut(str(alert.sender) || todo('your organisation'), LIMITS.shortText);
  const feed: ImportedFeed = {
    type: 'status',
    version: 1,
    feed_id: feedId(str(alert.sender).replace(/@.*/, ''), 'cap'),
    publisher: { name: publisherName, url: web ? new URL(web).origin + '/' : 'https://example.invalid/' },
    channels: [],
    incidents: [incident],
  };
  if (web) feed.status_url = web;
  return cancel ? { feed, placeholders, withdrawn: [{ incident: id, ...(str(alert.note) ? { note: cut(str(alert.note), LIMITS.shortText) } : {}) }] } : { feed, placeholders };
}
