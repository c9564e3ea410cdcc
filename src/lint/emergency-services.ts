/**
 * A contact reason for a life in danger (the flood template's "Someone is in danger from the water", the storm's "A
 * dangerous situation", or a desk's own "Someone is in danger") must offer readers the public emergency number under
 * "Call now". A borough council's flood feed offered only its own out-of-hours line there, with 999 as plain words under
 * "Do this now". One logic for lint's emergency-services-missing (CLI and studio) and `clearline new incident`'s hint:
 * which reasons, which number (999 on a British clock, 112, 911, 000: feed/dialling.ts), and the commands that fix it.
 * Pure: no Node or DOM imports.
 */
import { emergencyServicesNumber, isCountryEmergencyNumber, isEmergencyServiceNumber } from '../feed/dialling.js';
import type { Channel } from '../feed/schema.js';
import { localEnglish } from '../templates/american.js';
import { britishEnglish } from '../templates/british.js';
import { TEMPLATE_NAMES, TEMPLATES } from '../templates/index.js';
import { eachObject, isObj, openIncidentsOf, type Obj } from './walk.js';

/** A link to NHS 111 (on a British feed: emergencyServicesGap checks the zone). */
const isNhs111 = (href: unknown) => typeof href === 'string' && href.replace(/[\s().-]/g, '').toLowerCase() === 'tel:111';

/** The name of the emergency services' line, as `new incident` suggests it. */
export const EMERGENCY_SERVICES_NAME = { en: 'Police, fire and ambulance', nl: 'Alarmnummer (politie, brandweer, ambulance)' } as const;

const norm = (s: string) => s.trim().toLowerCase();
/**
 * The labels of the templates' life-in-danger reasons (TemplateReason.emergencyServices), in every language, and in the
 * North American English a US or Canadian feed gets: the mobile template's "I need to call 911" went unasked for 911;
 * and as it names 112, 999 or 000 elsewhere (british.ts).
 */
const FLAGGED = new Set(
  TEMPLATE_NAMES.flatMap((n) => TEMPLATES[n].reasons.filter((r) => r.emergencyServices).flatMap((r) => [...Object.values(r.label), localEnglish(r.label.en, 'America/Chicago'), localEnglish(r.label.en, 'America/Toronto'), britishEnglish(r.label.en, 'Europe/Berlin'), britishEnglish(r.label.en, 'Europe/London'), britishEnglish(r.label.en, 'Australia/Sydney')].map(norm))),
);
/**
 * A person in danger in the desk's own words ("Someone is in danger", "Iemand is in levensgevaar"); not "Danger: a loose
 * cable" or "Gevaar door kou", whose first call is the publisher's own emergency line.
 */
const PERSON_IN_DANGER = /\b(?:is|are|am|ben|zijn)\s+(?:\w+\s+)?in\s+(?:\w+\s+)?(?:danger|gevaar)\b|levensgevaar|levensbedreigend|danger to (?:life|lives)|life[- ]threatening/i;

/** True for a reason label (one text or one per language) about a life in danger. */
export function isLifeInDanger(label: unknown): boolean {
  const texts = typeof label === 'string' ? [label] : isObj(label) ? Object.values(label).filter((t): t is string => typeof t === 'string') : [];
  return texts.some((t) => FLAGGED.has(norm(t)) || PERSON_IN_DANGER.test(t));
}

/**
 * Whether readers who choose reason `r` are offered the line `c`, by the readers' rule (feed/reasons.ts reasonChannels):
 * an urgent reason offers the emergency lines it names, naming none every one, and the other lines it names; another
 * reason the lines it names, naming none the ordinary ones. Said here, not imported: lint importing feed/reasons.ts moved it into the readers' shared `data` chunk,
 * +344 B gzip on a page with only <clearline-status>, which does not use it.
 */
function offers(r: Obj, c: Channel, channels: readonly Channel[]): boolean {
  const named = Array.isArray(r.channels) ? r.channels.filter((x) => typeof x === 'string') : [];
  if (r.urgent !== true) return named.length ? named.includes(c.id) : c.emergency !== true;
  // Urgent: the emergency lines it names, else every one; of the others, those it names (or, naming none, all).
  const emergency = channels.filter((x) => x.emergency === true && named.includes(x.id));
  if (c.emergency === true) return emergency.length ? emergency.includes(c) : true;
  return !named.length || named.includes(c.id);
}

export interface EmergencyServicesGap {
  /** The number to offer: 999, 112, 911, 000 or 111 by the feed's time zone. */
  number: string;
  /** The feed's channel with that number (or 112), when it has one: it is only not offered for these reasons. */
  line?: Obj;
  /** The id of that channel, or the id to give a new one. */
  id: string;
  /** The ids of the feed's emergency lines that are other public numbers (NHS 111), which a reason naming none offers. */
  publicLines: string[];
  /** The reasons, with the path of their channel list, whose readers are not offered the number. */
  reasons: { reason: Obj; path: string }[];
}

/**
 * While an incident is open: the life-in-danger reasons whose readers are not offered the country's emergency number
 * (by the readers' own rule, `offers`), or undefined when there is none.
 */
export function emergencyServicesGap(doc: Obj, zone: string | undefined): EmergencyServicesGap | undefined {
  if (!openIncidentsOf(doc).length) return undefined;
  const channels: Channel[] = [];
  eachObject(doc.channels, 'channels', (c) => typeof c.id === 'string' && channels.push(c as unknown as Channel));
  const lines = channels.filter((c) => isCountryEmergencyNumber(c.href, zone));
  // A feed that lists NHS 111 as an emergency line is a GP practice's, a hospital's or a pharmacy's: there every urgent reason ("I need urgent
  // help now") is a patient's, whose first call in a life-threatening emergency is 999. A hospital trust listed NHS 111
  // as its one emergency line, and readers who chose "I need urgent help now" were offered 111, not 999.
  const medical = emergencyServicesNumber(zone) === '999' && channels.some((c) => c.emergency === true && isNhs111(c.href));
  const reasons: EmergencyServicesGap['reasons'] = [];
  eachObject(doc.contact_reasons, 'contact_reasons', (r, path) => {
    if ((isLifeInDanger(r.label) || (medical && r.urgent === true)) && !lines.some((c) => offers(r, c, channels))) reasons.push({ reason: r, path: `${path}/channels` });
  });
  if (!reasons.length) return undefined;
  const number = emergencyServicesNumber(zone);
  const line = lines[0] as Obj | undefined;
  const id = line ? String(line.id) : channels.some((c) => c.id === 'emergency-services') ? `emergency-services-${number}` : 'emergency-services';
  const publicLines = channels.filter((c) => c.emergency === true && isEmergencyServiceNumber(c.href)).map((c) => c.id);
  return { number, line, id, publicLines, reasons };
}

/** The name in each of the feed's languages, in its order (new channel's --lang default): no English name on a Dutch page. */
const names = (langs: readonly string[]) => (langs.length ? langs : ['en']).map((l) => `--name "${EMERGENCY_SERVICES_NAME[l.startsWith('nl') ? 'nl' : 'en']}"`).join(' ');

/** `clearline new channel` for the emergency services' line, when the feed has none; `on` is ` --feed <file>` or ''. */
export const newLineCommand = (gap: EmergencyServicesGap, langs: readonly string[], on: string): string[] =>
  gap.line ? [] : [`clearline new channel --kind phone --link ${gap.number} ${names(langs)} --emergency --id ${gap.id}${on}`];

/** `clearline edit reason` that offers the line for `reason`: --channel replaces the list, so the lines it names stay. */
export function offerCommand(gap: EmergencyServicesGap, reason: Obj, on: string): string {
  // A reason naming none was offered every emergency line: the public ones (NHS 111) stay named beside the new line, or
  // the command took NHS 111 away from a hospital's "I need urgent help now" as it gave it 999.
  const kept = Array.isArray(reason.channels) ? reason.channels.map(String) : gap.publicLines;
  // The emergency services first: readers see a reason's lines in the order it names them, and a council's "Someone is in
  // danger from the water" listed its out-of-hours line above 999 after `--channel out-of-hours,emergency-services`.
  const ids = new Set([gap.id, ...kept]);
  return `clearline edit reason --id ${String(reason.id)} --channel ${[...ids].join(',')}${on}`;
}

/** Every command that closes the gap, in the order to run them. */
export const emergencyServicesCommands = (gap: EmergencyServicesGap, langs: readonly string[], on: string): string[] => [
  ...newLineCommand(gap, langs, on),
  ...gap.reasons.map(({ reason }) => offerCommand(gap, reason, on)),
];
