/**
 * The phone message's sentences as SSML (ivr.ts), and which numbers in its plain text are phone numbers, marked
 * up for the voice as the number an action links to is: "In an emergency, call 999." was read "nine hundred and
 * ninety-nine", "bel 112" "honderdtwaalf". A number is a phone number when it is written as one ("0800 123 4567",
 * "+44 20 7946 0321", "(312) 555-0142", or the digits of a `tel:` link in the feed), or when a short or emergency
 * number (112, 999, 111, 14 030…) follows a word to call or an emergency within three words ("call NHS 111",
 * "bij levensgevaar 112"), or the name of a line right before it (LINE_NAME: "Noodlijn (112)"). Times, dates, amounts,
 * postcodes, house numbers and counts ("3 minuten", "112 woningen", "Dorpsstraat 112") stay text. Pure.
 */
import { callingCodeForZone, isShortNumber } from '../feed/dialling.js';
import { EMERGENCY_WORDS } from './sms-emergency.js';
import { dialledForms } from './dial.js';
import { xmlText } from './xml.js';

/** A piece of the message: text, or a time / phone number that SSML marks up. */
export type Piece = string | { time: string } | { tel: string } | { slow: string };
export type Sentence = Piece[];

/** What the test needs of the feed: its clock (the country's short numbers) and every `tel:` link in it. */
type Feed = { time_zone?: string; channels: readonly { href: string }[]; incidents: readonly { actions?: readonly { href?: string }[] }[] };

// A run of digits with the separators phone numbers are written with; never next to a letter, a time's colon, a
// decimal, a currency sign or a percentage ("10:20", "3,5", "€ 112", "112%"). A bracket inside a number closes on its
// digits and more follow ("+44 (0)20 7946 0321", "1 (312) 555-0142"): a note in brackets after it, "(312) 555-0142 (24
// hours)", "bel 0800 1234 (24 uur per dag)", is words, where the number ran on into "(24" and was not said as one.
const CANDIDATE = /(?<![\p{L}\d:,.€$£/])(?<![€$£] )[+(]?\d(?:(?:[ .)/-]{1,2}|[ .-]?\(\d{1,4}\)[ .-]?)\d|\d)*(?![\p{L}\d:%])(?![,.]\d)/gu;
const CALL_WORDS = /(?<!\p{L})(bel|belt|bellen|call|dial|ring|phone|telefoneer)(?!\p{L})/iu;
const UNIT = /^\s+(?:uur|uren|hours?|minuten|minutes?|dagen|days?|weken|weeks?|keer|times)(?!\p{L})/iu;
/**
 * The name of a line right before a short number, with nothing between but a colon or an opening bracket: a word
 * made of an emergency or help word and "lijn", "nummer", "line", "number" or "telefoon" ("Noodlijn (112)",
 * "Alarmnummer: 112", "Hulplijn 113", "helpline 116 123"), or NHS ("NHS 111 is open all night"). A word ending
 * otherwise is not one: "buslijn 112" is a bus, "huisnummer 112" a house, "Noodweer: 112 woningen" a count. The number
 * ends the phrase or is followed by a word about the line (AFTER_NAME): "Hulplijn: 112 meldingen vandaag" is a count.
 */
const LINE_NAME = /(?<!\p{L})(?:\p{L}*(?:nood|spoed|alarm|hulp|help|hot|crisis)(?:lijn|nummer|telefoon|line|number)|nhs)\s*[:(]?\s*$/iu;
/** A service's name, before its number in brackets only: "Politie (112)", "Ambulance (999)"; "Politie: 112 meldingen" is a count. */
const SERVICE_NAME = /(?<!\p{L})(?:politie|police|ambulance|brandweer|fire brigade|fire service)\s*\($/iu;
/** After a line's name and number: the end of the phrase, or a word about the line ("Hulplijn 113 is dag en nacht open"). */
const AFTER_NAME = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:is|of|or|en|and|bellen|belt|bereikbaar|open)(?!\p{L}))/iu;
const DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
const US_NUMBER = /^(?:1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;

/** Where a text says phone numbers, as [start, end) spans, in order. */
export function phoneNumberSpans(feed: Feed, text: string): [number, number][] {
  const cc = callingCodeForZone(feed.time_zone);
  const hrefs = [...feed.channels.map((c) => c.href), ...feed.incidents.flatMap((i) => (i.actions ?? []).map((a) => a.href ?? ''))];
  const linked = new Set(hrefs.filter((h) => h.startsWith('tel:')).flatMap(dialledForms));
  const spans: [number, number][] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    let said = m[0];
    let start = m.index;
    // "Noodlijn (112)": the bracket belongs to the sentence, not to the number.
    if (said.startsWith('(') && !said.includes(')')) [said, start] = [said.slice(1), start + 1];
    // "Bel 0800 1234 24 uur per dag": the hours are not part of the number.
    if (/ \d+$/.test(said) && UNIT.test(text.slice(start + said.length))) said = said.replace(/ \d+$/, '');
    const digits = said.replace(/\D/g, '');
    const written = (said.startsWith('+') && digits.length >= 8) || (/^0\d/.test(digits) && digits.length >= 8 && !DATE.test(said)) || US_NUMBER.test(said);
    const [lead, rest] = [text.slice(0, start), text.slice(start + said.length)];
    const before = lead.split(/[.!?]\s/).pop()!.split(/\s+/).filter(Boolean).slice(-3).join(' ');
    const named = AFTER_NAME.test(rest) && (LINE_NAME.test(lead) || (rest.startsWith(')') && SERVICE_NAME.test(lead)));
    const called = named || CALL_WORDS.test(before) || EMERGENCY_WORDS.test(before) || /^\s*(bellen|belt)\b/i.test(rest);
    const short = isShortNumber(`tel:${digits}`, cc) || (digits.length < 7 && linked.has(digits));
    if (written || (digits.length >= 7 && linked.has(digits)) || (short && called)) spans.push([start, start + said.length]);
  }
  return spans;
}

const telephone = (n: string) => `<prosody rate="90%"><say-as interpret-as="telephone">${xmlText(n)}</say-as></prosody>`;

/** A sentence with the phone numbers its text says as pieces of their own: what the voice says and the estimate counts. */
export function withNumbers(s: Sentence, feed: Feed): Sentence {
  return s.flatMap((p): Piece[] => {
    if (typeof p !== 'string') return [p];
    const out: Piece[] = [];
    let at = 0;
    for (const [start, end] of phoneNumberSpans(feed, p)) {
      out.push(p.slice(at, start), { tel: p.slice(start, end) });
      at = end;
    }
    return [...out, p.slice(at)].filter((q) => q !== '');
  });
}

/**
 * Brackets said as a voice says them: a pause, not "open bracket" or a jump in tone. "You or someone at home has a
 * personal alarm (telecare)?" is said "…has a personal alarm, telecare?", "call 999 from a mobile (it works on any
 * network); your home phone…" "…from a mobile, it works on any network; your home phone…", "Call us (free) today"
 * "Call us, free, today". Before a dash no comma: "Emergency department (A&E) – only when referred" is said "Emergency
 * department, A&E – only when referred". Only for speech: the written channels keep the desk's brackets.
 */
export function unbracket(text: string): string {
  let out = text;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/\s*\(([^()]*)\)/g, (m: string, inner: string, at: number, whole: string) => {
      const said = inner.trim().replace(/[\s,;:]+$/, '');
      const before = whole.slice(0, at).trimEnd();
      const after = whole.slice(at + m.length);
      const ends = /^\s*(?:[.,;:!?…)–—]|$)/.test(after);
      if (!said.replace(/[.!?…]+$/, '')) return '';
      // At the start of the text or a sentence, or after a colon or comma: no comma before it.
      const open = !before || /[.!?:;,]$/.test(before) ? (before ? ' ' : '') : ', ';
      // A sentence that ends inside its brackets, "(see below.)", keeps its end; else the end is after them.
      const body = after.trim() ? said.replace(/[.!?…]+$/, '') : said;
      return `${open}${body}${ends ? '' : ','}`;
    });
  }
  return out;
}

/**
 * A sentence as the voice says it (the phone message's text and SSML alike): its phone numbers as pieces of their own
 * (withNumbers), then its brackets said as pauses (unbracket) around them, so a number's own brackets, "(312) 555-0142",
 * stay the number's.
 */
export function spokenSentence(s: Sentence, feed: Feed): Sentence {
  const marks: Piece[] = [];
  const joined = withNumbers(s, feed)
    .map((p) => (typeof p === 'string' ? p.replace(/[\uE000\uE001]/g, '') : `\uE000${marks.push(p) - 1}\uE001`))
    .join('');
  return unbracket(joined)
    .split(/\uE000(\d+)\uE001/)
    .map((part, i): Piece => (i % 2 ? marks[Number(part)]! : part))
    .filter((p) => p !== '');
}

/** One sentence as SSML: times and phone numbers marked up, an address said slowly. */
export function ssmlSentence(s: Sentence, feed: Feed): string {
  return withNumbers(s, feed)
    .map((p) => {
      if (typeof p === 'string') return xmlText(p);
      if ('tel' in p) return telephone(p.tel);
      if ('time' in p) {
        // A date before the clock time stays plain text; only "HH:MM" (or a US "6:34 AM") is marked as a time.
        const m = /^(.*?)(\d{1,2}:\d{2}(?:\s[AP]M)?)(.*)$/.exec(p.time);
        return m ? `${xmlText(m[1]!)}<say-as interpret-as="time" format="${/M$/.test(m[2]!) ? 'hms12' : 'hms24'}">${xmlText(m[2]!)}</say-as>${xmlText(m[3]!)}` : xmlText(p.time);
      }
      return `<prosody rate="90%">${xmlText(p.slow)}</prosody>`;
    })
    .join('');
}
