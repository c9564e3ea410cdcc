/**
 * What the editor's New incident starts from: one of the organisation's own prepared texts (prepared-source.ts), offered
 * first in the list, or a built-in template as before (incident-list.ts startTemplate). A prepared text is copied as
 * `clearline new incident --prepared` copies it (templates/prepared.ts): its texts, a new id, started when published, and
 * the next update chosen in the form as for a template (a promise made at the click would have aged by the time the desk
 * has filled in the street). The list's value for a prepared text is `prepared:ID` (an id holds no colon, a template name neither).
 */
import { pickText } from '../../i18n/lang.js';
import type { FeedDraft } from '../../feed/update.js';
import { templateNamed, type TemplateName } from '../../templates/index.js';
import { incidentFromPrepared, type PreparedText } from '../../templates/prepared.js';
import { draftFromIncident, draftFromTemplate, newIncidentId, type Draft } from './draft.js';
import { startTemplate } from './incident-list.js';

export { PreparedSource } from './prepared-source.js';

const PREFIX = 'prepared:';

/** The prepared texts as the list offers them: value and the title in the editor's language. */
export const preparedOptions = (texts: readonly PreparedText[] | undefined, ui: string) => (texts ?? []).map((p) => ({ value: PREFIX + p.id, label: pickText(p.title, ui) }));

/** The prepared text chosen in the list, while the file still holds it. */
const preparedChosen = (chosen: string | undefined, texts: readonly PreparedText[] | undefined) =>
  chosen?.startsWith(PREFIX) ? texts?.find((p) => PREFIX + p.id === chosen) : undefined;

/** The list's selected value and the template it starts on when no prepared text is chosen. */
export function listChoice(chosen: string | undefined, attribute: string, feed: FeedDraft, texts: readonly PreparedText[] | undefined): { choice: string; template: TemplateName } {
  const template = startTemplate(chosen?.startsWith(PREFIX) ? undefined : templateNamed(chosen ?? ''), attribute, feed);
  const p = preparedChosen(chosen, texts);
  return { choice: p ? PREFIX + p.id : template, template };
}

/** A new incident's draft from a prepared text: its texts in the form's languages, as a new incident (no history, no start). */
export function draftFromPrepared(p: PreparedText, feed: FeedDraft, langs: readonly string[], now: number): Draft {
  const inc = incidentFromPrepared(p.incident, { id: newIncidentId(p.id, feed, now), now });
  const { started_at: _started, starts_at: _starts, publishedPhase: _published, ...texts } = draftFromIncident(inc, langs);
  return { ...texts, mode: 'new', phase: inc.phase, next: null };
}

/** New incident's draft: the prepared text chosen, else the template as before. */
export function newDraft(chosen: string | undefined, attribute: string, feed: FeedDraft, texts: readonly PreparedText[] | undefined, langs: readonly string[], now: number): Draft {
  const p = preparedChosen(chosen, texts);
  return p ? draftFromPrepared(p, feed, langs, now) : draftFromTemplate(listChoice(chosen, attribute, feed, texts).template, feed, langs, now);
}
