import type { UiLanguage } from './terms.js';

/** The words `<clearline-faq>` speaks, in every UI language. */
export interface FaqTerms {
  searchLabel: string;
  searchHint: string;
  allQuestions: (n: number) => string;
  results: (n: number) => string;
  noAnswer: string;
  noAnswerDetail: string;
  contactUs: string;
  currentDisruption: (title: string) => string;
  otherQuestions: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: (link: string) => string;
  showMore: (n: number) => string;
  loading: string;
  failed: string;
  lastConfirmed: (time: string) => string;
}

export const FAQ_TERMS: Record<UiLanguage, FaqTerms> = {
  en: {
    searchLabel: 'Search the frequently asked questions',
    searchHint: 'Type a few words, for example "refund" or "flight cancelled".',
    allQuestions: (n) => `${n} question${n === 1 ? '' : 's'}`,
    results: (n) => (n === 0 ? 'No results' : `${n} result${n === 1 ? '' : 's'}`),
    noAnswer: 'We could not find an answer to that.',
    noAnswerDetail: 'Try other words, or ask one of our people:',
    contactUs: 'Contact us',
    currentDisruption: (title) => `About the current disruption: ${title}`,
    otherQuestions: 'Other questions',
    copyLink: 'Copy link to this answer',
    linkCopied: 'Link copied',
    copyFailed: (link) => `Copying did not work. The link is ${link}`,
    showMore: (n) => `Show ${n} more`,
    loading: 'Loading the questions…',
    failed: 'The questions could not be loaded.',
    lastConfirmed: (time) => `Last confirmed at ${time}`,
  },
  nl: {
    searchLabel: 'Zoek in de veelgestelde vragen',
    searchHint: 'Typ een paar woorden, bijvoorbeeld "terugbetaling" of "vlucht geannuleerd".',
    allQuestions: (n) => `${n} ${n === 1 ? 'vraag' : 'vragen'}`,
    results: (n) => (n === 0 ? 'Geen resultaten' : `${n} ${n === 1 ? 'resultaat' : 'resultaten'}`),
    noAnswer: 'We hebben daar geen antwoord op gevonden.',
    noAnswerDetail: 'Probeer andere woorden, of vraag het een van onze mensen:',
    contactUs: 'Neem contact op',
    currentDisruption: (title) => `Over de huidige storing: ${title}`,
    otherQuestions: 'Andere vragen',
    copyLink: 'Kopieer de link naar dit antwoord',
    linkCopied: 'Link gekopieerd',
    copyFailed: (link) => `Kopiëren lukte niet. De link is ${link}`,
    showMore: (n) => `Toon er nog ${n}`,
    loading: 'De vragen worden geladen…',
    failed: 'De vragen konden niet worden geladen.',
    lastConfirmed: (time) => `Laatst bevestigd om ${time}`,
  },
};
