/**
 * Where the editor shows each lint finding: next to its field when that field is on screen, else
 * in the sign panel under "Elsewhere in the feed" (a suggestion there at once, a problem once Sign
 * was pressed), so no finding is counted without being said. Pure: no DOM, no Lit.
 */
import { ownWords, type Finding } from '../../lint/index.js';
import { fieldOf, type Draft } from './draft.js';
import { HELD_RULES } from '../../lint/held.js';

/** The finding keys of a new feed's identity fields (schema paths). */
export const IDENTITY_FIELDS = ['feed_id', 'publisher/name', 'publisher/url', 'status_url', 'time_zone'] as const;

export interface PlacedFindings {
  /** Findings by the key of the field they are shown next to. */
  byField: Map<string, Finding[]>;
  errors: Finding[];
  warnings: Finding[];
  /** Findings with no field on screen. */
  elsewhere: Finding[];
}

export interface FormShape {
  /** The index of the incident the form edits, -1 when none. */
  incident: number;
  /** A new feed: the identity fields are on screen. */
  identity: boolean;
  /** The form's draft; without one only the identity fields are on screen. */
  draft?: Draft;
  langs: readonly string[];
  /** The next update as typed when the form could not use it ("half 3", a time passed), in the desk's language `ui`. */
  nextTyped?: string;
  ui?: 'en' | 'nl';
}

/** True when the incident form (form.ts, lists.ts, channels.ts, reasons.ts) shows the findings of `key`. */
export function onForm(key: string, draft: Draft, langs: readonly string[]): boolean {
  const lang = (l: string | undefined) => langs.includes(l ?? '');
  if (key === 'channels' || key.startsWith('channels/')) return true;
  if (key === 'contact_reasons' || key.startsWith('contact_reasons/')) return true;
  if (key === 'faq_outdated' || key.startsWith('faq_outdated/')) return true; // faq-outdated.ts: with the FAQ or without it
  if (['title', 'known', 'unknown', 'next', 'actions'].includes(key)) return true;
  if (key === 'started_at') return draft.mode === 'new';
  if (key === 'starts_at') return draft.phase !== 'resolved'; // start-fields.ts: starts-while-going-on beside Begins later
  const text = /^(?:title|known|unknown|affects)(?:\/(.+))?$/.exec(key);
  if (text) return lang(text[1]);
  if (/^actions\/\d+\/href$/.test(key)) return Number(key.split('/')[1]) < draft.actions.length;
  const action = /^actions\/(\d+)\/(?:label|who)(?:\/(.+))?$/.exec(key);
  return !!action && Number(action[1]) < draft.actions.length && lang(action[2]);
}

/** Suggestions the form holds as problems until the desk confirms them (Draft.confirmed, sign-panel.ts): lint/held.ts, as the CLI. */
export { HELD_RULES };

export const held = (f: Finding, draft: Draft | undefined): boolean => !!draft && HELD_RULES.includes(f.rule) && !draft.confirmed?.includes(f.message);

/**
 * Sign's words when the next update typed was not used: a tired desk typed "half 3", the field said why, and Sign said
 * only "bij deze open storing staat niet wanneer de volgende update komt", so she looked for a time she had typed (trial F).
 */
const NOT_USED = {
  en: (typed: string) => ({ message: `the next update “${typed}” could not be used, so this open incident does not say when the next update comes`, fix: 'The field says why and what to type instead.' }),
  nl: (typed: string) => ({ message: `de volgende update “${typed}” kon niet worden gebruikt, dus bij dit open incident staat niet wanneer de volgende update komt`, fix: 'Bij het veld staat waarom, en wat u kunt typen.' }),
} as const;

/**
 * Sign's words for a start typed as no time ("2:10x", "gisteren"): the field said it plainly, and Sign listed the schema's
 * "moet een datum en tijd zijn zoals 2026-11-23T08:00:00Z of …", a format nobody at a desk types (trial R).
 */
const START_NOT_USED = {
  en: (typed: string) => ({ message: `the start “${typed}” could not be used as a time`, fix: 'The field says why and what to type instead.' }),
  nl: (typed: string) => ({ message: `het begin „${typed}” kon niet als tijd worden gebruikt`, fix: 'Bij het veld staat waarom, en wat u kunt typen.' }),
} as const;

/** The start field's typed text when the form kept it as typed (start-fields.ts: no time), for a schema finding on it. */
function startTyped(f: Finding, form: FormShape): string | undefined {
  const d = form.draft;
  if (f.rule !== 'schema' || !d) return undefined;
  const key = fieldOf(f.path, form.incident, form.identity);
  const [typed, kept] = key === 'started_at' ? [d.startInput, d.started_at] : key === 'starts_at' ? [d.startsInput, d.starts_at] : [];
  return typed?.trim() && typed.trim() === kept ? typed.trim() : undefined;
}

/**
 * Another incident's passed promise does not hold up this one's update: with two incidents overdue, each update was refused
 * for the other's and the desk could publish neither (trial H). Readers see that one as late; it stays listed, as a warning,
 * to update next. The studio server lets it pass in the same case (cli/studio-refusal.ts: an incident this publish leaves as it was).
 */
const otherPromise = (f: Finding, incident: number) => f.rule === 'next-update-past' && Number(/^incidents\/(\d+)/.exec(f.path)?.[1] ?? incident) !== incident;

export function placeFindings(all: readonly Finding[], form: FormShape): PlacedFindings {
  const typed = form.nextTyped?.trim();
  // One message per problem: a rule's own words, not also the schema's general one on the same field.
  const findings = ownWords(all).map((f) => {
    const start = startTyped(f, form);
    if (start) return { ...f, ...START_NOT_USED[form.ui ?? 'en'](start) };
    return held(f, form.draft) ? { ...f, severity: 'error' as const } : typed && f.rule === 'next-update-missing' && fieldOf(f.path, form.incident, form.identity) === 'next' ? { ...f, ...NOT_USED[form.ui ?? 'en'](typed) } : otherPromise(f, form.incident) ? { ...f, severity: 'warning' as const } : f;
  });
  const byField = new Map<string, Finding[]>();
  const elsewhere: Finding[] = [];
  for (const f of findings) {
    // A text line's word to send is said at its own field ("Word to text", sms-keyword-field.ts), not at the number's.
    const key = f.rule === 'sms-keyword' ? f.path.replace(/\/href$/, '/keyword') : fieldOf(f.path, form.incident, form.identity);
    const shown = (IDENTITY_FIELDS as readonly string[]).includes(key) || (!!key && !!form.draft && onForm(key, form.draft, form.langs));
    if (shown) byField.set(key, [...(byField.get(key) ?? []), f]);
    else elsewhere.push(f);
  }
  return { byField, errors: findings.filter((f) => f.severity === 'error'), warnings: findings.filter((f) => f.severity === 'warning'), elsewhere };
}
