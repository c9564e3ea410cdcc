/**
 * What a new feed says until the publisher fills it in (feed/new-feed.ts), in the language of the
 * tool that makes it: a Dutch studio shows Dutch guidance. Lint refuses to sign while any is left.
 */
import type { UiLanguage } from './terms.js';

export const NEW_FEED_PLACEHOLDERS: Record<UiLanguage, { name: string; url: string }> = {
  en: { name: '[[TODO: your organisation]]', url: 'https://example.com/[[TODO:your-website]]' },
  nl: { name: '[[TODO: naam van uw organisatie]]', url: 'https://example.com/[[TODO:uw-website]]' },
};
