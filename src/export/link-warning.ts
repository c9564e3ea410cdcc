/**
 * Whether the open incidents tell people not to click links in messages (a cyberattack: phishing in
 * the publisher's name). Then a text message from us must not carry a link: "Do not click links in
 * texts that seem to come from us. https://…" is rightly distrusted, and it teaches people to click.
 * One small phrase list per language (nl, en), read in every language of the incident, so a warning
 * written only in Dutch still keeps the link out of the English SMS. Pure: no Node or DOM imports.
 */
import type { Incident, TextValue } from '../feed/schema.js';
import type { UiLanguage } from '../i18n/terms.js';
import { formatTel } from '../content/links.js';
import { incidentName } from '../feed/incident-name.js';
import { numberSaid, telLang, type Context } from './text.js';
import { placeAddress } from './number-place.js';

/** Why an SMS or e-mail has no link (`SmsResult.linkLeftOut.reason`, `EmailResult.linkLeftOut.reason`). */
export const SMS_LINK_REASONS = ['warns-against-links'] as const;
export type SmsLinkReason = (typeof SMS_LINK_REASONS)[number];

// "link", "links", "linkje", "linkjes"; Dutch "links" also means "left", so a word between the verb
// and the link must be an inflected adjective ("verdachte links"), never "de knop links".
const LINK_NL = 'link(?:s|je|jes)?\\b';
const ADJ_NL = '(?:(?:een|de|deze|die|geen)\\s+)?(?:[\\p{L}-]+e\\s+)?';
const nl = (source: string) => new RegExp(source, 'u');

/** Realistic wordings, matched on lower-case text with straight apostrophes and "don't" read as "do not". */
export const LINK_WARNINGS: Record<UiLanguage, readonly RegExp[]> = {
  nl: [
    // "Klik niet op links", "klik nooit zomaar op een link", "tik niet op verdachte linkjes"
    nl(`\\b(?:klik|tik|druk)\\s+(?:niet|nooit|in geen geval)\\s+(?:zomaar\\s+)?op\\s+${ADJ_NL}${LINK_NL}`),
    // "Klik op geen enkele link"
    nl(`\\b(?:klik|tik|druk)\\s+op\\s+geen\\s+(?:enkele\\s+)?${LINK_NL}`),
    // "Open geen links", "open nooit een link", "open de link niet"
    nl(`\\bopen\\s+(?:geen|nooit)\\s+${ADJ_NL}${LINK_NL}`),
    nl(`\\bopen\\s+(?:de|deze|die)\\s+${LINK_NL}\\s+niet\\b`),
    // "niet op links klikken", "geen links openen"
    nl(`\\b(?:niet|nooit)\\s+op\\s+${ADJ_NL}${LINK_NL}\\s+(?:te\\s+)?(?:klikken|tikken|drukken)\\b`),
    nl(`\\bgeen\\s+(?:[\\p{L}-]+e\\s+)?${LINK_NL}\\s+(?:te\\s+)?(?:openen|aanklikken|aantikken)\\b`),
    // "Wij sturen nooit links", "we sturen u nooit een sms met een link"
    nl(`\\b(?:wij|we)\\s+(?:ver)?sturen\\s+(?:u\\s+|je\\s+|jou\\s+)?(?:nooit|geen)\\s+(?:[\\p{L}'-]+\\s+){0,4}${LINK_NL}`),
    // "Wij vragen u nooit via een link om uw gegevens te bevestigen", "vul nooit uw gegevens in via een link": a
    // municipality's warning against "confirm your details" e-mails, followed by its own link in the SMS.
    nl(`\\b(?:nooit|niet)\\s+(?:[\\p{L}'-]+\\s+){0,6}via\\s+een\\s+${LINK_NL}`),
  ],
  en: [
    // "Do not click links", "don't click on any links", "never tap a link", "be careful not to open links"
    /\b(?:(?:do|please)\s+)?(?:not|never)\s+(?:to\s+)?(?:click|tap|open|follow|press)\s+(?:on\s+)?(?:[a-z-]+\s+){0,2}links?\b/,
    // "Avoid clicking links"
    /\bavoid\s+(?:clicking|tapping|opening|following)\s+(?:on\s+)?(?:[a-z-]+\s+){0,2}links?\b/,
    // "We never send links", "we will never send you a link", "we do not text links"
    /\bwe\s+(?:will\s+|do\s+)?(?:never|not)\s+(?:ever\s+)?(?:send|text|e-?mail)\s+(?:[a-z'-]+\s+){0,4}links?\b/,
    // "We never ask you to confirm your details via a link", "never enter your details through a link"
    /\b(?:never|not)\s+(?:[a-z'-]+\s+){0,6}(?:via|through)\s+a\s+link\b/,
  ],
};

/** Lower case, no Markdown emphasis, straight apostrophes, "don't"/"won't"/"we'll" written out, one space. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/\bdon'?t\b/g, 'do not')
    .replace(/\bwon'?t\b/g, 'will not')
    .replace(/\bwe'll\b/g, 'we will')
    .replace(/\s+/g, ' ');
}

/** Where the feed warns against links: the incident and the words, as matched (lower case). */
export interface LinkWarning {
  incident: string;
  phrase: string;
}

function texts(t: TextValue | undefined, lang: string): string[] {
  if (!t) return [];
  if (typeof t === 'string') return [t];
  // The message's own language first, so the note quotes the words the SMS is written in.
  const primary = lang.toLowerCase().split('-')[0];
  const entries = Object.entries(t).sort(([a], [b]) => Number(b.toLowerCase().split('-')[0] === primary) - Number(a.toLowerCase().split('-')[0] === primary));
  return entries.map(([, v]) => v);
}

/**
 * The first warning against links in these incidents (title, what we know, actions and their
 * details, every language, the message's language first); undefined when none warns.
 */
export function linkWarning(incidents: readonly Incident[], lang: string): LinkWarning | undefined {
  const patterns = [...LINK_WARNINGS.nl, ...LINK_WARNINGS.en];
  for (const inc of incidents) {
    const fields = [inc.title, inc.known, ...(inc.actions ?? []).flatMap((a) => [a.label, a.detail])];
    for (const text of fields.flatMap((f) => texts(f, lang))) {
      const plain = normalize(text);
      for (const p of patterns) {
        const m = p.exec(plain);
        if (m) return { incident: inc.id, phrase: m[0] };
      }
    }
  }
  return undefined;
}

/**
 * On an export's result when its links were left out: why, which incident, its words; and `kept`,
 * the web addresses the publisher's own text still names (the e-mail prints "what we know" whole,
 * and mail apps turn an address into a link), so the desk can take them out.
 */
export type LinkLeftOut = { reason: SmsLinkReason; kept?: string[] } & LinkWarning;

/** Whether phones and mail apps would turn this name into a link: "Bol.com", "Thuisbezorgd.nl" (not "A.S.R." or "St. Jansdal"). */
export const looksLikeAddress = (name: string): boolean => /\b[a-z\d-]+\.[a-z]{2,}\b/i.test(name);

/** Web addresses in a message's text ("https://…", "www.…"), as written, each once. */
export const webAddresses = (text: string): string[] => [...new Set(text.match(/\b(?:https?:\/\/|www\.)[^\s<>()"]*[^\s<>()".,;:!?]/gi) ?? [])];

/**
 * Whether a message about `incidents` (the one it leads with and every other open one) must go
 * without links, and the sentence that takes the status link's place: "Kijk zelf op de website van
 * Warmtenet Zuid." / "Go to the Warmtenet Zuid website yourself." (no address: phones and mail
 * apps would turn it into a link; so a name that is itself an address, "Bol.com", is left out:
 * "Kijk zelf op onze website."). Shared by the SMS and the e-mail.
 */
export function linksLeftOut(incidents: readonly Incident[], ctx: Pick<Context, 'lang' | 'publisher' | 'x'>): { linkLeftOut: LinkLeftOut; lookYourself: string } | undefined {
  const w = linkWarning(incidents, ctx.lang);
  return w && { linkLeftOut: { reason: 'warns-against-links', ...w }, lookYourself: ctx.x.lookYourself(looksLikeAddress(ctx.publisher) ? undefined : ctx.publisher) };
}

/** A link's target as text in a message without links: the phone number or e-mail address; nothing for a web address. */
export function addressAsText(href: string | undefined, lang: string): string | undefined {
  if (href?.startsWith('tel:')) return formatTel(href, lang);
  return href?.startsWith('mailto:') ? href.slice(7).replace(/\?.*$/, '') : undefined;
}

/**
 * An action's label in a message without links, with its number or e-mail address after it unless the label says it:
 * "Twijfelt u? Bel ons (088 123 4567)". A number is found in any form the label writes it (numberSaid): an English
 * label on a Dutch feed, "Smell gas? Call 0800-9009", was followed by "(+31 800 9009)". The number is written as the
 * channel list of the same export writes it (dialLang, as dialled at home): a London practice's e-mail said
 * "Call the practice line (+44 20 7946 0321)" above "Practice line: 020 7946 0321"; but for callers abroad (`who` or the
 * label says so, telLang) with its country code. A number in brackets of its own
 * follows a colon instead: "Call the practice line: (312) 555-0142". A label that names the line and then another one
 * has the number after the line's name, not after the other's (numberPlace).
 */
export function labelWithAddress(label: string, href: string | undefined, ctx: Pick<Context, 'lang' | 'payload'>, who?: string): string {
  // For callers abroad (the label or its who says so) in the international form: "From abroad, call us (+44 113 496 0000)".
  const address = addressAsText(href, telLang(ctx, label, who));
  const said = href?.startsWith('tel:') ? numberSaid(ctx, label, href) : undefined;
  if (!address || said || label.includes(address)) return label;
  // After the name of the line it calls when more follows: "via Card Stop (078 170 170) en bel daarna onze fraudelijn" (numberPlace).
  const placed = placeAddress(label, address, href, ctx);
  if (placed) return placed;
  // An American number has its own brackets: "Call the practice line ((312) 555-0142)" read as a typo.
  if (!address.startsWith('(')) return `${label} (${address})`;
  const l = label.trimEnd();
  return /[?!]$/.test(l) ? `${l} ${address}` : `${l.replace(/[\s.,;:]+$/, '')}: ${address}`;
}

/**
 * The one-line note the CLI prints (and the studio shows under the SMS), in the desk's language.
 * `incidents`: the feed's incidents, so the note names the incident by its title (incidentName).
 */
export const LINK_LEFT_OUT_NOTE: Record<UiLanguage, (w: LinkWarning & { kept?: string[] }, channel?: 'sms' | 'email', incidents?: readonly Incident[]) => string> = {
  en: (w, channel = 'sms', incidents) =>
    channel === 'email'
      ? `links left out: incident ${incidentName(w.incident, incidents, 'en')} says "${w.phrase}", so an e-mail from you with links would contradict it; the e-mail has no links and tells people to look on your website themselves${w.kept?.length ? `. But your own text still names ${w.kept.join(', ')}, which mail apps turn into a link: say it in words or leave it out` : ''}`
      : `link left out: incident ${incidentName(w.incident, incidents, 'en')} says "${w.phrase}", so a text from you with a link would contradict it; the SMS tells people to look on your website themselves`,
  nl: (w, channel = 'sms', incidents) =>
    channel === 'email'
      ? `links weggelaten: incident ${incidentName(w.incident, incidents, 'nl')} zegt "${w.phrase}", dus een e-mail van u met links zou dat tegenspreken; de e-mail heeft geen links en zegt dat mensen zelf op uw website kijken${w.kept?.length ? `. Maar uw eigen tekst noemt nog ${w.kept.join(', ')}, en mailapps maken daar een link van: zeg het in woorden of laat het weg` : ''}`
      : `link weggelaten: incident ${incidentName(w.incident, incidents, 'nl')} zegt "${w.phrase}", dus een sms van u met een link zou dat tegenspreken; de sms zegt dat mensen zelf op uw website kijken`,
};
