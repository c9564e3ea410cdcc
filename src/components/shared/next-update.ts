import { html, nothing, type TemplateResult } from 'lit';
import { isOverdue } from '../../feed/incidents.js';
import type { Incident } from '../../feed/schema.js';
import { formatDateTime, formatNextUpdate, termsFor } from '../../i18n/lang.js';

/**
 * When an incident's next update comes, as the help launcher says it on its first screen and under a contact reason that
 * can wait: "Next update at 08:20 (in 20 minutes)", or, once that has passed, "The update promised for 08:20 is late. …".
 * Nothing when none is promised. `zone`: the feed's time zone, named when the reader's clock differs. `expired`: the
 * document is out of date, so a late update is not followed by "we are still working on it".
 */
export function nextUpdateLine(incident: Incident, lang: string, now: number, zone?: string, expired = false): TemplateResult | typeof nothing {
  if (!incident.next_update_at) return nothing;
  const st = termsFor(lang);
  const at = Date.parse(incident.next_update_at);
  return isOverdue(incident, now)
    ? html`${st.overdue(formatDateTime(at, lang, now, zone), expired)}`
    : html`<time datetime=${incident.next_update_at}>${formatNextUpdate(st.nextUpdateAt, at, lang, now, zone)}</time>`;
}
