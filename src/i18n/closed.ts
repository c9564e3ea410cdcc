/**
 * What a reader's channel lists say of a line outside its opening hours (feed/opening-hours.ts). Apart from phrases.ts,
 * which the exports share: only the status and help elements use it, so the banner's and badge's start does not carry it.
 */
import type { ShownChannel } from '../feed/channels.js';
import type { Channel } from '../feed/schema.js';
import { formatDated } from './lang.js';
import type { Terms } from './terms.js';

/** The clock a reader's channel list is read at: `now` and the feed's zone. */
export interface ReadAt {
  now: number;
  zone?: string;
}

/** "Closed now, opens at 08:00" / "Nu gesloten, weer open om 08:00" for a line outside its opening hours; '' while open. */
export function closedLine(t: Terms, channel: Channel, lang: string, at: ReadAt): string {
  const until = (channel as ShownChannel).closed_until;
  if (until === undefined) return '';
  const { text, dated } = until === null ? { text: '', dated: false } : formatDated(until, lang, at.now, at.zone);
  return t.closedNow(text, dated);
}
