/**
 * Who a line is for in the exports (e-mail, page without script), by the readers' rule and words (i18n/purpose.ts):
 * "Voor apotheken …" on a line only for them (`restricted`) becomes "Alleen voor apotheken …", none "Niet voor iedereen".
 * A copy, not an import: a module the exports share with the readers goes into the `data` chunk, which the banner and
 * badge load too, and they never show a line (+160 B gzip before their first render). test/node/channel-restricted.test.mjs
 * checks that both say the same.
 */
import type { Channel } from '../feed/schema.js';
import { pickText, sentenceStart, uiLanguage } from '../i18n/lang.js';

const ONLY_FOR = { en: ['For ', 'Only for ', 'Not for everyone'], nl: ['Voor ', 'Alleen voor ', 'Niet voor iedereen'] } as const;

/** Who the line is for, as its own sentence ("For disabled passengers …", "Alleen voor apotheken …"), or ''. */
export function channelPurpose(channel: Channel, lang: string): string {
  const purpose = channel.purpose ? sentenceStart(pickText(channel.purpose, lang), lang) : '';
  if (!channel.restricted || channel.emergency) return purpose;
  const [f, only, none] = ONLY_FOR[uiLanguage(lang)];
  return !purpose ? none : purpose.startsWith(f) ? only + purpose.slice(f.length) : purpose;
}
