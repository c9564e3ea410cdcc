/**
 * What the phone message (ivr.ts) says an incident's callers should do: its urgent actions without a web page, each with
 * the number it calls marked up for the voice. Pure.
 */
import { dialledForms } from './dial.js';
import { dialLang, numberSaid, telLang, type ActionView, type ChannelView, type Context, type IncidentView } from './text.js';
import { formatTel } from '../content/links.js';
import { sentenceEnd, sentenceStart, whoSaid } from './plain.js';
import type { Sentence } from './ssml.js';

type Add = (key: string, sentence: Sentence, optional?: number) => void;

/**
 * What to do, said right after its incident: the most urgent action when it has no web page
 * ("U woont in De Hoven? Kook kraanwater 1 minuut voordat u het drinkt."). A caller cannot look
 * it up elsewhere, so it is never dropped; a page is offered among the "instead" sentences.
 * Its `who` is said as a question: on the status page it stands under "Kom nu in actie als…", a
 * condition, but "U ruikt gas: bel …" read aloud tells the caller they smell gas.
 */
export function addTodo(add: Add, v: IncidentView, ctx: Context) {
  const a = v.actions[0];
  if (a?.urgent && !a.href?.startsWith('https:')) add(`todo-${v.id}`, todoSentence(a, ctx));
}

/** An urgent action said aloud: its who as a question, then its label, with the number it calls (callSentence). */
function todoSentence(a: ActionView, ctx: Context): Sentence {
  // A label that says the who itself, or asks its own question, is said alone (whoSaid): "You need medical help today? Call
  // NHS 111 if you need medical help today." and "U ruikt gas? Ruikt u gas? Ga naar buiten" said it twice.
  const asked = whoSaid(a.who, a.label);
  const who = asked ? `${asked} ` : '';
  // After the question a new sentence: "U ruikt gas? Bel …", also when the label was written to follow a colon ("bel …").
  const label = a.who ? sentenceStart(a.label, dialLang(ctx)) : a.label.trim();
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
  return at ? [lead + label.slice(0, at.index), { tel: at[0] }, sentenceEnd(label.slice(at.index + at[0].length))] : [lead + beforeAddress(label), { tel: number }, '.'];
}

/** Where a label says a number (in numberSaid's form): its digits with the separators people write between them. */
export const numberAt = (label: string, said: string) => new RegExp(`\\+?${said.replace(/\D/g, '').split('').join('[\\s()./-]*')}`).exec(label);

/**
 * Whether a label that names a number says more than that number: a sentence or a part after ";" that is no question
 * (its condition) and names no number. "Heeft u diarree of koorts? Bel uw huisarts, of de huisartsenpost als die dicht
 * is; bij levensgevaar 112" is a call to the GP, not only to 112, and was left out of a boil-water message because 112
 * is said anyway; "In levensgevaar: bel 112" and "Ruikt u gas? Bel 112" say nothing else.
 */
const saysMore = (label: string) => /\d/.test(label) && label.split(/(?<=[.;!?])\s+|;/).some((p) => p.trim() && !p.trim().endsWith('?') && !/\d/.test(p));

/**
 * The lead incident's other urgent actions without a web page, after its first, said when there is time: a boil-water
 * message said "Kook uw water" and the emergency number, but never "Voelt u zich ziek? Bel uw huisarts, 's nachts de
 * wachtpost op 1733". Optional, dropped after the web pages and the thanks, the last one first. Not one that calls an
 * emergency line said anyway and says nothing more ("In levensgevaar: bel 112" beside "Noodnummer: hang op en bel 112").
 */
export function addLaterTodos(add: Add, v: IncidentView, ctx: Context, emergency: readonly ChannelView[]) {
  // Said anyway: it calls an emergency line (or has no link), and every number its label says is one.
  const isEmergency = (digits: string) => emergency.some((e) => dialledForms(e.href).includes(digits));
  const said = (a: ActionView) => {
    const numbers = (a.label.match(/\d[\d\s./-]*\d/g) ?? []).map((n) => n.replace(/\D/g, '')).filter((n) => n.length >= 3);
    return (a.href ? emergency.some((e) => e.href === a.href) : numbers.length > 0) && numbers.every(isEmergency) && !saysMore(a.label);
  };
  v.actions.slice(1).forEach((a, i) => {
    if (a.urgent && !a.href?.startsWith('https:') && !said(a)) add(`todo-${v.id}-${i + 2}`, todoSentence(a, ctx), 0.5 + i / 100);
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
