/** The editor's words for the contact reasons section (reasons.ts), kept apart from terms.ts, which is full. */
import type { UiLanguage } from '../../i18n/terms.js';

export interface ReasonTerms {
  reasons: string;
  hint: string;
  reason: string;
  /** The legend of the choice of three (reason-level.ts), with the reason's name. */
  urgency: (name: string) => string;
  levels: Record<'wait' | 'soon' | 'urgent', string>;
  /** After what a time-critical reason offers: where it is listed and that long waits stay (trial S). */
  soonOffered: string;
  channelsFor: (name: string) => string;
  noChannels: string;
  addReason: string;
  removeReason: string;
  suggested: string;
  /** Over the template's typical reasons that a feed with its own reasons lacks. */
  suggestedMissing: string;
  addSuggested: (label: string) => string;
  /** What readers who choose the reason are offered ('' when nothing). */
  offered: (names: readonly string[]) => string;
  /** Ticked channels readers of an urgent reason are not offered. */
  notOffered: (names: readonly string[]) => string;
  /** Lines only for some (`restricted`) that a reason with no ticks does not offer. */
  notForAll: (names: readonly string[]) => string;
  /** Over the ticks of the FAQ's questions (studio --faq). */
  answersFor: (name: string) => string;
  noAnswers: string;
  /** A linked answer id that is not in the FAQ. */
  notInFaq: (id: string) => string;
}

/**
 * Channel names in quotes, as lint names them (‘…’ in Dutch, “…” in English), in a list: names of their own with commas or
 * question marks ("Politie, geen spoed", "Spoed? Bel 112") ran into the sentence and into each other.
 */
const quoted = (names: readonly string[], lang: 'nl' | 'en'): string =>
  new Intl.ListFormat(lang, { type: 'conjunction' }).format(names.map((n) => (lang === 'nl' ? `‘${n}’` : `“${n}”`)));

export const REASON_TERMS: Record<UiLanguage, ReasonTerms> = {
  en: {
    reasons: 'Contact reasons',
    hint: 'What people contact you about. Tick the channels each reason offers; with none ticked, readers are offered your ordinary channels (and for an urgent reason the emergency line).',
    reason: 'Reason',
    urgency: (name) => `How urgent is ${name}?`,
    levels: { wait: 'Can wait', soon: 'Needed soon, no danger (e.g. today)', urgent: 'Urgent: danger or emergency' },
    soonOffered: 'It is listed after the urgent reasons and before the others, with no emergency number above these lines; a line with a long wait is offered with its wait.',
    channelsFor: (name) => `Channels for ${name}`,
    noChannels: 'Add a contact channel above to offer it here.',
    addReason: 'Add contact reason',
    removeReason: 'Remove contact reason',
    suggested: 'Suggested by the template',
    suggestedMissing: 'Typical for this template, and not among your reasons yet. Add those that fit with +, and remove the reasons above that no longer do.',
    addSuggested: (label) => `Add contact reason: ${label}`,
    offered: (names) => (names.length ? `Readers who choose it are offered: ${quoted(names, 'en')}.` : 'Readers who choose it are offered no channel.'),
    notOffered: (names) => `Not ${quoted(names, 'en')}: for an urgent reason readers get the emergency line and nothing that makes them wait.`,
    notForAll: (names) => `Not ${quoted(names, 'en')}: only for the people named under “Who this line is for”; tick it to offer it with this reason.`,
    answersFor: (name) => `FAQ answers for ${name}`,
    noAnswers: 'The FAQ has no answers yet.',
    notInFaq: (id) => `${id} (not in the FAQ)`,
  },
  nl: {
    reasons: 'Contactredenen',
    hint: 'Waarvoor mensen contact met u opnemen. Vink per reden de kanalen aan die u aanbiedt; zonder vinkje krijgen lezers uw gewone kanalen (en bij een dringende reden het noodnummer).',
    reason: 'Reden',
    urgency: (name) => `Hoe dringend is ${name}?`,
    levels: { wait: 'Kan wachten', soon: 'Haast, geen gevaar (bijv. vandaag nodig)', urgent: 'Dringend: gevaar of noodgeval' },
    soonOffered: 'De reden staat na de dringende redenen en vóór de andere, zonder noodnummer boven deze lijnen; een lijn met een lange wachttijd krijgen lezers mét die wachttijd.',
    channelsFor: (name) => `Kanalen voor ${name}`,
    noChannels: 'Voeg hierboven een contactkanaal toe om het hier aan te bieden.',
    addReason: 'Contactreden toevoegen',
    removeReason: 'Contactreden verwijderen',
    suggested: 'Voorgesteld door het sjabloon',
    suggestedMissing: 'Gebruikelijk bij dit sjabloon, en nog niet bij uw redenen. Voeg met + toe wat past, en haal de redenen hierboven weg die niet meer passen.',
    addSuggested: (label) => `Contactreden toevoegen: ${label}`,
    offered: (names) => (names.length ? `Wie deze reden kiest, krijgt: ${quoted(names, 'nl')}.` : 'Wie deze reden kiest, krijgt geen kanaal.'),
    notOffered: (names) => `Niet ${quoted(names, 'nl')}: bij een dringende reden krijgen lezers het noodnummer en niets waarop ze moeten wachten.`,
    notForAll: (names) => `Niet ${quoted(names, 'nl')}: alleen voor wie bij ‘Voor wie deze lijn is’ staat; vink hem aan om hem bij deze reden aan te bieden.`,
    answersFor: (name) => `Antwoorden voor ${name}`,
    noAnswers: 'De veelgestelde vragen hebben nog geen antwoorden.',
    notInFaq: (id) => `${id} (staat niet in de veelgestelde vragen)`,
  },
};
