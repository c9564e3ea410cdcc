import { html, nothing, type TemplateResult } from 'lit';
import { isOverdue } from '../../feed/incidents.js';
import type { Incident } from '../../feed/schema.js';
import { pickText } from '../../i18n/lang.js';
import { nextUpdateLine } from './next-update.js';

// Apart from next-update.ts: the FAQ shows one incident's line too (trial S), and this stays out of the chunk it shares with help.
/**
 * The next updates as said under a contact reason that can wait: one incident's line alone, or, when several open incidents
 * each promise one, every line after its incident's title ("Gas outage North: Next update at 5:23 …"), so a reader knows
 * which news comes when. `late` when every promised update is late (then no "the next update will tell you more").
 */
export function nextUpdateLines(incidents: Incident[], lang: string, now: number, zone?: string, expired = false): { lines: TemplateResult[]; late: boolean } {
  const promised = incidents.filter((i) => i.next_update_at);
  const named = promised.length > 1;
  const late = promised.map((i) => isOverdue(i, now));
  const lines = promised.map((i, n) => html`<span class="next-line ${named ? 'named' : ''}">${named ? html`<strong>${pickText(i.title, lang)}</strong>: ` : nothing}${nextUpdateLine(i, lang, now, zone, expired)}${late[n] ? '' : '.'}</span>`);
  return { lines, late: late.length > 0 && late.every(Boolean) };
}
