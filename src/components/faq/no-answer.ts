import { html, nothing } from 'lit';
import { siteHref } from '../../content/links.js';
import { groupChannels } from '../../feed/channels.js';
import type { Channel } from '../../feed/schema.js';
import type { FaqTerms } from '../../i18n/faq-terms.js';
import { pickText } from '../../i18n/lang.js';
import { contactLink } from '../shared/contact-link.js';

/**
 * The "no answer" box: the status feed's contact channels (emergency lines first, and saying so),
 * else the site's `contact-href`, else only the message.
 */
export function noAnswerBox(channels: readonly Channel[], contactHref: string, t: FaqTerms, lang: string) {
  const grouped = groupChannels(channels);
  const ordered = [...grouped.emergency, ...grouped.ordinary];
  const contact = siteHref(contactHref);
  return html`<div class="no-answer" part="no-answer">
    <p><strong>${t.noAnswer}</strong></p>
    ${ordered.length || contact
      ? html`<p>${t.noAnswerDetail}</p>
          <ul class="contacts">
            ${ordered.length
              ? ordered.map((c) => channelItem(c, t, lang))
              : html`<li><a href=${contact!} rel="noopener noreferrer">${t.contactUs}</a></li>`}
          </ul>`
      : nothing}
  </div>`;
}

function channelItem(channel: Channel, t: FaqTerms, lang: string) {
  const emergency = channel.emergency === true;
  return html`<li data-kind=${channel.kind} class=${emergency ? 'emergency' : ''} data-emergency=${emergency ? 'true' : nothing}>
    ${emergency ? html`<strong>${t.emergency}:</strong> ` : nothing}${contactLink(channel.href, pickText(channel.label, lang))}
  </li>`;
}
