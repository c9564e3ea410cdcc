/** The editor's words for the contact reasons section (reasons.ts), kept apart from terms.ts, which is full. */
import type { UiLanguage } from '../../i18n/terms.js';

export interface ReasonTerms {
  reasons: string;
  hint: string;
  reason: string;
  urgent: string;
  channelsFor: (name: string) => string;
  noChannels: string;
  addReason: string;
  removeReason: string;
  suggested: string;
  addSuggested: (label: string) => string;
}

export const REASON_TERMS: Record<UiLanguage, ReasonTerms> = {
  en: {
    reasons: 'Contact reasons',
    hint: 'What people contact you about. Tick the channels each reason offers; with none ticked, readers are offered your ordinary channels (and for an urgent reason the emergency line).',
    reason: 'Reason',
    urgent: 'Urgent (danger or emergency)',
    channelsFor: (name) => `Channels for ${name}`,
    noChannels: 'Add a contact channel above to offer it here.',
    addReason: 'Add contact reason',
    removeReason: 'Remove contact reason',
    suggested: 'Suggested by the template',
    addSuggested: (label) => `Add contact reason: ${label}`,
  },
  nl: {
    reasons: 'Contactredenen',
    hint: 'Waarvoor mensen contact met u opnemen. Vink per reden de kanalen aan die u aanbiedt; zonder vinkje krijgen lezers uw gewone kanalen (en bij een dringende reden het noodnummer).',
    reason: 'Reden',
    urgent: 'Dringend (gevaar of noodgeval)',
    channelsFor: (name) => `Kanalen voor ${name}`,
    noChannels: 'Voeg hierboven een contactkanaal toe om het hier aan te bieden.',
    addReason: 'Contactreden toevoegen',
    removeReason: 'Contactreden verwijderen',
    suggested: 'Voorgesteld door het sjabloon',
    addSuggested: (label) => `Contactreden toevoegen: ${label}`,
  },
};
