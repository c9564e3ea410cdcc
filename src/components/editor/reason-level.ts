/**
 * How pressing a contact reason is, as a choice of three in the studio (reasons.ts): can wait, needed soon without danger
 * (`time_critical`), urgent (danger or an emergency). Trial S: one checkbox "Dringend (gevaar of noodgeval)" made the
 * desk choose between "first in the list" and "the lines it ticked", and a reason about a deadline today sent its
 * readers to 112. Radio buttons in a fieldset: its legend names the group, the arrow keys move between them.
 */
import { html, type TemplateResult } from 'lit';
import type { ContactReason } from '../../feed/schema.js';
import type { ReasonTerms } from './reason-terms.js';

export const LEVELS = ['wait', 'soon', 'urgent'] as const;
export type Level = (typeof LEVELS)[number];

/** A reason marked both is urgent, as readers take it (feed/reasons.ts isTimeCritical). */
export const levelOf = (r: ContactReason): Level => (r.urgent ? 'urgent' : r.time_critical ? 'soon' : 'wait');

/** Sets one level: the others go (lint's reason-urgent-and-time-critical cannot arise here). */
export function setLevel(r: ContactReason, level: Level): void {
  delete r.urgent;
  delete r.time_critical;
  if (level === 'urgent') r.urgent = true;
  if (level === 'soon') r.time_critical = true;
}

export const renderLevel = (w: ReasonTerms, r: ContactReason, key: string, name: string, change: (m: (x: ContactReason) => void) => void): TemplateResult =>
  html`<fieldset class="reason-channels reason-level" data-field=${`${key}/urgent`}>
    <legend>${w.urgency(name)}</legend>
    ${LEVELS.map((l) => html`<label class="check"><input type="radio" name=${`${key}/level`} value=${l} .checked=${levelOf(r) === l} @change=${() => change((x) => setLevel(x, l))} /> ${w.levels[l]}</label>`)}
  </fieldset>`;
