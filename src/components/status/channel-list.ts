import { html, nothing, type TemplateResult } from 'lit';
import { formatTel, safeHref } from '../../content/links.js';
import type { Channel } from '../../feed/schema.js';
import { pickText } from '../../i18n/lang.js';
import type { Terms } from '../../i18n/terms.js';

/** One contact channel: the link (with the number it really dials), the expected wait and why, the hours. */
export function channelItem(channel: Channel, t: Terms, lang: string): TemplateResult {
  const href = safeHref(channel.href);
  const label = pickText(channel.label, lang);
  const reason = channel.reason ? pickText(channel.reason, lang) : '';
  const emergency = channel.emergency === true;
  return html`<li class="channel ${emergency ? 'is-emergency' : ''}" part="channel" data-kind=${channel.kind} data-emergency=${emergency ? 'true' : nothing}>
    ${href
      ? html`<a href=${href} rel="noopener noreferrer">${label}${href.startsWith('tel:') ? html`: <span class="number">${formatTel(href)}</span>` : nothing}</a>`
      : html`<span>${label}</span>`}
    ${emergency
      ? // For an emergency line the reason says when to use it; it leads, the wait follows.
        html`${reason ? html`<span class="when">${reason}</span>` : nothing}
          ${channel.wait_minutes !== undefined ? html`<span class="wait">${t.expectedWait(channel.wait_minutes)}</span>` : nothing}`
      : channel.wait_minutes !== undefined
        ? html`<span class="wait">${t.expectedWait(channel.wait_minutes)}${reason ? `: ${reason}` : ''}</span>`
        : reason
          ? html`<span class="wait">${reason}</span>`
          : nothing}
    ${channel.hours ? html`<span class="wait">${pickText(channel.hours, lang)}</span>` : nothing}
  </li>`;
}

/**
 * Emergency lines, set apart: a labelled group (so a screen reader says "In an emergency" before
 * the number) with its own border, above everything else in the contact section.
 */
export function emergencyGroup(channels: readonly Channel[], t: Terms, lang: string): TemplateResult | typeof nothing {
  if (!channels.length) return nothing;
  return html`<div class="emergency" part="emergency" role="group" aria-labelledby="emergency-label">
    <p class="emergency-label" id="emergency-label">${t.emergency}</p>
    <ul class="list">${channels.map((c) => channelItem(c, t, lang))}</ul>
  </div>`;
}
