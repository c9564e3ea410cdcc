/**
 * Another country's number in a feed (feed/foreign-prefix.ts). Trial W: an Irish gas network's desk typed the UK's gas
 * emergency number "0800 111 999"; it was stored as tel:+353800111999, a number that does not exist in Ireland, on a
 * channel and on the urgent "Smell gas?" action, without a word. On an emergency line or an urgent action such a
 * number is an error (readers in danger call it first); elsewhere a warning. An emergency line with another
 * country's number is a warning: it may be right, but it is asked. Pure.
 */
import { abroadWords, notInCountry, notInCountryWords } from '../../feed/foreign-prefix.js';
import { defineRule, feedOr, type LintContext, type SaidProblem } from '../rule.js';
import { isObj, type Obj } from '../walk.js';
import { codeOf, e164 } from './numbers.js';

/** The object a link path belongs to: `channels/2/href` -> the channel, `incidents/0/actions/1/href` -> the action. */
function owner(doc: Obj, path: string): Obj | undefined {
  const at = (list: unknown, i: string | undefined): Obj | undefined => {
    const v = Array.isArray(list) && i !== undefined ? (list[Number(i)] as unknown) : undefined;
    return isObj(v) ? v : undefined;
  };
  const c = /^channels\/(\d+)\/href$/.exec(path);
  if (c) return at(doc.channels, c[1]);
  const a = /^incidents\/(\d+)\/actions\/(\d+)\/href$/.exec(path);
  return a ? at(at(doc.incidents, a[1])?.actions, a[2]) : undefined;
}

/** A link readers in danger call first: an emergency line's number, or an urgent action's link. */
export function firstCalled(doc: Obj, path: string): boolean {
  const o = owner(doc, path);
  return !!o && (/^channels\//.test(path) ? o.emergency === true : o.urgent === true);
}

/** The `tel:` link as dialled (E.164, a national number read in the feed's country), or undefined. */
const dialledAt = (href: string, code?: string) => {
  const digits = /^tel:/i.test(href) ? e164(href, code) : undefined;
  return digits ? `tel:+${digits}` : undefined;
};

function* notInCountryProblems({ links, doc, timeZone }: LintContext, first: boolean): Iterable<SaidProblem> {
  const code = codeOf(doc, timeZone);
  for (const { path, href } of links) {
    const tel = dialledAt(href, code);
    const p = tel && notInCountry(tel);
    if (!p || firstCalled(doc, path) !== first) continue;
    // On the command line and in lint the link beside the number as typed: "tel:+353800111999 (0800 111 999) is not …".
    const w = notInCountryWords(p, feedOr(`${href} (${p.national})`, p.national));
    yield {
      path,
      message: w.message,
      fix: first
        ? { en: `${w.fix.en} Readers in danger call this number first.`, nl: `${w.fix.nl} Mensen in nood bellen dit nummer als eerste.` }
        : w.fix,
    };
  }
}

/** A number whose first digits no number of its country has (Ireland's 080, Britain's 06): on any other link, a warning. */
export const numberNotInCountry = defineRule('number-not-in-country', 'warning', (ctx) => notInCountryProblems(ctx, false));

/** The same on an emergency line or an urgent action's link: refused, since readers in danger call it first. */
export const emergencyNumberNotInCountry = defineRule('emergency-number-not-in-country', 'error', (ctx) => notInCountryProblems(ctx, true));

/** An emergency line with a number of another country than the feed's: "+44 800 111 999 is a British number; …". */
export const emergencyLineAbroad = defineRule('emergency-line-abroad', 'warning', function* ({ doc, timeZone }) {
  const code = codeOf(doc, timeZone);
  if (!Array.isArray(doc.channels)) return;
  for (const [i, c] of doc.channels.entries()) {
    if (!isObj(c) || c.emergency !== true || typeof c.href !== 'string') continue;
    const tel = dialledAt(c.href, code);
    const said = tel && abroadWords(tel, code);
    if (!said) continue;
    yield {
      path: `channels/${i}/href`,
      message: said,
      fix: {
        en: 'Check the number. If it is really your emergency line, leave it; if not, give your own emergency line here.',
        nl: 'Controleer het nummer. Is het echt uw noodnummer, laat het dan staan; zo niet, geef hier uw eigen noodnummer.',
      },
    };
  }
});
