import { announcedWhen } from '../../i18n/announced.js';
import { isExpired, isOverdue, openIncidents, resolvedIncidents } from '../../feed/incidents.js';
import type { Incident, StatusPayload } from '../../feed/schema.js';
import { formatDateTime, formatNextUpdate, pickText, termsFor } from '../../i18n/lang.js';

/**
 * What <clearline-status> and <clearline-banner> say in their live regions: once per new document whose incidents changed;
 * never on the first load, a re-poll of the same document, or a re-signed document with the same
 * content. Pure (no DOM), so it is tested in Node.
 */
export class Announcer {
  private seq?: number;
  private content = '';
  /** Incidents already seen resolved, so a newly resolved one is said even while another stays open. */
  private done = new Set<string>();

  /** Whether this document has not been seen yet (a new `seq`). */
  isNew(payload: StatusPayload): boolean {
    return payload.seq !== this.seq;
  }

  /** Records the document; returns the text to announce, or undefined when there is nothing new to say. */
  announce(payload: StatusPayload, lang: string, now: number): string | undefined {
    const content = JSON.stringify(payload.incidents);
    const first = this.seq === undefined;
    const same = content === this.content;
    const ended = resolvedIncidents(payload).find((i) => !this.done.has(i.id));
    for (const i of resolvedIncidents(payload)) this.done.add(i.id);
    this.seq = payload.seq;
    this.content = content;
    return first || same ? undefined : summary(payload, lang, now, ended);
  }
}

/**
 * The top open incident in one sentence, or the all-clear naming what was resolved last; an incident
 * resolved in this document (`ended`) is said first, also while another stays open.
 */
export function summary(payload: StatusPayload, lang: string, now: number, ended?: Incident): string {
  const t = termsFor(lang);
  const top = openIncidents(payload, now)[0];
  // "The boil-water advice is lifted" is the news; "No known disruptions" alone does not say what ended.
  const done = ended ?? resolvedIncidents(payload)[0];
  const over = done ? `${pickText(done.title, lang)}. ${t.phase.resolved}. ` : '';
  if (!top) return done ? t.announceUpdate(`${over}${t.allClear}.`) : t.allClear;
  const at = top.next_update_at ? Date.parse(top.next_update_at) : NaN;
  // What the screen says: a next update that has passed is late, never "10 minutes ago".
  const next = Number.isNaN(at) ? '' : isOverdue(top, now) ? ` ${t.overdue(formatDateTime(at, lang, now, payload.time_zone), isExpired(payload, now))}` : ` ${formatNextUpdate(t.nextUpdateAt, at, lang, now, payload.time_zone)}.`;
  // Announced for later: when it starts, not a phase ("Oorzaak gevonden" for a strike on Thursday); a notice (severity
  // info, a phishing warning) has none either: "Informatie".
  const phase = top.severity === 'info' ? t.severity.info : t.phase[top.phase];
  return t.announceUpdate(`${ended ? over : ''}${pickText(top.title, lang)}. ${announcedWhen(top, lang, now, payload.time_zone) ?? phase}.${next}`);
}
