/** Rules for links and phone numbers, in hrefs and inside Markdown. */
import { callingCodeForZone, digitCountProblem, isShortNumber } from '../../feed/dialling.js';
import { freephoneAbroad } from '../../feed/freephone-abroad.js';
import { deskLink, dialledExample as example, phoneExtension } from '../../feed/channel-edit.js';
import { suggestTel } from '../../feed/tel-suggest.js';
import { notInCountry } from '../../feed/foreign-prefix.js';
import { defineRule, feedOr, type LintContext, type SaidProblem } from '../rule.js';
import { kindAt, textLinkProblem } from './sms-links.js';
import type { Obj } from '../walk.js';

const SAFE_SCHEME = /^(?:https:|mailto:|tel:)/i;
/** tel: with `+`, a country code and at most 15 digits; spaces, dots, dashes and brackets are allowed as separators. */
const E164 = /^\+[1-9]\d{1,14}$/;

/** The country code a national number (leading 0) is read with: from the feed's time zone. */
const codeOf = (doc: Obj, timeZone: string) => callingCodeForZone(typeof doc.time_zone === 'string' ? doc.time_zone : timeZone);


/**
 * A number with an extension or menu choice after it (`020 7946 0018 ext 2`, `toestel 2`, `kies 2`): a phone link
 * dials only the number, so the desk hears that, and where callers can read what to choose instead (the name).
 */
function extensionProblem(doc: Obj, path: string, href: string, typed: string, extension: string, code?: string) {
  const n = /\d+$/.exec(extension)![0];
  // The number to give as the desk dials it: "0800 316 4000" in a British feed, not "+448003164000"; one of a length no number
  // there has stays as typed.
  const tel = suggestTel(`tel:${typed}`, code);
  const number = tel && !digitCountProblem(tel) ? deskLink(tel, code) : typed;
  // The example in the channel's own name, when the link is a channel's and it has one.
  const label = /^channels\/(\d+)\/href$/.exec(path) && (doc.channels as Obj[] | undefined)?.[Number(path.split('/')[1])]?.label;
  const name = (lang: 'en' | 'nl', fallback: string) => {
    const t = typeof label === 'string' ? label : typeof label === 'object' && label ? (label as Obj)[lang] : undefined;
    return typeof t === 'string' && t.trim() ? t.trim() : fallback;
  };
  return {
    path,
    message: {
      en: feedOr(`the link ${href} has an extension or menu choice (${extension}) after the number: a phone link dials only the number, never the extension`, `“${href}” has an extension or menu choice (${extension}) after the number: a phone link dials only the number, never the extension`),
      nl: feedOr(`de link ${href} heeft een toestelnummer of keuze (${extension}) na het nummer: een telefoonlink belt alleen het nummer, nooit het toestel`, `‘${href}’ heeft een toestelnummer of keuze (${extension}) na het nummer: een telefoonlink belt alleen het nummer, nooit het toestel`),
    },
    fix: {
      en: `Give only the number (${number}) and tell callers what to choose in the channel's ${feedOr('name (--name)', '“Name”')}, e.g. “${name('en', 'Service desk')}, choose option ${n}” or “… ask for extension ${n}”.`,
      nl: `Geef alleen het nummer (${number}) en zet in de ${feedOr('naam (--name)', '“Naam”')} van het kanaal wat bellers kiezen, bijv. ‘${name('nl', 'Servicedesk')}, kies ${n}’ of ‘… vraag naar toestel ${n}’.`,
    },
  };
}

export const linkScheme = defineRule('link-scheme', 'error', function* ({ links, doc, timeZone }) {
  const code = codeOf(doc, timeZone);
  const eg = example(code);
  for (const { path, href } of links) {
    const ext = phoneExtension(href);
    if (ext) {
      yield extensionProblem(doc, path, href, ext.number, ext.extension, code);
      continue;
    }
    // A text line's sms: link, or an sms: link elsewhere (trial T): sms-links.ts.
    if (kindAt(doc, path) === 'sms' || /^sms:/i.test(href)) {
      const p = textLinkProblem(doc, path, href, eg);
      if (p) yield p;
      continue;
    }
    if (SAFE_SCHEME.test(href)) continue;
    // The studio's desk never sees a scheme: it types a number, an e-mail address or a web address.
    const desk = href.trim()
      ? { en: `“${href}” is not a phone number, e-mail address or web address readers can open`, nl: `‘${href}’ is geen telefoonnummer, e-mailadres of webadres dat lezers kunnen openen` }
      : { en: 'there is no phone number, e-mail address or web address yet', nl: 'er staat nog geen telefoonnummer, e-mailadres of webadres' };
    yield {
      path,
      message: { en: feedOr(`the link ${href} is not https:, mailto: or tel:`, desk.en), nl: feedOr(`de link ${href} begint niet met https:, mailto: of tel:`, desk.nl) },
      fix: {
        en: feedOr('Use an https: address (or mailto:/tel:); other links are not shown to readers.', `Write only a phone number as you dial it (e.g. ${eg}), an e-mail address (help@example.com) or a web address (www.example.com/help).`),
        nl: feedOr('Gebruik een adres dat begint met https:// (of mailto:/tel:); andere links krijgen lezers niet te zien.', `Schrijf alleen een telefoonnummer zoals u het belt (bijv. ${eg}), een e-mailadres (hulp@voorbeeld.nl) of een webadres (www.voorbeeld.nl/hulp).`),
      },
    };
  }
});

export const phoneE164 = defineRule('phone-e164', 'error', function* ({ links, doc, timeZone }) {
  // A national number (leading 0) is read in the feed's country, known from its time zone only.
  const code = codeOf(doc, timeZone);
  for (const { path, href } of links) {
    // 112, 999, a municipality's 14 038: dialled as they are; they have no international form.
    if (!/^tel:/i.test(href) || isShortNumber(href, code) || phoneExtension(href)) continue;
    const digits = href.slice(4).replace(/[\s().-]/g, '');
    if (!E164.test(digits)) {
      const suggestion = suggestTel(href, code);
      const shown = deskLink(href, code);
      // The studio's words: the number as typed, and what to type instead (no tel:, no E.164).
      const desk = suggestion
        ? { en: `Write ${deskLink(suggestion, code)}.`, nl: `Schrijf ${deskLink(suggestion, code)}.` }
        : code
          ? { en: `Write the whole number as you dial it, e.g. ${example(code)}, or with + and the country code.`, nl: `Schrijf het hele nummer zoals u het belt, bijvoorbeeld ${example(code)}, of met + en de landcode.` }
          : {
              en: `Write it with + and the country code, e.g. +31 30 123 4567 for a Dutch number or +44 20 7946 0000 for a British one: the feed's time zone does not say which country a number starting with 0 is in.`,
              nl: `Schrijf het met + en de landcode, bijvoorbeeld +31 30 123 4567 voor een Nederlands nummer of +44 20 7946 0000 voor een Brits nummer: uit de tijdzone van de feed blijkt niet in welk land een nummer dat met 0 begint, ligt.`,
            };
      const feed = suggestion && code === '1'
        ? {
            en: `Write ${suggestion} (with + and the country code; a 10-digit number is read as a US or Canadian one, +1, from the feed's time zone).`,
            nl: `Schrijf ${suggestion} (met + en de landcode; een nummer van 10 cijfers wordt gelezen als Amerikaans of Canadees, +1, door de tijdzone van de feed).`,
          }
        : suggestion
        ? {
            en: `Write ${suggestion} (with + and the country code; a number starting with 0 is read with the country code of the feed's time zone, +${code}).`,
            nl: `Schrijf ${suggestion} (met + en de landcode; een nummer dat met 0 begint, wordt gelezen met de landcode bij de tijdzone van de feed, +${code}).`,
          }
        : code === '1'
          ? {
              en: `Write all 10 digits with the area code, e.g. (312) 555-0142, or with + and the country code: tel:+13125550142 (got ${digits || 'nothing'}).`,
              nl: `Schrijf alle 10 cijfers met het netnummer, bijvoorbeeld (312) 555-0142, of met + en de landcode: tel:+13125550142 (nu: ${digits || 'niets'}).`,
            }
        : code === '44'
          ? {
              // A British feed gets a British example only, not a Dutch one first.
              en: `Write it with + and the country code, e.g. tel:+442079460000 for a British number (got ${digits || 'nothing'}).`,
              nl: `Schrijf het met + en de landcode, bijvoorbeeld tel:+442079460000 voor een Brits nummer (nu: ${digits || 'niets'}).`,
            }
        : code === '32'
          ? {
              // A Belgian feed too (a Flemish desk's unknown short number was told about Dutch and British numbers).
              en: `Write it with + and the country code, e.g. tel:+3231234567 for a Belgian number (got ${digits || 'nothing'}).`,
              nl: `Schrijf het met + en de landcode, bijvoorbeeld tel:+3231234567 voor een Belgisch nummer (nu: ${digits || 'niets'}).`,
            }
        : code === '353'
          ? {
              // An Irish feed too (trial W: an Irish gas network was given a Dutch and a British example).
              en: `Write it with + and the country code, e.g. tel:+35315550100 for an Irish number (got ${digits || 'nothing'}).`,
              nl: `Schrijf het met + en de landcode, bijvoorbeeld tel:+35315550100 voor een Iers nummer (nu: ${digits || 'niets'}).`,
            }
          : {
              en: `Write it with + and the country code, e.g. tel:+31201234567 for a Dutch number or tel:+442079460000 for a British one (got ${digits || 'nothing'}).`,
              nl: `Schrijf het met + en de landcode, bijvoorbeeld tel:+31201234567 voor een Nederlands nummer of tel:+442079460000 voor een Brits nummer (nu: ${digits || 'niets'}).`,
            };
      yield {
        path,
        message: {
          en: feedOr(`the phone number ${href} is not in international E.164 form`, `the phone number ${shown} is not a whole number with its country code`),
          nl: feedOr(`het telefoonnummer ${href} staat niet in internationale vorm`, `het telefoonnummer ${shown} is geen volledig nummer met landcode`),
        },
        fix: { en: feedOr(feed.en, desk.en), nl: feedOr(feed.nl, desk.nl) },
      };
    }
  }
});

/** The country of a calling code as an adjective, in English and in Dutch (inflected, before "nummer(s)"). */
const COUNTRY: Readonly<Record<string, { en: string; nl: string }>> = {
  '31': { en: 'Dutch', nl: 'Nederlandse' },
  '44': { en: 'British', nl: 'Britse' },
  '32': { en: 'Belgian', nl: 'Belgische' },
  '1': { en: 'US or Canadian', nl: 'Amerikaanse of Canadese' },
  '353': { en: 'Irish', nl: 'Ierse' },
};

/** Whether a link path is an emergency line's own number (`channels/N/href` of a channel marked `emergency`). */
function isEmergencyLine(doc: Obj, path: string): boolean {
  const m = /^channels\/(\d+)\/href$/.exec(path);
  const channel = m ? (doc.channels as Obj[] | undefined)?.[Number(m[1])] : undefined;
  return channel?.emergency === true;
}

/**
 * The numbers with a digit too few or too many, on emergency lines or on the others: both rules below say it in the
 * same words; an emergency line's is an error (a Dutch water company's night desk signed "0800 035" on its fault line,
 * which readers call first), the others' a warning as before.
 */
function* lengthProblems({ links, doc, timeZone }: LintContext, emergency: boolean): Iterable<SaidProblem> {
  const code = codeOf(doc, timeZone);
  for (const { path, href } of links) {
    const p = digitCountProblem(href);
    // A prefix the country has no numbers with (Ireland's 080) is said by number-not-in-country, not as a length; an
    // area whose numbers vary in length (Irish 021, 091) only warned about, even on an emergency line.
    if (!p || notInCountry(href) || (isEmergencyLine(doc, path) && !p.loose) !== emergency) continue;
    // "10", "9 or 10", and for a Dutch 0800 number "7 or 10" (never 8 or 9: 0800 and 4 or 7 digits).
    const counts = (add: number, or: string) => p.allowed.map((n) => n + add).join(', ').replace(/, (?=\d+$)/, ` ${or} `);
    const c = COUNTRY[p.code]!;
    // The studio's desk counts a number of its own country as it dials it, with the 0 (020 7946 0000: 11);
    // a US or Canadian desk without the 1 ((312) 555-0142: 10). A Dutch 0800 number is said as one ("0800-nummers hebben
    // er 8 of 11"), not as "Dutch numbers" (which have 10).
    const home = p.code === code;
    // No 0 before a US or Canadian number, nor before an Irish freephone or lo-call number (1800 20 55 55).
    const zero = p.code === '1' || p.kind?.startsWith('1') ? 0 : 1;
    const shown = deskLink(href, code);
    const such = { en: p.kind ? `${p.kind} numbers` : `${c.en} numbers`, nl: p.kind ? `${p.kind}-nummers` : `${c.nl} nummers` };
    // "the Dutch 0800 number", "het Nederlandse 0800-nummer"; else "the Dutch number".
    const one = { en: `${c.en} ${p.kind ? `${p.kind} ` : ''}number`, nl: `${c.nl} ${p.kind ? `${p.kind}-` : ''}nummer` };
    const desk = home
      ? {
          en: `the number ${shown} has ${p.got + zero} digits; ${such.en} have ${counts(zero, 'or')}${zero ? ', with the 0 at the start' : p.code === '1' ? ', with the area code' : ''}`,
          nl: `het nummer ${shown} heeft ${p.got + zero} cijfers; ${such.nl} hebben er ${counts(zero, 'of')}${zero ? ', met de 0 vooraan' : p.code === '1' ? ', met het netnummer' : ''}`,
        }
      : {
          en: `the ${one.en} ${shown} has ${p.got} digits after +${p.code}; such numbers have ${counts(0, 'or')}`,
          nl: `het ${one.nl} ${shown} heeft ${p.got} cijfers na +${p.code}; zulke nummers hebben er ${counts(0, 'of')}`,
        };
    // On the command line too, the number as the desk typed it beside the feed's form: "tel:+4480012345 (0800 12345)".
    const typed = home && !shown.startsWith('+') && shown !== href ? ` (${shown})` : '';
    // Trial W: the UK's "0800 111 999" in a Dutch feed is another country's freephone number, not a digit too many.
    const abroad = freephoneAbroad(href);
    const looks = abroad ? { en: `; it looks like a ${abroad.en} freephone number, ${abroad.written}`, nl: `; het lijkt een ${abroad.nl} gratis nummer, ${abroad.written}` } : { en: '', nl: '' };
    const fix = emergency
      ? { en: 'Check the number: this is the emergency line readers call first, and a digit is missing or one too many.', nl: 'Controleer het nummer: dit is het noodnummer dat lezers als eerste bellen, en er ontbreekt een cijfer of er staat er een te veel.' }
      : { en: 'Check the number: a digit is missing or one too many.', nl: 'Controleer het nummer: er ontbreekt een cijfer of er staat er een te veel.' };
    yield {
      path,
      message: {
        en: feedOr(`the ${one.en} ${href}${typed} has ${p.got} digits after +${p.code}; such numbers have ${counts(0, 'or')}`, desk.en) + looks.en,
        nl: feedOr(`het ${one.nl} ${href}${typed} heeft ${p.got} cijfers na +${p.code}; zulke nummers hebben er ${counts(0, 'of')}`, desk.nl) + looks.nl,
      },
      fix: abroad
        ? { en: `Is it ${abroad.en}? Write it as ${abroad.written}. If not: ${fix.en.replace(/^Check/, 'check')}`, nl: `Is het een ${abroad.nl} nummer? Schrijf het dan als ${abroad.written}. Zo niet: ${fix.nl.replace(/^Controleer/, 'controleer')}` }
        : fix,
    };
  }
}

/** A Dutch, British, Belgian, US or Canadian number with a digit too few or too many: the commonest typo, and a wrong number in a crisis. */
export const phoneLength = defineRule('phone-length', 'warning', (ctx) => lengthProblems(ctx, false));

/** The same on an emergency line (gas smell, no water, fraud): refused, not only said, since readers call it first. */
export const emergencyPhoneLength = defineRule('emergency-phone-length', 'error', (ctx) => lengthProblems(ctx, true));
