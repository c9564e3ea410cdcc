/**
 * Incident templates for `clearline new incident`: the four parts pre-written as guidance for the
 * first half hour of a kind of event, in Dutch and English. Every text a publisher must check is
 * wrapped in `[[TODO: …]]`, which `clearline lint` (and so `sign`) refuses until it is replaced.
 */
import type { Incident, Severity } from '../feed/schema.js';

export const TEMPLATE_NAMES = ['storm', 'strike', 'cyberattack', 'outage', 'travel-disruption'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const TEMPLATE_LANGUAGES = ['nl', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

type Pair = Record<TemplateLanguage, string>;

interface Template {
  severity: Severity;
  title: Pair;
  known: Pair;
  unknown: Pair;
  actions: { label: Pair; who: Pair; urgent?: boolean }[];
}

/** Minutes from now to the first promised update. */
export const FIRST_UPDATE_MINUTES = 30;

const todo = (text: string) => `[[TODO: ${text}]]`;
const pair = (nl: string, en: string): Pair => ({ nl: todo(nl), en: todo(en) });
/** A typical action, ready to use, with a placeholder for who it is for. */
const action = (nl: string, en: string, urgent = false) => ({
  label: { nl, en },
  who: pair('voor wie geldt dit? bijv. "U reist vandaag"', 'who is this for? e.g. "You travel today"'),
  ...(urgent ? { urgent: true } : {}),
});

export const TEMPLATES: Record<TemplateName, Template> = {
  storm: {
    severity: 'major',
    title: pair('korte titel, bijv. "Storm: vluchten geannuleerd op Amsterdam"', 'short title, e.g. "Storm: flights cancelled at Amsterdam"'),
    known: pair(
      'wat staat vast? Vroeg in een storm weet u meestal: de weerwaarschuwing (code oranje/rood), welke gebieden, routes of diensten geraakt zijn, sinds wanneer, en tot hoe laat het voorlopig duurt. Korte zinnen, één feit per zin.',
      'what is certain? Early in a storm you usually know: the weather warning (code orange/red), which areas, routes or services are affected, since when, and until when for now. Short sentences, one fact each.',
    ),
    unknown: pair(
      'wat weet u nog niet? Meestal: hoe lang de storm aanhoudt, wanneer alles weer normaal werkt, en of morgen ook geraakt wordt.',
      "what don't you know yet? Usually: how long the storm lasts, when everything works normally again, and whether tomorrow is affected too.",
    ),
    actions: [
      action('Ga niet op pad voordat u uw reis of afspraak hebt gecontroleerd', 'Check your trip or appointment before you set out', true),
      action('Boek zelf om of vraag uw geld terug in Mijn omgeving', 'Rebook or ask for a refund yourself in your account'),
      action('Bel alleen als u vandaag moet reizen', 'Only call if you must travel today'),
    ],
  },
  strike: {
    severity: 'major',
    title: pair('korte titel, bijv. "Staking: minder treinen op dinsdag"', 'short title, e.g. "Strike: fewer trains on Tuesday"'),
    known: pair(
      'wat staat vast? Meestal: wie staakt, op welke dag(en) en tijden, welke diensten of locaties uitvallen, en wat wel doorgaat.',
      'what is certain? Usually: who is on strike, on which day(s) and times, which services or locations stop, and what still runs.',
    ),
    unknown: pair(
      'wat weet u nog niet? Meestal: of de staking doorgaat of wordt afgeblazen, of er meer acties komen, en hoe druk de overgebleven diensten worden.',
      "what don't you know yet? Usually: whether the strike goes ahead or is called off, whether more actions follow, and how busy the remaining services will be.",
    ),
    actions: [
      action('Kijk of uw reis of afspraak doorgaat voordat u vertrekt', 'Check whether your trip or appointment goes ahead before you leave', true),
      action('Verzet uw afspraak of reis zelf online', 'Move your appointment or trip yourself online'),
    ],
  },
  cyberattack: {
    severity: 'critical',
    title: pair('korte titel, bijv. "Onze systemen zijn aangevallen"', 'short title, e.g. "Our systems were attacked"'),
    known: pair(
      'wat staat vast? Meestal: sinds wanneer welke diensten niet werken, dat u de systemen uit voorzorg hebt afgesloten, en dat u de politie/toezichthouder hebt ingelicht. Noem geen technische details die aanvallers helpen.',
      'what is certain? Usually: since when which services are down, that you shut systems down as a precaution, and that you informed the police/regulator. Leave out technical detail that helps attackers.',
    ),
    unknown: pair(
      'wat weet u nog niet? Meestal: of er gegevens van klanten zijn gestolen, wie erachter zit, en wanneer de diensten weer werken. Beloof hier niets wat u niet weet.',
      "what don't you know yet? Usually: whether customer data was stolen, who is behind it, and when services will work again. Promise nothing you don't know.",
    ),
    actions: [
      action('Klik niet op links in e-mails of sms-berichten die van ons lijken te komen', 'Do not click links in emails or text messages that seem to come from us', true),
      action('Wij vragen nooit om uw wachtwoord of pincode', 'We never ask for your password or PIN', true),
      action('Wijzig uw wachtwoord als u het ook elders gebruikt', 'Change your password if you use it elsewhere too'),
    ],
  },
  outage: {
    severity: 'major',
    title: pair('korte titel, bijv. "Inloggen in de app werkt niet"', 'short title, e.g. "Logging in to the app does not work"'),
    known: pair(
      'wat staat vast? Meestal: welke dienst niet (goed) werkt, sinds hoe laat, voor wie (iedereen of een deel), en wat nog wel werkt.',
      'what is certain? Usually: which service does not work (well), since what time, for whom (everyone or some), and what still works.',
    ),
    unknown: pair(
      'wat weet u nog niet? Meestal: de oorzaak en hoe lang het duurt voordat het is opgelost.',
      "what don't you know yet? Usually: the cause and how long it will take to fix.",
    ),
    actions: [
      action('U hoeft niets te doen; uw gegevens en betalingen zijn veilig', 'You do not need to do anything; your data and payments are safe'),
      action('Gebruik zolang de website of bel ons als het dringend is', 'Use the website meanwhile, or call us if it is urgent'),
    ],
  },
  'travel-disruption': {
    severity: 'minor',
    title: pair('korte titel, bijv. "Vertraging op de lijn Utrecht–Arnhem"', 'short title, e.g. "Delays between Utrecht and Arnhem"'),
    known: pair(
      'wat staat vast? Meestal: welke route of locatie, sinds hoe laat, hoeveel vertraging of welke uitval, en of er vervangend vervoer is.',
      'what is certain? Usually: which route or location, since what time, how much delay or what is cancelled, and whether there is replacement transport.',
    ),
    unknown: pair(
      'wat weet u nog niet? Meestal: hoe lang het duurt en of aansluitingen gehaald worden.',
      "what don't you know yet? Usually: how long it lasts and whether connections will be made.",
    ),
    actions: [
      action('Plan uw reis opnieuw vlak voor vertrek', 'Plan your journey again just before you leave', true),
      action('Houd rekening met extra reistijd', 'Allow extra travel time'),
    ],
  },
};

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

function pick(p: Pair, langs: readonly TemplateLanguage[]): string | Record<string, string> {
  return Object.fromEntries(langs.map((l) => [l, p[l]]));
}

/**
 * An incident skeleton from a template, in the given languages: phase `investigating`, started and
 * updated now, next update `FIRST_UPDATE_MINUTES` ahead.
 */
export function incidentFromTemplate(name: TemplateName, options: { id: string; langs: readonly TemplateLanguage[]; now?: number }): Incident {
  const t = TEMPLATES[name];
  const now = options.now ?? Date.now();
  const text = (p: Pair) => pick(p, options.langs);
  return {
    id: options.id,
    title: text(t.title),
    severity: t.severity,
    phase: 'investigating',
    started_at: iso(now),
    updated_at: iso(now),
    known: text(t.known),
    unknown: text(t.unknown),
    next_update_at: iso(now + FIRST_UPDATE_MINUTES * 60_000),
    actions: t.actions.map((a) => ({ label: text(a.label), who: text(a.who), ...(a.urgent ? { urgent: true } : {}) })),
  };
}
