/**
 * OASIS Common Alerting Protocol 1.2 alerts: one per published update of an incident, with one
 * <info> per language. The first update is an Alert, later ones Updates; a resolved incident's last
 * one is an Update with <responseType>AllClear</responseType> and <urgency>Past</urgency>, never a
 * Cancel (CAP 1.2 §3.2.1: Cancel "cancels the earlier message(s)", for an alert sent in error, so a
 * receiver may drop the whole thread as if the disruption never happened). Each later alert
 * references all earlier ones (CAP 1.2 §3.2.1 references). An incident published already resolved gets no alert at all
 * (`publishedResolved`): a first alert is an Alert, "initial information requiring attention" (CAP 1.2 §3.2.1), which
 * receivers show or push as a new warning; an all-clear needs an earlier alert to clear, and an Update without one to
 * reference is refused (Google Public Alerts). The page, Atom feed and e-mail still say it happened.
 *
 * <expires> (CAP 1.2 §3.2.2: "if this item is not provided, each recipient is free to set its own policy as to when the
 * message is no longer in effect"; Google Public Alerts requires it) is said only where the feed says how long the
 * information holds (capExpires): an open incident's until an hour after the promised next update, an all-clear's for
 * the day every other channel still leads with it, an earlier alert's until the next one replaced it. An open incident
 * without a promised update has none: any time we wrote would be a guess.
 */
import { startsLater } from '../feed/announced.js';
import type { Incident, Severity, StatusPayload, Update } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { labelWithAddress } from './link-warning.js';
import { plainParagraphs, plainText, sentenceEnd, sentenceStart, whoSaid } from './plain.js';
import { context, dialLang, feedLanguages, incidentView, RECENTLY_RESOLVED_MS, type Context, type ExportOptions, type IncidentView } from './text.js';
import { el } from './xml.js';
import { affectsPlaces } from './affects-places.js';
import { capContact } from './cap-contact.js';
import { isSecurityIncident } from './cap-security.js';
import { isStrikeIncident, strikeEvent } from './cap-strike.js';
import { drinkingWaterEvent, drinkingWaterWarning } from './cap-drinking-water.js';

export const CAP_NS = 'urn:oasis:names:tc:emergency:cap:1.2';
export const CAP_CATEGORIES = ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'] as const;
export type CapCategory = (typeof CAP_CATEGORIES)[number];

/**
 * The <event> by category, in the alert's language: a boil-water advice exported with `--category Health` was an event
 * "Storing in de dienstverlening" (service disruption); Infra and Other keep that (exportTerms' capEvent).
 */
const CAP_EVENTS: Record<'en' | 'nl', Partial<Record<CapCategory, string>>> = {
  en: { Geo: 'Geophysical event', Met: 'Severe weather', Safety: 'Safety warning', Security: 'Security incident', Rescue: 'Rescue operation', Fire: 'Fire', Health: 'Health advice', Env: 'Environmental incident', Transport: 'Transport disruption', CBRNE: 'Hazardous substance incident' },
  nl: { Geo: 'Geofysische gebeurtenis', Met: 'Noodweer', Safety: 'Veiligheidswaarschuwing', Security: 'Beveiligingsincident', Rescue: 'Reddingsactie', Fire: 'Brand', Health: 'Gezondheidsadvies', Env: 'Milieu-incident', Transport: 'Verstoring van het vervoer', CBRNE: 'Incident met gevaarlijke stoffen' },
};
// A drinking-water warning sent as Health says which ("Boil water notice", "Kookadvies"), not "Health advice" (trial V).
const capEvent = (ctx: Context, category: CapCategory, incident: Incident) => {
  const water = category === 'Health' ? drinkingWaterWarning(incident) : undefined;
  if (category === 'Other' && isStrikeIncident(incident.id)) return strikeEvent(ctx.lang);
  return water ? drinkingWaterEvent(water, ctx.lang) : (CAP_EVENTS[/^nl\b/i.test(ctx.lang) ? 'nl' : 'en'][category] ?? ctx.x.capEvent);
};

/** Our severity in CAP's words: a service disruption is at most Severe (Extreme is for threats to life). */
export const CAP_SEVERITY: Record<Severity, 'Severe' | 'Moderate' | 'Minor'> = { critical: 'Severe', major: 'Moderate', minor: 'Minor', info: 'Minor' };

export interface CapOptions extends ExportOptions {
  /**
   * CAP category; default "Infra" (utilities, telecom and other non-transport infrastructure), "Health" for a
   * drinking-water warning (a boil-water or do-not-drink advice: cap-drinking-water.ts), and "Security" for an incident
   * from the cyberattack or phishing template (cap-security.ts), "Other" (event "Strike") for one from the strike template (cap-strike.ts).
   */
  category?: CapCategory;
  /** Languages for <info>; default every language of the feed. */
  langs?: string[];
}

export interface CapAlert {
  identifier: string;
  sender: string;
  sent: string;
  msgType: 'Alert' | 'Update' | 'Cancel';
  incident: string;
  text: string;
}

export interface CapResult {
  /** Oldest first. */
  alerts: CapAlert[];
  /** The incidents published already resolved, never open before: no alert, since there was no warning to clear. */
  publishedResolved: string[];
  /** The incidents sent as Health without a category given: drinking-water warnings (cap-drinking-water.ts). */
  health: string[];
  /** The incidents sent as Security without a category given: from the cyberattack or phishing template. */
  security: string[];
  /** The incidents sent as Other, event "Strike", without a category given: from the strike template (cap-strike.ts). */
  strike: string[];
}

/** CAP's dateTime: seconds precision with an explicit offset, never "Z" (CAP 1.2 §3.3.2). */
export function capTime(ctx: Context, iso: string): string {
  const ms = Date.parse(iso);
  const offset = ctx.clock.offset(ms);
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number) as [number, number];
  const local = new Date(ms + sign * (h * 60 + m) * 60_000).toISOString().slice(0, 19);
  return `${local}${offset}`;
}

const capId = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '');

interface Step {
  at: string;
  update?: Update;
  current: boolean;
  /** When the next step replaced this one (not for the current step). */
  until?: string;
}

function steps(incident: Incident): Step[] {
  const past = (incident.updates ?? []).filter((u) => u.at !== incident.updated_at).map((u) => ({ at: u.at, update: u, current: false }));
  const all: Step[] = [...past, { at: incident.updated_at, current: true }].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return all.map((s, i) => (s.current ? s : { ...s, until: all[i + 1]!.at }));
}

/**
 * How long past the promised next update an open incident's alert stays in effect: an update a little late does not
 * take a disruption that is still going on off receivers' lists; one more than an hour late leaves "next update at
 * 10:30" standing no longer, and the receiver's own policy takes over.
 */
export const CAP_EXPIRES_MARGIN_MS = 3_600_000;

/**
 * The <expires> of a step's alert in ms, or undefined when the feed does not say how long it holds. The current step of
 * an open incident: its next update plus CAP_EXPIRES_MARGIN_MS, none when no update is promised; of a resolved incident
 * (the all-clear): a day after it (RECENTLY_RESOLVED_MS, as long as the phone line and SMS still lead with it), as Google
 * Public Alerts asks an all-clear to expire "a short time in the future"; an earlier step: when the next one replaced it.
 * Never before the alert was sent.
 */
function capExpires(incident: Pick<Incident, 'phase' | 'next_update_at'>, step: Step): number | undefined {
  const sent = Date.parse(step.at);
  const ms = !step.current
    ? Date.parse(step.until!)
    : incident.phase === 'resolved'
      ? sent + RECENTLY_RESOLVED_MS
      : incident.next_update_at
        ? Date.parse(incident.next_update_at) + CAP_EXPIRES_MARGIN_MS
        : undefined;
  return ms === undefined || Number.isNaN(ms) ? undefined : Math.max(ms, sent);
}

function info(ctx: Context, incident: Incident, step: Step, category: CapCategory): string {
  const { t, lang } = ctx;
  const v = incidentView(ctx, incident);
  const resolved = step.current && v.resolved;
  let description: string;
  let instruction = '';
  if (step.current) {
    description = [v.known.join('\n'), v.unknown.length ? `${t.unknown}:\n${v.unknown.join('\n')}` : '', v.next].filter(Boolean).join('\n\n');
    // Read aloud by some receivers, so an action's who is a question, as the phone message says it:
    // "U woont in De Hoven? Kook …", not "U woont in De Hoven: Kook …" (that tells every listener they live there).
    // A label that starts with its own question ("Ruikt u gas? Ga naar buiten …") or says the who itself ("Call NHS 111 if
    // you need medical help today") is said without the who's (whoSaid), as the phone message says it.
    // An action's number or e-mail address follows its label, as in the e-mail: "Call our fraud line now (0800 028 1234)";
    // before, a London bank's alert said "Call our fraud line now, 24 hours a day." and no number (labelWithAddress).
    const said = (a: IncidentView['actions'][number], label = labelWithAddress(a.label, a.href, ctx, a.who), asked = whoSaid(a.who, label)) =>
      asked ? `${asked} ${sentenceEnd(sentenceStart(label, lang))}` : sentenceEnd(label.trim());
    instruction = v.actions.map((a) => `${said(a)}${a.detail ? ` ${a.detail}` : ''}`).join('\n');
  } else {
    const u = step.update!;
    description = [u.note ? plainText(pickText(u.note, lang)) : '', u.known ? plainText(pickText(u.known, lang)) : '', u.unknown ? `${t.unknown}:\n${plainParagraphs(pickText(u.unknown, lang)).join('\n')}` : '']
      .filter(Boolean)
      .join('\n\n');
  }
  // Announced ahead (a strike on Thursday): a future event, likely, with its onset; not "Immediate, Observed" on Monday.
  const onset = !resolved && step.current ? startsLater(incident, ctx.now) : undefined;
  const urgency = resolved ? 'Past' : onset !== undefined ? 'Future' : step.current && v.actions.some((a) => a.urgent) ? 'Immediate' : 'Expected';
  // The line the urgent action dials, else one open when the alert goes out (cap-contact.ts, trial U).
  const contact = capContact(ctx, incident, step.current ? ctx.now : Date.parse(step.at));
  const expires = capExpires(incident, step);
  return [
    '<info>',
    // The region too (nl-BE, en-GB), as the page and e-mail say it: a receiver that reads aloud picks its voice by it.
    el('language', dialLang(ctx)),
    el('category', category),
    el('event', capEvent(ctx, category, incident)),
    resolved ? el('responseType', 'AllClear') : '',
    el('urgency', urgency),
    // An all-clear: the threat is past (CAP 1.2: Minor, "minimal threat"); Severe beside AllClear read as a live warning (trial Y).
    el('severity', resolved ? 'Minor' : CAP_SEVERITY[incident.severity]),
    el('certainty', onset !== undefined ? 'Likely' : 'Observed'),
    // After certainty, before senderName: the schema's order (onset before expires).
    onset === undefined ? '' : el('onset', capTime(ctx, new Date(onset).toISOString())),
    expires === undefined ? '' : el('expires', capTime(ctx, new Date(expires).toISOString())),
    el('senderName', ctx.publisher),
    el('headline', v.phase ? `${v.title}: ${v.phase}` : v.title), // a notice has no phase
    el('description', description),
    el('instruction', instruction),
    el('web', ctx.statusUrl),
    contact ? el('contact', contact) : '',
    // Last in <info> (CAP 1.2 §3.2.4, after parameter and resource, which we do not send): one <area> per place the
    // incident affects, each with the <areaDesc> alert apps show ("Upton upon Severn WR8"), not its services or groups
    // ("Online banking", nor "Brightspace" beside "exams": affects-places.ts); a UK water company's boil notice named its
    // area only in the headline (trial V).
    affectsPlaces(v.affects, incident.id).map((a) => `<area>${el('areaDesc', a)}</area>`).join(''),
    '</info>',
  ].join('');
}

export function exportCap(payload: StatusPayload, opts: CapOptions = {}): CapResult {
  const langs = opts.langs ?? (opts.lang ? [opts.lang] : feedLanguages(payload));
  const contexts = langs.map((lang) => context(payload, { ...opts, lang }));
  const first = contexts[0]!;
  const sender = new URL(payload.publisher.url).hostname;
  const alerts: CapAlert[] = [];
  const publishedResolved: string[] = [];
  const health: string[] = [];
  const security: string[] = [];
  const strike: string[] = [];
  for (const incident of payload.incidents) {
    if (opts.incident && incident.id !== opts.incident) continue;
    const earlier: CapAlert[] = [];
    // Per incident, the same for its whole thread: an all-clear keeps its warning's category.
    const water = !opts.category && drinkingWaterWarning(incident);
    const secure = !opts.category && !water && isSecurityIncident(incident.id);
    const striking = !opts.category && !water && !secure && isStrikeIncident(incident.id);
    const category = opts.category ?? (water ? 'Health' : secure ? 'Security' : striking ? 'Other' : 'Infra');
    const thread = steps(incident);
    // One step, already resolved: a bare all-clear would reach receivers as a new Alert about something that is over.
    if (incident.phase === 'resolved' && thread.length === 1) {
      publishedResolved.push(incident.id);
      continue;
    }
    if (water) health.push(incident.id);
    if (secure) security.push(incident.id);
    if (striking) strike.push(incident.id);
    for (const step of thread) {
      const identifier = capId(`${payload.feed_id}.${incident.id}.${step.at.replace(/[-:]/g, '')}`);
      const sent = capTime(first, step.at);
      // The end of a disruption is news about it (an Update whose <info> says AllClear), not a withdrawal of what was said.
      const msgType = earlier.length === 0 ? 'Alert' : 'Update';
      const references = earlier.map((a) => `${a.sender},${a.identifier},${a.sent}`).join(' ');
      const text = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<alert xmlns="${CAP_NS}">`,
        el('identifier', identifier),
        el('sender', sender),
        el('sent', sent),
        el('status', 'Actual'),
        el('msgType', msgType),
        el('scope', 'Public'),
        el('references', references),
        el('incidents', capId(`${payload.feed_id}.${incident.id}`)),
        ...contexts.map((ctx) => info(ctx, incident, step, category)),
        '</alert>',
        '',
      ]
        .filter((line) => line !== '')
        .join('\n');
      const alert = { identifier, sender, sent, msgType, incident: incident.id, text: `${text}\n` } as const;
      alerts.push(alert);
      earlier.push(alert);
    }
  }
  return { alerts, publishedResolved, health, security, strike };
}
