/** The emergency line sentences of the phone line's waiting message (ivr.ts). */
import { callingCodeForZone, isShortNumber } from '../feed/dialling.js';
import { pickText } from '../i18n/lang.js';
import { sentenceStart, splitSentences } from './plain.js';
import { beforeAddress, CALL, numberAt } from './ivr-todo.js';
import type { Piece, Sentence } from './ssml.js';
import { numberSaid, shortAddress, type ChannelView, type Context } from './text.js';

/**
 * How an emergency line is said, for its reason to join (emergencyLineSentence). `call`: its name (`head`), then "hang op
 * en bel" and the number, then any words the label has after it (`tail`); `generic` when no name was left to say and the
 * elements' `emergency` ("Bij nood") stands for it. `written`: a label that tells to call and cannot be split ("Call 112
 * if a life is in danger", "Gaslucht? Bel direct"), said as written with its number, then "hang up first".
 */
type Said = { form: 'call'; head: Piece[]; generic?: boolean; number: Piece; tail: string; or?: Piece } | { form: 'written'; head: Piece[] };

/** Words that tell to call, right before the number that ends a label: "Bij levensgevaar: bel 112", "Life in danger? Call 112". */
const CALL_BEFORE = /^(.*?)[\s:;,–—-]*(?<!\p{L})(?:bel|belt|bellen|call|dial|ring|phone)\s*:?\s*$/iu;

function said(e: ChannelView, ctx: Context, whenSaid: boolean): Said {
  const number: Piece = e.number ? { tel: e.number } : { slow: shortAddress(e.href) };
  const shown = e.number && numberSaid(ctx, e.label, e.href);
  // A label that tells to call ("Gaslucht? Bel direct", "Smell gas? Call now") leads to its number, then "hang up first":
  // "Smell gas? Call now: hang up and call +31 800 9009." said call twice.
  if (!shown && CALL.test(e.label)) return { form: 'written', head: [beforeAddress(e.label), number, '.'] };
  if (!shown) return { form: 'call', head: [e.label.trim()], number, tail: '' };
  const at = numberAt(e.label, shown);
  const [before, spoken, after] = at ? [e.label.slice(0, at.index), at[0], e.label.slice(at.index + at[0].length)] : [e.label, '', ''];
  const last = at && /^[\s).\]!]*$/.test(after);
  // The number ends the label after the words that tell to call it ("Bij levensgevaar: bel 112", "Levensgevaar? Bel 112",
  // "Big event today? Call 0800 123 4567"): what comes before leads, then "hang op en bel" and the number, as every other
  // line: "Bij levensgevaar: bel 112. Hang daarvoor eerst op." was an order in two steps (trial Q).
  const calls = last ? CALL_BEFORE.exec(before) : null;
  if (calls) {
    const head = calls[1]!.replace(/[\s:;,([–—-]+$/, '');
    return head ? { form: 'call', head: [head], number: { tel: spoken }, tail: '' } : { form: 'call', head: [ctx.t.emergency], generic: true, number: { tel: spoken }, tail: '' };
  }
  // Not when the words before the number tell to call it otherwise ("Call now: 999", "Bel direct 0800-9009, kies 1"): said as written.
  const ends = last && !CALL.test(before);
  // A short number right after a word, with nothing between but a space, is part of the line's name: "NHS 111" was said
  // "NHS: hang up and call 111". The name is said whole, its number marked up for the voice too, then the number to call.
  // Two numbers with "or" between end the label ("Fire, ambulance, Gardaí: 112 or 999"): no name with its number, but a
  // choice: "Fire, ambulance, Gardaí: hang up and call 112 or 999.", not "… 112 or 999: hang up and call 999." (trial W).
  const either = ends ? /^(.*?)[\s:;,([–—-]*(\d[\d\s]*\d)(\s+(?:or|of|oder|ou)\s+)$/iu.exec(before) : null;
  if (either) return { form: 'call', head: [either[1]! || ctx.t.emergency], generic: !either[1], number: { tel: either[2]!.trim() }, tail: either[3]!, or: { tel: spoken } };
  if (ends && /\p{L}\s+$/u.test(before) && isShortNumber(e.href, callingCodeForZone(ctx.payload.time_zone))) {
    return { form: 'call', head: [before, { tel: spoken }, after.trimEnd()], number: { tel: e.number! }, tail: '' };
  }
  // The number ends the label ("Bij gevaar: 112", "Noodlijn (112)"): the words before it lead the sentence.
  if (ends) {
    const name = before.replace(/[\s:;,([–—-]+$/, '');
    return name ? { form: 'call', head: [name], number: { tel: e.number! }, tail: '' } : { form: 'call', head: [ctx.t.emergency], generic: true, number: { tel: e.number! }, tail: '' };
  }
  // A label that names the line with its number but does not tell to call it ("999 (emergency services)", "Gas emergency
  // 0800 111 999 (24 hours)") is said as the others: what to do, and when when nothing said it before ("In an emergency").
  // "999, emergency services. Hang up this call first." sounded like an order to every caller (trial O).
  if (at && !CALL.test(e.label)) {
    const name = before.replace(/[\s:;,([–—-]+$/, '');
    const tail = after.replace(/[\s.!]+$/, '');
    const bare = tail.replace(/^[\s:;,()[\]–—-]+|[\s)\]]+$/g, '');
    // Number first: with a reason to say when, what the brackets name leads ("Emergency services, …: hang up and call
    // 999."), else the elements' `emergency` leads and the name follows the number ("In an emergency: hang up and call
    // 999, emergency services.").
    if (!name && whenSaid && bare) return { form: 'call', head: [sentenceStart(bare, ctx.lang)], number: { tel: spoken }, tail: '' };
    return name ? { form: 'call', head: [name], number: { tel: spoken }, tail } : { form: 'call', head: [ctx.t.emergency], generic: true, number: { tel: spoken }, tail };
  }
  const end = /[.!?…]\s*$/.test(at ? after : before) ? '' : '.';
  return { form: 'written', head: [before, ...(spoken ? [{ tel: spoken }] : []), after.trimEnd() + end] };
}

const text = (s: readonly Piece[]) => s.map((p) => (typeof p === 'string' ? p : 'tel' in p ? p.tel : 'time' in p ? p.time : p.slow)).join('');
const words = (s: string) => new Set(s.toLocaleLowerCase().match(/[\p{L}\d]+/gu) ?? []);
/** A phrase's first letter in lower case after a name ("Voor wie …" -> "voor wie …", "A life …" -> "a life …"), not an abbreviation's ("NHS …") nor "I". */
const lower = (s: string, lang: string) => s.replace(/^(?!I\s)\p{Lu}(?=\p{Ll}|\s)/u, (c) => c.toLocaleLowerCase(lang));

/**
 * An emergency line, its number said once and marked up for the voice, with when to call it (`when`, its reason or
 * purpose) between its name and its number, so the reason is never heard beside another line's number: "Spoedeisende
 * hulp, alleen na verwijzing door huisarts, huisartsenpost of 112: hang op en bel 026 700 1111." It was said "…bel 0900
 * 700 8000. alleen na verwijzing door huisarts, huisartsenpost of 112. Spoedeisende hulp: hang op en bel 026 700 1111.",
 * and sounded as if it was the GP service's (trial Q).
 *
 * A label that already says its number (numberSaid: as the elements check it, or as dialled at home) is not followed by
 * it again: "Bij gevaar: 112" is said "Bij gevaar: hang op en bel 112.", "Bij levensgevaar: bel 112" "Bij levensgevaar:
 * hang op en bel 112." (a label of only the number leads with the elements' `emergency`, "Bij nood: hang op en bel 112.");
 * a name with its short number keeps it ("NHS 111: hang up and call 111."), and a label that says to call it otherwise
 * ("Bel 112 bij levensgevaar") is said as written, then "Hang eerst op en bel dan dat nummer."
 *
 * A name the reason says too is not said twice: "Bij levensgevaar: bel 112" with "bij levensgevaar, zoals pijn op de
 * borst" is said "Bij levensgevaar, zoals pijn op de borst …: hang op en bel 112.", not "… Bij levensgevaar: bel 112."
 * A reason that asks ("Geen geld voor eten?") follows the name after a colon and the call is its answer; one with a colon
 * of its own ("Bij gevaar: brand, koolmonoxide …") is a sentence between the name and the call.
 */
export function emergencySentence(e: ChannelView, ctx: Context, when = ''): Sentence {
  const { x, lang } = ctx;
  const s = said(e, ctx, !!when);
  const why = when.trim().replace(/[\s.]+$/, '');
  if (s.form === 'written') {
    // The label says what to do and when; a reason is its own sentence before "hang up first".
    const reason = why ? ` ${sentenceStart(why, lang)}${/[?!…]$/.test(why) ? '' : '.'}` : '';
    return [...s.head, `${reason} ${x.ivrHangUpFirst}`];
  }
  const [lead, call] = x.ivrEmergency('\u0000').split('\u0000') as [string, string];
  // "hang op en bel ", as a sentence of its own after a question: "Levensgevaar? Hang op en bel 112."
  const action = sentenceStart(call.replace(/^[\s:;,]+/, ''), lang) + (call.endsWith(' ') ? ' ' : '');
  const asks = (h: string) => /[?!]$/.test(h.trimEnd());
  const finish = (head: string): Piece[] => (asks(head) ? [`${head.trimEnd()} ${action}`] : [`${head}${call}`]);
  const close: Piece[] = [s.number, s.tail, ...(s.or ? [s.or] : []), '.'];
  const name = text(s.head);
  if (!why) {
    const [first, ...rest] = s.head;
    return (rest.length ? [lead + (first as string), ...rest.slice(0, -1), ...finish(text(rest.slice(-1))), ...close] : [lead, ...finish(name), ...close]).filter((p) => p !== '');
  }
  const asked = /[?]$/.test(why);
  const clause = !asked && /[:;]/.test(why);
  // The name says no more than the reason ("Bij levensgevaar" in "bij levensgevaar, zoals …", "Life in danger?" in "when a
  // life is in danger, …"), or is only the elements' "Bij nood": the reason leads alone.
  const nameWords = words(name);
  const within = s.generic || (nameWords.size > 0 && [...nameWords].every((w) => words(why).has(w)));
  if (within) {
    const said = sentenceStart(why, lang);
    return [lead, ...(clause ? [`${said}. ${action}`] : finish(said)), ...close].filter((p) => p !== '');
  }
  const head = s.head.slice(0, -1);
  const end = text(s.head.slice(-1));
  if (asked || clause) {
    // "Spoedlijn sociaal team: geen geld voor eten of een dak boven uw hoofd? Hang op en bel …"; "Alarmnummer 112. Bij
    // gevaar: brand, koolmonoxide … Hang op en bel 112."
    const joined = asked && !asks(name) ? `${end}: ${lower(why, lang)}` : `${end}${asks(name) ? '' : '.'} ${sentenceStart(why, lang)}${asked ? '' : '.'}`;
    return [lead, ...head, `${joined} ${action}`, ...close].filter((p) => p !== '');
  }
  // A phrase after the name, before the call; after a dash when the name has brackets or commas of its own, which the
  // voice says as pauses too ("Huisartsenpost (avond, nacht) – …"), else after a comma.
  const joined = asks(name) ? `${end} ${sentenceStart(why, lang)}` : `${end}${/[(),]/.test(name) ? ' –' : ','} ${lower(why, lang)}`;
  return [lead, ...head, ...finish(joined), ...close].filter((p) => p !== '');
}

/**
 * Examples at the end of a reason ("bij levensgevaar, zoals pijn op de borst, ernstige benauwdheid of bewusteloosheid",
 * "when a life is in danger, such as chest pain …"): what is left is the reason itself, which is always said.
 */
const EXAMPLES = /^(.*?\p{L}.*?)(?:\s*,\s*|\s+[–—]\s+|\s*\(\s*)(?:zoals|bijvoorbeeld|bijv\.|bv\.|b\.v\.|such as|like|for example|for instance|e\.g\.|including|waaronder)\s.+$/iu;

/**
 * The emergency line's sentence with when to call it: the channel's `reason` ("when to use it"), as the elements show it
 * under the line, else its `purpose` (who it is for). A municipality's message told every caller "Spoedlijn sociaal team:
 * hang op en bel 0418 123 499", its line for residents with no money for food, without "Geen geld voor eten of een dak
 * boven uw hoofd?" (trial M); a heat company's told thousands of queued callers "Alarmnummer 112: hang op en bel 112",
 * without "Bij gevaar: brand, koolmonoxide, of iemand wordt onwel door de kou" (trial N).
 *
 * `short`: the same without the examples its reason ends with, said when the message needs the room for what is going on
 * (ivr.ts): a hospital's general line at 06:35 said "zoals pijn op de borst, ernstige benauwdheid of bewusteloosheid" and
 * left out that Tuesday's appointments were cancelled (trial Q). The line is always said, its reason too unless `reasonless`.
 */
export function emergencyLineSentence(e: ChannelView, ctx: Context, news = false): { sentence: Sentence; short?: Sentence; reasonless?: boolean; reasoned?: boolean } {
  // Only one short sentence, said on every call before all else that may go: a mobile operator's two-sentence "112 werkt
  // ook als ons netwerk plat ligt: …" left no room for the news (the elements still show it under the line). Examples
  // at its end may make it longer, as they give way first.
  const line = ctx.payload.channels.find((c) => c.id === e.id);
  const count = (t: string) => t.split(/\s+/).length;
  const core = (t: string) => EXAMPLES.exec(t)?.[1]?.trim();
  const fits = (t: string) => splitSentences(t).length === 1 && (count(t) <= 12 || (count(t) <= 20 && count(core(t) ?? t) <= 12));
  const when = [line?.reason, line?.purpose].map((r) => (r ? pickText(r, ctx.lang).trim() : '')).find((t) => t && fits(t)) ?? '';
  const sentence = emergencySentence(e, ctx, when);
  const brief = when && core(when);
  if (brief) return { sentence, short: emergencySentence(e, ctx, brief), reasoned: true };
  // With news to say, a line whose name asks when to call it ("Ruikt u gas? Bel direct") may be said without its reason
  // (`reasonless`): trial R's line said "Bij gaslucht, of een kabel of leiding die op straat ligt" to every caller and left
  // out all of what we know. A name that does not say when ("Spoedlijn sociaal team", trial M) keeps its reason.
  return news && when && /\?/.test(e.label) ? { sentence, short: emergencySentence(e, ctx, ''), reasonless: true, reasoned: true } : { sentence, reasoned: !!when };
}
