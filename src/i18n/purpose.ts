/**
 * Who a contact line is for, as the status and help elements show it under its name (a channel's `purpose`). A line only for them
 * (`restricted`, never an emergency line) says so: "Voor apotheken …" becomes "Alleen voor apotheken …"; a purpose that
 * starts otherwise ("Alleen voor zorgverleners") stays as written; none says "Niet voor iedereen". Trial P: an
 * insurer's care-provider line was taken by members for theirs. Only the status and help elements import it (not the
 * exports, which have their copy in export/purpose.ts), so it stays out of the `data` chunk the banner and badge load.
 */
import type { Channel } from '../feed/schema.js';
import { pickText, sentenceStart, uiLanguage } from './lang.js';

// What a purpose for them starts with, what replaces it, and what a line without a purpose says.
const ONLY_FOR = { en: ['For ', 'Only for ', 'Not for everyone'], nl: ['Voor ', 'Alleen voor ', 'Niet voor iedereen'] } as const;

/** Who the line is for, as its own sentence under the name ("For disabled passengers …"), or ''. */
export function channelPurpose(channel: Channel, lang: string): string {
  const purpose = channel.purpose ? sentenceStart(pickText(channel.purpose, lang), lang) : '';
  if (!channel.restricted || channel.emergency) return purpose;
  const [f, only, none] = ONLY_FOR[uiLanguage(lang)];
  return !purpose ? none : purpose.startsWith(f) ? only + purpose.slice(f.length) : purpose;
}
