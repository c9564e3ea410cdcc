/**
 * What a new feed says until the publisher fills it in (feed/new-feed.ts), in the language of the
 * tool that makes it: a Dutch studio shows Dutch guidance. Lint refuses to sign while any is left.
 * And why a feed id or time zone cannot be used (feedIdProblem, timeZoneProblem), in the desk's
 * language: `clearline new incident --feed-id` and `report --time-zone` said these in English only.
 * Used by the CLI and the editor, not by the reader elements.
 */
import type { UiLanguage } from './terms.js';

export const NEW_FEED_PLACEHOLDERS: Record<UiLanguage, { name: string; url: string }> = {
  en: { name: '[[TODO: your organisation]]', url: 'https://example.com/[[TODO:your-website]]' },
  nl: { name: '[[TODO: naam van uw organisatie]]', url: 'https://example.com/[[TODO:uw-website]]' },
};

export interface NewFeedProblems {
  /** No feed id given. */
  noId: string;
  /** A feed id that does not fit the schema's format; `like` one that does. */
  badId: (id: string, like: string) => string;
  /** Not an IANA time zone. */
  badZone: (zone: string) => string;
}

export const NEW_FEED_PROBLEMS: Record<UiLanguage, NewFeedProblems> = {
  en: {
    noId: 'a new feed needs an id (the id your embed pins with feed-id), e.g. utrecht-energie',
    badId: (id, like) => `"${id}" is not a feed id: use 1-64 letters, digits, ".", "_" or "-", e.g. ${like}`,
    badZone: (zone) => `${zone} is not a time zone; use an IANA name such as Europe/Amsterdam`,
  },
  nl: {
    noId: 'een nieuwe feed heeft een id nodig (de id die uw embed vastzet met feed-id), bijvoorbeeld utrecht-energie',
    badId: (id, like) => `"${id}" is geen feed-id: gebruik 1 tot 64 letters, cijfers, ".", "_" of "-", bijvoorbeeld ${like}`,
    badZone: (zone) => `${zone} is geen tijdzone; gebruik een IANA-naam zoals Europe/Amsterdam`,
  },
};
