/**
 * One record, every channel: a feed incident resolved to plain sentences in one language, with times on the feed's own
 * clock. Every exporter (phone, SMS, social, e-mail, Atom, CAP, page without script) starts from this, and the phrases
 * come from the same terms as the elements. Pure: no Node or DOM imports.
 */
import { startsLater } from '../feed/announced.js';
import { allClearLeads, isOverdue, openIncidents, RECENTLY_RESOLVED_MS as ALL_CLEAR_HOUR_MS } from '../feed/incidents.js';
import { goingOn } from '../feed/going-on.js';
import { leadAllClear } from './all-clear-pick.js';
import type { Action, Channel, Incident, StatusPayload, TextValue } from '../feed/schema.js';
import { labelSeparator, formatTel, smsParts, textTo } from '../content/links.js';
import { dateFormat } from './date-format.js';
import { numberSaid, telLang, usEnglish } from './dial.js';
import { pickText, termsFor } from '../i18n/lang.js';
import { opensAt, waitOrClosed } from './closed.js';
import type { Terms } from '../i18n/terms.js';
import { channelPurpose, groupChannels } from './channels.js';
import { firstSentence, plainParagraphs, plainText } from './plain.js';
import { exportTermsFor, type ExportTerms } from './terms.js';

export { dialLang, forAbroad, numberSaid, numbersLang, telLang, usEnglish } from './dial.js';

export const EXPORT_ERROR_CODES = ['no-incident', 'no-channel', 'no-language', 'over-budget', 'bad-option'] as const;
export type ExportErrorCode = (typeof EXPORT_ERROR_CODES)[number];

/** An export that cannot be made as asked; `message` is meant for the publisher. */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(readonly code: ExportErrorCode, message: string) {
    super(message);
  }
}

export interface ExportOptions {
  /** The language to write in (BCP 47); default: the feed's first language. */
  lang?: string;
  /** The time "late" and "today" are judged against, in ms; default Date.now(). */
  now?: number;
  /** The incident to export; default: the most severe open incident. */
  incident?: string;
}

/** The languages the feed is written in, in the order the publisher first used them. */
export function feedLanguages(payload: StatusPayload): string[] {
  const seen = new Set<string>();
  const add = (t: TextValue | undefined) => {
    if (t && typeof t === 'object') for (const k of Object.keys(t)) seen.add(k);
  };
  add(payload.publisher.name);
  for (const i of payload.incidents) {
    add(i.title);
    add(i.known);
  }
  for (const c of payload.channels) add(c.label);
  return seen.size ? [...seen] : ['en'];
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * Refuses a language the feed has no text in (`no-language`): the frame would be in it and every text
 * the publisher's in another, as a phone line saying "Urgent line for events today: hang op en bel …"
 * for `--lang nl` on an English-only feed. A feed of plain strings has no languages to check.
 */
function checkLanguage(payload: StatusPayload, lang: string): void {
  const has = feedLanguages(payload);
  const written = payload.incidents.some((i) => typeof i.title === 'object') || typeof payload.publisher.name === 'object';
  if (written && !has.some((l) => primary(l) === primary(lang))) throw new ExportError('no-language', `the feed has no text in "${lang}" (it is written in: ${has.join(', ')}); give --lang ${has[0]} or leave --lang out`);
}

/** Clock times on the feed's time zone ("10:20"); another day gets its date; no zone means UTC, said so. */
export function feedClock(payload: StatusPayload, lang: string, now: number) {
  const [timeZone, suffix] = [payload.time_zone ?? 'UTC', payload.time_zone ? '' : ' UTC'];
  // English from a US or Canadian feed is American English: "6:34 AM", "Wednesday, December 2" (a Chicago
  // water utility's e-mail said "Next update: 06:34"); other plain "en" is British English ("Tuesday 24
  // November", "10:20"), as voiceLang does for speech.
  const us = usEnglish(lang, timeZone);
  const hm = dateFormat(us ? 'en-US' : 'en-GB', us ? { timeZone, hour: 'numeric', minute: '2-digit' } : { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const date = dateFormat(us ? 'en-US' : /^en$/i.test(lang) ? 'en-GB' : lang, { timeZone, weekday: 'long', day: 'numeric', month: 'long' });
  const at = /^nl\b/i.test(lang) ? 'om' : 'at';
  // Newer ICU writes "6:34\u202fAM": a plain space, for SMS (GSM-7) and every reader of the text.
  const clock = (ms: number) => hm.format(ms).replace(/\s/g, ' ');
  return {
    timeZone,
    /** "10:20", or "Tuesday 24 November at 10:20" ("dinsdag 24 november om 10:20") when not on the day of `now`. */
    time(ms: number): string {
      const t = clock(ms) + suffix;
      return day.format(ms) === day.format(now) ? t : `${date.format(ms)} ${at} ${t}`;
    },
    /** Always with the date ("dinsdag 1 december om 22:09"): for a page read later than it was made. */
    dated(ms: number): string {
      return `${date.format(ms)} ${at} ${clock(ms) + suffix}`;
    },
    /** The offset of the zone at `ms` as "+01:00", for formats that need one (CAP). */
    offset(ms: number): string {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(ms);
      const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
      const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
      return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
    },
  };
}

export interface ActionView {
  label: string;
  who: string;
  href?: string;
  detail: string;
  urgent: boolean;
}

export interface ChannelView {
  id: string;
  kind: Channel['kind'];
  label: string;
  href: string;
  /** The number a tel: link dials, grouped for reading and saying. */
  number?: string;
  /** The label as a written channel shows it: with its number after it, unless the label says it already ("Bij gevaar: 112"). */
  named: string;
  /** Who or what the line is for, as its own sentence ("For disabled passengers …"), or ''. */
  purpose: string;
  /** "Expected wait about 45 minutes: reason", as the status element says it; for a line closed now, that and when it opens. */
  wait: string;
  hours: string;
  emergency: boolean;
  waitMinutes?: number;
  /** Closed now by its opening hours (then no wait: "Nu gesloten, weer open om 08:00", closed.ts): when it opens (ms; null: not in the coming week). */
  opens?: number | null;
}

export interface IncidentView {
  id: string;
  title: string;
  severity: string;
  phase: string;
  resolved: boolean;
  affects: string[];
  known: string[]; // plain paragraphs
  unknown: string[];
  summary: string; // the first sentence of what we know, for one-line channels
  next: string; // "Next update 10:20", the late-update sentence, or "No further updates are planned." ('' once resolved)
  nextTime?: string; // the promised time as a clock time, when there is one (never once resolved)
  overdue: boolean;
  resolvedLabel?: string; // when it was resolved, as the status element says it: "Opgelost om 03:40"; another day "Opgelost donderdag 3 december om 03:40"
  announced?: string; // "Vanaf do 10 dec om 00:01" while one announced ahead has not begun (feed/announced.ts); also its phase then
  actions: ActionView[];
}

export interface Context {
  payload: StatusPayload;
  lang: string;
  now: number;
  t: Terms;
  x: ExportTerms;
  clock: ReturnType<typeof feedClock>;
  publisher: string;
  /** The public status page: status_url, else the publisher's site. */
  statusUrl: string;
}

export function context(payload: StatusPayload, opts: ExportOptions = {}): Context {
  const lang = opts.lang ?? feedLanguages(payload)[0]!;
  if (opts.lang) checkLanguage(payload, lang);
  const now = opts.now ?? Date.now();
  return {
    payload,
    lang,
    now,
    t: termsFor(lang),
    x: exportTermsFor(lang),
    clock: feedClock(payload, lang, now),
    publisher: pickText(payload.publisher.name, lang),
    statusUrl: payload.status_url ?? payload.publisher.url,
  };
}

/**
 * How long a resolved incident still leads a channel when nothing else is open: for a day, a caller or an SMS reader
 * learns that *their* outage is over ("Opgelost: Geen water in Utrecht-Oost"), not only that nothing is known.
 */
export const RECENTLY_RESOLVED_MS = 24 * 3_600_000;

/** The incident asked for, else the most severe open one, else (given `now`) the one resolved last within RECENTLY_RESOLVED_MS. */
export function chooseIncident(payload: StatusPayload, id?: string, now?: number): Incident | undefined {
  if (id) {
    const found = payload.incidents.find((i) => i.id === id);
    if (!found) throw new ExportError('no-incident', `there is no incident "${id}" in this feed (it has: ${payload.incidents.map((i) => i.id).join(', ') || 'none'})`);
    return found;
  }
  const open = openIncidents(payload, now); // one going on before one announced ahead, as the elements
  if (now === undefined || !allClearLeads(open, now)) return open[0];
  // Notices and ones announced later wait behind an all-clear of the last hour (feed/incidents.ts, trials Q, S); of two in a minute, the most severe (all-clear-pick.ts, Y).
  const done = leadAllClear(payload);
  const ago = done ? now - Date.parse(done.resolved_at ?? done.updated_at) : Infinity;
  return (open[0] ? ago < ALL_CLEAR_HOUR_MS : ago <= RECENTLY_RESOLVED_MS) ? done : open[0];
}

/** The open incidents other than `incident`, most severe first: what a one-incident channel (SMS, social) leaves out. */
export function otherOpenIncidents(payload: StatusPayload, incident: Incident | undefined, now?: number): Incident[] {
  return incident ? openIncidents(payload, now).filter((i) => i.id !== incident.id) : [];
}

/**
 * The incidents a channel for everyone (the phone line, an e-mail) covers: chooseIncident's first, then every other open
 * one; [] when all is clear. `openFirst` (the phone line, which serves every caller): a resolved lead comes after the
 * incidents going on (a gas leak came after "Opgelost: Stroomstoring…", trial H), not after a notice or one announced
 * for later: "Inchecken werkt weer" first, then Tuesday's strike (trial S).
 */
export function coveredIncidents(payload: StatusPayload, id?: string, now?: number, openFirst = false): Incident[] {
  const lead = chooseIncident(payload, id, now);
  const all = lead ? [lead, ...otherOpenIncidents(payload, lead, now)] : [];
  const first = (i: Incident) => (now === undefined ? i.phase !== 'resolved' : goingOn(i, now));
  return openFirst && lead?.phase === 'resolved' ? [...all.filter(first), ...all.filter((i) => !first(i))] : all;
}

function actionView(a: Action, lang: string): ActionView {
  return {
    label: pickText(a.label, lang),
    who: a.who ? pickText(a.who, lang) : '',
    href: a.href,
    detail: a.detail ? plainText(pickText(a.detail, lang)) : '',
    urgent: a.urgent === true,
  };
}

/** "Opgelost om 03:40" today; on another day not "Opgelost om donderdag 3 december om 03:40" but "Opgelost donderdag 3 december om 03:40". */
function resolvedLabel({ t, clock }: Context, ms: number): string | undefined {
  if (Number.isNaN(ms)) return undefined;
  const time = clock.time(ms);
  return time === clock.dated(ms) ? `${t.phase.resolved} ${time}` : t.resolvedAt(time);
}

export function incidentView(ctx: Context, incident: Incident): IncidentView {
  const { lang, t, x, clock, now } = ctx;
  const resolved = incident.phase === 'resolved';
  const known = plainParagraphs(pickText(incident.known, lang));
  const overdue = isOverdue(incident, now);
  const at = !resolved && incident.next_update_at ? Date.parse(incident.next_update_at) : undefined;
  const nextTime = at === undefined ? undefined : clock.time(at);
  const next = resolved || (incident.severity === 'info' && nextTime === undefined) ? '' : nextTime === undefined ? t.noNextUpdate : overdue ? t.overdue(nextTime) : x.ivrNext(nextTime); // a notice promising none: no line
  const actions = (incident.actions ?? []).map((a) => actionView(a, lang));
  const from = startsLater(incident, now);
  const announced = from === undefined ? undefined : t.startsAt(clock.dated(from));
  return {
    id: incident.id,
    title: pickText(incident.title, lang).trim(),
    severity: t.severity[incident.severity],
    phase: announced ?? (incident.severity === 'info' && !resolved ? '' : t.phase[incident.phase]), // a notice (feed/notice.ts): no phase
    announced,
    resolved,
    affects: (incident.affects ?? []).map((a) => pickText(a, lang)),
    known,
    unknown: resolved ? [] : plainParagraphs(pickText(incident.unknown, lang)),
    summary: firstSentence(known[0] ?? ''),
    next,
    nextTime,
    overdue,
    resolvedLabel: resolved && incident.resolved_at ? resolvedLabel(ctx, Date.parse(incident.resolved_at)) : undefined,
    // Urgent first, each group in the publisher's order.
    actions: resolved ? [] : [...actions.filter((a) => a.urgent), ...actions.filter((a) => !a.urgent)],
  };
}

export function channelView(ctx: Context, c: Channel): ChannelView {
  const sms = smsParts(c.href), tel = sms?.tel ?? (c.href.startsWith('tel:') ? c.href : ''); // a text line (trial T): "Text OUT to …"
  const label = pickText(c.label, ctx.lang);
  // A line for callers abroad ("From abroad") with its country code, as dialled from there (telLang).
  const number = tel ? formatTel(tel, telLang(ctx, label)) : undefined;
  const opens = opensAt(c, ctx.now, ctx.payload.time_zone);
  return {
    id: c.id,
    kind: c.kind,
    label,
    href: c.href,
    number,
    // As the elements show it (numberInLabel): "Bij gevaar: 112: 112" said the number twice; so did an English label
    // with a Dutch number as the Dutch write it (numberSaid).
    named: number && !(numberSaid(ctx, label, tel) && (!sms || /sms|text/i.test(label))) ? `${label}${labelSeparator(label)}${sms ? textTo(number, sms.body, ctx.lang) : number}` : label,
    purpose: channelPurpose(c, ctx.lang),
    wait: waitOrClosed(ctx.t, ctx.clock, c, ctx.lang, opens),
    hours: c.hours ? pickText(c.hours, ctx.lang) : '',
    emergency: c.emergency === true,
    ...(opens === undefined ? { waitMinutes: c.wait_minutes } : { opens }),
  };
}

/** Every channel in the order readers see them (emergency first, then by the long-wait rule). */
export function channelViews(ctx: Context): ChannelView[] {
  const g = groupChannels(ctx.payload.channels, ctx.payload.contact_reasons);
  return [...g.emergency, ...g.ordinary].map((c) => channelView(ctx, c));
}

/** An address short enough to say or type: "example-air.example/mijn-boeking". */
export function shortAddress(href: string, lang = ''): string {
  if (href.startsWith('tel:')) return formatTel(href, lang);
  if (href.startsWith('mailto:')) return href.slice(7);
  return href.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '').replace(/[?#].*$/, '');
}
