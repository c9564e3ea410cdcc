/**
 * An emergency line whose number is a mobile one. Trial U (finding 2): a bank's desk added `new channel --kind phone
 * --link "0460 12 34 56" --emergency --name "Fraudedienst (nieuw nummer)"`, exactly what one copies from a forwarded scam
 * message ("our fraud service has a new number"), and it was listed first under "Bij nood" without a word. Scammers
 * pass mobile numbers off as an organisation's new line. A warning, not an error: a small organisation (a village
 * water board, a school) may really have a mobile as its emergency line. Pure.
 */
import { deskLink } from '../../feed/channel-edit.js';
import { defineRule, feedOr } from '../rule.js';
import { eachObject } from '../walk.js';
import { nameOf } from './channels.js';
import { codeOf, e164 } from './numbers.js';

/**
 * Mobile numbers by country code, the digits after it: the Netherlands 06, Belgium 0456 to 0499, Britain 07 (not 070,
 * personal numbers, nor 076, pagers). US and Canadian mobiles look like any other number there, so they are left alone.
 */
const MOBILE: Readonly<Record<string, RegExp>> = { '31': /^6\d{8}$/, '32': /^4[5-9]\d{7}$/, '44': /^7[1-57-9]\d{8}$/ };

export const emergencyLineMobile = defineRule('emergency-line-mobile', 'warning', function* ({ doc, timeZone }) {
  const code = codeOf(doc, timeZone);
  const found: { path: string; id: string; shown: string; name: { en: string; nl: string } }[] = [];
  eachObject(doc.channels, 'channels', (c, p) => {
    const digits = c.emergency === true && typeof c.href === 'string' && /^tel:/i.test(c.href) ? e164(c.href, code) : undefined;
    const cc = digits && Object.keys(MOBILE).find((k) => digits.startsWith(k) && MOBILE[k]!.test(digits.slice(k.length)));
    if (cc) found.push({ path: `${p}/href`, id: String(c.id), shown: deskLink(`tel:+${digits}`, code), name: nameOf(c, p) });
  });
  for (const { path, id, shown, name } of found) {
    yield {
      path,
      message: {
        en: `the emergency line ${name.en} (${shown}) is a mobile number: scammers often pass a mobile number off as an organisation's new emergency or fraud line, and it may have been copied from a forwarded message`,
        nl: `het noodnummer ${name.nl} (${shown}) is een mobiel nummer: oplichters geven vaak een mobiel nummer uit als het nieuwe nood- of fraudenummer van een organisatie, en het kan uit een doorgestuurd bericht zijn overgenomen`,
      },
      fix: {
        en: `Check ${shown} against your organisation's own list of lines. Is it really your line (some small organisations do use a mobile)? Then leave it. If not, remove it before you sign${feedOr(`: clearline edit channel --id ${id} --remove --feed feed.json`, '')}.`,
        nl: `Controleer ${shown} met de eigen lijst van nummers van uw organisatie. Is het echt uw lijn (sommige kleine organisaties gebruiken een mobiel nummer)? Laat het dan staan. Zo niet, haal het weg voordat u ondertekent${feedOr(`: clearline edit channel --id ${id} --remove --feed feed.json`, '')}.`,
      },
    };
  }
});
