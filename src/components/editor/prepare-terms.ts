/**
 * The editor's words for prepared texts (`prepare`, `clearline studio --prepare`; prepare-mode.ts), in their own file:
 * terms.ts is full. A comms officer writing the organisation's texts on a quiet day must see at once that nothing here
 * reaches the public, and that a [[TODO: …]] left for the street is fine.
 */
import type { UiLanguage } from '../../i18n/terms.js';

export interface PrepareTerms {
  banner: string;
  bannerHint: string;
  listHeading: string;
  none: string;
  edit: string;
  newText: string;
  heading: (isNew: boolean, title: string) => string;
  save: string;
  working: string;
  saved: (file: string, folder?: string) => string;
  blocked: (n: number) => string;
  placeholders: (n: number) => string;
  notSaved: (why: string) => string;
  remove: string;
  removeQuestion: (title: string) => string;
  removed: (title: string, file: string) => string;
}

export const PREPARE_TERMS: Record<UiLanguage, PrepareTerms> = {
  en: {
    banner: 'Prepared texts: nothing here is published',
    bannerHint: 'Write and check your texts on a quiet day, so nobody has to improvise in a crisis. Leave open what you cannot know yet, such as the street, as [[TODO: …]]: it is filled in when the text is used. Saving writes only the file of prepared texts; nothing is signed or put on your website.',
    listHeading: 'Your prepared texts',
    none: 'No prepared texts yet: choose a template and press New prepared text.',
    edit: 'Edit',
    newText: 'New prepared text',
    heading: (isNew, title) => (isNew ? 'New prepared text' : `Prepared text: ${title}`),
    save: 'Save prepared text',
    working: 'Saving…',
    saved: (file, folder) => `Saved in ${file}${folder ? ` (${folder})` : ''}. Nothing was published.`,
    blocked: (n) => `Not saved: ${n === 1 ? '1 problem' : `${n} problems`} to fix first, shown next to the fields.`,
    placeholders: (n) => `${n === 1 ? '1 text' : `${n} texts`} still to fill in when used ([[TODO: …]]); that is fine in a prepared text.`,
    notSaved: (why) => `Not saved: ${why}`,
    remove: 'Remove this prepared text',
    removeQuestion: (title) => `Remove the prepared text “${title}” from the file? This cannot be undone here.`,
    removed: (title, file) => `“${title}” removed from ${file}. Nothing was published.`,
  },
  nl: {
    banner: 'Voorbereide teksten: dit wordt niet gepubliceerd',
    bannerHint: 'Schrijf en controleer uw teksten op een rustig moment, zodat niemand hoeft te improviseren als het misgaat. Wat u nu nog niet kunt weten, zoals de straat, laat u open als [[TODO: …]]: dat vult u in als de tekst gebruikt wordt. Opslaan schrijft alleen het bestand met voorbereide teksten; er wordt niets ondertekend of op uw website gezet.',
    listHeading: 'Uw voorbereide teksten',
    none: 'Nog geen voorbereide teksten: kies een sjabloon en druk op Nieuwe voorbereide tekst.',
    edit: 'Bewerken',
    newText: 'Nieuwe voorbereide tekst',
    heading: (isNew, title) => (isNew ? 'Nieuwe voorbereide tekst' : `Voorbereide tekst: ${title}`),
    save: 'Voorbereide tekst opslaan',
    working: 'Bezig met opslaan…',
    saved: (file, folder) => `Opgeslagen in ${file}${folder ? ` (${folder})` : ''}. Er is niets gepubliceerd.`,
    blocked: (n) => `Niet opgeslagen: eerst ${n === 1 ? '1 probleem' : `${n} problemen`} oplossen; ze staan bij de velden.`,
    placeholders: (n) => `Nog ${n === 1 ? '1 tekst' : `${n} teksten`} in te vullen bij gebruik ([[TODO: …]]); in een voorbereide tekst mag dat.`,
    notSaved: (why) => `Niet opgeslagen: ${why}`,
    remove: 'Deze voorbereide tekst verwijderen',
    removeQuestion: (title) => `De voorbereide tekst “${title}” uit het bestand verwijderen? Dat kunt u hier niet ongedaan maken.`,
    removed: (title, file) => `“${title}” verwijderd uit ${file}. Er is niets gepubliceerd.`,
  },
};
