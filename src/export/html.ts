/**
 * A complete status page that needs no JavaScript, from the verified feed: the same four parts,
 * triage of actions and channels (emergency lines first, waits and reasons) as <clearline-status>,
 * in the same words. For sites where scripts are blocked and as a <noscript> fallback; it links
 * its other languages and its Atom feed. Feed text is shown as plain text, escaped.
 */
import { allClearLeads, isExpired, openIncidents, recentlyResolved, resolvedIncidents } from '../feed/incidents.js';
import { allClearAbove, emergencyOnTop as onTopFor, justResolved } from '../feed/just-resolved.js';
import type { Incident, StatusPayload } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { fileName } from './files.js';
import { smsParts } from '../content/links.js';
import { emailOutage, isEmailChannel } from './email-outage.js';
import { LONG_WAIT_MINUTES } from './channels.js';
import { addressAsText, labelWithAddress } from './link-warning.js';
import { plainBlocks, whoMark, whoShown } from './plain.js';
import { sentence } from './plain-blocks.js';
import type { Terms } from '../i18n/terms.js';
import { readLater } from './read-later.js';
import { channelViews, context, dialLang, feedLanguages, incidentView, type ChannelView, type Context, type ExportOptions, type IncidentView } from './text.js';
import { xmlAttr as attr, xmlText as esc } from './xml.js';

/**
 * The status element's badge and the words after it: "Grote hinder", "Oorzaak gevonden"; resolved "Opgelost om 03:40" (text.ts resolvedLabel), "was: grote hinder"
 * (not "Grote hinder · Opgelost"; an all-clear e-mail read at 8 said "Opgelost" without when); announced ahead "Vanaf do 10 dec om 00:01", "verwacht: grote hinder";
 * a notice (severity info, a phishing warning) "Informatie" alone: no "Oorzaak gevonden" (its detail is ''); announced good news
 * ("the emergency department takes ambulances again from Wednesday 07:00", severity info) no "verwacht: informatie" (trial Q).
 */
export const incidentMeta = (t: Terms, v: IncidentView): readonly [badge: string, detail: string] =>
  v.resolved ? [v.resolvedLabel ?? t.phase.resolved, t.wasSeverity(v.severity)] : v.announced ? [v.announced, v.severity === t.severity.info ? '' : t.willBeSeverity(v.severity)] : [v.severity, v.phase];

/** Links between the exported files are relative (status.en.html, status.nl.atom), so the page works wherever it is put. */
export type HtmlOptions = ExportOptions;

export interface HtmlResult {
  text: string;
  lang: string;
}

const h = (level: number) => `h${Math.min(6, level)}`;
/** A block's lines as the reader elements show them, one under the other (trial X: one fact per line). */
const lines = (block: readonly string[]) => block.map(esc).join('<br>');
/** Feed Markdown as paragraphs of plain lines (plain-blocks.ts), escaped. */
const paras = (markdown: string) => plainBlocks(markdown).map((b) => `<p>${lines(b)}</p>`).join('');
const safeLink = (href: string | undefined) => (href && /^(https:|tel:|mailto:)/.test(href) ? href : undefined);

/** An action or channel without its link (a message that warns against links): the label, and a number or address as text. */
const asText = (label: string, href: string | undefined, ctx: Pick<Context, 'lang' | 'payload'>, who?: string) => esc(labelWithAddress(label, href, ctx, who));

/**
 * One incident as HTML, headings from `level`; shared by the page and the e-mail. `links: false`
 * (an e-mail when an incident warns against links) writes actions as plain text, no <a>.
 */
export function incidentHtml(ctx: Context, incident: Incident, level: number, links = true, first = false, just: readonly Incident[] = []): string {
  const { t } = ctx;
  const v = incidentView(ctx, incident);
  const sos = emergencyOnTop(ctx, incident, first, just);
  const [badge, detail] = incidentMeta(t, v);
  const H = h(level);
  const S = h(level + 1);
  const urgent = v.actions.filter((a) => a.urgent);
  const later = v.actions.filter((a) => !a.urgent);
  const action = (a: (typeof v.actions)[number]) => {
    const href = safeLink(a.href);
    const label = !links ? asText(a.label, href, ctx, a.who) : href ? `<a href="${attr(href)}">${esc(a.label)}</a>` : esc(a.label);
    const who = whoShown(a.who, a.label);
    return `<li>${who ? `<strong>${esc(who)}${whoMark(who)}</strong> ` : ''}${label}${a.detail ? `<br>${esc(a.detail)}` : ''}</li>`;
  };
  // Re-confirmed after its last change: when that was, as feed/unchanged.ts says it for the status element (not imported
  // from there: shared with this export it became a file of its own that the element fetched before its first render).
  const since = Date.parse(incident.confirmed_at ?? '') > Date.parse(incident.updated_at) ? Date.parse(incident.updated_at) : 0;
  const updates = [...(incident.updates ?? [])].filter((u) => u.at !== incident.updated_at).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return [
    // Resolved: no severity colour on the card, as the element draws it (sev-ok).
    `<article class="incident sev-${v.resolved ? 'ok' : incident.severity}" id="${attr(incident.id)}" aria-labelledby="${attr(incident.id)}-title">`,
    `<${H} id="${attr(incident.id)}-title">${esc(v.title)}</${H}>`,
    // Re-confirmed without change: said, so nobody rereads the text for what changed (trial V).
    `<p class="meta"><span class="badge">${esc(badge)}</span>${detail ? ` <span>${esc(detail)}</span>` : ''}${since && !v.resolved ? ` <span>${esc(ctx.x.unchanged(ctx.clock.time(since), ctx.clock.time(Date.parse(incident.confirmed_at ?? ''))))}</span>` : ''}</p>`,
    ...(sos.length ? [`<div class="emergency"><p><strong>${esc(t.emergency)}</strong></p><ul>${sos.map((c) => channelHtml(c, links, ctx)).join('')}</ul></div>`] : []),
    v.affects.length ? `<p class="affects-label">${esc(t.affects)}:</p><ul class="affects">${v.affects.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>` : '',
    // "Act now" right under the title and the area, as the element shows it (trial N: on a phone it was below the first screen).
    urgent.length
      ? `<section id="${attr(incident.id)}-actions" class="urgent"><${S}>${esc(urgent.some((a) => whoShown(a.who, a.label)) ? t.actNow : t.actNowAll)}</${S}><ul>${urgent.map(action).join('')}</ul></section>`
      : '',
    `<section><${S}>${esc(t.known)}</${S}>${paras(pickText(incident.known, ctx.lang))}</section>`,
    v.resolved || !v.unknown.length ? '' : `<section><${S}>${esc(t.unknown)}</${S}>${paras(pickText(incident.unknown, ctx.lang))}</section>`,
    // Under its label the promised time alone ("Next update: 10:30"); a late or absent update keeps its sentence.
    v.next ? `<p class="next${v.overdue ? ' overdue' : ''}"><strong>${esc(t.nextUpdate)}:</strong> ${esc(v.nextTime && !v.overdue ? v.nextTime : v.next)}</p>` : '',
    later.length
      ? `<section${urgent.length ? '' : ` id="${attr(incident.id)}-actions"`}><${S}>${esc(t.whatYouCanDo)}</${S}>` +
        `<div><p><strong>${esc(t.canWait)}</strong></p><p>${esc(v.overdue || !v.nextTime ? t.canWaitDetailOverdue : t.canWaitDetail)}</p><ul>${later.map(action).join('')}</ul></div></section>`
      : '',
    updates.length
      ? `<details><summary>${esc(t.earlierUpdates(updates.length))}</summary><ol class="timeline">${updates
          .map((u) => {
            // Each part one paragraph, its blocks as sentences (as plainText says them), its lines one under the other.
            const part = (p: NonNullable<typeof u.note>) => plainBlocks(pickText(p, ctx.lang)).map((b) => lines([...b.slice(0, -1), sentence(b[b.length - 1]!)])).join(' ');
            const parts = [u.note, u.known, u.unknown].filter((p) => p !== undefined).map((p) => `<p>${part(p)}</p>`);
            return `<li><time datetime="${attr(u.at)}">${esc(ctx.clock.time(Date.parse(u.at)))}</time>${parts.join('')}</li>`;
          })
          .join('')}</ol></details>`
      : '',
    '</article>',
  ].join('\n');
}

function channelHtml(c: ChannelView, links: boolean, ctx: Context, note = ''): string {
  // A text line links as the elements do, sms: with its word to send (trial T: the page said "Text OUT to …" and linked nothing).
  const href = safeLink(c.href) ?? (c.kind === 'sms' && smsParts(c.href) ? c.href : undefined);
  // An e-mail address said as a phone number is ("Report a suspicious e-mail: security@…"): who has no
  // mail app set up (webmail) gets nothing from the link, and whoever forwards a message needs the address.
  const mail = addressAsText(href?.startsWith('mailto:') ? href : undefined, ctx.lang);
  const label = esc(mail && !c.named.includes(mail) ? `${c.named}: ${mail}` : c.named);
  return `<li>${!links ? (c.number ? label : asText(c.named, href, ctx)) : href ? `<a href="${attr(href)}">${label}</a>` : label}${c.purpose ? `<br><span class="purpose">${esc(c.purpose)}</span>` : ''}${note ? `<br><span class="wait">${esc(note)}</span>` : ''}${c.wait ? `<br><span class="wait">${esc(c.wait)}</span>` : ''}${c.hours ? `<br><span class="wait">${esc(c.hours)}</span>` : ''}</li>`;
}

/**
 * The emergency lines said under the title of the first open incident when it is critical, as <clearline-status> shows
 * them: a gas leak's e-mail had "Bij nood: 0800 9009" only at its end, after every paragraph. They stay in the contact list too.
 * On the page also when a critical one ended within the day (`just`, feed/just-resolved.ts: trial W's gas all-clear
 * beside an open fraud warning, while relighting is when gas smells are reported).
 */
export const emergencyOnTop = (ctx: Context, incident: Incident, first: boolean, just: readonly Incident[] = []): ChannelView[] =>
  first && incident.phase !== 'resolved' && onTopFor(incident, just) ? channelViews(ctx).filter((c) => c.emergency) : [];

/** The first of these incidents with something to do (open, with actions): where "Wat u kunt doen" points before a long wait. */
export const firstWithActions = (incidents: readonly Incident[]): Incident | undefined => incidents.find((i) => i.phase !== 'resolved' && i.actions?.length);

/**
 * The contact channels: emergency lines apart and first, then the rest in the long-wait order; `links: false` as in incidentHtml.
 * When an ordinary wait is long and `actions` (an incident shown above, firstWithActions) has something to do, the
 * element's self-service comes first: "Lange wachttijd? … Probeer eerst dit:" over a link to that incident's
 * "Wat u kunt doen", and only over that: above the channel list it ended with the long queue it tells people to avoid.
 */
export function channelsHtml(ctx: Context, level: number, links = true, actions?: Incident, mailDown = false): string {
  // The e-mail and the page are read later than they are made: a line closed now says when it is open (read-later.ts).
  const channels = readLater(ctx, channelViews(ctx));
  if (!channels.length) return '';
  const emergency = channels.filter((c) => c.emergency);
  const ordinary = channels.filter((c) => !c.emergency);
  const longWait = ordinary.some((c) => (c.waitMinutes ?? 0) >= LONG_WAIT_MINUTES);
  const H = h(level);
  const todo = actions && (links ? `<a href="#${attr(actions.id)}-actions">${esc(ctx.t.whatYouCanDo)}</a>` : esc(ctx.t.whatYouCanDo));
  return [
    `<section class="channels" aria-labelledby="contact-title"><${H} id="contact-title">${esc(ctx.t.contact)}</${H}>`,
    emergency.length ? `<div class="emergency"><p><strong>${esc(ctx.t.emergency)}</strong></p><ul>${emergency.map((c) => channelHtml(c, links, ctx)).join('')}</ul></div>` : '',
    longWait && todo ? `<div class="self-service"><p>${esc(ctx.t.longWaitHint)}</p><ul><li>${todo}</li></ul></div>` : '',
    // While an e-mail outage is open the e-mail channel is kept but marked (ExportTerms.emailChannelDown).
    `<ul>${ordinary.map((c) => channelHtml(c, links, ctx, mailDown && isEmailChannel(c) ? ctx.x.emailChannelDown : '')).join('')}</ul>`,
    '</section>',
  ].join('\n');
}

const STYLE = `:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--link:#0b4fb3;--subtle:#f1f3f5;--major:#a33a00;--critical:#b00020}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#f0f0f0;--muted:#c9c9c9;--line:#555;--link:#9cc3ff;--subtle:#1f2328;--major:#ffb38a;--critical:#ff9aa8}}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.5 system-ui,sans-serif}
header,main,footer{max-width:44rem;margin:0 auto;padding:1rem}
a{color:var(--link)}a:focus{outline:3px solid var(--link);outline-offset:2px}
.incident{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;padding:0 1rem;margin:1rem 0}
.incident>details{margin-bottom:1rem}.sev-major{border-left-color:var(--major)}.sev-critical{border-left-color:var(--critical)}
.meta,.wait,footer{color:var(--muted)}.badge{font-weight:600}
.urgent,.emergency,.self-service{background:var(--subtle);border-radius:6px;padding:.25rem 1rem}
.self-service{margin:.75rem 0}.overdue,.lead{font-weight:600}li{margin:.25rem 0}`;

export function exportHtml(payload: StatusPayload, opts: HtmlOptions = {}): HtmlResult {
  const ctx = context(payload, opts);
  const { t, x, lang } = ctx;
  const open = openIncidents(payload, ctx.now).filter((i) => !opts.incident || i.id === opts.incident);
  const resolved = resolvedIncidents(payload).filter((i) => !opts.incident || i.id === opts.incident);
  // Where the all-clears go, as in <clearline-status> (feed/just-resolved.ts): first in the hour after one while the open
  // ones are only notices or announced for later; unfolded for a day, and named in a line above a less severe open one.
  const just = justResolved(resolved, ctx.now);
  const first = open.length > 0 && allClearLeads(open, ctx.now) && recentlyResolved(payload, ctx.now).some((i) => resolved.includes(i));
  const lead = first ? undefined : allClearAbove(open, just);
  const leadView = lead && incidentView(ctx, lead);
  const done = resolved.length
    ? `<details${first || just.length ? ' open' : ''}><summary>${esc(t.resolvedIncidents(resolved.length))}</summary>${resolved.map((i) => incidentHtml(ctx, i, 3)).join('\n')}</details>`
    : '';
  const others = feedLanguages(payload).filter((l) => l !== lang);
  const atom = fileName('atom', lang);
  // With its date: a static page is read from caches and bookmarks the next morning too, when a
  // bare "Laatst bijgewerkt 22:09" reads as tonight's and its "Volgende update: 22:39" as still to come.
  const issued = ctx.clock.dated(Date.parse(payload.issued_at));
  const title = `${t.badgeLabel}: ${ctx.publisher}`;
  const body = [
    `<header><p><a href="${attr(payload.publisher.url)}">${esc(ctx.publisher)}</a></p>`,
    others.length
      ? `<nav aria-label="${attr(x.otherLanguages)}"><ul>${others
          .map((l) => `<li><a href="${attr(fileName('html', l))}" hreflang="${attr(l)}" lang="${attr(l)}">${esc(languageName(l))}</a></li>`)
          .join('')}</ul></nav>`
      : '',
    '</header>',
    '<main id="main">',
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(x.lastUpdated(issued))}</p>`,
    isExpired(payload, ctx.now) ? `<p class="overdue" role="note">${esc(t.outdated(issued))}</p>` : '',
    ...(leadView ? [`<p class="lead"><a href="#${attr(leadView.id)}">${esc(`${leadView.resolvedLabel ?? t.phase.resolved}: ${leadView.title}`)}</a></p>`] : []),
    ...(first ? [done] : []),
    open.length ? open.map((i, n) => incidentHtml(ctx, i, 2, true, n === 0, just)).join('\n') : `<section><h2>${esc(t.allClear)}</h2><p>${esc(t.allClearDetail)}</p></section>`,
    first ? '' : done,
    channelsHtml(ctx, 2, true, firstWithActions(open), emailOutage(open, lang) !== undefined),
    '</main>',
    `<footer><p>${esc(t.publishedBy(ctx.publisher))}</p><p><a href="${attr(atom)}" type="application/atom+xml">${esc(x.atomFeedLink)}</a></p><p>${esc(x.noScriptNote)}</p></footer>`,
  ].join('\n');
  const text = [
    '<!doctype html>',
    // The region too (en-US, en-GB, nl-BE), as the numbers are written for it: a screen reader picks its voice by it.
    `<html lang="${attr(dialLang(ctx))}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<link rel="alternate" type="application/atom+xml" href="${attr(atom)}" title="${attr(x.atomFeedLink)}">`,
    ...others.map((l) => `<link rel="alternate" hreflang="${attr(l)}" href="${attr(fileName('html', l))}">`),
    `<style>${STYLE}</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
  return { text, lang };
}

/** A language's own name for itself ("Nederlands", "English"), for the language links. */
export function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
  } catch {
    return lang;
  }
}
