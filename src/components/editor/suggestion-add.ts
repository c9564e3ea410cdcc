/**
 * The two buttons that add a template's suggested action: as "Act now" or as "Can wait". Trial U, finding 13: a bank's
 * desk, keyboard only, pressed the first of "… toevoegen" and "… toevoegen als nu doen" for "Geef niemand die belt … uw
 * codes", which the template advises as act now; it was signed as "Kan wachten". Names that ended alike are cut off in
 * a screen reader's list of buttons. Now each name starts with what it does ("Nu doen: …", "Kan wachten: …"), and the
 * way the template advises comes first (the Tab habit lands on it) and is the primary button; the desk still decides.
 */
import { html, type TemplateResult } from 'lit';

const SAID = {
  en: { now: '+ Act now', wait: '+ Can wait', nowName: (l: string) => `Act now: add “${l}”`, waitName: (l: string) => `Can wait: add “${l}”` },
  nl: { now: '+ Nu doen', wait: '+ Kan wachten', nowName: (l: string) => `Nu doen: „${l}” toevoegen`, waitName: (l: string) => `Kan wachten: „${l}” toevoegen` },
} as const;

/** The buttons for one suggestion, the advised one first; `add(e, urgent)` adds it. */
export function suggestionButtons(label: string, advisedNow: boolean, lang: 'en' | 'nl', add: (e: Event, urgent: boolean) => void): TemplateResult {
  const w = SAID[lang];
  const now = html`<button type="button" class=${advisedNow ? 'primary' : ''} @click=${(e: Event) => add(e, true)} aria-label=${w.nowName(label)}>${w.now}</button>`;
  const wait = html`<button type="button" @click=${(e: Event) => add(e, false)} aria-label=${w.waitName(label)}>${w.wait}</button>`;
  return advisedNow ? html`${now} ${wait}` : html`${wait} ${now}`;
}
