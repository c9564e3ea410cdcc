/**
 * After `clearline new incident`: a reason for a life in danger (the flood's "Someone is in danger from the water", the
 * storm's "A dangerous situation") led readers to "Call now" with the publisher's own lines only. A borough council's
 * flood feed offered "Emergency out-of-hours line: 01422 288001" to someone whose neighbour was in the water, and 999 only
 * as plain words under "Do this now". When readers of such a reason are not offered the public emergency number, say how
 * to add it and name it for that reason: the commands, with the number of the feed's country. Which reasons, which
 * number and which commands are lint's (lint/emergency-services.ts), so the studio says the same. Pure apart from printing.
 */
import { pickText } from '../i18n/lang.js';
import type { TextValue } from '../feed/schema.js';
import { emergencyServicesCommands, emergencyServicesGap } from '../lint/emergency-services.js';
import type { Obj } from './command.js';
import { shellArg } from '../lint/shell.js';

const SAID = {
  en: (reasons: string, number: string) =>
    `Readers who choose ${reasons} are not offered ${number} under "Call now", only your own lines. Add the emergency services as a line of their own and offer it for that reason:`,
  nl: (reasons: string, number: string) =>
    `Wie ${reasons} kiest, krijgt onder "Bel nu" geen ${number}, alleen uw eigen lijnen. Zet het alarmnummer erbij als eigen lijn en bied het aan bij die reden:`,
} as const;

/** The lines to print after `new incident`: empty when no life-in-danger reason lacks the public emergency number. */
export function emergencyServicesHint(feed: Obj, zone: string | undefined, lang: 'en' | 'nl', langs: readonly string[], file: string): string[] {
  const gap = emergencyServicesGap(feed, zone);
  if (!gap) return [];
  const on = file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`;
  const named = gap.reasons.map(({ reason }) => `"${pickText(reason.label as TextValue, lang)}"`).join(lang === 'nl' ? ' of ' : ' or ');
  return [SAID[lang](named, gap.number), ...emergencyServicesCommands(gap, langs, on).map((c) => `  ${c}`)];
}
