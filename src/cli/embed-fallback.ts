/**
 * The words keygen's embed code puts in `slot="fallback"` of status and help: what a first visitor reads when no verified
 * status can be shown (the host down, a forged feed). The feed's own emergency lines when feed.json has them ("Ruikt u
 * gas? Bel direct: 0800 9009. Levensgevaar? Bel 112."), else a placeholder to fill in. Trial R copied the embed code as
 * printed and its Help dialog offered no number at all, not even the gas line.
 */
import { formatTel, labelSeparator, numberInLabel, numberLang } from '../content/links.js';
import { pickText } from '../i18n/lang.js';
import type { TextValue } from '../feed/schema.js';
import { isObj } from './command.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The feed's emergency phone lines as one sentence each, in `lang` (else the feed's first language); '' when it has none. */
export function emergencyWords(feed: unknown, lang: string): string {
  if (!isObj(feed) || !Array.isArray(feed.channels)) return '';
  const zone = typeof feed.time_zone === 'string' ? feed.time_zone : undefined;
  const said = feed.channels.flatMap((c) => {
    if (!isObj(c) || c.emergency !== true || typeof c.href !== 'string' || !/^tel:/.test(c.href)) return [];
    const label = pickText(c.label as TextValue, lang).trim();
    if (!label) return [];
    const dial = numberLang(lang, zone);
    const number = numberInLabel(label, c.href, dial) ? '' : `${labelSeparator(label)}${formatTel(c.href, dial)}`;
    return [`${label}${number}`.replace(/[.!?]?$/, (end) => end || '.')];
  });
  return esc(said.join(' '));
}
