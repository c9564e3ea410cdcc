import { html, nothing } from 'lit';
import { labelSeparator, forAbroad, formatTel, numberInLabel, safeHref, smsParts, textTo } from '../../content/links.js';

/**
 * A channel's or action's label as a link when its href is safe to follow (https, mailto, tel; a text line's sms:, said as
 * "Text OUT to (316) 555-0142": textTo),
 * with the phone number it really dials spelled out after it (in `span.number`, with its brackets in the brackets style; written for a
 * reader of `lang`: formatTel), or the e-mail address it writes to, unless the label already says
 * it; else the label as plain text. `onClick` sees the reader follow it (the `clearline-contact` event).
 */
export function contactLink(href: string | undefined, label: string, lang: string, style: 'colon' | 'brackets' = 'colon', onClick?: (e: Event) => void, who?: string) {
  // An `sms` channel's link (trial T) opens a text message: it says so ("Text OUT to (316) 555-0142"), never only the number.
  const sms = smsParts(href);
  const safe = sms ? href! : safeHref(href);
  if (!safe) return html`<span>${label}</span>`;
  // No query can be left: a mailto: with ?cc=… or ?bcc=… is refused with the whole document.
  const mail = safe.startsWith('mailto:') ? safe.slice(7) : '';
  // A line for callers abroad ("Vanuit het buitenland", "From abroad", in its label or an action's `who`) keeps its
  // country code: 030 … does not connect from there (as in every export: forAbroad).
  if (forAbroad(label, who)) lang = '';
  const dial = sms?.tel ?? safe;
  const tel = dial.startsWith('tel:') ? formatTel(dial, lang) : '';
  // A label that already says the number ("Call 112", "Bel 0800-0359") does not get it a second time (numberInLabel);
  // an e-mail address is shown too (webmail users get nothing from the link; forwarding needs it).
  // The brackets go inside span.number: it moves to the next line whole (theme.styles.ts), and a "(" left at the end of a line looked like a mistake.
  // A text line's label that says its number but not that it is a text still gets the words.
  const written = tel ? (!sms || /sms|text/i.test(label) ? numberInLabel(label, dial, lang) : undefined) : mail && label.includes(mail) ? mail : undefined;
  const n = !written && (sms ? textTo(tel, sms.body, lang) : tel || mail);
  // A long action ("Kom vandaag naar het Stadhuis, Markt 1 … bel de Spoedlijn") links only its number or address:
  // as one link, tapping the directions dialled, and a screen reader heard the whole paragraph as the link's name.
  if (style === 'brackets' && (tel || mail) && label.length > 60) {
    // Only the number as the label writes it ("bel 0599 123 456", "bel buiten 0800-9009": its own separators, trial R got
    // "… 0800-9009. (0800 9009)"), else the number in brackets after the label.
    const m = tel && written ? new RegExp(written.replace(/\D/g, '').split('').join('[-. /()]*')).exec(label) : null;
    const shown = m ? m[0] : written;
    const at = m ? m.index : written ? label.indexOf(written) : -1;
    const end = at < 0 ? label.length : at + shown!.length;
    const a = html`<a href=${safe} rel="noopener noreferrer" @click=${onClick}>${at < 0 ? tel || mail : shown}</a>`;
    return html`${at < 0 ? `${label} ` : label.slice(0, at)}${at < 0 ? bracketed(a) : a}${label.slice(end)}`;
  }
  // So a long action with a web page: "Wij vragen nooit … Klik niet op de link … meld het bij de Fraudehelpdesk." was one
  // link, "klik niet op de link" included (trial P); now the text, then its address as the link, which a reader can check.
  if (style === 'brackets' && safe.startsWith('https:') && label.length > 60) {
    return html`${label} ${bracketed(html`<a href=${safe} rel="noopener noreferrer" @click=${onClick}>${safe.replace(/^https:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/$/, '')}</a>`)}`;
  }
  const number = n ? (style === 'colon' ? html`${labelSeparator(label)}<span class="number">${n}</span>` : html` <span class="number">(${n})</span>`) : nothing;
  return html`<a href=${safe} rel="noopener noreferrer" @click=${onClick}>${label}${number}</a>`;
}

// The brackets around the link, not in it: a screen reader heard "(pvec.example/outage-map)" as the link's name (trial T).
const bracketed = (a: unknown) => html`<span class="number">(${a})</span>`;

/**
 * For one click listener on a list of channels: when the click followed a channel's link (inside an
 * element with `data-channel`), calls `onFollow` with the channel id. Other links are not channels.
 */
export function followedChannel(e: Event, onFollow: (channel: string) => void): void {
  const link = (e.target as Element | null)?.closest?.('a[href]');
  const channel = link?.closest<HTMLElement>('[data-channel]')?.dataset.channel;
  if (channel) onFollow(channel);
}
