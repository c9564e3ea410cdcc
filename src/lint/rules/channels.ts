/** Rules for contact channels. */
import { callingCodeForZone, isEmergencyServiceNumber } from '../../feed/dialling.js';
import { deskLink } from '../../feed/channel-edit.js';
import { goingOn } from '../../feed/going-on.js';
import type { Incident } from '../../feed/schema.js';
import { feedLanguages, zoneLanguages } from '../../feed/languages.js';
import { closedAt } from '../../feed/opening-hours.js';
import type { FeedDraft } from '../../feed/update.js';
import { defineRule, feedOr } from '../rule.js';
import { perLanguage } from './document.js';
import { eachObject, isBlank, isObj, openIncidentsOf, textIn, type Obj } from '../walk.js';
import { CLARITY_LIMITS } from './limits.js';

export const waitWithoutReason = defineRule('wait-without-reason', 'warning', function* ({ doc }) {
  const found: { path: string; wait: number; emergency: boolean }[] = [];
  eachObject(doc.channels, 'channels', (c, path) => {
    if (typeof c.wait_minutes === 'number' && c.wait_minutes > CLARITY_LIMITS.waitMinutes && isBlank(c.reason)) found.push({ path, wait: c.wait_minutes, emergency: c.emergency === true });
  });
  for (const { path, wait, emergency } of found) {
    // The studio labels an emergency line's reason for what readers see it as: when to use the line.
    const desk = emergency ? 'Say under “When to use this line” why people wait' : 'Fill in “Reason for the wait”';
    yield {
      path: `${path}/reason`,
      message: { en: `a wait of ${wait} minutes is given without a reason`, nl: `er staat een wachttijd van ${wait} minuten zonder reden` },
      fix: {
        en: `${feedOr('Add a "reason"', desk)} (e.g. "very many calls at the moment") and, if you can, a faster channel.`,
        nl: 'Schrijf erbij waarom mensen zo lang wachten (bijv. “op dit moment heel veel telefoontjes”) en noem, als het kan, een snellere manier om ons te bereiken.',
      },
    };
  }
});

/**
 * The phone line callers wait on (the first ordinary one, the line `export --to ivr` speaks for) without an expected wait
 * while an incident is going on: readers get the number but not how long they will wait, and the waiting message cannot say
 * it (lint --for ivr's ivr-no-wait, which the studio showed only in its preview, not at the field). A suggestion: a desk
 * that does not know the wait yet can still sign. 0 means "no queue", so a line that is down is to be removed, not set to 0.
 * Not while only notices (standing advice) and incidents announced ahead are open, as ivr-no-wait (trial Q's all-clear).
 */
export const phoneNoWait = defineRule('phone-no-wait', 'warning', function* ({ doc, now, timeZone }) {
  if (!openIncidentsOf(doc).some(({ inc }) => goingOn(inc as unknown as Incident, now))) return;
  let line: { c: Obj; path: string } | undefined;
  // The line the phone message is for by default (export/ivr.ts defaultPhoneLine): the first for everyone, else the first.
  eachObject(doc.channels, 'channels', (c, path) => {
    if (c.kind === 'phone' && c.emergency !== true && (!line || (line.c.restricted === true && c.restricted !== true))) line = { c, path };
  });
  if (!line || typeof line.c.wait_minutes === 'number') return;
  // Closed now by its opening hours: readers say "Nu gesloten, weer open om 8:00" and no wait; a hospital's desk at 02:14 was asked for one (trial Q).
  const zone = typeof doc.time_zone === 'string' ? doc.time_zone : timeZone;
  if (typeof line.c.opening_hours === 'string' && closedAt(line.c.opening_hours, now, zone) !== undefined) return;
  // Named in the message's language where the line has it: "Customer service" in English, not "Klantenservice".
  const own = (l: 'en' | 'nl') => {
    const t = textIn(line!.c.label, l).trim();
    return t && !t.includes('[[TODO') ? t : '';
  };
  const fallback = nameOf(line.c, line.path);
  const name = { en: own('en') ? `“${own('en')}”` : fallback.en, nl: own('nl') ? `‘${own('nl')}’` : fallback.nl };
  // One --reason per language on a feed in several (`clearline edit channel` refuses one for nl,en).
  const langs = feedLanguages(doc as unknown as FeedDraft, zoneLanguages(typeof doc.time_zone === 'string' ? doc.time_zone : timeZone));
  const edit = perLanguage(`clearline edit channel --id ${String(line.c.id)} --wait 20 --reason "…"`, langs);
  yield {
    path: `${line.path}/wait_minutes`,
    message: {
      en: `the phone line ${name.en} has no expected wait: readers see the number, but not how long they will wait`,
      nl: `de telefoonlijn ${name.nl} heeft geen verwachte wachttijd: lezers zien het nummer, maar niet hoe lang ze moeten wachten`,
    },
    fix: {
      en: `${feedOr(`Give the wait in minutes and why: ${edit}; with no queue, a wait of 0`, 'Fill in “Wait in minutes” (0 when there is no queue) and the reason for the wait')}. Is the line down? Then not 0: remove it, and say under What we know what to use instead.`,
      nl: `${feedOr(`Geef de wachttijd in minuten en de reden: ${edit}; zonder wachtrij een wachttijd van 0`, 'Vul “Wachttijd in minuten” (0 als er geen wachtrij is) en de reden van de wachttijd in')}. Werkt de lijn niet? Dan geen 0: haal hem weg en zeg bij Wat we weten wat mensen in plaats daarvan kunnen gebruiken.`,
    },
  };
});

/**
 * An open incident and no way to reach the company: the status shows no channel, the FAQ's "no
 * answer" and the help launcher offer nothing, and contact reasons lead nowhere. A new feed from
 * a template starts like this (the template cannot know the numbers).
 */
export const channelsMissing = defineRule('channels-missing', 'warning', function* ({ doc }) {
  let channels = 0;
  eachObject(doc.channels, 'channels', () => channels++);
  if (channels || !openIncidentsOf(doc).length) return;
  yield {
    path: 'channels',
    message: {
      en: 'there is an open incident, but no contact channels: readers see no way to reach you',
      nl: 'er is een incident, maar er staan geen contactkanalen in: lezers zien niet hoe ze u kunnen bereiken',
    },
    fix: {
      en: `Add your phone line, website or app as contact channels (${feedOr('clearline new channel --feed feed.json --kind phone --link … --name "…"', '“Add channel”')}), each with its expected wait and the reason for it, and mark your emergency number as the emergency line.`,
      nl: `Zet uw telefoonnummer, website of app bij de contactkanalen (${feedOr('clearline new channel --feed feed.json --kind phone --link … --name "…"', '‘Kanaal toevoegen’')}), elk met de verwachte wachttijd en de reden daarvan, en markeer uw noodnummer als noodnummer.`,
    },
  };
});

/**
 * A channel or contact reason whose name is empty in every language: readers would get an empty
 * button (a name cleared in the studio, or "" in feed.json). The path names the first language's
 * text, where an editor shows its name field.
 */
export const nameMissing = defineRule('name-missing', 'error', function* ({ doc }) {
  const found: { path: string; reason: boolean }[] = [];
  const check = (reason: boolean) => (item: Record<string, unknown>, path: string) => {
    if (!isBlank(item.label)) return;
    const first = isObj(item.label) ? Object.keys(item.label)[0] : undefined;
    found.push({ path: first ? `${path}/label/${first}` : `${path}/label`, reason });
  };
  eachObject(doc.channels, 'channels', check(false));
  eachObject(doc.contact_reasons, 'contact_reasons', check(true));
  for (const { path, reason } of found) {
    yield reason
      ? {
          path,
          message: { en: 'this contact reason has no name: readers would see an empty button', nl: 'deze contactreden heeft geen naam: lezers zouden een lege knop zien' },
          fix: { en: 'Write what people contact you about, e.g. "Report a problem", or remove the reason.', nl: 'Schrijf waarvoor mensen contact opnemen, bijv. “Een probleem melden”, of verwijder de reden.' },
        }
      : {
          path,
          message: { en: 'this channel has no name: readers would see a link without a name', nl: 'dit kanaal heeft geen naam: lezers zouden een link zonder naam zien' },
          fix: { en: 'Write its name, e.g. "Service desk", or remove the channel.', nl: 'Schrijf de naam erbij, bijv. “Servicedesk”, of verwijder het kanaal.' },
        };
  }
});

/** Words of a line people must reach at once: a card to block, fraud, a gas smell; any language of the feed. */
const EMERGENCY_WORDS = /(?<![\p{L}])(block|blokk|fraud|stolen|gestolen|(?:pas|kaart|bankpas) kwijt|lost card|gaslucht|gaslek|smell gas|gas leak|emergency|nood|spoed|urgent)/iu;
/** A line that says it is not one: "Politie, geen spoed" / "Police, non-urgent" (0900-8844), "niet dringend", "non-emergency". */
const NOT_URGENT = /(?<![\p{L}])(?:geen|niet|zonder|non|not|no)[\s-]+(?:spoed|nood|dringend|urgent|emergency)\p{L}*/giu;

/**
 * A phone line named like an emergency line but not marked as one. A bank's desk added "Pas
 * blokkeren" / "Block your card" (24 hours a day) without marking it: readers found it last, after
 * the call-back and the customer service line with its 45-minute wait, not first and apart.
 */
export const emergencyUnmarked = defineRule('emergency-unmarked', 'warning', function* ({ doc, timeZone }) {
  // NHS 111 on a British clock is for medical help that is no 999 emergency; elsewhere (New Zealand) 111 is the emergency number.
  const nhs = callingCodeForZone(typeof doc.time_zone === 'string' ? doc.time_zone : timeZone) === '44';
  const found: { path: string; name: string; id: string; dialled?: string }[] = [];
  // A line only urgent (or time-critical) contact reasons offer is listed before the others already (feed/channels.ts groupChannels).
  const reasons = Array.isArray(doc.contact_reasons) ? doc.contact_reasons.filter(isObj) : [];
  const pressing = (r: Obj) => r.urgent === true || r.time_critical === true;
  const offers = (c: Obj, urgent: boolean) => reasons.some((r) => pressing(r) === urgent && (Array.isArray(r.channels) ? r.channels.includes(c.id) : !urgent));
  eachObject(doc.channels, 'channels', (c, path) => {
    if (c.kind !== 'phone' || c.emergency === true) return;
    const names = typeof c.label === 'string' ? [c.label] : isObj(c.label) ? Object.values(c.label).filter((n): n is string => typeof n === 'string') : [];
    // A public emergency number (999, 112, 911, NHS 111) is one whatever it is called: a hospital trust added
    // "NHS 111" (tel:111) without --emergency, and its patients found it last, after the temporary appointments line.
    const dialled = typeof c.href === 'string' && /^tel:/i.test(c.href) && isEmergencyServiceNumber(c.href) ? c.href.slice(4) : undefined;
    const name = dialled ? (names[0] ?? dialled) : offers(c, true) && !offers(c, false) ? undefined : names.find((n) => EMERGENCY_WORDS.test(n.replace(NOT_URGENT, '')));
    if (name) found.push({ path: `${path}/emergency`, name, id: String(c.id), dialled });
  });
  for (const { path, name, id, dialled } of found) {
    if (dialled) {
      yield {
        path,
        message: {
          en: `the line “${name}” calls ${dialled}, a public emergency number, but it is not marked as an emergency line: readers find it among your ordinary lines, not first under “In an emergency”, and an urgent contact reason may not offer it`,
          nl: `het nummer ‘${name}’ belt ${dialled}, een openbaar noodnummer, maar staat niet als noodnummer: lezers vinden het tussen uw gewone nummers, niet bovenaan onder ‘Bij nood’, en een dringende contactreden biedt het misschien niet aan`,
        },
        fix: {
          en: `Mark it as an emergency line: ${feedOr(`clearline edit channel --id ${id} --emergency --feed feed.json`, 'tick “Emergency line (always listed first)”')}, and say under it when to use it (${feedOr('--reason', '“When to use this line”')}, e.g. "${nhs && dialled === '111' ? 'You need medical help fast, but it is not a 999 emergency' : 'A life in danger, a fire or a serious accident'}").`,
          nl: `Markeer het als noodnummer: ${feedOr(`clearline edit channel --id ${id} --emergency --feed feed.json`, 'vink ‘Noodnummer (altijd bovenaan)’ aan')}, en zeg eronder wanneer mensen het bellen (${feedOr('--reason', '‘Wanneer deze lijn gebruiken’')}, bijv. "${nhs && dialled === '111' ? 'U heeft snel medische hulp nodig, maar het is geen 999-noodgeval' : 'Levensgevaar, brand of een ernstig ongeluk'}").`,
        },
      };
      continue;
    }
    yield {
      path,
      message: {
        en: `the line “${name}” sounds like one people must reach at once (a card to block, fraud, a gas smell), but it is not marked as an emergency line: readers find it among the ordinary lines, after the call-back when waits are long`,
        nl: `het nummer ‘${name}’ klinkt als een nummer dat mensen meteen moeten kunnen bellen (een pas blokkeren, fraude, gaslucht), maar het staat niet als noodnummer: lezers vinden het tussen de gewone nummers, en als de wachttijden lang zijn pas na de terugbeldienst`,
      },
      fix: {
        en: `If so, ${feedOr('add "emergency": true to it', 'tick “Emergency line (always listed first)”')}: it is then always listed first, set apart, whatever the waits, and the phone message of your other lines tells callers to hang up and call it. Urgent but no emergency (help today, not 112)? Then offer it in urgent contact reasons only (${feedOr(`clearline new reason --urgent --channel ${id}`, '“Contact reasons”, “Urgent”')}): it is then listed before your other lines. If not, leave it as it is.`,
        nl: `Is dat zo, markeer het dan als noodnummer (${feedOr('zet er "emergency": true bij', 'vink ‘Noodnummer (altijd bovenaan)’ aan')}): dan staat het altijd apart bovenaan, wat de wachttijden ook zijn, en het wachtbericht van uw andere lijnen zegt bellers dat ze ophangen en dit nummer bellen. Dringend, maar geen noodgeval (vandaag hulp, geen 112)? Bied het dan alleen aan bij dringende contactredenen (${feedOr(`clearline new reason --urgent --channel ${id}`, '‘Contactredenen’, ‘Dringend’')}): dan staat het vóór uw andere lijnen. Zo niet, laat het dan zoals het is.`,
      },
    };
  }
});

/** A channel's name in the feed's first language that has one, for messages; "channel 4" while it has none of its own yet. */
export function nameOf(c: Obj, path: string): { en: string; nl: string } {
  const own = typeof c.label === 'string' ? c.label : isObj(c.label) ? Object.values(c.label).find((n): n is string => typeof n === 'string' && n.trim() !== '') : undefined;
  const n = Number(path.split('/')[1]) + 1;
  return own && !own.includes('[[TODO') ? { en: `“${own}”`, nl: `‘${own}’` } : { en: `channel ${n}`, nl: `kanaal ${n}` };
}

/**
 * A channel with the link another channel already has. A municipality's desk added its sports hall's
 * temporary line at night and typed the municipality's own 14 038 in it: readers got "Opvang sporthal"
 * and "Gemeente" with one number, and calling the sports hall reached a line closed until morning.
 * `clearline new channel` refuses such a link; a shared number can be meant, so here it is a warning,
 * at the later channel's link.
 */
export const channelLinkTwice = defineRule('channel-link-twice', 'warning', function* ({ doc, timeZone }) {
  const seen = new Map<string, { en: string; nl: string }>();
  const found: { path: string; name: { en: string; nl: string }; other: { en: string; nl: string }; href: string; phone: boolean }[] = [];
  eachObject(doc.channels, 'channels', (c, path) => {
    if (typeof c.href !== 'string' || !c.href.trim()) return;
    const first = seen.get(c.href);
    if (first) found.push({ path: `${path}/href`, name: nameOf(c, path), other: first, href: c.href, phone: /^tel:/i.test(c.href) });
    else seen.set(c.href, nameOf(c, path));
  });
  const code = callingCodeForZone(typeof doc.time_zone === 'string' ? doc.time_zone : timeZone);
  for (const { path, name, other, href, phone } of found) {
    // As the desk dials it, as every other rule says a number (deskLink): "0800 123 4567", not "tel:+318001234567".
    const shown = deskLink(href, code);
    yield {
      path,
      message: {
        en: `${name.en} has the same ${phone ? 'number' : 'link'} as ${other.en} (${shown}): readers get two names for one ${phone ? 'number' : 'link'}`,
        nl: `${name.nl} heeft ${phone ? 'hetzelfde nummer' : 'dezelfde link'} als ${other.nl} (${shown}): lezers krijgen twee namen voor één ${phone ? 'nummer' : 'link'}`,
      },
      fix: {
        en: `Does ${name.en} have a ${phone ? 'number' : 'link'} of its own, such as a temporary line? Write that one. Is it really one line, keep one channel.`,
        nl: `Heeft ${name.nl} een eigen ${phone ? 'nummer' : 'link'}, zoals een tijdelijke lijn? Schrijf dat dan op. Is het echt één lijn, houd dan één kanaal.`,
      },
    };
  }
});
