/**
 * Numbers another country's desk habits put in a feed: a national number whose first digits no number of the feed's
 * country has, and an emergency line in another country. Trial W (an Irish gas network, Europe/Dublin): the UK's gas
 * emergency number "0800 111 999" was stored as tel:+353800111999, a number that does not exist in Ireland, without a
 * word; and "+44 800 111 999" was taken as the Irish network's emergency line without a note. Only prefixes that are
 * sure not to exist are named (Ireland 020, 03, 080, 084; Britain 04, 06; the Netherlands 0801 to 0809), with the
 * country where the same digits do make a number. For the CLI, the studio and lint; readers do not need it. Pure.
 */
import { digitCountProblem } from './dialling.js';
import { groupBelgian, groupBritish, groupDutch, groupIrish } from './phone.js';

type Words = { en: string; nl: string };

/** A country by its calling code: the adjective (before "number", "nummer"), its name, and in Dutch both. */
export const COUNTRIES: Readonly<Record<string, { en: string; nl: string; in: Words }>> = {
  '353': { en: 'Irish', nl: 'Iers', in: { en: 'Ireland', nl: 'Ierland' } },
  '44': { en: 'British', nl: 'Brits', in: { en: 'Britain', nl: 'Groot-Brittannië' } },
  '31': { en: 'Dutch', nl: 'Nederlands', in: { en: 'the Netherlands', nl: 'Nederland' } },
  '32': { en: 'Belgian', nl: 'Belgisch', in: { en: 'Belgium', nl: 'België' } },
  '1': { en: 'US or Canadian', nl: 'Amerikaans of Canadees', in: { en: 'the US or Canada', nl: 'de VS of Canada' } },
  '49': { en: 'German', nl: 'Duits', in: { en: 'Germany', nl: 'Duitsland' } },
  '33': { en: 'French', nl: 'Frans', in: { en: 'France', nl: 'Frankrijk' } },
};

/**
 * First digits after the country code that no number there has, with what numbers of that kind start with there.
 * Ireland: no 020 (Cork is 021 to 029), no 03, no 080 (freephone is 1800), no 084 (national rate is 0818): the British
 * 020, 0300/0345, 0800/0808 and 0845 forms. Britain: no 04 and no 06 (a Dutch mobile 06 …). The Netherlands: only 0800 of 080x.
 */
const NOT_THERE: Readonly<Record<string, readonly { re: RegExp; hint?: Words }[]>> = {
  '353': [
    { re: /^80/, hint: { en: 'Irish freephone numbers start with 1800.', nl: 'Ierse gratis nummers beginnen met 1800.' } },
    { re: /^84/, hint: { en: 'Irish numbers at the national rate start with 0818.', nl: 'Ierse nummers tegen nationaal tarief beginnen met 0818.' } },
    { re: /^(?:20|3)/ },
  ],
  '44': [{ re: /^[46]/ }],
  '31': [{ re: /^80[1-9]/, hint: { en: 'Dutch freephone numbers start with 0800.', nl: 'Nederlandse gratis nummers beginnen met 0800.' } }],
};

/** Irish numbers of a length that fits their prefix (digitCountProblem leaves some areas uncounted). */
const IRISH = /^(?:1\d{7}|1[89]\d0\d{6}|(?:2[1-9]|4\d|5\d|6\d|7[14]|9\d)\d{5,7}|76\d{7}|8[35-79]\d{7}|818\d{6})$/;

/** Whether `rest` after `+code` is a number there: a prefix that exists and a digit count that fits it. */
export function numberIn(code: string, rest: string): boolean {
  if (NOT_THERE[code]?.some((p) => p.re.test(rest))) return false;
  if (code === '353') return IRISH.test(rest);
  return !digitCountProblem(`tel:+${code}${rest}`);
}

/** British digits after +44 as written: freephone 0800 and 0808 with 6 digits in threes (0800 111 999), others as readers see them. */
const british = (rest: string) => (/^80[08]\d{6}$/.test(rest) ? rest.replace(/^(\d{3})(\d{3})/, '$1 $2 ') : (groupBritish(rest) ?? rest));

/** The number with + and its country code, grouped as people there write it. */
export function international(code: string, rest: string): string {
  if (code === '44') return `+44 ${british(rest)}`;
  if (code === '31') return groupDutch(`+31${rest}`) ?? `+31 ${rest}`;
  if (code === '353') return groupIrish(rest);
  if (code === '32') return `+32 ${groupBelgian(rest)}`;
  return `+${code} ${rest}`;
}

export interface NotInCountry {
  /** The country the number was read in (its calling code). */
  code: string;
  /** The number as dialled there, with the 0: "0800 111 999". */
  national: string;
  /** The first digits no number there has: "080". */
  prefix: string;
  /** The countries where the same digits make a number, and the number written for each: "+44 800 111 999". */
  likely?: readonly { code: string; written: string }[];
  /** What numbers of that kind start with there ("Irish freephone numbers start with 1800."). */
  hint?: Words;
}

/**
 * For `tel:+353800111999`: the number has a prefix no Irish number has; the same digits are a British number,
 * +44 800 111 999. Undefined for a number whose prefix exists, or of a country whose plan is not known here.
 */
export function notInCountry(href: string): NotInCountry | undefined {
  const m = /^tel:\+(353|44|31)(\d{4,})$/i.exec(href.replace(/[\s().-]/g, ''));
  if (!m) return undefined;
  const [code, rest] = [m[1]!, m[2]!];
  const bad = NOT_THERE[code]!.find((p) => p.re.test(rest));
  if (!bad) return undefined;
  const prefix = `0${bad.re.exec(rest)![0]}`;
  // Every country where the digits make a number: "06 1234 5678" on a British feed is a Dutch mobile or a Limerick number.
  const others = ['44', '31', '353', '32'].filter((c) => c !== code && numberIn(c, rest));
  const first = others[0];
  const grouped = first === '44' ? british(rest) : first === '32' ? groupBelgian(rest) : first === '31' ? groupDutch(`0${rest}`)?.slice(1) : first === '353' ? groupIrish(rest, true).slice(1) : undefined;
  return {
    code,
    national: `0${grouped ?? rest}`,
    prefix,
    ...(others.length ? { likely: others.map((c) => ({ code: c, written: international(c, rest) })) } : {}),
    ...(bad.hint ? { hint: bad.hint } : {}),
  };
}

/** What lint says of a number notInCountry found (`shown` as the desk typed it, by default its national form): the message and the fix, in English and Dutch. */
export function notInCountryWords(p: NotInCountry, shown = p.national): { message: Words; fix: Words } {
  const here = COUNTRIES[p.code]!;
  const [one, ...more] = p.likely ?? [];
  const hint = p.hint ? { en: ` ${p.hint.en}`, nl: ` ${p.hint.nl}` } : { en: '', nl: '' };
  const or = (lang: 'en' | 'nl') => more.map((o) => (lang === 'en' ? ` Or ${COUNTRIES[o.code]!.en}? Write ${o.written}.` : ` Of een ${COUNTRIES[o.code]!.nl} nummer? Schrijf dan ${o.written}.`)).join('');
  return {
    message: {
      en: `${shown} is not ${/^[AEIOU]/.test(here.en) ? 'an' : 'a'} ${here.en} number: no ${here.en} number starts with ${p.prefix}`,
      nl: `${shown} is geen ${here.nl} nummer: geen enkel ${here.nl} nummer begint met ${p.prefix}`,
    },
    fix: one
      ? {
          en: `Is it ${COUNTRIES[one.code]!.en}? Write it as ${one.written}.${or('en')}${hint.en}`,
          nl: `Is het een ${COUNTRIES[one.code]!.nl} nummer? Schrijf het dan als ${one.written}.${or('nl')}${hint.nl}`,
        }
      : {
          en: `Check the number. Is it from another country? Write it with + and the country code.${hint.en}`,
          nl: `Controleer het nummer. Is het uit een ander land? Schrijf het dan met + en de landcode.${hint.nl}`,
        },
  };
}

/**
 * An emergency line with another country's number than the feed's (`code`, from its time zone): its country's words,
 * or undefined when it is the feed's own country or either is not known. "+44 800 111 999 is a British number;
 * people in Ireland can call it, but is it your emergency line?"
 */
export function abroadWords(href: string, code: string | undefined): Words | undefined {
  const m = /^tel:\+(\d+)$/i.exec(href.replace(/[\s().-]/g, ''));
  if (!m || !code || m[1]!.startsWith(code)) return undefined;
  const theirs = Object.keys(COUNTRIES).find((c) => m[1]!.startsWith(c));
  const home = COUNTRIES[code];
  if (!home) return undefined;
  const written = theirs ? international(theirs, m[1]!.slice(theirs.length)) : `+${m[1]}`;
  const what = theirs
    ? { en: `a ${COUNTRIES[theirs]!.en} number`, nl: `een ${COUNTRIES[theirs]!.nl} nummer` }
    : { en: `a number outside ${home.in.en}`, nl: `een nummer buiten ${home.in.nl}` };
  return {
    en: `${written} is ${what.en}; people in ${home.in.en} can call it, but is it your emergency line?`,
    nl: `${written} is ${what.nl}; mensen in ${home.in.nl} kunnen het bellen, maar is het uw noodnummer?`,
  };
}
