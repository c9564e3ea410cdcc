// What the <clearline-editor> tests do as a user would: find a field by its visible label, a
// button by its name, type, click, choose the key file, start an incident from a template.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import type { TestKey } from './helpers.js';

export const root = (el: ClearlineEditor) => el.shadowRoot!;
export const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** The form control labelled `name` (the label's text, spaces collapsed). */
export function field(el: ClearlineEditor, name: string): HTMLInputElement {
  const label = [...root(el).querySelectorAll('label')].find((l) => l.textContent!.trim().replace(/\s+/g, ' ') === name);
  if (!label?.control) throw new Error(`no field "${name}"`);
  return label.control as HTMLInputElement;
}

/** The button named `name` (its aria-label, else its text). */
export function button(el: ClearlineEditor, name: string): HTMLButtonElement {
  const b = [...root(el).querySelectorAll('button')].find((x) => (x.getAttribute('aria-label') ?? x.textContent!.trim()) === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
}

/** Types `value` into the field: input, change and blur, as a person leaving the field. */
export async function fill(el: ClearlineEditor, name: string, value: string) {
  const f = field(el, name);
  f.value = value;
  f.dispatchEvent(new Event('input', { bubbles: true }));
  f.dispatchEvent(new Event('change', { bubbles: true }));
  f.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}

export async function click(el: ClearlineEditor, name: string) {
  button(el, name).click();
  await el.updateComplete;
}

/** Chooses the private key file in the key field and waits until it is ready. */
export async function pickKey(el: ClearlineEditor, key: TestKey, label = 'Signing key') {
  const input = field(el, label);
  const dt = new DataTransfer();
  dt.items.add(new File([JSON.stringify(key.privateJwk)], 'private.jwk.json', { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => root(el).querySelector('.key-ready'), 'key imported');
}

/** Picks a template and presses New incident (Dutch UI: Sjabloon, Nieuw incident). */
export async function newIncident(el: ClearlineEditor, template: string, nl = false) {
  const select = field(el, nl ? 'Sjabloon' : 'Template');
  select.value = template;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await click(el, nl ? 'Nieuw incident' : 'New incident');
}

/**
 * A studio with its clock stopped at `now` (`Date.now` replaced: restore it after the test), a feed on `zone` and a new
 * incident from the outage template, in the UI language `lang`: where the next-update and start fields are typed into.
 */
export async function newIncidentAt(now: string, lang: string, zone: string): Promise<ClearlineEditor> {
  Date.now = () => Date.parse(now);
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${emptyFeed({ time_zone: zone })}></clearline-editor>`);
  await newIncident(el, 'outage', lang === 'nl');
  return el;
}

/** A feed with its identity and nothing else: the studio opens straight to its incidents. */
export const emptyFeed = (overrides: Partial<FeedDraft> = {}): FeedDraft => ({ type: 'status', version: 1, feed_id: 'example-air', publisher: { name: 'Example Air', url: 'https://example.com' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [], ...overrides });

/** Chooses phase Resolved and writes the closing text in English and Dutch. */
export async function resolveWith(el: ClearlineEditor, en: string, nl: string) {
  const phase = field(el, 'Phase') as unknown as HTMLSelectElement;
  phase.value = 'resolved';
  phase.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await fill(el, 'What we know — English', en);
  await fill(el, 'What we know — Dutch', nl);
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A transport operator's open signal failure, with a phone line that has a wait (the studio preview tests). */
export function operatorFeed(): FeedDraft {
  const now = Date.now();
  return emptyFeed({
    feed_id: 'ijsselland',
    publisher: { name: 'IJsselland Vervoer', url: 'https://example.com' },
    status_url: 'https://example.com/storingen',
    channels: [
      { id: 'klantenservice', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31881234567', wait_minutes: 25, reason: { nl: 'veel vragen over de storing', en: 'many questions about the disruption' } },
    ],
    incidents: [
      {
        id: 'seinstoring',
        severity: 'major',
        phase: 'identified',
        title: { nl: 'Geen treinen tussen Zwolle en Kampen', en: 'No trains between Zwolle and Kampen' },
        known: { nl: 'Door een seinstoring rijden er geen treinen.', en: 'A signal failure stops all trains.' },
        unknown: { nl: 'Hoe lang het duurt.', en: 'How long it lasts.' },
        started_at: iso(now - 2 * 3_600_000),
        updated_at: iso(now - 3_600_000),
        next_update_at: iso(now + 1_800_000),
        updates: [{ at: iso(now - 2 * 3_600_000), known: { nl: 'Door een seinstoring rijden er geen treinen.', en: 'A signal failure stops all trains.' } }],
      },
    ],
  } as Partial<FeedDraft>);
}
