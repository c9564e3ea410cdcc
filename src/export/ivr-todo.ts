/**
 * What the phone message (ivr.ts) says an incident's callers should do: its urgent actions without a web page, each with
 * the number it calls marked up for the voice. Pure.
 */
import { dialledForms } from './dial.js';
import { dialLang, numberSaid, telLang, type ActionView, type ChannelView, type Context, type IncidentView } from './text.js';
import { formatTel } from '../content/links.js';
import { sentenceEnd, sentenceStart, splitSentences, whoSaid } from './plain.js';
import { emergencyTest, urgentSentences } from './sms-emergency.js';
import type { Sentence } from './ssml.js';
import { callsSomeoneElse } from './ivr-callee.js';
import { numberPlace } from './number-place.js';

type Add = (key: string, sentence: Sentence, optional?: number) => void;

/**
 * Where an urgent action left unsaid because an emergency line said just before makes its only call goes: its key,
 * `covered-<incident>-<N>` (N: the action's number in the feed, 1-based), so the desk is told (ivr-dropped.ts). Trial T's
 * message left one out and neither the printed line nor `--json` said so.
 */
export type Unsaid = (key: string) => void;

/** Each view action's number in the feed's order, 1-based: the view lists the urgent ones first (text.ts). */
export const actionNumbers = (actions: readonly { urgent?: boolean }[]): number[] => {
  const at = actions.map((a, i) => ({ a, n: i + 1 }));
  return [...at.filter((x) => x.a.urgent === true), ...at.filter((x) => x.a.urgent !== true)].map((x) => x.n);
};

/**
 * What to do, said right after its incident: the most urgent action when it has no web page
 * ("U woont in De Hoven? Kook kraanwater 1 minuut voordat u het drinkt."). A caller cannot look
 * it up elsewhere, so it is never dropped; a page is offered among the "instead" sentences.
 * Its `who` is said as a question: on the status page it stands under "Kom nu in actie als…", a
 * condition, but "U ruikt gas: bel …" read aloud tells the caller they smell gas.
 * `said`: the emergency lines the message says anyway (ivr.ts). An action that only calls one of them is not said again; one
 * that says more ("Ga naar buiten en bel het storingsnummer") is said without the number: a gas network's callers heard
 * "Gasstoring of gaslucht: hang op en bel 0800 9009. U ruikt gas? Ga naar buiten en bel het storingsnummer: 0800 9009."
 */
export function addTodo(add: Add, v: IncidentView, ctx: Context, said: readonly ChannelView[] = [], rank = 0, numbers?: readonly number[], unsaid?: Unsaid) {
  const a = v.actions[0];
  if (!a?.urgent || a.href?.startsWith('https:')) return;
  const again = callsSaidLine(a, said);
  if (again && !saysMore(a.label, said)) return unsaid?.(`covered-${v.id}-${numbers?.[0] ?? 1}`);
  // Its sentences after what to do and its emergency line may go (`todo-…-rest`), after the thanks, before the later
  // urgent actions and what is new: trial L's message said "Uw mobiel probeert daarvoor al elk netwerk dat er is" every
  // time and left out "Onze technici vervangen die nu".
  const [core, rest] = actionTail(a.label, ctx);
  // `rank`: 0, never dropped, unless callers heard it in the previous update and there is news (ivr-news.ts, trial R).
  add(`todo-${v.id}`, todoSentence(rest ? { ...a, label: core } : a, ctx, again), rank);
  if (rest) add(`todo-${v.id}-rest`, [sentenceEnd(rest)], 1.5);
}

/**
 * An action's label as what is always said (its leading question, what to do, and every emergency sentence: sms-emergency.ts)
 * and the sentences after the last of those, which may go (rest: '' when none, or when they say a number, which the voice
 * marks up with its call).
 */
function actionTail(label: string, ctx: Context): [string, string] {
  const sentences = splitSentences(label.trim());
  const urgent = urgentSentences(sentences, emergencyTest(ctx.payload.channels, ctx.lang));
  const leads = sentences.findIndex((s) => !s.endsWith('?')) + 1 || sentences.length;
  const last = Math.max(leads - 1, urgent.lastIndexOf(true));
  const rest = sentences.slice(last + 1).join(' ');
  return rest && !/\d/.test(rest) ? [sentences.slice(0, last + 1).join(' '), rest] : [label, ''];
}

/** An urgent action said aloud: its who as a question, then its label, with the number it calls (callSentence) unless `numberSaid`. */
function todoSentence(a: ActionView, ctx: Context, numberSaid = false): Sentence {
  // A label that says the who itself, or asks its own question, is said alone (whoSaid): "You need medical help today? Call
  // NHS 111 if you need medical help today." and "U ruikt gas? Ruikt u gas? Ga naar buiten" said it twice.
  const asked = whoSaid(a.who, a.label);
  const who = asked ? `${asked} ` : '';
  // After the question a new sentence: "U ruikt gas? Bel …", also when the label was written to follow a colon ("bel …").
  const label = a.who ? sentenceStart(a.label, dialLang(ctx)) : a.label.trim();
  // The number its emergency line said just before is not added again; a label that says it itself is said as written.
  // A time or a day in it ("Call Assisted travel from 6am") is no number: the caller's own line was said after it.
  if (numberSaid && !saysNumber(label)) return [who + sentenceEnd(label)];
  return a.href?.startsWith('tel:') ? callSentence(who, label, a.href, ctx) : [who + sentenceEnd(label)];
}


/**
 * A label and the number it calls, after `lead`: the number is marked up for the voice, as an emergency line's ("call 999"
 * was read "call nine hundred and ninety-nine"), where the label says it; a label that does not say it gets it after it,
 * as a caller cannot tap the link: "Ask for a call back: 020 7946 0999."
 */
export function callSentence(lead: string, label: string, href: string, ctx: Context): Sentence {
  const number = formatTel(href, telLang(ctx, lead, label));
  const at = numberAt(label, numberSaid(ctx, label, href) ?? number);
  if (at) return [lead + label.slice(0, at.index), { tel: at[0] }, sentenceEnd(label.slice(at.index + at[0].length))];
  // After the name of the line it calls when another follows, as every written export: "via Card Stop, 078 170 170, en bel …".
  const place = numberPlace(label, href, ctx);
  const rest = place === undefined ? '' : label.slice(place);
  return place === undefined ? [lead + beforeAddress(label), { tel: number }, '.'] : [`${lead}${label.slice(0, place)}, `, { tel: number }, (/^[,;:]/.test(rest) ? '' : ',') + sentenceEnd(rest)];
}

/** Where a label says a number (in numberSaid's form): its digits with the separators people write between them. */
export const numberAt = (label: string, said: string) => new RegExp(`\\+?${said.replace(/\D/g, '').split('').join('[\\s()./-]*')}`).exec(label);

/**
 * Words that tell to call: "Bel direct", "Call now", "Dial 999", "Phone 111" (a phone only so at the start: "your home phone"
 * is a phone); not a line's name ("Call centre", "phone line", "call-back line").
 */
export const CALL = /(?:(?<!\p{L})(?:bel|belt|bellen|call|dial|ring)|^\P{L}*phone)(?![\s-]+(?:centre|center|line|lijn|number|nummer|back)\b)(?!\p{L})/iu;

/** A distance or a time ("30 feet", "10 meter", "2 minutes"): a number, but none to call. */
const MEASURE = /\d+(?:[.,]\d+)?\s*(?:feet|foot|ft|yards?|miles?|meters?|metres?|kilometers?|kilometres?|km|m|seconds?|minutes?|min|hours?|seconden|minuten|uur|kilometer)(?!\p{L})/giu;

/**
 * A time of day ("by 8pm", "from 6am", "10:30", "18.00 uur"): no number to call. "Need help to travel on Thursday? Call
 * Assisted travel by 8pm on Wednesday: we book an accessible taxi at no extra cost." was left out on that line as a mere
 * "call us" (trial O).
 */
const CLOCK = /\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})|\d{1,2}[:.]\d{2}(?:\s*uur)?/giu;

/**
 * A clause that says when, not what to do: "In a life-threatening emergency", "For urgent care that is not an emergency",
 * "Bij levensgevaar", "Als u gas ruikt". At most 8 words: "When the power comes back switch on one appliance at a time"
 * tells what to do.
 */
const CONDITION = /^\s*(?:if|in|for|when|whenever|during|bij|als|voor|wanneer|tijdens|indien|in geval van)(?!\p{L})/iu;
const isCondition = (clause: string) => CONDITION.test(clause) && clause.trim().split(/\s+/).length <= 8;

/**
 * Whether a label that calls a number says more than calling it: a part that is no question (its condition), names no
 * number and tells something else than to call. "Heeft u diarree of koorts? Bel uw huisarts, of de huisartsenpost als die
 * dicht is; bij levensgevaar 112" is a call to the GP, not only to 112, and was left out of a boil-water message because 112
 * is said anyway; "Ga naar buiten en bel het storingsnummer" tells to go outside first. "In levensgevaar: bel 112", "Ruikt u
 * gas? Bel 112" and "Bel het storingsnummer" say nothing else; nor does a part of one word ("Bel 112, dag en nacht"), nor
 * one that names the number ("In an emergency: 911"). A distance or a time is no number to call (MEASURE): a US cooperative's
 * "Stay at least 30 feet away from a downed power line and call 911" was left out of its message as a mere call to 911.
 * A clause after a colon counts on its own ("… by 8pm on Wednesday: we book an accessible taxi"). A condition written as
 * a clause is no more than one written as a question (CONDITION): a hospital's "In a
 * life-threatening emergency, call 999. For urgent care that is not an emergency, call NHS 111." was said again after
 * its 999 and 111 lines, and its appointment advice left out for lack of time.
 */
const saysMore = (label: string, said: readonly ChannelView[]) =>
  label
    .split(/(?<=[.;!?])\s+|;/)
    .filter((p) => p.trim() && !p.trim().endsWith('?'))
    .flatMap((p) => p.split(/,\s*|:\s+|\s+(?:en|and|then|dan|daarna)\s+/i))
    .map((c) => c.replace(MEASURE, '').replace(CLOCK, ''))
    .some((c) => !/\d/.test(c) && (CALL.test(c) ? callsSomeoneElse(c, said.map((l) => l.label)) : !isCondition(c) && c.trim().split(/\s+/).length > 1));


/** The numbers of 3 digits or more a label says (a phone number; "6am", "by 8pm" or "28 days" is none). */
const numbersIn = (label: string) => (label.match(/\d[\d\s./-]*\d/g) ?? []).map((n) => n.replace(/\D/g, '')).filter((n) => n.length >= 3);
const saysNumber = (label: string) => numbersIn(label).length > 0;

/** Whether an action calls an emergency line the message says anyway: its link is that line, or (no link) every number its label says is one. */
function callsSaidLine(a: ActionView, said: readonly ChannelView[]): boolean {
  const isSaid = (digits: string) => said.some((e) => dialledForms(e.href).includes(digits));
  const numbers = numbersIn(a.label);
  return (a.href ? said.some((e) => e.href === a.href) : numbers.length > 0) && numbers.every(isSaid);
}

/**
 * The lead incident's other urgent actions without a web page, after its first, said when there is time: a boil-water
 * message said "Kook uw water" and the emergency number, but never "Voelt u zich ziek? Bel uw huisarts, 's nachts de
 * wachtpost op 1733". Optional, dropped after the web pages and the thanks, the last one first. Not one that calls an
 * emergency line said anyway and says nothing more ("In levensgevaar: bel 112" beside "Noodnummer: hang op en bel 112");
 * one that says more, without that number again (addTodo).
 */
export function addLaterTodos(add: Add, v: IncidentView, ctx: Context, said: readonly ChannelView[], fresh: readonly boolean[] = [], freshRank = 0.5, numbers?: readonly number[], unsaid?: Unsaid) {
  // The caller's own line is the one in `said` that is no emergency line (ivr.ts).
  const own = said.find((c) => !c.emergency);
  v.actions.slice(1).forEach((a, i) => {
    if (!a.urgent || a.href?.startsWith('https:')) return;
    const again = callsSaidLine(a, said);
    // One that leads to this very line and says more than to call it is for the people in this queue: kept before the
    // lead's action page and what is new. The Assisted travel line's callers did not hear "Booked assisted travel for
    // today? Your accessible taxi comes as booked." while the journey planner was said (trial O).
    // One added in this update (`fresh`, by the incident's order: ivr-news.ts) is kept before the one callers heard before.
    const rank = own && a.href === own.href ? 0.2 : fresh[i + 1] ? freshRank + i / 1000 : 0.5 + i / 100;
    // Keyed by its number in the feed (as the desk's `update --reword-action N`), not in the message's urgent-first order.
    const n = numbers?.[i + 1] ?? i + 2;
    if (!again || saysMore(a.label, said)) add(`todo-${v.id}-${n}`, todoSentence(a, ctx, again), rank);
    else unsaid?.(`covered-${v.id}-${n}`);
  });
}

/**
 * A label before the address it leads to: "My booking: example-air.example/mijn-boeking". A label that
 * is a sentence keeps its own ending, without a colon after it: "… Keep this page as proof.:" was
 * written (and said) before, "Need to rebook?:" too.
 */
export const beforeAddress = (label: string) => {
  const l = label.trimEnd();
  return /[?!]$/.test(l) ? `${l} ` : `${l.replace(/[\s.,;:]+$/, '')}: `;
};
