/**
 * Whether e-mail itself is down: an open incident whose title or "affects" names e-mail ("E-mail werkt
 * niet", "Storing in webmail", "Email outage", affects "E-mail op @breedband.nl"). Then an e-mail about
 * the incidents does not reach, or cannot be read by, the people the outage affects: the export still
 * writes it (others may read it, and the desk may send it once mail works), but warns. Read in every
 * language of the incident, as link-warning.ts reads its warnings. Pure: no Node or DOM imports.
 */
import type { Incident, TextValue } from '../feed/schema.js';
import { isScamWarning } from '../feed/scam-warning.js';

/** "e-mail", "email", "webmail" and their compounds ("e-mailstoring", "emails", "webmailer"), in any language. */
const EMAIL = /(?<!\p{L})(?:e-?mail|webmail)/iu;
/**
 * Dutch says "mail" for e-mail ("Geen mail", "mailstoring", "mailserver"); English "mail" is also the post
 * ("Mail delivery delayed by the strike"), so the bare word counts only in Dutch (and untagged) text.
 */
const MAIL_NL = /(?<!\p{L})mail(?:s|storing|storingen|server|servers|dienst|box|boxen|programma)?(?!\p{L})/iu;

/** An open incident about e-mail: its id and the words that say so, as written. */
export interface EmailOutage {
  incident: string;
  words: string;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** A text's languages, `lang` (the e-mail's) first, so the note quotes the words the e-mail is written in. */
function entries(t: TextValue | undefined, lang: string): [lang: string, text: string][] {
  if (!t) return [];
  if (typeof t === 'string') return [['', t]];
  return Object.entries(t).sort(([a], [b]) => Number(primary(b) === primary(lang)) - Number(primary(a) === primary(lang)));
}

/** The publisher's own e-mail channel ("Mail ons: help@…"), which an e-mail outage may take down too. */
export const isEmailChannel = (c: { kind: string; href: string }): boolean => c.kind === 'email' || c.href.startsWith('mailto:');

/**
 * The first open incident (in the order given) whose title or "affects" is `about` a channel, in any language (the
 * message's `lang` first); undefined when none is. `dutch`: the text is Dutch or untagged.
 */
export function outageOf(incidents: readonly Incident[], lang: string, about: (text: string, dutch: boolean) => boolean): EmailOutage | undefined {
  for (const inc of incidents) {
    // A notice (severity info, feed/notice.ts) is no outage: "Nep-sms uit naam van Zekerheid" warns of fake texts, and
    // SMS works (lint's mobile-outage rules told a health insurer that its readers could not call from a mobile).
    // Nor is a warning of fake messages while it is still major ("Valse sms'en … uit naam van Scheldebank": lint and the
    // SMS export said on every update that readers could not call, trial U): the texts arrive; they are not ours.
    if (inc.phase === 'resolved' || inc.severity === 'info' || isScamWarning(inc.title)) continue;
    // Lint reads feeds that are not valid yet ("affects": {"en": "…"}, a number for a text): only lists and strings count.
    const texts = [inc.title, ...(Array.isArray(inc.affects) ? inc.affects : [])];
    // Every text in the message's language first, then the others: an outage written only in Dutch still counts.
    const all = [...texts.flatMap((t) => entries(t, lang).slice(0, 1)), ...texts.flatMap((t) => entries(t, lang).slice(1))];
    for (const [tag, text] of all) if (typeof text === 'string' && about(text, tag === '' || /^nl\b/i.test(tag))) return { incident: inc.id, words: text.trim() };
  }
  return undefined;
}

/** The first open incident (in the order given) whose title or "affects" names e-mail, in any language; undefined when none does. */
export const emailOutage = (incidents: readonly Incident[], lang = ''): EmailOutage | undefined => outageOf(incidents, lang, (text, dutch) => EMAIL.test(text) || (dutch && MAIL_NL.test(text)));
