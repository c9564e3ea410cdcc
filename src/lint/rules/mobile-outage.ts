/**
 * While an incident about the mobile network is open (its title or "affects": export/sms-outage.ts, the same words the
 * SMS export warns on), an action that tells readers to call from a mobile, or to keep one at hand, sends them to the very
 * thing that fails. A mobile operator's night desk made its nationwide outage from the telecom template (written for a cut
 * at home), removed the marks as lint said, and published "Bel 112 in nood met een mobiele telefoon (dat werkt via elk
 * netwerk)" to people whose mobile does not work; lint found nothing. An action that also names what to use instead (a
 * landline, someone else's phone) is fine, as the mobile template's is.
 */
import type { Incident } from '../../feed/schema.js';
import { smsOutage } from '../../export/sms-outage.js';
import { incidentFromTemplate } from '../../templates/index.js';
import { defineRule, feedOr, type SaidProblem } from '../rule.js';
import { eachObject, isObj, openIncidentsOf, textIn } from '../walk.js';
import { quoted } from '../shell.js';
import { updateCommand } from './document.js';
import { unmarked } from '../../feed/placeholder.js';

const MOBILE = /(?<!\p{L})(?:mobiele?|mobile|cell(?:ular)?|cell phone|gsm)(?!\p{L})/iu;
const CALL = /(?<!\p{L})(?:bel|belt|bellen|call|phone|ring)(?!\p{L})/iu;
const AT_HAND = /bij de hand|binnen handbereik|opgeladen|within reach|at hand|charged/i;
/** "Ons bellen met uw mobiel lukt nu niet", "Calling us from your mobile does not work": says what fails, not what to do. */
const NEGATED = /(?<!\p{L})(?:niet|geen|nooit|lukt|not|no|never|fails?|cannot|can't|don't|doesn't)(?!\p{L})/iu;
/** What to use instead of the mobile: "met een vaste telefoon", "de telefoon van iemand anders", "from a landline". */
const INSTEAD = /(?:met|via|op|vanaf) (?:een|de|uw) vaste (?:telefoon|lijn)|telefoon van (?:iemand anders|een ander|de buren)|(?:from|on|use) a landline|landline or|someone else'?s phone|a neighbou?r'?s phone/i;
/** Names the emergency number: then the mobile template's act-now is the words to suggest. */
const EMERGENCY = /(?<!\d)(?:112|999|911|000)(?!\d)|emergency number|alarmnummer/i;

const textsOf = (t: unknown): [string, string][] => (isObj(t) ? Object.entries(t).filter((e): e is [string, string] => typeof e[1] === 'string') : typeof t === 'string' ? [['', t]] : []);
/** True for a text with a clause that tells the reader to call from a mobile, or to keep one at hand, and names nothing instead. */
export const relyOnMobile = (text: string): boolean =>
  !INSTEAD.test(text) && text.split(/[.?!;:()]/).some((c) => MOBILE.test(c) && (CALL.test(c) || AT_HAND.test(c)) && !NEGATED.test(c));

export const mobileOutageUsesMobile = defineRule('mobile-outage-uses-mobile', 'warning', function* ({ doc, timeZone }) {
  const zone = typeof doc.time_zone === 'string' ? doc.time_zone : timeZone;
  for (const { inc, path } of openIncidentsOf(doc)) {
    const outage = smsOutage([inc as unknown as Incident]);
    if (!outage) continue;
    const id = typeof inc.id === 'string' ? inc.id : '…';
    const found: { ap: string; n: number; langs: string[]; emergency: boolean }[] = [];
    eachObject(inc.actions, `${path}/actions`, (a, ap) => {
      const label = textsOf(a.label);
      if (!label.some(([, t]) => relyOnMobile(t))) return;
      found.push({ ap, n: Number(ap.slice(ap.lastIndexOf('/') + 1)) + 1, langs: label.map(([l]) => l), emergency: label.some(([, t]) => EMERGENCY.test(t)) });
    });
    const title = { en: textIn(inc.title, 'en'), nl: textIn(inc.title, 'nl') };
    for (const f of found) {
      const named = f.langs.filter(Boolean);
      // The mobile template's act-now for the emergency number, unmarked, in the action's languages: runs as printed.
      const words = f.emergency && named.length ? (incidentFromTemplate('mobile', { id, langs: named, timeZone: zone }).actions?.[0]?.label as Record<string, string> | undefined) : undefined;
      const command = words
        ? `clearline update feed.json --incident ${id} --reword-action ${f.n} --lang ${named.join(',')} ${named.map((l) => `--label ${quoted(unmarked(String(words[l])))}`).join(' ')}`
        : // Else the words are the desk's: the one command every other rule prints for an action's label (document.ts), one --label per language.
          updateCommand(doc, `${f.ap}/label`, named);
      // No command for an incident without an id (the schema says so): the words only, as the studio has them.
      yield {
        path: `${f.ap}/label`,
        message: {
          en: `"${title.en}" is about the mobile network, but this action tells readers to call from a mobile or keep one at hand: whoever is affected cannot`,
          nl: `"${title.nl}" gaat over het mobiele netwerk, maar deze actie zegt dat lezers met een mobiel moeten bellen of er een bij de hand moeten houden: wie last heeft van de storing, kan dat niet`,
        },
        fix: {
          en: `Say what they can use instead: a landline or someone else's phone${f.emergency ? '' : ', or the chat or this page over Wi-Fi'}${command ? feedOr(`: ${command}`, ', in the action’s words') : ', in the action’s words'}.`,
          nl: `Zeg wat ze wel kunnen gebruiken: een vaste telefoon of de telefoon van iemand anders${f.emergency ? '' : ', of de chat of deze pagina via wifi'}${command ? feedOr(`: ${command}`, ', in de tekst van de actie') : ', in de tekst van de actie'}.`,
        },
      };
    }
  }
});

/** A line readers reach by phone: whoever's mobile does not work cannot use it (a call-back rings that mobile too; a text line, trial T, needs it too). */
const byPhone = (c: { kind?: unknown; href?: unknown }) => c.kind === 'phone' || c.kind === 'callback' || c.kind === 'sms' || (typeof c.href === 'string' && /^tel:/i.test(c.href));
const nameOf = (c: { label?: unknown; id?: unknown }, lang: string) => textIn(c.label, lang).trim() || String(c.id);

/**
 * While an incident about the mobile network is open, readers must be offered a way to reach the desk that is not a call:
 * a feed whose only lines were its 0800 number showed "Ik kan niet bellen" readers that number. Said once for the feed
 * when every ordinary line is a phone line (add a chat, e-mail or web form), else for each contact reason that names only
 * phone lines, with the `clearline edit reason` that adds the others. The emergency lines (112) are not counted.
 */
export const mobileOutagePhoneOnly = defineRule('mobile-outage-phone-only', 'warning', function* ({ doc }) {
  const outage = openIncidentsOf(doc).map(({ inc }) => inc).find((inc) => smsOutage([inc as unknown as Incident]));
  if (!outage) return;
  const ordinary: Record<string, unknown>[] = [];
  eachObject(doc.channels, 'channels', (c) => c.emergency !== true && typeof c.id === 'string' && ordinary.push(c));
  if (!ordinary.length) return;
  const other = ordinary.filter((c) => !byPhone(c));
  const title = { en: textIn(outage.title, 'en'), nl: textIn(outage.title, 'nl') };
  if (!other.length) {
    const lines = (lang: string) => ordinary.map((c) => nameOf(c, lang)).join(', ');
    yield {
      path: 'channels',
      message: {
        en: `"${title.en}" is about the mobile network, but every way to reach you is a phone line (${lines('en')}): whoever's mobile does not work cannot call it`,
        nl: `"${title.nl}" gaat over het mobiele netwerk, maar elke manier om u te bereiken is een telefoonlijn (${lines('nl')}): wie last heeft van de storing, kan die niet bellen`,
      },
      fix: {
        en: `Add a way that works over Wi-Fi or home internet: ${feedOr('clearline new channel --kind chat --link https://… --name "…" (or --kind email, or --kind web for a contact form)', 'a chat, e-mail address or contact form under Contact channels')}; and say in an action that calling from a landline or someone else's phone works.`,
        nl: `Zet er een manier bij die via wifi of internet thuis werkt: ${feedOr('clearline new channel --kind chat --link https://… --name "…" (of --kind email, of --kind web voor een contactformulier)', 'een chat, e-mailadres of contactformulier bij Contactkanalen')}; en zeg in een actie dat bellen met een vaste telefoon of de telefoon van iemand anders wel werkt.`,
      },
    };
    return;
  }
  const pending: SaidProblem[] = [];
  eachObject(doc.contact_reasons, 'contact_reasons', (r, path) => {
    const named = Array.isArray(r.channels) ? r.channels.filter((x): x is string => typeof x === 'string') : [];
    const offered = ordinary.filter((c) => named.includes(c.id as string));
    if (!offered.length || !offered.every(byPhone)) return;
    const ids = [...new Set([...named, ...other.map((c) => c.id as string)])].join(',');
    const label = { en: textIn(r.label, 'en'), nl: textIn(r.label, 'nl') };
    const lines = (lang: string) => offered.map((c) => nameOf(c, lang)).join(', ');
    const others = (lang: string) => other.map((c) => nameOf(c, lang)).join(', ');
    pending.push({
      path: `${path}/channels`,
      message: {
        en: `"${title.en}" is about the mobile network, but readers who choose "${label.en}" are offered only phone lines (${lines('en')}): whoever's mobile does not work cannot call them`,
        nl: `"${title.nl}" gaat over het mobiele netwerk, maar wie "${label.nl}" kiest, krijgt alleen telefoonlijnen (${lines('nl')}): wie last heeft van de storing, kan die niet bellen`,
      },
      fix: {
        en: `Offer ${others('en')} for it too: ${feedOr(`clearline edit reason --id ${String(r.id)} --channel ${ids}`, 'tick it under this contact reason')}.`,
        nl: `Bied daar ook ${others('nl')} aan: ${feedOr(`clearline edit reason --id ${String(r.id)} --channel ${ids}`, 'vink het aan bij deze contactreden')}.`,
      },
    });
  });
  yield* pending;
});
