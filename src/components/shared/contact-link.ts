import { html, nothing } from 'lit';
import { formatTel, safeHref } from '../../content/links.js';

/**
 * A channel's or action's label as a link when its href is safe to follow (https, mailto, tel),
 * with the phone number it really dials spelled out after it (in `span.number`, written for a
 * reader of `lang`: formatTel) unless the label already says that number; else the label as
 * plain text. `onClick` sees the reader follow it (the `clearline-contact` event).
 */
export function contactLink(href: string | undefined, label: string, lang: string, style: 'colon' | 'brackets' = 'colon', onClick?: (e: Event) => void) {
  const safe = safeHref(href);
  if (!safe) return html`<span>${label}</span>`;
  const tel = safe.startsWith('tel:') ? formatTel(safe, lang) : '';
  // A label that already says the number ("Call 112", "Bel 0800-0359") does not get it a second time: digits
  // compared with the number as shown, as linked, and as shown when the link had no separators (a Dutch
  // reader's "Bel 0800-9009" for tel:+31 800 9009 or tel:0031 800 9009; "Bel +31 800 9009" for tel:+318009009).
  const digits = (s: string) => s.replace(/\D/g, '');
  const said = tel && [tel, safe, formatTel(safe.replace(/[^\d+]/g, '').replace(/^00/, '+'), lang)].some((t) => digits(label).includes(digits(t)));
  const n = tel && !said ? html`<span class="number">${tel}</span>` : undefined;
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
