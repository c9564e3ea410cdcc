import { html, type StaticValue } from 'lit/static-html.js';
import type { Terms } from '../../i18n/terms.js';
import { icon } from '../shared/icons.js';

/** The placeholder before the first document: three grey bars, "Loading the current status…" for screen readers. */
export function skeleton(t: Terms) {
  return html`<div class="skeleton" part="skeleton" aria-busy="true"><span class="visually-hidden">${t.loading}</span><div class="bar title"></div><div class="bar"></div><div class="bar short"></div></div>`;
}

/**
 * "Status unknown": nothing verified to show. The site's own words go under it (`slot="fallback"`): a first-time
 * visitor during a 503 or a forged feed saw only "Status onbekend" and could not even find the fault line (trial K);
 * the page that pins the key is trusted, so what it says there ("Storing? Bel 0800 0234") is shown.
 */
export function unknownState(t: Terms, tag: StaticValue) {
  return html`<div class="state unknown-state" part="unknown-state">${icon('unknown')}<div><${tag}>${t.statusUnknown}</${tag}><slot name="fallback"></slot></div></div>`;
}
