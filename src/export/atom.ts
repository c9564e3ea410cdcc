/**
 * An Atom 1.0 feed (RFC 4287) per language: one entry per published update of each incident, each
 * with a stable id built from the feed, incident, time and language, so feed readers show every
 * update. Earlier entries are never edited: given the previously published feed (`previous`), its
 * entries are kept byte for byte and only new updates are added.
 */
import type { Incident, StatusPayload, Update } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { exportBase, fileName } from './files.js';
import { incidentMeta } from './html.js';
import { labelWithAddress } from './link-warning.js';
import { plainBlocks, whoMark, whoShown } from './plain.js';
import { resolvedTitle } from './resolved-title.js';
import { context, dialLang, feedClock, incidentView, type Context, type ExportOptions } from './text.js';
import { el, xmlAttr, xmlText } from './xml.js';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** Entries kept at most (the newest); a feed reader only needs the recent past. */
export const ATOM_MAX_ENTRIES = 200;

export interface AtomOptions extends ExportOptions {
  /** Where the exported files are published (default: the feed's status_url). */
  base?: string;
  /** The Atom feed published before, whose entries are kept as they were. */
  previous?: string;
}

export interface AtomResult {
  text: string;
  lang: string;
  /** Entry ids, newest first. */
  ids: string[];
  /** How many entries are new compared with `previous`. */
  added: number;
  /** How many entries of `previous` were sent again with corrected text. */
  corrected: number;
}

interface Entry {
  id: string;
  at: string;
  xml: string;
}

/** tag: URI (RFC 4151) for one update: stable for as long as the feed id, incident id and time are. */
export function entryId(payload: StatusPayload, incident: Incident, at: string, lang: string): string {
  const host = new URL(payload.publisher.url).hostname;
  return `tag:${host},${incident.started_at.slice(0, 10)}:${payload.feed_id}/${incident.id}/${at}/${lang.toLowerCase()}`;
}

/** Feed Markdown's blocks as paragraphs, each line typed on a line of its own as the readers show it (XHTML: <br/>). */
const paras = (blocks: readonly string[][]) => blocks.map((b) => `<p>${b.map(xmlText).join('<br/>')}</p>`).join('');
const section = (heading: string, blocks: string[][]) => (blocks.length ? `<h3>${xmlText(heading)}</h3>${paras(blocks)}` : '');

/** The latest state: the four parts (known, unknown, next update, what you can do). */
function currentEntry(ctx: Context, incident: Incident): string {
  const { t } = ctx;
  const v = incidentView(ctx, incident);
  const [badge, detail] = incidentMeta(t, v);
  const actions = v.actions.length
    ? `<h3>${xmlText(t.whatYouCanDo)}</h3><ul>${v.actions
        .map((a) => {
          // A number or e-mail address is written after the label, as the e-mail and SMS write it: a feed reader does not
          // dial a tel: link, and "Call our fraud line now" reached readers without the number (labelWithAddress).
          const label = a.href?.startsWith('https:') ? `<a href="${xmlAttr(a.href)}">${xmlText(a.label)}</a>` : xmlText(labelWithAddress(a.label, a.href, ctx, a.who));
          const who = whoShown(a.who, a.label);
          return `<li>${who ? `${xmlText(who)}${whoMark(who)} ` : ''}${label}${a.detail ? ` ${xmlText(a.detail)}` : ''}</li>`;
        })
        .join('')}</ul>`
    : '';
  return [
    `<p><strong>${xmlText(badge)}</strong>${detail ? ` · ${xmlText(detail)}` : ''}</p>`,
    section(t.known, plainBlocks(pickText(incident.known, ctx.lang))),
    section(t.unknown, v.unknown.length ? plainBlocks(pickText(incident.unknown, ctx.lang)) : []),
    v.next ? `<h3>${xmlText(t.nextUpdate)}</h3><p>${xmlText(v.next)}</p>` : '',
    actions,
  ].join('');
}

/** An earlier update: what the feed keeps of it (note, known, unknown). */
function pastEntry(ctx: Context, u: Update): string {
  const { t, lang } = ctx;
  return [
    u.note ? paras(plainBlocks(pickText(u.note, lang))) : '',
    u.known ? section(t.known, plainBlocks(pickText(u.known, lang))) : '',
    u.unknown ? section(t.unknown, plainBlocks(pickText(u.unknown, lang))) : '',
  ].join('');
}

/** `resolved`: the all-clear's entry says so in its title, as the SMS and the e-mail's subject do ("Opgelost: …", unless the title says it). */
function entry(ctx: Context, incident: Incident, at: string, body: string, link: string, resolved = false, shown = incident.title): Entry {
  const id = entryId(ctx.payload, incident, at, ctx.lang);
  // The clock time alone ("10:30"; feed readers show the entry's date): the same whenever it is exported.
  const clock = asOf(ctx, at).clock;
  const said = pickText(shown, ctx.lang).trim();
  const title = `${resolved ? resolvedTitle(ctx.t.phase.resolved, said) : said} (${clock.time(Date.parse(at))})`;
  const xml = [
    '<entry>',
    el('id', id),
    `<title type="text">${xmlText(title)}</title>`,
    el('published', at),
    el('updated', at),
    `<link rel="alternate" type="text/html" href="${xmlAttr(link)}"/>`,
    `<content type="xhtml"><div xmlns="${XHTML_NS}">${body}</div></content>`,
    '</entry>',
  ].join('');
  return { id, at, xml };
}

/**
 * The context as of `iso`: an entry is a snapshot of one update, written the same whenever it is exported
 * (not "overdue" or dated by the export's clock), so an entry that differs from the one published before
 * was corrected (`update --correct`), not merely exported later.
 */
const asOf = (ctx: Context, iso: string): Context => ({ ...ctx, now: Date.parse(iso), clock: feedClock(ctx.payload, ctx.lang, Date.parse(iso)) });

/** An entry without its <updated>: what a correction changes. */
const content = (xml: string) => xml.replace(/<updated>[^<]*<\/updated>/, '');

/** Entries of a feed this module wrote before: raw XML by id, so they can be kept unchanged. */
export function previousEntries(previous: string): Entry[] {
  const out: Entry[] = [];
  for (const m of previous.matchAll(/<entry>[^]*?<\/entry>/g)) {
    const id = /<id>([^<]*)<\/id>/.exec(m[0])?.[1];
    const at = /<updated>([^<]*)<\/updated>/.exec(m[0])?.[1];
    if (id && at) out.push({ id: id.replace(/&amp;/g, '&'), at, xml: m[0] });
  }
  return out;
}

export function exportAtom(payload: StatusPayload, opts: AtomOptions = {}): AtomResult {
  const ctx = context(payload, opts);
  const base = exportBase(payload, opts.base);
  const page = base + fileName('html', ctx.lang);
  const self = base + fileName('atom', ctx.lang);
  const fresh: Entry[] = [];
  // The current entry of each incident: the only one a correction can change (past updates are history, and an
  // update that moved into it is written as a past entry, not corrected).
  const current = new Map<string, Entry>();
  for (const incident of payload.incidents) {
    if (opts.incident && incident.id !== opts.incident) continue;
    const link = `${page}#${incident.id}`;
    // Each earlier update (newest first) under the title it was shown with: its own, else that of the next newer one (update.ts).
    let shown = incident.title;
    for (const u of incident.updates ?? []) {
      shown = u.title ?? shown;
      if (u.at !== incident.updated_at) fresh.push(entry(ctx, incident, u.at, pastEntry(ctx, u), link, false, shown));
    }
    const now = entry(ctx, incident, incident.updated_at, currentEntry(asOf(ctx, incident.updated_at), incident), link, incident.phase === 'resolved');
    fresh.push(now);
    current.set(now.id, now);
  }
  // Entries published before are kept as they were (an update gone from the feed stays in the history), except the
  // current one when its text changed since (a wrong number fixed with `update --correct`, a next update moved): it is
  // sent again, updated when the changed feed was issued, so subscribers get the right number and not only the page.
  const corrected: Entry[] = [];
  const kept = (opts.previous ? previousEntries(opts.previous) : []).map((old) => {
    const now = current.get(old.id);
    if (!now || content(now.xml) === content(old.xml)) return old;
    // When the corrected feed was signed; an unsigned feed.json (update removes issued_at) at the export's time.
    const issued = payload.issued_at ?? new Date(ctx.now).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const at = Date.parse(issued) > Date.parse(old.at) ? issued : old.at;
    const fixed = { ...now, at, xml: now.xml.replace(/<updated>[^<]*<\/updated>/, `<updated>${at}</updated>`) };
    corrected.push(fixed);
    return fixed;
  });
  const known = new Set(kept.map((e) => e.id));
  const added = fresh.filter((e) => !known.has(e.id));
  const all = [...kept, ...added].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || a.id.localeCompare(b.id)).slice(0, ATOM_MAX_ENTRIES);
  const updated = all[0]?.at ?? payload.issued_at;
  const feedId = `tag:${new URL(payload.publisher.url).hostname},2000:${payload.feed_id}/atom/${ctx.lang.toLowerCase()}`;
  const text = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}" xml:lang="${xmlAttr(dialLang(ctx))}">`,
    el('id', feedId),
    `<title type="text">${xmlText(`${ctx.publisher}: ${ctx.t.badgeLabel}`)}</title>`,
    `<subtitle type="text">${xmlText(ctx.x.atomSubtitle(ctx.publisher))}</subtitle>`,
    el('updated', updated),
    `<author>${el('name', ctx.publisher)}${el('uri', payload.publisher.url)}</author>`,
    `<link rel="self" type="application/atom+xml" href="${xmlAttr(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlAttr(page)}"/>`,
    '<generator>clearline</generator>',
    ...all.map((e) => e.xml),
    '</feed>',
    '',
  ].join('\n');
  return { text, lang: ctx.lang, ids: all.map((e) => e.id), added: added.length, corrected: corrected.length };
}
