import { html, nothing } from 'lit';
import { formatTel, safeHref } from '../../content/links.js';

/**
 * A channel's or action's label as a link when its href is safe to follow (https, mailto, tel),
 * with a phone number spelled out after it; else the label as plain text.
 */
export function contactLink(href: string | undefined, label: string, tel: 'colon' | 'brackets' = 'colon') {
  const safe = safeHref(href);
  if (!safe) return html`<span>${label}</span>`;
  const number = safe.startsWith('tel:') ? (tel === 'colon' ? html`: ${formatTel(safe)}` : html` (${formatTel(safe)})`) : nothing;
  return html`<a href=${safe} rel="noopener noreferrer">${label}${number}</a>`;
}
