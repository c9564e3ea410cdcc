/**
 * The actions an SMS says before a later urgent action whose number it puts back (sms-urgent-whole.ts). Trial Y: a water
 * utility's two-part SMS carried "No water at all, or you need water for home dialysis …? Call our 24/7 emergency line:
 * (312) 555-0140." in place of "Boil tap water for at least 1 minute …", the first urgent action that everyone in the area
 * must do: the SMS was made again with the later action alone. Now what the SMS said before it stays first; when the
 * later action cannot follow it with its number, that action's line goes (`line` in `shortened`), never the first. Pure.
 */
import { sentenceStart } from './plain.js';
import { laterEmergencyLine } from './sms-emergency.js';
import { labelWithAddress } from './link-warning.js';
import type { Context } from './text.js';
import { smsBudget, smsEncoding, smsFits, smsParts, smsUnits, toSmsText } from './gsm.js';

/**
 * The text `text` says from the first of the earlier actions (each as [its question, its label]) up to `start`, where the
 * later action begins; '' when it says none of them before it.
 */
export function saidAhead(earlier: readonly (readonly [string, string])[], text: string, start: number, lang: string): string {
  if (start <= 0) return '';
  const at = earlier
    .flatMap(([asked, label]) => [asked && `${asked} ${sentenceStart(label, lang)}`, label])
    .filter(Boolean)
    .map((form) => text.indexOf(toSmsText(form).split(/\s+/).slice(0, 3).join(' ')))
    .filter((i) => i >= 0 && i < start);
  return at.length ? text.slice(Math.min(...at), start).trim() : '';
}

interface Made {
  text: string;
  shortened: string[];
  fits: boolean;
}

/** `made` without the later action's line `said` (at `start`): it could not follow the first action with its number. */
export function withoutLine<R extends Made>(made: R, start: number, said: string, parts: number): R {
  const rest = made.text.slice(start + said.length).replace(/^[.!?]?\s*/, '');
  const text = toSmsText(`${made.text.slice(0, start).trimEnd()} ${rest}`.trim());
  const encoding = smsEncoding(text);
  const shortened = made.shortened.includes('line') ? made.shortened : [...made.shortened, 'line'];
  return { ...made, text, shortened, encoding, characters: smsUnits(text, encoding), limit: smsBudget(encoding, parts), parts: smsParts(text), fits: made.fits && smsFits(text, parts) };
}

/**
 * The emergency line of a later urgent action (laterEmergencyLine) with the number it calls when its label does not say
 * it ("… Call our 24/7 emergency line: (312) 555-0140"), so the SMS plans its room with the number, as [line, plain line].
 */
export function numberedLine(actions: readonly { label: string; urgent: boolean; href?: string; who?: string }[], isEmergency: (sentence: string) => boolean, ctx: Pick<Context, 'lang' | 'payload'>): [string, string] {
  const plain = laterEmergencyLine(actions, isEmergency);
  const a = plain ? actions.slice(1).find((b) => b.urgent && b.label.includes(plain)) : undefined;
  const tel = a?.href?.startsWith('tel:') && isEmergency(a.href.slice(4));
  return [tel ? labelWithAddress(plain, a!.href, ctx, a!.who) : plain, plain];
}
