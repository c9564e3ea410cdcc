/** Rules for links and phone numbers, in hrefs and inside Markdown. */
import { callingCodeForZone, digitCountProblem, isShortNumber } from '../../feed/dialling.js';
import { suggestTel } from '../../feed/phone.js';
import { defineRule, feedOr } from '../rule.js';

const SAFE_SCHEME = /^(?:https:|mailto:|tel:)/i;
/** tel: with `+`, a country code and at most 15 digits; spaces, dots, dashes and brackets are allowed as separators. */
const E164 = /^\+[1-9]\d{1,14}$/;

export const linkScheme = defineRule('link-scheme', 'error', function* ({ links }) {
  for (const { path, href } of links) {
    if (SAFE_SCHEME.test(href)) continue;
    yield {
      path,
      message: { en: `the link ${href} is not https:, mailto: or tel:`, nl: `de link ${href} begint niet met https:, mailto: of tel:` },
      fix: { en: 'Use an https: address (or mailto:/tel:); other links are not shown to readers.', nl: 'Gebruik een adres dat begint met https:// (of mailto:/tel:); andere links krijgen lezers niet te zien.' },
    };
  }
});

export const phoneE164 = defineRule('phone-e164', 'error', function* ({ links, doc, timeZone }) {
  // A national number (leading 0) is read in the feed's country, known from its time zone only.
  const code = callingCodeForZone(typeof doc.time_zone === 'string' ? doc.time_zone : timeZone);
  for (const { path, href } of links) {
    // 112, 999, a municipality's 14 038: dialled as they are; they have no international form.
    if (!/^tel:/i.test(href) || isShortNumber(href)) continue;
    const digits = href.slice(4).replace(/[\s().-]/g, '');
    if (!E164.test(digits)) {
      const suggestion = suggestTel(href, code);
      yield {
        path,
        message: { en: `the phone number ${href} is not in international ${feedOr('E.164 ', '')}form`, nl: `het telefoonnummer ${href} staat niet in internationale vorm` },
        fix: suggestion
          ? {
              en: `Write ${suggestion} (with + and the country code; a number starting with 0 is read with the country code of the feed's time zone, +${code}).`,
              nl: `Schrijf ${suggestion} (met + en de landcode; een nummer dat met 0 begint, wordt gelezen met de landcode bij de tijdzone van de feed, +${code}).`,
            }
          : code === '44'
            ? {
                // A British feed gets a British example only, not a Dutch one first.
                en: `Write it with + and the country code, e.g. tel:+442079460000 for a British number (got ${digits || 'nothing'}).`,
                nl: `Schrijf het met + en de landcode, bijvoorbeeld tel:+442079460000 voor een Brits nummer (nu: ${digits || 'niets'}).`,
              }
            : {
                en: `Write it with + and the country code, e.g. tel:+31201234567 for a Dutch number or tel:+442079460000 for a British one (got ${digits || 'nothing'}).`,
                nl: `Schrijf het met + en de landcode, bijvoorbeeld tel:+31201234567 voor een Nederlands nummer of tel:+442079460000 voor een Brits nummer (nu: ${digits || 'niets'}).`,
              },
      };
    }
  }
});

const COUNTRY: Readonly<Record<string, { en: string; nl: string }>> = { '31': { en: 'Dutch', nl: 'Nederlands' }, '44': { en: 'British', nl: 'Brits' } };

/** A Dutch or British number with a digit too few or too many: the commonest typo, and a wrong number in a crisis. */
export const phoneLength = defineRule('phone-length', 'warning', function* ({ links }) {
  for (const { path, href } of links) {
    const p = digitCountProblem(href);
    if (!p) continue;
    const want = p.min === p.max ? `${p.min}` : `${p.min} to ${p.max}`;
    const wantNl = p.min === p.max ? `${p.min}` : `${p.min} tot ${p.max}`;
    yield {
      path,
      message: {
        en: `the ${COUNTRY[p.code]!.en} number ${href} has ${p.got} digits after +${p.code}; such numbers have ${want}`,
        nl: `het ${COUNTRY[p.code]!.nl}e nummer ${href} heeft ${p.got} cijfers na +${p.code}; zulke nummers hebben er ${wantNl}`,
      },
      fix: { en: 'Check the number: a digit is missing or one too many.', nl: 'Controleer het nummer: er ontbreekt een cijfer of er staat er een te veel.' },
    };
  }
});
