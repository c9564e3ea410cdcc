/**
 * An action whose own words name one phone number while its link dials another. Trial U (finding 2): a bank's urgent
 * "Bel meteen Card Stop op 078 170 170 …" was linked by a desk slip (`update --link-action 2 --link "070 22 33 44"`)
 * to a paid 070 number; lint only warned, it was signed, and the red "Act now" box showed "… 078 170 170 …
 * (070 22 33 44)" while a tap dialled the 070 number. A frightened reader trusts the words and taps, so this is an
 * error. Numbers are compared as dialled (E.164, read in the feed's country), whatever their grouping. Pure.
 */
import { deskLink } from '../../feed/channel-edit.js';
import { digitCountProblem } from '../../feed/dialling.js';
import { defineRule, feedOr } from '../rule.js';
import { eachObject, openIncidentsOf, textIn } from '../walk.js';
import { codeOf, e164, ownLine, WRITTEN } from './numbers.js';

/** Where a clause ends: "Bel 078 170 170, niet 070 22 33 44", "… en daarna onze fraudelijn". */
export const CLAUSE_END = /[.?!;:,()]|\b(?:en|and|then|dan|maar|but|of|or)\b/i;
/**
 * A clause that names a number to warn about it, not to call it: "niet 0470 12 34 56", "Valse sms van 0470 …",
 * "Gebeld door 02 123 45 67?", "never call back 020 …". Such a number may differ from the link.
 */
export const WARNS = /\b(?:not|never|don'?t|no|niet|nooit|geen|valse?|fake|nep\w*|scam\w*|oplicht\w*|fraudeur\w*|verdacht\w*|suspicious|gebeld|called)\b/i;

/** The own-line numbers (E.164 digits, and as written) a text names to call. */
function namedNumbers(text: string, code?: string): { digits: string; written: string }[] {
  const out: { digits: string; written: string }[] = [];
  for (const m of text.matchAll(WRITTEN)) {
    const written = m[0].trim();
    const digits = e164(written, code);
    // A date ("vóór 08-12-2026") reads as a number with a digit count no number there has: not a number to call.
    if (!digits || !ownLine(digits, code) || digitCountProblem(`tel:+${digits}`)) continue;
    const clause = `${text.slice(0, m.index).split(CLAUSE_END).pop()} ${text.slice(m.index + m[0].length).split(CLAUSE_END)[0]}`;
    if (!WARNS.test(clause)) out.push({ digits, written });
  }
  return out;
}

/** An action's words as the message quotes them: at most 60 characters. */
const short = (t: string) => (t.trim().length > 60 ? `${t.trim().slice(0, 59).trimEnd()}…` : t.trim());

export const actionNumberDiffers = defineRule('action-number-differs', 'error', function* ({ doc, timeZone }) {
  const code = codeOf(doc, timeZone);
  for (const { inc, path } of openIncidentsOf(doc)) {
    const found: { ap: string; href: string; written: string; label: { en: string; nl: string } }[] = [];
    eachObject(inc.actions, `${path}/actions`, (a, ap) => {
      const linked = typeof a.href === 'string' && /^tel:/i.test(a.href) ? e164(a.href, code) : undefined;
      if (!linked) return;
      const texts = typeof a.label === 'string' ? [a.label] : Object.values(a.label ?? {}).filter((t): t is string => typeof t === 'string');
      const named = texts.flatMap((t) => namedNumbers(t, code));
      // A label naming no number, or naming the one its link dials (also beside another), is fine.
      if (named.length && !named.some((n) => n.digits === linked)) {
        found.push({ ap, href: a.href as string, written: named[0]!.written, label: { en: short(textIn(a.label, 'en')), nl: short(textIn(a.label, 'nl')) } });
      }
    });
    for (const { ap, href, written, label } of found) {
      const dials = deskLink(`tel:+${e164(href, code)}`, code);
      const id = typeof inc.id === 'string' ? inc.id : '…';
      const n = Number(ap.slice(ap.lastIndexOf('/') + 1)) + 1;
      yield {
        path: `${ap}/href`,
        message: {
          en: `the action “${label.en}” names ${written}, but its link dials ${dials}: readers see both numbers, and a tap calls ${dials}`,
          nl: `de actie ‘${label.nl}’ noemt ${written}, maar de link belt ${dials}: lezers zien beide nummers, en wie erop tikt, belt ${dials}`,
        },
        fix: {
          en: `Is ${written} right? Link the action to it: ${feedOr(`clearline update feed.json --incident ${id} --link-action ${n} --link "${written}"`, `put ${written} in the action’s “Link” field`)}. Is ${dials} right? Then change the words so they name ${dials}${feedOr(` (--reword-action ${n} --label "…")`, '')}.`,
          nl: `Klopt ${written}? Laat de actie daarnaar verwijzen: ${feedOr(`clearline update feed.json --incident ${id} --link-action ${n} --link "${written}"`, `zet ${written} in het veld “Link” bij de actie`)}. Klopt ${dials}? Pas dan de tekst aan zodat die ${dials} noemt${feedOr(` (--reword-action ${n} --label "…")`, '')}.`,
        },
      };
    }
  }
});
