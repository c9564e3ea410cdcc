/**
 * After an all-clear, the SMS's hint at an incident still going on that asks whom it is for in its title (trial T: the
 * storm's all-clear went to every member while a notice "Still no power after the storm? Your service entry may be
 * damaged" was open, and the few hundred still dark got no word of it). The desk is told of the other incidents
 * (`others`, `--incident ID` sends one's own SMS); this only adds that notice's question and "See:" before the link, and
 * only in the room left over: nothing else gives way for it, and none when the link was left out (link-warning.ts) or
 * the other incident begins later (announced ahead). Sector-neutral: the question is the desk's own words. Pure.
 */
import type { StatusPayload } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { smsBudget, smsEncoding, smsFits, smsParts, smsUnits, toSmsText } from './gsm.js';

interface Hinted {
  text: string;
  encoding: ReturnType<typeof smsEncoding>;
  characters: number;
  limit: number;
  parts: number;
  incident?: string;
  others: string[];
  lang: string;
  linkLeftOut?: unknown;
}

/** The result with the hint before its link when the SMS is an all-clear and it fits in `parts`, else as it is. */
export function withOpenHint<R extends Hinted>(payload: StatusPayload, result: R, link: string | undefined, parts: number, now: number): R {
  const done = payload.incidents.find((i) => i.id === result.incident);
  if (!done || done.phase !== 'resolved' || result.linkLeftOut || !link || !result.text.endsWith(link)) return result;
  const going = result.others.map((id) => payload.incidents.find((i) => i.id === id)).find((i) => i && !(i.starts_at && Date.parse(i.starts_at) > now));
  const question = going && /^[^?.!]{3,60}\?/u.exec(pickText(going.title, result.lang).trim())?.[0];
  if (!question) return result;
  const see = result.lang.toLowerCase().startsWith('nl') ? 'Zie:' : 'See:';
  const text = toSmsText(`${result.text.slice(0, -link.length)}${question} ${see} ${link}`);
  if (!smsFits(text, parts)) return result;
  const encoding = smsEncoding(text);
  return { ...result, text, encoding, characters: smsUnits(text, encoding), limit: smsBudget(encoding, parts), parts: smsParts(text) };
}
