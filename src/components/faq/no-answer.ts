import { html, nothing } from 'lit';
import { siteHref } from '../../content/links.js';
import { groupChannels, isRestricted } from '../../feed/channels.js';
import type { Channel, ContactReason } from '../../feed/schema.js';
import type { FaqTerms } from '../../i18n/faq-terms.js';
import { pickText } from '../../i18n/lang.js';
import { contactLink, followedChannel } from '../shared/contact-link.js';

/** Called with the channel id when the reader follows a channel link. */
export type OnFollow = (channel: string) => void;

/**
 * The "no answer" box: the status feed's contact channels (emergency lines first, and saying so),
 * else the site's `contact-href`, else only the message. `first`: what goes before them (no-answer-now.ts: the incident going on). `lang`: as numbers are written (content/links.ts numberLang).
 * Not a line only for some (`restricted`): this box shows no purpose, and every reader of the FAQ would take it as theirs.
 */
export function noAnswerBox(channels: readonly Channel[], reasons: readonly ContactReason[] | undefined, contactHref: string, t: FaqTerms, lang: string, onFollow: OnFollow, first: unknown = nothing) {
  const grouped = groupChannels(channels, reasons);
  const contact = siteHref(contactHref);
  return html`<div class="no-answer" part="no-answer">
    <p><strong>${t.noAnswer}</strong></p>${first}
    ${grouped.emergency.length || grouped.ordinary.length || contact
      ? html`<p>${t.noAnswerDetail}</p>
          ${contactList([...grouped.emergency, ...grouped.ordinary.filter((c) => !isRestricted(c))], contact, t, lang, onFollow)}`
      : nothing}
  </div>`;
}

/** The channels in the given order (emergency lines say so), else the site's contact link; one listener for `clearline-contact`. */
export function contactList(channels: readonly Channel[], contact: string | null | undefined, t: FaqTerms, lang: string, onFollow: OnFollow) {
  if (!channels.length && !contact) return nothing;
  return html`<ul class="contacts" @click=${(e: Event) => followedChannel(e, onFollow)}>
    ${channels.length ? channels.map((c) => channelItem(c, t, lang)) : html`<li><a href=${contact!} rel="noopener noreferrer">${t.contactUs}</a></li>`}
  </ul>`;
}

function channelItem(channel: Channel, t: FaqTerms, lang: string) {
  const emergency = channel.emergency === true;
  return html`<li data-channel=${channel.id} data-kind=${channel.kind} class=${emergency ? 'emergency' : ''} data-emergency=${emergency ? 'true' : nothing}>
    ${emergency ? html`<strong>${t.emergency}:</strong> ` : nothing}${contactLink(channel.href, pickText(channel.label, lang), lang)}
  </li>`;
}
