import { FEEDBACK_TERMS, type FeedbackTerms } from './feedback-terms.js';
import type { UiLanguage } from './terms.js';

/** The words of the help launcher; those it shares with the FAQ (reasons, feedback) are in feedback-terms.ts. */
export interface HelpTerms extends FeedbackTerms {
  launcher: string;
  disruptionNow: string;
  /** The launcher's description when the status has expired: the last known disruption, not claimed as now. */
  disruptionOutdated: (time: string) => string;
  title: string;
  close: string;
  fullStatus: string;
  stillNeedUs: string;
  doThisFirst: string;
  callNow: string;
  loadingStatus: string;
  backToAnswers: string;
  /** Under "Status unknown." when the site gave no words of its own (slot fallback): never an empty "Still need us?". The
   * English names no number: it is read where 911 or 999 is the one, the Dutch in the Netherlands and Belgium (112). */
  noFallback: string;
  /** Under the top incident: the titles of the other open incidents, so the reader knows what else is going on. */
  moreDisruptions: (titles: string) => string;
  /** Under a time-critical reason's label (needed soon, no danger), and its description for screen readers. */
  soon: string;
}

export const HELP_TERMS: Record<UiLanguage, HelpTerms> = {
  en: {
    ...FEEDBACK_TERMS.en,
    launcher: 'Help',
    disruptionNow: 'There is a disruption right now',
    disruptionOutdated: (time) => `A disruption, not confirmed since ${time}`,
    title: 'How can we help?',
    close: 'Close',
    fullStatus: 'Full status',
    stillNeedUs: 'Still need us?',
    doThisFirst: 'Do this now',
    callNow: 'Call now',
    loadingStatus: 'Loading the current status…',
    backToAnswers: 'Back to the answers',
    noFallback: 'Please try again in a few minutes. Life in danger? Call your local emergency number.',
    moreDisruptions: (titles) => `Also: ${titles}`,
    soon: 'Needed soon',
  },
  nl: {
    ...FEEDBACK_TERMS.nl,
    launcher: 'Hulp',
    disruptionNow: 'Er is nu een storing',
    disruptionOutdated: (time) => `Een storing, niet meer bevestigd sinds ${time}`,
    title: 'Waarmee kunnen we helpen?',
    close: 'Sluiten',
    fullStatus: 'Volledige status',
    stillNeedUs: 'Hebt u ons nog nodig?',
    doThisFirst: 'Doe dit nu',
    callNow: 'Bel nu',
    loadingStatus: 'De huidige status wordt geladen…',
    backToAnswers: 'Terug naar de antwoorden',
    noFallback: 'Probeer het over een paar minuten opnieuw. Levensgevaar? Bel 112.',
    moreDisruptions: (titles) => `Daarnaast: ${titles}`,
    soon: 'Snel nodig',
  },
};
