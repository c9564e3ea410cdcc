import { html, nothing } from 'lit';
import { formatTel, numberInLabel, safeHref } from '../../content/links.js';

/**
 * A channel's or action's label as a link when its href is safe to follow (https, mailto, tel),
 * with the phone number it really dials spelled out after it (in `span.number`, written for a
 * reader of `lang`: formatTel), or the e-mail address it writes to, unless the label already says
 * it; else the label as plain text. `onClick` sees the reader follow it (the `clearline-contact` event).
 */
export function contactLink(href: string | undefined, label: string, lang: string, style: 'colon' | 'brackets' = 'colon', onClick?: (e: Event) => void) {
  const safe = safeHref(href);
  if (!safe) return html`<span>${label}</span>`;
  // No query can be left: a mailto: with ?cc=… or ?bcc=… is refused with the whole document.
  const mail = safe.startsWith('mailto:') ? safe.slice(7) : '';
  const tel = safe.startsWith('tel:') ? formatTel(safe, lang) : '';
  // A label that already says the number ("Call 112", "Bel 0800-0359") does not get it a second time (numberInLabel);
  // an e-mail address is shown too (webmail users get nothing from the link; forwarding needs it).
  const n = tel ? !numberInLabel(label, safe, lang) && html`<span class="number">${tel}</span>` : mail && !label.includes(mail) && html`<span class="number">${mail}</span>`;
  const number = n ? (style === 'colon' ? html`: ${n}` : html` (${n})`) : nothing;
  return html`<a href=${safe} rel="noopener noreferrer" @click=${onClick}>${label}${number}</a>`;
}

/**
 * For one click listener on a list of channels: when the click followed a channel's link (inside an
 * element with `data-channel`), calls `onFollow` with the channel id. Other links are not channels.
 */
export function followedChannel(e: Event, onFollow: (channel: string) => void): void {
  const link = (e.target as Element | null)?.closest?.('a[href]');
  const channel = link?.closest<HTMLElement>('[data-channel]')?.dataset.channel;
  if (channel) onFollow(channel);
}
