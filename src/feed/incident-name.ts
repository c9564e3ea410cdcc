/**
 * An incident as people know it: by its title ("Our systems were attacked"), not its id
 * (`cyber-2026-12-01`), which a desk never sees. For the exports' notes, lint's findings in the
 * CLI and the studio's "Elsewhere in the feed". Pure: no DOM.
 */
import { pickText } from '../i18n/lang.js';
import { PLACEHOLDER } from './placeholder.js';
import type { TextValue } from './schema.js';

/** What these functions read of an incident (a feed being edited may not be valid yet). */
export interface Named {
  id?: unknown;
  title?: unknown;
}

/** Its title in `lang` (another language when it has none there); '' when it has none, or only the template's `[[TODO: …]]`. */
export function incidentTitle(incident: Named | undefined, lang: string): string {
  const t = incident?.title;
  const title = typeof t === 'string' || (typeof t === 'object' && t !== null) ? pickText(t as TextValue, lang).trim() : '';
  return PLACEHOLDER.test(title) ? '' : title;
}

/**
 * The incident `id` of `incidents` by its title in `lang`, quoted ("Our systems were attacked"), with
 * its id after it only when another incident has the same title; the id alone when it has no title
 * or `incidents` does not hold it.
 */
export function incidentName(id: string, incidents: readonly Named[] = [], lang = 'en', quote: readonly [string, string] = ['"', '"']): string {
  const name = incidentTitle(incidents.find((i) => i.id === id), lang);
  if (!name) return id;
  const shared = incidents.some((i) => i.id !== id && incidentTitle(i, lang).toLowerCase() === name.toLowerCase());
  return `${quote[0]}${name}${quote[1]}${shared ? ` (${id})` : ''}`;
}
