/**
 * Rules for the numbers a frightened customer dials: a number in a text that is a digit off one of the feed's own
 * lines, and a line that costs callers per minute. Pure.
 */
import { formatTel } from '../../content/links.js';
import { deskLink } from '../../feed/channel-edit.js';
import { callingCodeForZone, isEmergencyServiceNumber, isPublicServiceNumber, isShortNumber } from '../../feed/dialling.js';
import { suggestTel } from '../../feed/tel-suggest.js';
import { defineRule, feedOr } from '../rule.js';
import { eachObject, stringsOf, textIn, type Obj } from '../walk.js';
import { nameOf } from './channels.js';
import { shellArg } from '../shell.js';

type Words = { en: string; nl: string };

export const codeOf = (doc: Obj, timeZone: string) => callingCodeForZone(typeof doc.time_zone === 'string' ? doc.time_zone : timeZone);

/** The E.164 digits a `tel:` link or a written number dials, read in the feed's country (`code`); undefined when it cannot say. */
export const e164 = (number: string, code?: string): string | undefined => suggestTel(`tel:${number.replace(/^tel:/i, '')}`, code)?.slice(5);

/**
 * A phone number as written in a text: + or 00 and the country code, a leading 0, or (on a US or Canadian clock) 10 digits;
 * groups apart by one space, dot, dash or slash, or the British "(0)": "0800 028 1243", "+44 (0)20 7946 0018", "078/35 35 99";
 * an American area code in brackets, "(312) 555-0104" or "+1 (312) 555-0104" (trial Y: a swapped digit in it went unseen).
 * "(24/7)" after a number is not part of it.
 */
export const WRITTEN = /(?:(?<![\w+(])\(\d{3}\) ?|(?<![\w+])(?:\+|00)?)\d+(?:(?: ?\((?:0|\d{3})\) ?| ?[./-] ?| )\d+)*/g;

/** Same length, and one digit different or two digits side by side swapped: the commonest slips in typing a number. */
export function slip(a: string, b: string): 'digit' | 'swap' | undefined {
  if (a.length !== b.length || a === b) return undefined;
  const at = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (at.length === 1) return 'digit';
  const [i, j] = at as [number, number];
  return at.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i] ? 'swap' : undefined;
}

/** A number is someone's own line, not a public one (112, 999, 1733, 113, 0800-0113) and long enough to be typed wrong. */
export const ownLine = (digits: string, code?: string) =>
  digits.length >= 9 && !isEmergencyServiceNumber(`tel:+${digits}`) && !isPublicServiceNumber(`tel:+${digits}`, code) && !isShortNumber(`tel:+${digits}`, code);

/**
 * A number written in a text that is none of the feed's channels' or actions' numbers but one digit off one of them, or with two
 * digits swapped. A UK bank's desk typed "Bel direct ons fraudenummer 0800 028 1243" while its fraud line is 0800 028 1234: nothing
 * warned, and a frightened customer would call a stranger's number, or a scammer's. Public numbers (112, 999, 1733, 113) and a
 * number that is exactly a channel's are left alone; one quoted on purpose (a scammer's, to warn about it) may stay.
 */
export const numberNearChannel = defineRule('number-near-channel', 'warning', function* ({ doc, texts, timeZone }) {
  const code = codeOf(doc, timeZone);
  const lines: { digits: string; href: string; name: Words; action?: boolean }[] = [];
  const add = (href: unknown, name: () => Words, action = false) => {
    // A text line's number is one of the feed's own too (trial T: "Text OUT to (316) 555-0101" beside a line ending 0100).
    const tel = typeof href === 'string' ? href.replace(/^sms:([^?]*).*$/i, 'tel:$1') : undefined;
    const digits = tel && /^tel:/i.test(tel) ? e164(tel, code) : undefined;
    if (digits && ownLine(digits, code) && !lines.some((l) => l.digits === digits)) lines.push({ digits, href: `tel:+${digits}`, name: name(), action });
  };
  eachObject(doc.channels, 'channels', (c, p) => add(c.href, () => nameOf(c, p)));
  const links: { path: string; href: string }[] = [];
  eachObject(doc.incidents, 'incidents', (inc, p) =>
    eachObject(inc.actions, `${p}/actions`, (a, ap) => {
      if (typeof a.href === 'string' && /^tel:/i.test(a.href)) links.push({ path: `${ap}/href`, href: a.href });
      add(a.href, () => ({ en: `the action “${textIn(a.label, 'en').trim()}”`, nl: `de actie ‘${textIn(a.label, 'nl').trim()}’` }), true);
    }),
  );
  if (!lines.length) return;
  const known = new Set(lines.map((l) => l.digits));
  /** The finding for a number `written` at `path` one slip off one of `among`, if it is. */
  const nearOne = (path: string, written: string, digits: string, among: typeof lines) => {
    const near = among.map((l) => ({ l, how: slip(digits, l.digits) })).find((x) => x.how);
    if (!near) return undefined;
    const ours = deskLink(near.l.href, code);
    const whose: Words = { en: `${ours}, the number of ${near.l.name.en}`, nl: `${ours}, het nummer van ${near.l.name.nl}` };
    const how: Words =
      near.how === 'digit'
        ? { en: `“${written}” is one digit off ${whose.en}`, nl: `‘${written}’ verschilt één cijfer van ${whose.nl}` }
        : { en: `“${written}” has two digits swapped compared with ${whose.en}`, nl: `in ‘${written}’ staan twee cijfers omgewisseld ten opzichte van ${whose.nl}` };
    return {
      path,
      message: {
        en: `${how.en}: a reader who calls it may reach a stranger, or a scammer`,
        nl: `${how.nl}: wie het belt, kan bij een onbekende of een oplichter uitkomen`,
      },
      fix: {
        en: `Check the number in the text: if ${ours} is meant, write that. If it is another number on purpose (a scammer's number you warn about), leave it${feedOr(` and sign with clearline sign --number-ok ${shellArg(written)}`, ' and tick that the number is right as it is')}.`,
        nl: `Controleer het nummer in de tekst: is ${ours} bedoeld, schrijf dat dan. Is het met opzet een ander nummer (het nummer van oplichters waarvoor u waarschuwt), laat het dan staan${feedOr(` en onderteken met clearline sign --number-ok ${shellArg(written)}`, ' en vink aan dat het nummer zo klopt')}.`,
      },
    };
  };
  for (const t of texts) {
    for (const s of stringsOf(t)) {
      const seen = new Set<string>();
      for (const m of s.text.matchAll(WRITTEN)) {
        const written = m[0].trim();
        const digits = e164(written, code);
        if (!digits || known.has(digits) || seen.has(digits) || !ownLine(digits, code)) continue;
        seen.add(digits);
        const found = nearOne(s.path, written, digits, lines);
        if (found) yield found;
      }
    }
  }
  // An action's own link one slip off a channel's number (trial Y: "Call our emergency line" linked to (312) 555-0104, the
  // 24/7 line being 555-0140): that number counted as one of the feed's own, and lint said only to add it as an emergency line.
  const channels = lines.filter((l) => !l.action);
  for (const link of links) {
    const digits = e164(link.href, code);
    if (!digits || channels.some((l) => l.digits === digits) || !ownLine(digits, code)) continue;
    const shown = deskLink(`tel:+${digits}`, code);
    const found = nearOne(link.path, /^tel:/i.test(shown) ? formatTel(`tel:+${digits}`) : shown, digits, channels);
    if (found) yield found;
  }
});

/** Numbers that cost callers per minute, by country code: their first digits after it, and how they are dialled at home. */
const COSTLY: Readonly<Record<string, RegExp>> = {
  // 0900, 0906, 0909: paid information numbers.
  '31': /^90[069]/,
  // 09 (premium rate), 084 and 087 (a service charge per minute on top of the call).
  '44': /^(?:9\d\d|8[47]\d)/,
  // 070 (paid per minute) and 090x (premium rate).
  '32': /^(?:70|90\d)/,
  // US and Canada: 1-900 (pay-per-call). A cooperative's desk added its billing line as 1-900-… and nothing warned.
  '1': /^900/,
};

/** What to give instead, in the number's country. */
const INSTEAD: Readonly<Record<string, Words>> = {
  '31': { en: 'a free 0800 number or a normal-rate 088 number', nl: 'een gratis 0800-nummer of een 088-nummer tegen gewoon tarief' },
  '44': { en: 'a free 0800 or 0808 number or a normal-rate 03 number', nl: 'een gratis 0800- of 0808-nummer of een 03-nummer tegen gewoon tarief' },
  '32': { en: 'a free 0800 number or an ordinary number (such as 02 or 078)', nl: 'een gratis 0800-nummer of een gewoon nummer (zoals 02 of 078)' },
  '1': { en: 'a toll-free number (800, 888, 877, 866, 855, 844 or 833) or a local one', nl: 'een gratis nummer (800, 888, 877, 866, 855, 844 of 833) of een gewoon lokaal nummer' },
};

/** A text line's paid number: every text costs, and in a crisis people text again and again for news. */
const COSTLY_TEXT = (which: Words, prefix: string): Words => ({
  en: `${which.en} is a paid number (${prefix}): people pay extra for every text they send to it, and in a crisis they text many times`,
  nl: `${which.nl} is een betaalnummer (${prefix}): mensen betalen extra voor elke sms die ze ernaar sturen, en in een crisis sms'en ze vaak`,
});

/**
 * A channel, action or text that links to a number costing callers per minute: a Dutch 0900, 0906 or 0909, a British 09, 084 or
 * 087, a Belgian 070 or 090x, a US or Canadian 1-900. In a crisis people call many times and wait long, paying all the while. By the number's own country
 * code, as phone-length reads it; a number starting with 0 in the feed's. Public lines (the Dutch police's 0900-8844) are left alone.
 */
export const costlyNumber = defineRule('costly-number', 'warning', function* ({ doc, links, timeZone }) {
  const code = codeOf(doc, timeZone);
  const names = new Map<string, Words>();
  eachObject(doc.channels, 'channels', (c, p) => names.set(`${p}/href`, nameOf(c, p)));
  for (const { path, href: link } of links) {
    // A text line's number too (trial T): a premium-rate number to text costs per message, as a phone line per minute.
    const text = /^sms:/i.test(link);
    const href = text ? link.replace(/^sms:([^?]*).*$/i, 'tel:$1') : link;
    if (!/^tel:/i.test(href) || isPublicServiceNumber(href, code)) continue;
    const digits = e164(href, code);
    const cc = digits && Object.keys(COSTLY).find((k) => digits.startsWith(k) && COSTLY[k]!.test(digits.slice(k.length)));
    if (!digits || !cc) continue;
    const rest = digits.slice(cc.length);
    // As dialled at home: 0900 in the Netherlands, 1-900 in North America (no trunk 0 there).
    const prefix = cc === '1' ? `1-${rest.slice(0, 3)}` : `0${rest.slice(0, cc === '44' || rest.startsWith('90') ? 3 : 2)}`;
    const shown = deskLink(`tel:+${digits}`, code);
    const name = names.get(path);
    const which: Words = name ? { en: `${name.en} (${shown})`, nl: `${name.nl} (${shown})` } : { en: `the number ${shown}`, nl: `het nummer ${shown}` };
    const instead = INSTEAD[cc]!;
    yield {
      path,
      message: text ? COSTLY_TEXT(which, prefix) : {
        en: `${which.en} is a paid number (${prefix}): callers pay per minute while they wait, and in a crisis people call many times and wait long`,
        nl: `${which.nl} is een betaalnummer (${prefix}): bellers betalen per minuut terwijl ze wachten, en in een crisis bellen mensen vaak en wachten ze lang`,
      },
      // Not "customers": a hospital's patients (trial Q). Its GP out-of-hours service's 0900 number is not the hospital's to change.
      fix: text ? { en: 'For the crisis, give a number people can text at the normal rate, such as a mobile number, and use that one instead. Is it another organisation\'s number? Then leave it: you cannot change it.', nl: 'Geef voor de crisis een nummer waar mensen tegen gewoon tarief naar kunnen sms\'en, zoals een mobiel nummer, en gebruik dat. Is het het nummer van een andere organisatie? Laat het dan staan: dat kunt u niet veranderen.' } : {
        en: `For the crisis, give callers ${instead.en}, and link to that one instead. Is it another organisation's line, such as a GP out-of-hours service? Then leave it: you cannot change it.`,
        nl: `Geef bellers voor de crisis ${instead.nl}, en verwijs daarnaar. Is het de lijn van een andere organisatie, zoals een huisartsenpost? Laat hem dan staan: die kunt u niet veranderen.`,
      },
    };
  }
});
