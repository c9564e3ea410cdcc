/** The emergency line sentences of the phone line's waiting message (ivr.ts). */
import { callingCodeForZone, isShortNumber } from '../feed/dialling.js';
import { pickText } from '../i18n/lang.js';
import { splitSentences } from './plain.js';
import { beforeAddress, CALL, numberAt } from './ivr-todo.js';
import type { Sentence } from './ssml.js';
import { numberSaid, shortAddress, type ChannelView, type Context } from './text.js';

/**
 * An emergency line, its number said once and marked up for the voice: "Storingslijn: hang op en bel
 * 0800 123 456." A label that already says its number (numberSaid: as the elements check it, or as dialled at home) is
 * not followed by it again: "Bij gevaar: 112" is said "Bij gevaar: hang op en bel 112." (a label of only the number
 * leads with the elements' `emergency`, "Bij nood: hang op en bel 112."); a name with its short number keeps it
 * ("NHS 111: hang up and call 111."), and a label
 * that says to call it ("Bel 112 bij levensgevaar") is said as written, then "Hang daarvoor eerst op."
 */
export function emergencySentence(e: ChannelView, ctx: Context, whenSaid = false): Sentence {
  const { x } = ctx;
  const said = e.number && numberSaid(ctx, e.label, e.href);
  // A label that tells to call ("Gaslucht? Bel direct", "Smell gas? Call now") leads to its number, then "hang up first":
  // "Smell gas? Call now: hang up and call +31 800 9009." said call twice.
  if (!said && CALL.test(e.label)) return [beforeAddress(e.label), e.number ? { tel: e.number } : { slow: shortAddress(e.href) }, '. ', x.ivrHangUpFirst];
  if (!said) return [x.ivrEmergency(e.label), e.number ? { tel: e.number } : { slow: shortAddress(e.href) }, '.'];
  const at = numberAt(e.label, said);
  const [before, spoken, after] = at ? [e.label.slice(0, at.index), at[0], e.label.slice(at.index + at[0].length)] : [e.label, '', ''];
  // Not when the words before the number tell to call it ("Levensgevaar? Bel 112", "Call now: 999"): said as written.
  const ends = at && /^[\s).\]!]*$/.test(after) && !CALL.test(before) && !/\b(bel|belt|bellen|call|dial|ring|phone)\W*$/i.test(before);
  // A short number right after a word, with nothing between but a space, is part of the line's name: "NHS 111" was said
  // "NHS: hang up and call 111". The name is said whole, its number marked up for the voice too, then the number to call.
  if (ends && /\p{L}\s+$/u.test(before) && isShortNumber(e.href, callingCodeForZone(ctx.payload.time_zone))) {
    const [lead, call] = x.ivrEmergency('\u0000').split('\u0000') as [string, string];
    return [lead + before, { tel: spoken }, after.trimEnd() + call, { tel: e.number! }, '.'];
  }
  // The number ends the label ("Bij gevaar: 112", "Noodlijn (112)"): the words before it lead the sentence,
  // unless they tell the caller to call it ("Levensgevaar? Bel 112" is said as written).
  if (ends) return [x.ivrEmergency(before.replace(/[\s:;,([–—-]+$/, '') || ctx.t.emergency), { tel: e.number! }, '.'];
  // A label that names the line with its number but does not tell to call it ("999 (emergency services)", "Gas emergency
  // 0800 111 999 (24 hours)") is said as the others: what to do, and when when nothing said it before ("In an emergency").
  // "999, emergency services. Hang up this call first." sounded like an order to every caller (trial O).
  if (at && !CALL.test(e.label)) {
    const name = before.replace(/[\s:;,([–—-]+$/, '');
    const tail = after.replace(/[\s.!]+$/, '');
    const bare = tail.replace(/^[\s:;,()[\]–—-]+|[\s)\]]+$/g, '');
    // Number first: its name leads when a reason said when ("Emergency services: hang up and call 999."), else the
    // elements' `emergency` leads and the name follows the number ("In an emergency: hang up and call 999, emergency services.").
    if (!name && whenSaid && bare) return [x.ivrEmergency(bare.charAt(0).toLocaleUpperCase(ctx.lang) + bare.slice(1)), { tel: spoken }, '.'];
    return [x.ivrEmergency(name || ctx.t.emergency), { tel: spoken }, tail, '.'];
  }
  const end = /[.!?…]\s*$/.test(at ? after : before) ? ' ' : '. ';
  return [before, ...(spoken ? [{ tel: spoken }] : []), after.trimEnd(), end, x.ivrHangUpFirst];
}

/**
 * The emergency line's sentence with when to call it first: the channel's `reason` ("when to use it"), as the elements show
 * it under the line. A municipality's message told every caller "Spoedlijn sociaal team: hang op en bel 0418 123 499", its
 * line for residents with no money for food, without "Geen geld voor eten of een dak boven uw hoofd?" (trial M); a heat
 * company's told thousands of queued callers "Alarmnummer 112: hang op en bel 112", without "Bij gevaar: brand,
 * koolmonoxide, of iemand wordt onwel door de kou" (trial N).
 */
export function emergencyLineSentence(e: ChannelView, ctx: Context): Sentence {
  // Only a reason of one short sentence, said on every call before all else that may go: a mobile operator's two-sentence
  // "112 werkt ook als ons netwerk plat ligt: …" left no room for the news (the elements still show it under the line).
  // Without a reason, who the line is for says when to call it ("For anyone who smells gas").
  const line = ctx.payload.channels.find((c) => c.id === e.id);
  const reason = line?.reason ?? line?.purpose;
  const text = reason ? pickText(reason, ctx.lang).trim() : '';
  const when = splitSentences(text).length === 1 && text.split(/\s+/).length <= 12 ? text : '';
  return when ? [/[.?!…]$/.test(when) ? `${when} ` : `${when}. `, ...emergencySentence(e, ctx, true)] : emergencySentence(e, ctx);
}
