import type { UiLanguage } from './terms.js';

/** "Did this answer your question?" and the contact reasons: the words the FAQ and the launcher share. */
export interface FeedbackTerms {
  chooseReason: string;
  otherReasons: string;
  reachUs: string;
  noChannels: string;
  feedbackQuestion: string;
  yes: string;
  no: string;
  thanks: string;
  /** After "no", when contact reasons follow. */
  sorry: string;
  /** After "no", when only the channels follow. */
  sorryChannels: string;
  /** Before the reason's own answers. */
  answersFirst: string;
  /** An urgent reason's description for screen readers (sighted readers see its thick border). */
  urgent: string;
}

export const FEEDBACK_TERMS: Record<UiLanguage, FeedbackTerms> = {
  en: {
    chooseReason: 'What is it about?',
    otherReasons: 'Back to all topics',
    reachUs: 'How to reach us',
    noChannels: 'There is no contact channel for this right now.',
    feedbackQuestion: 'Did this answer your question?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for letting us know.',
    sorry: 'Sorry this did not help. Tell us what it is about:',
    sorryChannels: 'Sorry this did not help. You can ask us directly:',
    answersFirst: 'These answers may help right away',
    urgent: 'Urgent',
  },
  nl: {
    chooseReason: 'Waar gaat het over?',
    otherReasons: 'Terug naar alle onderwerpen',
    reachUs: 'Zo bereikt u ons',
    noChannels: 'Hiervoor is nu geen contactmogelijkheid.',
    feedbackQuestion: 'Heeft dit uw vraag beantwoord?',
    yes: 'Ja',
    no: 'Nee',
    thanks: 'Bedankt voor uw reactie.',
    sorry: 'Jammer dat dit niet hielp. Waar gaat het over?',
    sorryChannels: 'Jammer dat dit niet hielp. U kunt het ons direct vragen:',
    answersFirst: 'Deze antwoorden helpen misschien meteen',
    urgent: 'Dringend',
  },
};
