/**
 * The organisation's own prepared texts: a second feed file (`prepared.json`), made and edited on a quiet day with the same
 * commands as feed.json and never published; each incident in it is one prepared text (a water company's approved holding
 * statement for a burst main, with its real tap points). `clearline new incident --prepared` and the studio's New incident
 * copy one into the real feed as a new incident, so the night desk does not improvise at 2 a.m. Pure: no Node or DOM, and
 * defensive, since the studio page reads the file as it is.
 */
import { FIRST_UPDATE_MINUTES } from './index.js';
import type { Action, Incident, Severity, TextValue } from '../feed/schema.js';
import { SEVERITIES } from '../feed/schema.js';
import { isoSeconds } from '../feed/update.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is TextValue => typeof v === 'string' || (isObj(v) && Object.values(v).every((s) => typeof s === 'string'));

/** A prepared text as listed: its id and title (the title names it to the desk). */
export interface PreparedText {
  id: string;
  title: TextValue;
  incident: Incident;
}

/** The prepared texts of a feed file (`"type": "status"`), in its order; undefined when it is not a feed file. */
export function preparedTexts(doc: unknown): PreparedText[] | undefined {
  if (!isObj(doc) || doc.type !== 'status' || !Array.isArray(doc.incidents)) return undefined;
  return doc.incidents.flatMap((i) => (isObj(i) && typeof i.id === 'string' && i.id && isText(i.title) ? [{ id: i.id, title: i.title, incident: i as unknown as Incident }] : []));
}

/** The languages a prepared text is written in (its title's, known's, unknown's keys); [] for plain strings. */
export function preparedLanguages(p: Incident): string[] {
  return [...new Set([p.title, p.known, p.unknown].flatMap((t) => (isObj(t) ? Object.keys(t) : [])))];
}

/**
 * A prepared text by its id, or else by its title in any language (case and spaces aside): a desk typing
 * `--like "Leidingbreuk"` means the text it sees named so.
 */
export function findPrepared(texts: readonly PreparedText[], asked: string): PreparedText | undefined {
  const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  const titles = (t: TextValue) => (typeof t === 'string' ? [t] : Object.values(t));
  return texts.find((p) => p.id === asked.trim()) ?? texts.find((p) => titles(p.title).some((t) => key(t) === key(asked)));
}

export interface PreparedOptions {
  id: string;
  now: number;
  /** When the first update comes (UTC ISO); default `FIRST_UPDATE_MINUTES` ahead, none for a notice (severity info). */
  nextUpdateAt?: string;
  /** Only these languages of its texts (the feed's, or `--lang`); default all it has. */
  langs?: readonly string[];
  severity?: Severity;
  /** The title, the same for every language, or one per language; replaces the prepared one. */
  title?: string | Record<string, string>;
}

/**
 * A new incident from a prepared text: its texts (title, severity, known, unknown, affects, actions), a new id, started and
 * updated now, the first update as `new incident` promises it; no history, no all-clear, no announced start. The phase is
 * `investigating`, or `identified` when the prepared text says so (a storm, a strike or a recall is its own cause: the
 * templates start those so); a prepared text left `monitoring` or `resolved` starts again as a new disruption.
 */
export function incidentFromPrepared(p: Incident, o: PreparedOptions): Incident {
  const only = (t: unknown): TextValue => {
    if (typeof t === 'string') return t;
    const all = isObj(t) ? (t as Record<string, string>) : {};
    return o.langs ? Object.fromEntries(o.langs.filter((l) => typeof all[l] === 'string').map((l) => [l, all[l]!])) : { ...all };
  };
  const langs = o.langs ?? preparedLanguages(p);
  const title = typeof o.title === 'string' ? (typeof p.title === 'string' ? o.title : Object.fromEntries(langs.map((l) => [l, o.title as string]))) : (o.title ?? only(p.title));
  const severity = o.severity ?? ((SEVERITIES as readonly unknown[]).includes(p.severity) ? p.severity : 'major');
  const actions = (Array.isArray(p.actions) ? p.actions : []).filter((a) => isObj(a) && isText(a.label)).map((a) => {
    const out: Action = { label: only(a.label) };
    if (typeof a.href === 'string') out.href = a.href;
    if (isText(a.detail)) out.detail = only(a.detail);
    if (isText(a.who)) out.who = only(a.who);
    if (a.urgent === true) out.urgent = true;
    return out;
  });
  const affects = (Array.isArray(p.affects) ? p.affects : []).filter(isText).map(only);
  return {
    id: o.id,
    title,
    severity,
    phase: p.phase === 'identified' ? 'identified' : 'investigating',
    started_at: isoSeconds(o.now),
    updated_at: isoSeconds(o.now),
    ...(affects.length ? { affects } : {}),
    known: isText(p.known) ? only(p.known) : '',
    unknown: isText(p.unknown) ? only(p.unknown) : '',
    // A notice (severity info, feed/notice.ts) promises none unless asked, as a template's.
    next_update_at: o.nextUpdateAt ?? (severity === 'info' ? null : isoSeconds(o.now + FIRST_UPDATE_MINUTES * 60_000)),
    ...(actions.length ? { actions } : {}),
  };
}
