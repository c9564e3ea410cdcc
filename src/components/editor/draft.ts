/**
 * The editor's working copy of one incident, and how it becomes a feed. Pure: no DOM, no Lit.
 * New incidents come from the CLI's templates; posting an update uses the same `postUpdate`
 * as `clearline update`, so the history is written the same way by both.
 */
import { withStart } from '../../feed/announced-edit.js';
import { isDaily } from '../../feed/cadence.js';
import { dailyEndedAt } from '../../feed/daily-start.js';
import { PHASES, SEVERITIES, type Action, type Channel, type Incident, type Phase, type Severity, type TextValue } from '../../feed/schema.js';
import { feedLanguages as languagesOf } from '../../feed/languages.js';
import { newFeed } from '../../feed/new-feed.js';
import { isoInZone, zoneOf } from '../../feed/times.js';
import { addIncident, isoSeconds, postUpdate, withoutStaleWaits, type FeedDraft } from '../../feed/update.js';
import { correctEarlier, type EARLIER_PARTS } from '../../feed/earlier.js';
import { PLACEHOLDER } from '../../lint/index.js';
import { unmarked } from '../../feed/placeholder.js';
import type { UiLanguage } from '../../i18n/terms.js';
import { incidentFromTemplate, TEMPLATE_LANGUAGES, templateLanguage, type TemplateName } from '../../templates/index.js';

/** Text per language; the key '' stands for a plain string (a feed in one unnamed language). */
export type LangText = Record<string, string>;

export interface ActionDraft {
  label: LangText;
  who: LangText;
  href: string;
  urgent: boolean;
}

export interface Suggestion {
  label: LangText;
  urgent: boolean;
  /** Whom the template's action is for, its example ("Iemand gebruikt thuis medische apparatuur"), filled in when added. */
  who?: LangText;
}

export interface Draft {
  mode: 'new' | 'update';
  id: string;
  title: LangText;
  known: LangText;
  unknown: LangText;
  /** ISO time, or null while none is chosen. */
  next: string | null;
  phase: Phase;
  severity: Severity;
  /** Comma-separated list per language. */
  affects: LangText;
  faqOutdated?: string[]; // FAQ answers (entry ids) that do not hold while it goes on: faq-outdated.ts (trial Q)
  daily?: boolean; // updated once a day on purpose, a boil water notice: `cadence: "daily"`, next update up to 26 hours ahead (feed/cadence.ts, daily-box.ts)
  actions: ActionDraft[];
  /** Template actions not (yet) added. */
  suggestions: Suggestion[];
  /** Hint for "who is this for?" from the template. */
  whoHint: LangText;
  /** A new incident: the template it came from, whose typical contact reasons the form offers (reasons.ts). */
  template?: TemplateName;
  /** A new incident: when it started (ISO), or what was typed when that is not a time (lint then refuses it); absent: now. */
  started_at?: string;
  /** A new incident: "Started at" as typed (01:35, -40m); form.ts reads it with feed/start.ts. */
  startInput?: string;
  /** Announced ahead (a strike on Thursday): when it begins (ISO), or the text typed when that is no time to come. */
  starts_at?: string;
  startsInput?: string;
  /** An update only: correct the texts now published instead of posting a new update (feed/update.ts `correct`). */
  correct?: boolean;
  /** An update only: the incident's phase as published, which a correction keeps. */
  publishedPhase?: Phase;
  /** Held suggestions the desk confirmed as meant (findings.ts HELD_RULES), by their message. */
  confirmed?: string[];
  /** An update only: earlier updates the desk corrects (feed/earlier.ts), by their time `at`, with their texts as edited. */
  earlier?: Record<string, EarlierDraft>;
}

/** An earlier update's texts in the form: the ones it has (what we know, what we did not know yet, its note). */
export type EarlierDraft = Partial<Record<(typeof EARLIER_PARTS)[number], LangText>>;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export { PHASES, SEVERITIES };

/** A new status feed, as `clearline new incident` makes one: no id yet, placeholders for the publisher in the editor's language, this browser's zone. */
export const emptyFeed = (lang?: UiLanguage): FeedDraft => newFeed({ feedId: '', lang });

/** The languages a feed's texts are written in (in order of first use); the default for a feed with none. */
export const feedLanguages = (feed: FeedDraft, fallback: readonly string[] = TEMPLATE_LANGUAGES): string[] => languagesOf(feed, fallback);

/** A text value as the editor shows it: one string per language. */
export function toLangText(value: TextValue | undefined, langs: readonly string[]): LangText {
  if (value === undefined) return Object.fromEntries(langs.map((l) => [l, '']));
  if (typeof value === 'string') return Object.fromEntries(langs.map((l, i) => [l, i === 0 ? value : '']));
  return Object.fromEntries(langs.map((l) => [l, value[l] ?? '']));
}

/** One string per language back to a text value: a plain string for a one-language feed. */
export function fromLangText(text: LangText, langs: readonly string[]): TextValue {
  if (langs.length === 1 && langs[0] === '') return text[''] ?? '';
  return Object.fromEntries(langs.map((l) => [l, text[l] ?? '']));
}

const blank = (t: LangText) => Object.values(t).every((s) => !s.trim());

/** A new, unused incident id such as `outage-2026-11-30-0905`, on the feed's clock: the desk's 00:30 is not the day before's "2329" (it was UTC), and `report` lists incidents by it. */
export function newIncidentId(prefix: string, feed: FeedDraft, now: number): string {
  const stamp = isoInZone(now, zoneOf(feed)).slice(0, 16).replace('T', '-').replace(':', '');
  const base = `${prefix}-${stamp}`.slice(0, 60);
  let id = base;
  for (let n = 2; feed.incidents.some((i) => i.id === id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * A new incident from a template: title and the two texts carry the template's `[[TODO: …]]`
 * guidance (lint refuses to sign until it is replaced, as with `clearline new incident`); the
 * template's actions are offered as suggestions rather than added, so nothing is published unread.
 */
export function draftFromTemplate(name: TemplateName, feed: FeedDraft, langs: readonly string[], now: number): Draft {
  // A regional tag is written from its language's template (nl-BE from the Dutch: templateLanguage); plain strings from
  // the English. Before, a Flemish feed's nl-BE fields got the English template.
  const templateLangs = [...new Set(langs.map((l) => l || 'en').filter((l) => templateLanguage(l)))];
  const use = templateLangs.length ? templateLangs : ['en'];
  const inc = incidentFromTemplate(name, { id: newIncidentId(name, feed, now), langs: use, now, timeZone: zoneOf(feed) });
  const pick = (v: TextValue | undefined): LangText => {
    const src = isObj(v) ? (v as Record<string, string>) : {};
    return Object.fromEntries(langs.map((l) => [l, src[l === '' ? 'en' : l] ?? src.en ?? '']));
  };
  const unmark = (t: LangText): LangText => Object.fromEntries(Object.entries(t).map(([l, s]) => [l, unmarked(s)]));
  const firstWho = inc.actions?.[0]?.who;
  return {
    mode: 'new',
    id: inc.id,
    title: pick(inc.title),
    known: pick(inc.known),
    unknown: pick(inc.unknown),
    next: null,
    phase: inc.phase,
    severity: inc.severity,
    affects: Object.fromEntries(langs.map((l) => [l, ''])),
    actions: [],
    // Choosing a suggestion is the reading the template's "check and remove this mark" asks for.
    // With whom each is for, as `new incident` keeps it: added without it, "Bel de leverancier van het apparaat" went to every
    // reader, medical equipment or not (trial H). The template's example, to check like the label.
    suggestions: (inc.actions ?? []).map((a) => ({ label: unmark(pick(a.label)), urgent: a.urgent === true, who: Object.fromEntries(Object.entries(pick(a.who)).map(([l, s]) => [l, /"([^"]+)"\s*\]\]$/.exec(s)?.[1] ?? ''])) })),
    whoHint: Object.fromEntries(Object.entries(pick(firstWho)).map(([l, s]) => [l, s.replace(/^\[\[TODO:\s*|\]\]$/g, '')])),
    template: name,
  };
}

/** An update's draft: its texts, a next update to choose; daily unless that was for its announcement and it has begun (trial Z). */
export function draftFromIncident(inc: Incident, langs: readonly string[], now = Number.NEGATIVE_INFINITY): Draft {
  const affects = Object.fromEntries(langs.map((l) => [l, (inc.affects ?? []).map((a) => toLangText(a, langs)[l]).filter(Boolean).join(', ')]));
  return {
    mode: 'update',
    id: inc.id,
    title: toLangText(inc.title, langs),
    known: toLangText(inc.known, langs),
    unknown: toLangText(inc.unknown, langs),
    next: null,
    phase: inc.phase === 'resolved' ? 'monitoring' : inc.phase,
    severity: inc.severity,
    affects,
    faqOutdated: inc.faq_outdated,
    ...(isDaily(inc) && dailyEndedAt(inc, now) === undefined ? { daily: true } : {}),
    actions: (inc.actions ?? []).map((a) => ({ label: toLangText(a.label, langs), who: toLangText(a.who, langs), href: a.href ?? '', urgent: a.urgent === true })),
    suggestions: [],
    whoHint: {},
    started_at: inc.started_at,
    starts_at: inc.starts_at,
    publishedPhase: inc.phase,
  };
}

/**
 * An action the draft can add: a template suggestion, or an empty one. `urgent` is the button the
 * user pressed ("+" or "+ Act now"); without it, the template's own advice.
 */
export function actionFrom(s: Suggestion | undefined, langs: readonly string[], urgent?: boolean): ActionDraft {
  const empty = () => Object.fromEntries(langs.map((l) => [l, '']));
  return { label: s ? { ...s.label } : empty(), who: { ...empty(), ...s?.who }, href: '', urgent: urgent ?? s?.urgent ?? false };
}

/** The "Affects" field's items: split at commas, but not at one between digits ("About 4,200 households", "1,5 km"). */
function affectsOf(d: Draft, langs: readonly string[]): TextValue[] {
  const lists = langs.map((l) => (d.affects[l] ?? '').split(/,(?!(?<=\d,)\d)/).map((s) => s.trim()));
  const n = Math.max(0, ...lists.map((x) => x.filter(Boolean).length));
  return Array.from({ length: n }, (_, i) => fromLangText(Object.fromEntries(langs.map((l, j) => [l, lists[j]![i] ?? ''])), langs));
}

function actionsOf(d: Draft, langs: readonly string[]): Action[] {
  return d.actions.map((a) => {
    const out: Action = { label: fromLangText(a.label, langs) };
    if (a.href.trim()) out.href = a.href.trim();
    if (!blank(a.who)) out.who = fromLangText(a.who, langs);
    if (a.urgent) out.urgent = true;
    return out;
  });
}

/** The feed this draft makes, unsigned: the new incident first, or the update applied with its history. */
export function buildFeed(base: FeedDraft, d: Draft, langs: readonly string[], channels: Channel[], now: number): FeedDraft {
  const withChannels = { ...base, channels }, text = (t: LangText) => fromLangText(t, langs);
  const affects = affectsOf(d, langs), actions = actionsOf(d, langs);
  if (d.mode === 'new') {
    const incident: Incident = {
      id: d.id,
      title: text(d.title),
      severity: d.severity,
      phase: d.phase,
      started_at: d.started_at ?? isoSeconds(now),
      updated_at: isoSeconds(now),
      known: text(d.known),
      unknown: text(d.unknown),
      next_update_at: d.phase === 'resolved' ? null : (d.next as string),
    };
    if (d.phase === 'resolved') incident.resolved_at = isoSeconds(now);
    else if (d.starts_at) incident.starts_at = d.starts_at;
    if (affects.length) incident.affects = affects;
    if (actions.length) incident.actions = actions;
    if (d.faqOutdated?.length) incident.faq_outdated = d.faqOutdated;
    if (d.daily && d.phase !== 'resolved') Object.assign(incident, { cadence: 'daily' });
    return addIncident(withChannels, incident);
  }
  // Resolving empties "what we don't know yet" unless it was rewritten now (as `clearline update --resolve`).
  const resolve = d.phase === 'resolved';
  const feed = correctEarlier(
    withChannels,
    d.id,
    Object.fromEntries(Object.entries(d.earlier ?? {}).map(([at, e]) => [at, Object.fromEntries(Object.entries(e).map(([k, t]) => [k, text(t)]))])),
  );
  const before = base.incidents.find((i) => i.id === d.id);
  const was = before?.unknown;
  // "Affects" left as it was opened keeps the published items: one line cannot bring back an item
  // with a comma in it ("Depots Zwolle, Eindhoven en Amersfoort" would come back as two).
  const sameAffects = before && JSON.stringify(draftFromIncident(before, langs).affects) === JSON.stringify(d.affects);
  const unknown = resolve && JSON.stringify(text(d.unknown)) === JSON.stringify(was) ? undefined : text(d.unknown);
  // A correction keeps the next update it had unless a new one is chosen.
  const next = d.correct && !d.next ? undefined : (d.next as string);
  const updated = withStart(postUpdate(
    feed,
    d.id,
    {
      title: text(d.title),
      known: text(d.known),
      unknown,
      severity: d.severity,
      phase: d.phase === 'resolved' ? undefined : d.phase,
      resolve: d.phase === 'resolved',
      next_update_at: d.phase === 'resolved' ? undefined : next,
      affects: sameAffects ? (before.affects ?? []) : affects,
      actions,
      faq_outdated: d.faqOutdated ?? [],
      cadence: d.daily ? 'daily' : isDaily(before) ? null : undefined,
      correct: d.correct,
    },
    now,
  ), d.id, resolve ? undefined : d.starts_at);
  if (!resolve) return updated;
  // Resolving takes the outage's waits off ordinary lines (as `update --resolve`), unless the desk changed a line's wait or
  // reason now: right after a strike the queue is at its longest, and a bus company's desk could not keep its 25 minutes.
  const published = new Map((base.channels ?? []).map((c) => [c.id, c]));
  const changed = (c: Channel) => {
    const b = published.get(c.id);
    return !b || b.wait_minutes !== c.wait_minutes || JSON.stringify(b.reason) !== JSON.stringify(c.reason);
  };
  const done = withoutStaleWaits(updated).feed;
  return { ...done, channels: done.channels.map((c, i) => (channels[i] && changed(channels[i]) ? channels[i] : c)) };
}

/** A channel finding's field: `channels/1/reason/en`, `channels/1/hours/nl`, `channels/1/href`…; the channel as a whole for the rest. */
function channelField(path: string): string {
  const m = /^channels\/(\d+)(?:\/(.*))?$/.exec(path);
  if (!m) return 'channels';
  const rest = m[2] ?? '';
  return /^(?:kind|href|wait_minutes|opening_hours|restricted|(?:label|purpose|reason|hours)(?:\/[^/]+)?)$/.test(rest) ? path : `channels/${m[1]}`;
}

/** A contact reason's finding (reasons.ts): its label per language, its channel list, else the reason or the list. */
function reasonField(path: string): string {
  const m = /^contact_reasons\/(\d+)(?:\/(label(?:\/[^/]+)?|channels|faq))?/.exec(path);
  return m ? `contact_reasons/${m[1]}${m[2] ? `/${m[2]}` : ''}` : 'contact_reasons';
}

/** Where in the form a lint finding belongs: `title/en`, `next`, `actions/0/who/nl`, `channels/1/reason`, and with `identity` (a new feed) `feed_id`, `publisher/url`…; '' for elsewhere. */
export function fieldOf(path: string, incidentIndex: number, identity = false): string {
  const prefix = `incidents/${incidentIndex}/`;
  if (path === 'channels' || path.startsWith('channels/')) return channelField(path);
  if (path === 'contact_reasons' || path.startsWith('contact_reasons/')) return reasonField(path);
  if (identity && /^(?:feed_id|time_zone|status_url|publisher\/(?:name|url))/.test(path)) return path.startsWith('publisher/name') ? 'publisher/name' : path;
  if (!path.startsWith(prefix)) return '';
  const rest = path.slice(prefix.length);
  if (rest === 'next_update_at') return 'next';
  const affects = /^affects(?:\/\d+(?:\/(.+))?)?$/.exec(rest);
  if (affects) return affects[1] ? `affects/${affects[1]}` : 'affects';
  if (rest.startsWith('updates')) return '';
  return rest;
}

/** True when a field's whole value is template guidance, so the first keystroke should replace it. */
export const isPlaceholderOnly = (s: string) => PLACEHOLDER.test(s) && s.replace(PLACEHOLDER, '').trim() === '';
