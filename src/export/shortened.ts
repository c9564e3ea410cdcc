/**
 * What the SMS and social exporters say they shortened (`shortened`: "next", "action-shortened",
 * …), in words for the desk, in English and Dutch: `lint --for sms,social` and the notes of
 * `clearline export` print these, not the keys, so a desk sees at 2 a.m. that the first action was
 * cut ("de eerste actie ingekort") and can check that the message still says what to do. Pure.
 */
import type { Said } from '../lint/rule.js';

const STEPS: Readonly<Record<string, Said>> = {
  who: { en: 'leaves out who the first action is for (so it reads as meant for everyone)', nl: 'voor wie de eerste actie is weggelaten (zo lijkt die voor iedereen te gelden)' },
  next: { en: 'leaves out the next update', nl: 'de volgende update weggelaten' },
  summary: { en: 'leaves out the first sentence of what we know', nl: 'de eerste zin van wat we weten weggelaten' },
  'summary-shortened': { en: 'cuts the first sentence of what we know short', nl: 'de eerste zin van wat we weten ingekort' },
  action: { en: 'leaves out the first action', nl: 'de eerste actie weggelaten' },
  'action-shortened': { en: 'cuts the first action short', nl: 'de eerste actie ingekort' },
  // The social post's first action, which the title or the first sentence already says, left out for the news (social-news.ts, trial Y).
  'action-said': { en: 'leaves out the first action, which the first sentence of what we know already says, for what is new since the previous update', nl: 'de eerste actie weggelaten, die de eerste zin van wat we weten al zegt, voor wat nieuw is sinds de vorige update' },
  // An urgent action's emergency number (Card Stop, 112) the social post could not keep without cutting the action or the title.
  number: { en: 'leaves out the emergency number after the first action', nl: 'het noodnummer na de eerste actie weggelaten' },
  title: { en: 'leaves out the title', nl: 'de titel weggelaten' },
  'title-shortened': { en: 'cuts the title short', nl: 'de titel ingekort' },
  // What is new since the previous update (sms-news.ts), left out beside an urgent action added in it (trial R).
  news: { en: 'leaves out what is new since the previous update', nl: 'wat nieuw is sinds de vorige update weggelaten' },
  // The SMS's phase before the title ("Oorzaak gevonden: …"): without it an update reads as the one before.
  phase: { en: 'leaves out the phase (so it reads as the update before)', nl: 'de fase weggelaten (zo lijkt het de vorige update)' },
  // A warning against fake messages in our name: the site line went so its action keeps its first sentence (sms-fraud.ts, trial U).
  site: { en: 'leaves out the line that sends people to your website (so the first sentence of the action stays whole)', nl: 'de zin die mensen naar uw website stuurt weggelaten (zo blijft de eerste zin van de actie heel)' },
  // A later urgent action's emergency line that could not follow the first action with its number (sms-urgent-ahead.ts, trial Y).
  line: { en: 'leaves out the emergency line of a later urgent action (it did not fit with its number)', nl: 'de noodlijn van een latere dringende actie weggelaten (die paste niet met het nummer erbij)' },
  // An urgent action with its number kept whole beside it (sms-urgent-whole.ts, trial X): the site line without the publisher's name.
  'site-shortened': { en: 'shortens the line that sends people to your website to "Go to our website yourself."', nl: 'de zin die mensen naar uw website stuurt ingekort tot "Kijk zelf op onze website."' },
};

/** "leaves out the next update and cuts the first action short" / "de volgende update weggelaten en de eerste actie ingekort"; an unknown key as it is. */
export function shortenedInWords(steps: readonly string[], lang: 'en' | 'nl'): string {
  // en-GB: no comma before "and", as the desk's other English sentences.
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'nl', { type: 'conjunction' }).format(steps.map((s) => STEPS[s]?.[lang] ?? s));
}
