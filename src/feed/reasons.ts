/**
 * Contact reasons: what a reader who chose "No gas" or "My bill" sees, in which order. Pure.
 * An urgent reason leads with its lines to call now (its emergency lines, and its own 24/7 line named before them) and offers
 * nothing that makes the reader wait;
 * a time-critical one (needed soon, no danger) offers the lines it names in the publisher's order, long waits included;
 * a non-urgent reason during a disruption offers call-back and self-service before the phone (the channels it names in
 * the publisher's order otherwise).
 */
import { CAN_WAIT_ORDER, groupChannels, isClosed, isRestricted, LONG_WAIT_MINUTES, openFirst } from './channels.js';
import { openIncidents } from './incidents.js';
import { forRestrictedOnly, referrerActions } from './referrer-reason.js';
import type { Action, Channel, ContactReason, FaqEntry, StatusPayload } from './schema.js';
import { sharesWord, wordsOf } from './words.js';

/** Channels that answer later, never right now: not offered for an urgent reason. */
const ANSWERS_LATER = new Set<Channel['kind']>(['callback', 'email']);

const byKind = (order: readonly string[]) => (a: Channel, b: Channel) => order.indexOf(a.kind) - order.indexOf(b.kind);

export function findReason(payload: StatusPayload | undefined, id: string): ContactReason | undefined {
  return payload?.contact_reasons?.find((r) => r.id === id);
}

/**
 * A reason marked time-critical (needed soon, no danger) and not urgent: with both, urgent wins (lint warns). An airline's
 * "Mijn vlucht vertrekt binnen 6 uur" marked urgent said "Bel nu: 112" and dropped the customer-service line the desk had
 * ticked (45 minutes); marked can-wait it said "you do not need to call" and came after "stuck abroad" (trial S).
 */
export const isTimeCritical = (r: ContactReason): boolean => !r.urgent && !!r.time_critical;

/** 0 urgent, 1 time-critical, 2 can wait: the order readers see the reasons in. */
const pressing = (r: ContactReason): number => (r.urgent ? 0 : r.time_critical ? 1 : 2);

/**
 * The feed's contact reasons to list, urgent ones first, then time-critical ones (stable: else in the feed's order), as
 * emergency lines come first: "I think this is a phishing message" is not below "I cannot log in".
 */
export const listedReasons = (payload: StatusPayload | undefined): ContactReason[] =>
  [...(payload?.contact_reasons ?? [])].sort((a, b) => pressing(a) - pressing(b));

/** The reason's FAQ entries, in the reason's order; unknown ids are skipped (lint reports them). */
export function reasonEntries(reason: ContactReason, entries: readonly FaqEntry[]): FaqEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (reason.faq ?? []).map((id) => byId.get(id)).filter((e): e is FaqEntry => !!e);
}

/**
 * Actions of the open incidents: for an urgent reason only the "act now" ones, those that use one of the reason's own
 * lines first (stable: else in the feed's order); else urgent first. "I smell gas" listed "Close the gas tap at the
 * meter" (for a postcode) above "Go outside and call the gas leak line" when the feed had them in that order.
 * An urgent reason's emergency line says what it is about: when some open incident has an act-now action that dials one
 * of them, only those incidents' actions. A multi-utility's "I smell gas" listed "Restart your router" of an internet
 * outage elsewhere; a general line (the phone) does not say it, so a reason without emergency lines keeps them all.
 */
export function reasonActions(payload: StatusPayload, reason: ContactReason): Action[] {
  const open = openIncidents(payload);
  const channels = reasonChannels(payload, reason);
  const own = channels.map((c) => c.href);
  const lines = channels.filter((c) => c.emergency);
  let concerned = open.filter((i) => i.actions?.some((a) => a.urgent && lines.some((c) => sameLink(c.href, a.href))));
  // None dials one (a template's "Smell gas? Go outside and call the emergency line" has no number until the desk links
  // it): a reason that names its emergency line is about what its name says, so the incidents that share a word with it
  // in their title or an act-now action. A grid operator's "Ik ruik gas" listed the power cut's "Bel de leverancier van
  // het apparaat" (trial H). The others' actions stay at the top of the dialog and on the status page.
  const about = wordsOf(reason.label);
  const namesLine = lines.some((c) => reason.channels?.includes(c.id));
  // Such a reason's lines are its answer: an act-now action that dials another number is not offered under it, nor makes
  // an incident its subject by a shared word. A hospital's "Levensgevaar of ernstig ongeluk" (112 only) showed "Bel eerst
  // de huisartsenpost: 0900 700 8000. Bij levensgevaar: bel 112." below 112, for its word "levensgevaar" (trial Q). An
  // action without a link, with a web page or dialling the reason's own line still counts.
  const offered = (a: Action) => !namesLine || !dialsOther(a, own);
  if (!concerned.length && namesLine) {
    concerned = open.filter((i) => sharesWord(about, i.title) || i.actions?.some((a) => a.urgent && offered(a) && sharesWord(about, a.label, a.who)));
  }
  // A reason whose only lines are the public emergency number (112, 999, 911) is never about an incident by default:
  // "Levensgevaar of ernstig ongeluk" listed a hospital's "Uw afspraak van dinsdag gaat niet door" under 112 (trial Q).
  const publicOnly = namesLine && channels.every((c) => c.emergency && EMERGENCY_SERVICE.test(dialled(c.href) ?? ''));
  const all = (reason.urgent && (concerned.length || publicOnly) ? concerned : open).flatMap((i) => i.actions ?? []);
  const urgent = all.filter((a) => a.urgent && (!reason.urgent || offered(a)));
  // Within them, the action that uses the reason's own line, then one that says what the reason says ("Ik heb medische
  // apparatuur thuis": "U gebruikt thuis medische apparatuur" before "Zet apparaten uit" of the same power cut).
  const rank = (a: Action) => (own.some((h) => sameLink(h, a.href)) ? 2 : +sharesWord(about, a.label, a.who));
  if (reason.urgent) return urgent.sort((a, b) => rank(b) - rank(a));
  const listed = [...urgent, ...all.filter((a) => !a.urgent)];
  // A reason for those a restricted line is for (GPs, midwives): only the actions addressed to them (referrer-reason.ts).
  return forRestrictedOnly(payload, reason) ? referrerActions(payload, reason, listed) : listed;
}

/** The channels to offer for a reason, in the order to offer them. */
export function reasonChannels(payload: StatusPayload, reason: ContactReason): Channel[] {
  const byId = new Map(payload.channels.map((c) => [c.id, c]));
  const listed = reason.channels?.length
    ? reason.channels.map((id) => byId.get(id)).filter((c): c is Channel => !!c)
    : undefined;
  if (reason.urgent) {
    // The emergency lines the reason names ("I smell gas": the gas line, not also the fraud line);
    // when it names none, every emergency line of the feed, so nobody in danger is left without one.
    const named = groupChannels(listed ?? []).emergency;
    const emergency = named.length ? named : groupChannels(payload.channels).emergency;
    // A web page counts as direct only when the reason names it (self-service such as "My booking"), not as a form.
    // A line only for some (`restricted`) only when the reason names it.
    const direct = (listed ?? payload.channels.filter((c) => !isRestricted(c))).filter((c) => !c.emergency && !ANSWERS_LATER.has(c.kind) && (c.kind !== 'web' || listed));
    // A line closed now is no quick way (withClosedLines took its wait), but one the reason names is still listed, last, with
    // when it opens: a municipality's "Aangifte geboorte of overlijden" (a legal deadline) lost its own line on Sunday (trial M).
    const quick = direct.filter((c) => !isClosed(c) && (c.wait_minutes ?? 0) < LONG_WAIT_MINUTES);
    const closedNamed = listed ? direct.filter(isClosed) : [];
    // Without an emergency line, a line with a long wait still comes after the quick ones: an insurer's members with surgery
    // this week got only a form meant for their care provider, not the member line (45 minutes) that could help (trial P).
    const waiting = emergency.length ? [] : direct.filter((c) => !isClosed(c) && !quick.includes(c));
    // "Call now": a phone line it names before one of its emergency lines, answering now without a long wait, joins them
    // in its order, though not marked as one: the publisher ranked it above that line. A grid operator's "Iemand met
    // medische apparatuur thuis zit zonder stroom" named its 24/7 medical line, then 112; the panel said "Bel nu: 112" and
    // offered the medical line at the bottom, so a frightened caller rang 112 (trial R). Lines named after them stay below.
    // The panel takes every line up to the last emergency line as "Call now" (shared/contact.ts).
    const own = listed ?? [];
    // Naming no emergency line, its own quick phone lines come before the feed's: an airline's "I am stuck abroad tonight"
    // named only its 24/7 stranded line and got "Call now: 112" above it (trial S).
    const first = (named.length ? own.slice(0, own.map((c) => !!c.emergency).lastIndexOf(true) + 1) : own).filter((c) => c.emergency || (c.kind === 'phone' && quick.includes(c)));
    return dedupe([...first, ...emergency, ...(emergency.length || quick.length ? [...quick, ...waiting, ...closedNamed] : openFirst(direct))]);
  }
  // A question that can wait never goes to the emergency line unless the reason names it, nor to a line only for some
  // (`restricted`): an insurer's "Mijn declaratie" (no lines ticked) offered members the care providers' line (5 minutes).
  const candidates = listed ?? payload.channels.filter((c) => !c.emergency && !isRestricted(c));
  // Needed soon, no danger (time-critical), as when nothing is going on: the lines it names in the publisher's order, a
  // long wait included (the panel says the wait and its reason), an emergency line only where named; naming none, the
  // publisher's lines for everyone. Open lines before closed ones (openFirst). Trial S: an airline's "Mijn vlucht
  // vertrekt binnen 6 uur" marked urgent lost the customer-service line the desk had ticked (45 minutes) to 112.
  if (isTimeCritical(reason) || !openIncidents(payload).length) return openFirst(candidates);
  // During a disruption call-back comes first and the phone last. Channels the reason names keep the publisher's order
  // otherwise: they were chosen for it. "Ik kan niet bellen" named chat, form, phone, social, and the can-wait order put
  // the form and the social page before the chat (trial L). A reason that names none gets the can-wait order.
  const named = (c: Channel) => (c.kind === 'callback' ? 0 : c.kind === 'phone' ? 2 : 1);
  return openFirst([...candidates].sort(listed ? (a, b) => named(a) - named(b) : byKind(CAN_WAIT_ORDER)));
}

/** Public emergency numbers (as feed/dialling.ts's, which readers do not load). */
const EMERGENCY_SERVICE = /^(?:112|911|999|000|111|110|119)$/;

/** The digits (and a leading +) a `tel:` link dials, to compare "tel:+31 26 700 1111" with "tel:+31267001111". */
const dialled = (href: string | undefined) => (href?.startsWith('tel:') ? href.slice(4).replace(/[^\d+]/g, '') : undefined);

/** Whether two links go to the same place: "tel:+31 26 700 1111" and "tel:+31267001111" do. */
const sameLink = (a: string | undefined, b: string | undefined) => !!a && (a === b || (!!dialled(a) && dialled(a) === dialled(b)));

/** Whether the action dials a phone number that is none of these links (the reason's own lines). */
const dialsOther = (a: Action, own: readonly (string | undefined)[]): boolean => !!dialled(a.href) && !own.some((h) => sameLink(h, a.href));

function dedupe(channels: Channel[]): Channel[] {
  const seen = new Set<string>();
  return channels.filter((c) => !seen.has(c.id) && !!seen.add(c.id));
}
