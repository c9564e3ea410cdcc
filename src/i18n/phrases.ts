/**
 * Sentences built from feed data, shared by the web elements and every exported channel (phone,
 * SMS, e-mail, pages without script), so that the site, the phone line and the text message say
 * the same thing in the same words.
 */
import type { Channel } from '../feed/schema.js';
import { pickText, sentenceStart } from './lang.js';
import type { Terms } from './terms.js';

/**
 * "Expected wait about 45 minutes: very many calls because of the storm", or just the reason, or ''. A reason written to
 * follow "Expected wait …:" ("you keep your place in the queue") starts its own sentence when it stands alone.
 */
export function channelWait(t: Terms, channel: Channel, lang: string): string {
  const reason = channel.reason ? pickText(channel.reason, lang) : '';
  if (channel.wait_minutes === undefined) return sentenceStart(reason, lang);
  // An emergency line's reason says when to use it, not why there is a wait: it leads, as on the status page.
  if (channel.emergency && reason) return `${sentenceStart(/[.!?…]$/.test(reason) ? reason : `${reason}.`, lang)} ${t.expectedWait(channel.wait_minutes)}`;
  return `${t.expectedWait(channel.wait_minutes)}${reason ? `: ${reason}` : ''}`;
}

