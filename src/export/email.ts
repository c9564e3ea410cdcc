/**
 * An e-mail about the open incidents: a subject, a plain-text body and a simple HTML body (no
 * images, no scripts, no remote content), with the same parts and channels as the status page.
 * An e-mail has room for everything, so it holds every open incident in full, the one asked for
 * (else the most severe) first; the subject names that one and how many more there are.
 * When an open incident warns against links in messages (link-warning.ts), neither part has a link:
 * actions and channels are plain text (numbers and e-mail addresses as text), and the sentence the
 * SMS uses ("Kijk zelf op de website van …") takes the status link's place (`linkLeftOut`).
 */
import { readLater } from './read-later.js';
import { goingOn } from '../feed/going-on.js';
import { resolvedTitle } from './resolved-title.js';
import { labelSeparator } from '../content/links.js';
import type { Incident, StatusPayload } from '../feed/schema.js';
import { isAnnounced } from '../feed/announced.js';
import { isNotice } from '../feed/notice.js';
import { emailOutage, isEmailChannel, type EmailOutage } from './email-outage.js';
import { channelsHtml, emergencyOnTop, firstWithActions, incidentHtml, incidentMeta } from './html.js';
import { addressAsText, labelWithAddress, linksLeftOut, webAddresses, type LinkLeftOut } from './link-warning.js';
import { channelViews, context, coveredIncidents, dialLang, incidentView, type ChannelView, type Context, type ExportOptions, type IncidentView } from './text.js';
import { plainBlocks, whoMark, whoShown } from './plain.js';
import { startsSentence } from './plain-blocks.js';
import { pickText } from '../i18n/lang.js';
import { xmlAttr as attr, xmlText as esc } from './xml.js';

/**
 * An emergency line's own name that already says what "Bij nood" / "In an emergency" says: "Bij gevaar: 112",
 * "In geval van nood", "Noodlijn storingen", "Spoedlijn", "Levensgevaar? Bel 112", "In an emergency call 999",
 * "Emergency line for outages", "In danger: 112", "Life in danger? Call 112". Dutch and English words alike: the name is the publisher's, in any
 * language of the feed. Not "Gaslucht? Bel …" or "Storingslijn …": those say why to call, not that it is urgent.
 */
const SAYS_EMERGENCY = /^(?:(?:bij|in geval van|in)\s+)?(?:nood|spoed|levensgevaar|gevaar|calamiteit)|^(?:in\s+(?:an?\s+|case\s+of\s+(?:an?\s+)?)?)?(?:emergenc|danger|urgent|life[\s-]threatening|(?:a\s+|someone'?s\s+)?life\s+(?:is\s+)?in\s+danger)/iu;

export interface EmailResult {
  subject: string;
  text: string;
  html: string;
  lang: string;
  /** The incidents in the message, in order: the lead, then every other open one. */
  incidents: string[];
  /** Set when the e-mail has no links, and why: as `SmsResult.linkLeftOut`. */
  linkLeftOut?: LinkLeftOut;
  /** Set while an incident in the e-mail is an open e-mail outage (email-outage.ts): the people it affects may not get this e-mail. */
  emailOutage?: EmailOutage;
}

export function exportEmail(payload: StatusPayload, opts: ExportOptions = {}): EmailResult {
  const ctx = context(payload, opts);
  const { t, x } = ctx;
  const incidents = coveredIncidents(payload, opts.incident, ctx.now);
  const link = ctx.statusUrl;
  if (!incidents.length) {
    const subject = x.allClearSubject(ctx.publisher);
    const text = `${t.allClear}\n\n${t.allClearDetail}\n\n${link}\n`;
    return { subject, text, html: page(dialLang(ctx), subject, `<h1>${esc(t.allClear)}</h1><p>${esc(t.allClearDetail)}</p><p><a href="${attr(link)}">${esc(link)}</a></p>`), lang: ctx.lang, incidents: [] };
  }
  // An e-mail from us full of links, saying not to click links in e-mails from us, is distrusted and
  // teaches people to click: then it has none, and says where to look instead (as the SMS does).
  const warning = linksLeftOut(incidents, ctx);
  const links = !warning;
  const views = incidents.map((i) => incidentView(ctx, i));
  const v = views[0]!;
  // Resolved leads, as in the SMS and the phone message: "Ledgerly is down: … (Resolved)" is cut off
  // on a phone's inbox before the word that says it is over.
  // A notice (a phishing warning) has no phase: its title alone, not "(Oorzaak gevonden)".
  const said = v.overdue ? t.bannerLate(v.nextTime!) : v.phase;
  const one = v.resolved ? resolvedTitle(v.phase, v.title) : said ? x.updateSubject(v.title, said) : v.title;
  const subject = views.length > 1 ? moreSubject(x, one, incidents.slice(1), ctx.now) : one;
  // Several incidents: their titles first, so a reader sees at once whether theirs is there. A resolved
  // lead (the all-clear for a storm sent while a cyberattack is still open) is not "current": it is
  // listed as resolved, under a heading that does not count it as a disruption going on; nor are a notice and one
  // announced for tomorrow (feed/going-on.ts; trial Q's all-clear).
  const heading = incidents.every((i) => goingOn(i, ctx.now)) ? t.openIncidents(views.length) : x.inThisEmail;
  const listed = (w: IncidentView) => (w.resolved ? resolvedTitle(w.phase, w.title) : w.title);
  const lines: string[] = views.length > 1 ? [`${heading}:`, ...views.map((w) => `- ${listed(w)}`), ''] : [];
  views.forEach((w, n) => lines.push(...incidentLines(ctx, w, links, emergencyOnTop(ctx, incidents[n]!, n === 0), incidents[n]!)));
  const outage = emailOutage(incidents, ctx.lang);
  // Read later than it is made: a line closed now says when it is open, not "Closed now" (read-later.ts).
  const channels = readLater(ctx, channelViews(ctx));
  if (channels.length) {
    lines.push(`${t.contact}:`);
    // Who the line is for, the wait and the opening hours, as the HTML part and the status page show them: a reader who
    // calls at 23:00 a line open "today until 22:00" should know before dialling.
    // After a question or a sentence (an emergency line's "Gebeld door iemand die zegt van ons te zijn?") no ";": "zijn?; 24 uur per dag" reads as a typo.
    // During an e-mail outage the e-mail channel says it may not work (ExportTerms.emailChannelDown).
    const down = (c: (typeof channels)[number]) => (outage && isEmailChannel(c) ? x.emailChannelDown : '');
    const notes = (c: (typeof channels)[number]) => [down(c), c.purpose, c.wait, c.hours].filter(Boolean).join('; ').replace(/([.!?]);/g, '$1');
    // "Bij nood:" before each emergency line, unless its own name says so already ("Bij gevaar: 112", "Noodlijn …"):
    // "- Bij nood: Bij gevaar: 112" said it twice.
    const lead = (c: (typeof channels)[number]) => (c.emergency && !SAYS_EMERGENCY.test(c.label.trim()) ? `${t.emergency}: ` : '');
    for (const c of channels) lines.push(`- ${lead(c)}${named(ctx, c, links)}${notes(c) ? ` (${notes(c)})` : ''}`);
    lines.push('');
  }
  lines.push(warning ? warning.lookYourself : link, '', t.publishedBy(ctx.publisher));
  const title = (w: (typeof views)[number]) => (links ? `<a href="#${attr(w.id)}">${esc(listed(w))}</a>` : esc(listed(w)));
  const body =
    views.length > 1
      ? `<h1>${esc(heading)}</h1>\n<ul>${views.map((w) => `<li>${title(w)}</li>`).join('')}</ul>\n${incidents.map((i, n) => incidentHtml(ctx, i, 2, links, n === 0)).join('\n')}`
      : incidentHtml(ctx, incidents[0]!, 1, links, true);
  const more = warning ? esc(warning.lookYourself) : `<a href="${attr(link)}">${esc(link)}</a>`;
  const html = page(dialLang(ctx), subject, `${body}\n${channelsHtml(ctx, 2, links, firstWithActions(incidents), outage !== undefined)}\n<p>${more}</p><p>${esc(t.publishedBy(ctx.publisher))}</p>`);
  const result: EmailResult = { subject, text: `${lines.join('\n')}\n`, html, lang: ctx.lang, incidents: views.map((w) => w.id), ...(outage ? { emailOutage: outage } : {}) };
  if (!warning) return result;
  // What the export could not take out: an address in the publisher's own sentences.
  const kept = webAddresses(result.text);
  return { ...result, linkLeftOut: kept.length ? { ...warning.linkLeftOut, kept } : warning.linkLeftOut };
}

/** A channel as the e-mail writes it: an e-mail address as people write it ("help@…", not "mailto:help@…"); a web address only with links. */
function named(ctx: Context, c: ChannelView, links: boolean): string {
  const address = addressAsText(c.href, ctx.lang) ?? (links ? c.href : undefined);
  return c.number ? c.named : address ? `${c.label}${labelSeparator(c.label)}${address}` : c.label;
}

/** One incident in plain text: title, severity and phase (a critical one's emergency lines under them, emergencyOnTop), the four parts, the actions (web addresses only with `links`). */
function incidentLines(ctx: Context, v: IncidentView, links: boolean, sos: ChannelView[], incident: Incident): string[] {
  const { t } = ctx;
  const lines: string[] = [v.title, incidentMeta(t, v).filter(Boolean).join(' · '), ''];
  if (sos.length) lines.push(`${t.emergency}:`, ...sos.map((c) => `- ${named(ctx, c, links)}`), '');
  if (v.affects.length) lines.push(`${t.affects}:`, ...v.affects.map((a) => `- ${a}`), '');
  const urgent = v.actions.filter((a) => a.urgent);
  const later = v.actions.filter((a) => !a.urgent);
  // A number or e-mail address is written as people write it ("Bel ons (0800 123 4567)"), also when links are kept:
  // "<tel:+318001234567>" in a plain-text e-mail is code to a reader, and mail apps link a written number themselves.
  const label = (a: (typeof v.actions)[number]) =>
    !links || addressAsText(a.href, ctx.lang) ? labelWithAddress(a.label, a.href, ctx, a.who) : a.href ? `${a.label} <${a.href}>` : a.label;
  const action = (a: (typeof v.actions)[number], who = whoShown(a.who, a.label)) => `- ${who ? `${who}${whoMark(who)} ` : ''}${label(a)}${a.detail ? `\n  ${a.detail}` : ''}`;
  // "Act now" right under the title and the area, as the element shows it; what can wait after the next update.
  if (urgent.length) lines.push(`${urgent.some((a) => whoShown(a.who, a.label)) ? t.actNow : t.actNowAll}`, ...urgent.map((a) => action(a)), '');
  // Each line typed its own line, as readers see it (trial X: six facts, one per line); what we do not know yet one item per
  // line, a line that goes on in lower case under its item.
  const typed = (text: Incident['known']) => plainBlocks(pickText(text, ctx.lang));
  lines.push(`${t.known}:`, ...typed(incident.known).flat(), '');
  const unknown = typed(incident.unknown).flatMap((b) => b.map((l, i) => (i && !startsSentence(l) ? `  ${l}` : `- ${l}`)));
  if (v.unknown.length) lines.push(`${t.unknown}:`, ...unknown, '');
  if (v.next) lines.push(`${t.nextUpdate}: ${v.nextTime && !v.overdue ? v.nextTime : v.next}`, '');
  if (later.length) lines.push(`${t.whatYouCanDo}:`, `${t.canWait}: ${v.overdue || !v.nextTime ? t.canWaitDetailOverdue : t.canWaitDetail}`, ...later.map((a) => action(a)), '');
  return lines;
}

function page(lang: string, subject: string, body: string): string {
  return `<!doctype html>\n<html lang="${attr(lang)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(subject)}</title>\n</head>\n<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem">\n${body}\n</body>\n</html>\n`;
}

/**
 * The subject with the other incidents counted by what they are: "and 2 more disruptions" when each is going on (or just
 * resolved), else "…, plus 1 announced disruption and 1 notice": trial T's all-clear called a planned outage tomorrow
 * and a notice "2 more disruptions".
 */
function moreSubject(x: Context['x'], one: string, others: readonly Incident[], now: number): string {
  const announced = others.filter((i) => i.phase !== 'resolved' && isAnnounced(i, now)).length;
  const notices = others.filter((i) => i.phase !== 'resolved' && !isAnnounced(i, now) && isNotice(i)).length;
  const more = others.length - announced - notices;
  return announced || notices ? x.mixedSubject(one, { more, announced, notices }) : x.moreSubject(one, others.length);
}
