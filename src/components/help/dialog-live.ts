import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isExpired } from '../../feed/incidents.js';
import type { StatusPayload } from '../../feed/schema.js';
import type { HelpTerms } from '../../i18n/help-terms.js';
import { formatIssuedAt } from '../../i18n/lang.js';
import { Announcer } from '../shared/announcer.js';
import { LiveText } from '../shared/live-text.js';

/**
 * The announcement of a new update inside the help dialog. While a modal dialog is open the rest of the page is inert, so
 * the banner's or status page's live region went unheard: the reader who had opened Help was not told that the incident
 * had grown worse (trial I). Said as they say it (shared/announcer.ts), only while the dialog is open, in a region that is in
 * the dialog from its first opening.
 */
export class DialogLive implements ReactiveController {
  private readonly announcer = new Announcer();
  private readonly live: LiveText;

  constructor(
    host: ReactiveControllerHost,
    private readonly get: () => { payload?: StatusPayload; lang: string; now: number; open: boolean },
  ) {
    host.addController(this);
    this.live = new LiveText(host);
  }

  hostUpdate(): void {
    const { payload, lang, now, open } = this.get();
    if (!payload || !this.announcer.isNew(payload)) return;
    const text = this.announcer.announce(payload, lang, now);
    if (open) this.live.say(text);
  }

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.live.text ?? ''}</div>`;
  }
}

/** The launcher dot's description: "right now" only while the status is current. */
export function markerText(t: HelpTerms, p: StatusPayload, lang: string, now: number): string {
  return isExpired(p, now) ? t.disruptionOutdated(formatIssuedAt(p, lang, now)) : t.disruptionNow;
}
