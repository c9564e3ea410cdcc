import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { groupChannels, isClosed, LONG_WAIT_MINUTES, withClosedLines, withoutStaleWaits } from '../../feed/channels.js';
import { openIncidents } from '../../feed/incidents.js';
import type { Channel, StatusPayload } from '../../feed/schema.js';
import { pickText, sentenceStart } from '../../i18n/lang.js';
import { closedLine, type ReadAt } from '../../i18n/closed.js';
import { channelPurpose } from '../../i18n/purpose.js';
import type { Terms } from '../../i18n/terms.js';
import { numberLang } from '../../content/links.js';
import { contactLink, followedChannel } from '../shared/contact-link.js';
import { reportContext, trackContact } from '../shared/report.js';

/** "Closed now, opens at 08:00" for a line outside its opening hours (withClosedLines); nothing while it is open. */
export function closedSpan(t: Terms, channel: Channel, lang: string, at: ReadAt): TemplateResult | typeof nothing {
  const text = closedLine(t, channel, lang, at);
  return text ? html`<span class="wait closed">${text}</span>` : nothing;
}

/** Who or what the line is for ("For disabled passengers …"), under its name: its own line, never read as the wait's reason. */
export const purposeSpan = (channel: Channel, lang: string): TemplateResult | typeof nothing => {
  // A line only for them says so ("Alleen voor …", channelPurpose), also without a purpose.
  const purpose = channelPurpose(channel, lang);
  return purpose ? html`<span class="purpose">${purpose}</span>` : nothing;
};

/**
 * One contact channel: the link (with the number it really dials), who it is for, the expected wait and why, the hours.
 * Outside its opening hours "Closed now, opens at 08:00" comes right after the link (withClosedLines took the wait).
 */
export function channelItem(channel: Channel, t: Terms, lang: string, dial: string, at: ReadAt): TemplateResult {
  const label = pickText(channel.label, lang);
  const reason = channel.reason ? pickText(channel.reason, lang) : '';
  const emergency = channel.emergency === true;
  return html`<li class="channel ${emergency ? 'is-emergency' : ''}" part="channel" data-channel=${channel.id} data-kind=${channel.kind} data-emergency=${emergency ? 'true' : nothing}>
    ${contactLink(channel.href, label, dial)}${closedSpan(t, channel, lang, at)}${purposeSpan(channel, lang)}
    ${emergency
      ? // For an emergency line the reason says when to use it; it leads, the wait follows.
        html`${reason ? html`<span class="when">${sentenceStart(reason, lang)}</span>` : nothing}
          ${channel.wait_minutes !== undefined ? html`<span class="wait">${t.expectedWait(channel.wait_minutes)}</span>` : nothing}`
      : channel.wait_minutes !== undefined
        ? html`<span class="wait">${t.expectedWait(channel.wait_minutes)}${reason ? `: ${reason}` : ''}</span>`
        : reason && !isClosed(channel) // closed now: the reason for its wait is not for now (trial P)
          ? html`<span class="wait">${sentenceStart(reason, lang)}</span>`
          : nothing}
    ${channel.hours ? html`<span class="wait">${pickText(channel.hours, lang)}</span>` : nothing}
  </li>`;
}

/**
 * Emergency lines, set apart: a labelled group (so a screen reader says "In an emergency" before
 * the number) with its own border, above everything else in the contact section.
 */
export function emergencyGroup(channels: readonly Channel[], t: Terms, lang: string, dial: string, at: ReadAt): TemplateResult | typeof nothing {
  if (!channels.length) return nothing;
  return html`<div class="emergency" part="emergency" role="group" aria-labelledby="emergency-label">
    <p class="emergency-label" id="emergency-label">${t.emergency}</p>
    <ul class="list">${channels.map((c) => channelItem(c, t, lang, dial, at))}</ul>
  </div>`;
}

/**
 * The emergency lines again, right under a critical incident's title (on a phone Contact is far
 * below the card): the same box, label, link, the channel's own reason (when to use it) and its wait, as in Contact (the
 * wait was only there, 2,200 px down a phone), without the group's part names and label id, which stay unique to Contact.
 * A group named by that label (Contact's, the same words): a line labelled with its number alone was "999, link" to a
 * screen reader tabbing through the links. The reason capitalised as in Contact: "bij levensgevaar, zoals …" on top and
 * "Bij levensgevaar, zoals …" below it read as two texts (trial Q, a hospital).
 */
export function emergencyLines(channels: readonly Channel[], t: Terms, lang: string, dial: string, at: ReadAt): TemplateResult | typeof nothing {
  if (!channels.length) return nothing;
  return html`<div class="emergency" role="group" aria-labelledby="emergency-label">
    <p class="emergency-label">${t.emergency}</p>
    ${channels.map((c) => html`<div class="channel is-emergency" data-channel=${c.id}>
      ${contactLink(c.href, pickText(c.label, lang), dial)}${closedSpan(t, c, lang, at)}${purposeSpan(c, lang)}${c.reason ? html`<span class="when">${sentenceStart(pickText(c.reason, lang), lang)}</span>` : nothing}
      ${c.wait_minutes !== undefined ? html`<span class="wait">${t.expectedWait(c.wait_minutes)}</span>` : nothing}
    </div>`)}
  </div>`;
}

/** The lines `emergencyLines` shows on top of a critical incident: without their waits once the document has expired. */
export const incidentEmergencyLines = (payload: StatusPayload, expired: boolean, now: number): Channel[] => shownAt(payload, expired, now).channels.filter((c) => c.emergency);

/** The channels as readers see them at `now`: without waits once expired; closed lines marked and after the open ones. */
const shownAt = (payload: StatusPayload, expired: boolean, now: number) => withClosedLines(withoutStaleWaits(payload, expired), now);

/** One listener for the element's channel links (Contact, and the line on top of a critical incident): `clearline-contact`. */
export const followChannels = (host: HTMLElement, payload: StatusPayload | undefined, lang: string) => (e: Event) =>
  followedChannel(e, (channel) => trackContact(host, channel, {}, reportContext(payload, lang)));

export interface ChannelsOptions {
  payload: StatusPayload;
  /** The document has expired: its channels are listed without their waits (withoutStaleWaits). */
  expired: boolean;
  /** The element's clock: a line outside its opening hours says so (withClosedLines). */
  now: number;
  t: Terms;
  lang: string;
  /** The section heading tag (the element's heading level). */
  heading: StaticValue;
  /** The site's FAQ link, offered when waits are long. */
  faq: string | null;
  /** Moves focus to "what you can do" (the self-service link). */
  onWhatYouCanDo: (e: Event) => void;
}

/**
 * The contact section of <clearline-status>: emergency lines first and apart; when an ordinary
 * wait is long, self-service, then call-back before the ordinary phone (feed/channels.ts).
 */
export function channelsSection(options: ChannelsOptions) {
  const o = { ...options, payload: shownAt(options.payload, options.expired, options.now) };
  const { payload, t, lang, heading } = o;
  if (!payload.channels.length) return nothing;
  // Numbers as dialled where the feed is (numberLang): a British bank's "0345 300 0000", not "+44 345 300 0000".
  const dial = numberLang(lang, payload.time_zone);
  const { emergency, ordinary, longWait } = groupChannels(payload.channels, payload.contact_reasons);
  const at = { now: o.now, zone: payload.time_zone };
  // "Long wait? You may not need to call" after the lines that come first with a short wait of their own, not above them: a
  // heat company's priority line for vulnerable customers (2 minutes) came after it and read as the line it was about (trial N).
  let cut = 0;
  while (longWait && cut < ordinary.length && (ordinary[cut]!.wait_minutes ?? LONG_WAIT_MINUTES) < LONG_WAIT_MINUTES) cut++;
  const list = (cs: Channel[]) => (cs.length ? html`<ul class="list">${cs.map((c) => channelItem(c, t, lang, dial, at))}</ul>` : nothing);
  return staticHtml`<section class="channels" part="channels">
    <${heading}>${t.contact}</${heading}>
    ${emergencyGroup(emergency, t, lang, dial, at)}
    ${list(ordinary.slice(0, cut))}
    ${longWait ? selfService(o) : nothing}
    ${list(ordinary.slice(cut))}
  </section>`;
}

/** Before a long phone queue: the actions above and the FAQ, so that not everyone needs to call. */
function selfService({ payload, t, faq, onWhatYouCanDo }: ChannelsOptions) {
  const hasActions = openIncidents(payload).some((i) => i.actions?.length);
  if (!faq && !hasActions) return nothing;
  return html`<div class="self-service" part="self-service">
    <p>${t.longWaitHint}</p>
    <ul class="list">
      ${hasActions ? html`<li><a href="#" @click=${onWhatYouCanDo}>${t.whatYouCanDo}</a></li>` : nothing}
      ${faq ? html`<li><a href=${faq}>${t.faqLink}</a></li>` : nothing}
    </ul>
  </div>`;
}
