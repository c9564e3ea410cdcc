/**
 * Where in a feed a finding is, in words a publisher reads ("Incident 1, update 3, text
 * (Dutch)") instead of the JSON path (`incidents/0/updates/2/text/nl`). Pure; used where
 * findings are shown to people who do not read JSON (the studio's "Elsewhere in the feed").
 * Unknown parts are shown as they are, with underscores as spaces.
 */
import { incidentName, incidentTitle, type Named } from '../feed/incident-name.js';

type Words = { en: string; nl: string };

const LISTS: Record<string, Words> = {
  incidents: { en: 'Incident', nl: 'Incident' },
  updates: { en: 'earlier update', nl: 'eerdere update' },
  actions: { en: 'action', nl: 'actie' },
  channels: { en: 'Contact channel', nl: 'Contactkanaal' },
  contact_reasons: { en: 'Contact reason', nl: 'Contactreden' },
  entries: { en: 'Question', nl: 'Vraag' },
  affects: { en: 'affected', nl: 'getroffen' },
  links: { en: 'link', nl: 'link' },
};

const FIELDS: Record<string, Words> = {
  title: { en: 'title', nl: 'titel' },
  known: { en: 'what we know', nl: 'wat we weten' },
  unknown: { en: "what we don't know yet", nl: 'wat we nog niet weten' },
  text: { en: 'text', nl: 'tekst' },
  label: { en: 'name', nl: 'naam' },
  reason: { en: 'reason', nl: 'reden' },
  purpose: { en: 'who the line is for', nl: 'voor wie de lijn is' },
  who: { en: 'who it is for', nl: 'voor wie' },
  href: { en: 'link', nl: 'link' },
  publisher: { en: 'Publisher', nl: 'Afzender' },
  name: { en: 'name', nl: 'naam' },
  url: { en: 'web address', nl: 'webadres' },
  next_update_at: { en: 'next update', nl: 'volgende update' },
  updated_at: { en: 'last changed', nl: 'laatst gewijzigd' },
  started_at: { en: 'start', nl: 'begin' },
  starts_at: { en: 'begins later', nl: 'begint later' },
  resolved_at: { en: 'resolved', nl: 'opgelost' },
  expires_at: { en: 'valid until', nl: 'geldig tot' },
  issued_at: { en: 'signed at', nl: 'ondertekend om' },
  seq: { en: 'sequence number', nl: 'volgnummer' },
  severity: { en: 'severity', nl: 'ernst' },
  phase: { en: 'phase', nl: 'fase' },
  wait_minutes: { en: 'expected wait', nl: 'verwachte wachttijd' },
  question: { en: 'question', nl: 'vraag' },
  answer: { en: 'answer', nl: 'antwoord' },
  feed_id: { en: 'feed name', nl: 'feednaam' },
  time_zone: { en: 'time zone', nl: 'tijdzone' },
  status_url: { en: 'status page address', nl: 'adres van de statuspagina' },
  // A list as a whole (no item number after it): "Contact reason 2, channels", not "Contact reason 2, Contact channel"
  // (trial M: a desk read "Contactreden 1, Contactkanaal:" as cryptic).
  channels: { en: 'channels', nl: 'kanalen' },
  contact_reasons: { en: 'contact reasons', nl: 'contactredenen' },
  actions: { en: 'actions', nl: 'acties' },
  faq: { en: 'answers', nl: 'antwoorden' },
};

const LANGUAGES: Record<string, Words> = {
  en: { en: 'English', nl: 'Engels' },
  nl: { en: 'Dutch', nl: 'Nederlands' },
};

const ROOT: Words = { en: 'The whole feed', nl: 'De hele feed' };

/**
 * Given the feed's `incidents`, an incident is named by its title, quoted, as the desk knows it
 * (`Incident “Our systems were attacked”, next update`), not by a number it never sees; by its
 * number while its title is still empty or the template's guidance.
 */
export function placeOf(path: string, lang: 'en' | 'nl' = 'en', incidents: readonly Named[] = []): string {
  const parts = path.split('/').filter((p) => p && p !== '(root)');
  if (!parts.length) return ROOT[lang];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    const list = LISTS[p];
    const incident = p === 'incidents' && next !== undefined ? incidents[Number(next)] : undefined;
    if (incident && typeof incident.id === 'string' && incidentTitle(incident, lang)) {
      out.push(`${list![lang]} ${incidentName(incident.id, incidents, lang, ['“', '”'])}`);
      i++;
    } else if (list && next !== undefined && /^\d+$/.test(next)) {
      out.push(`${list[lang]} ${Number(next) + 1}`);
      i++;
    } else if (i === parts.length - 1 && i > 0 && LANGUAGES[p]) {
      out[out.length - 1] += ` (${LANGUAGES[p][lang]})`;
    } else out.push(FIELDS[p]?.[lang] ?? (LISTS[p]?.[lang] ?? p.replace(/_/g, ' ')));
  }
  const text = out.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
