import type { UiLanguage } from './terms.js';

/** The words of the help launcher, contact reasons and "did this answer your question?". */
export interface HelpTerms {
  launcher: string;
  disruptionNow: string;
  title: string;
  close: string;
  fullStatus: string;
  stillNeedUs: string;
  contactUs: string;
  chooseReason: string;
  otherReasons: string;
  answersFirst: string;
  doThisFirst: string;
  reachUs: string;
  callNow: string;
  noChannels: string;
  feedbackQuestion: string;
  yes: string;
  no: string;
  thanks: string;
  sorry: string;
  loadingStatus: string;
  backToAnswers: string;
  moreDisruptions: (n: number) => string;
}

export const HELP_TERMS: Record<UiLanguage, HelpTerms> = {
  en: {
    launcher: 'Help',
    disruptionNow: 'There is a disruption right now',
    title: 'How can we help?',
    close: 'Close',
    fullStatus: 'Full status',
    stillNeedUs: 'Still need us?',
    contactUs: 'Contact us',
    chooseReason: 'What is it about?',
    otherReasons: 'Back to all topics',
    answersFirst: 'These answers may help right away',
    doThisFirst: 'Do this now',
    reachUs: 'How to reach us',
    callNow: 'Call now',
    noChannels: 'There is no contact channel for this right now.',
    feedbackQuestion: 'Did this answer your question?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for letting us know.',
    sorry: 'Sorry this did not help. Tell us what it is about:',
    loadingStatus: 'Loading the current status…',
    backToAnswers: 'Back to the answers',
    moreDisruptions: (n) => `and ${n} other disruption${n === 1 ? '' : 's'}`,
  },
  nl: {
    launcher: 'Hulp',
    disruptionNow: 'Er is nu een storing',
    title: 'Waarmee kunnen we helpen?',
    close: 'Sluiten',
    fullStatus: 'Volledige status',
    stillNeedUs: 'Hebt u ons nog nodig?',
    contactUs: 'Neem contact op',
    chooseReason: 'Waar gaat het over?',
    otherReasons: 'Terug naar alle onderwerpen',
    answersFirst: 'Deze antwoorden helpen misschien meteen',
    doThisFirst: 'Doe dit nu',
    reachUs: 'Zo bereikt u ons',
    callNow: 'Bel nu',
    noChannels: 'Hiervoor is nu geen contactmogelijkheid.',
    feedbackQuestion: 'Heeft dit uw vraag beantwoord?',
    yes: 'Ja',
    no: 'Nee',
    thanks: 'Bedankt voor uw reactie.',
    sorry: 'Jammer dat dit niet hielp. Waar gaat het over?',
    loadingStatus: 'De huidige status wordt geladen…',
    backToAnswers: 'Terug naar de antwoorden',
    moreDisruptions: (n) => `en ${n} andere storing${n === 1 ? '' : 'en'}`,
  },
};
