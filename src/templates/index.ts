/**
 * Incident skeletons for `clearline new incident`, from the sector templates in `catalog.ts`.
 * Pure: no Node or DOM, so the CLI and a web editor share them.
 */
import type { ContactReason, Incident, Severity } from '../feed/schema.js';
import { localEnglish } from './american.js';
import { localDutch } from './belgian.js';
import { belgianEnglish } from './belgian-places.js';
import { britishEnglish } from './british.js';
import { TEMPLATE_ALIASES, TEMPLATE_LANGUAGES, TEMPLATE_NAMES, TEMPLATES, type Pair, type TemplateLanguage, type TemplateName } from './catalog.js';
import { labelEnglish, TEMPLATE_LABELS, TEMPLATE_SHORT_LABELS } from './labels.js';

export { TEMPLATE_ALIASES, TEMPLATE_LANGUAGES, TEMPLATE_NAMES, TEMPLATES };
export { AFFECTS_EXAMPLES } from './affects.js';
export { templateForReasons } from './sector.js';
export type { Template, TemplateLanguage, TemplateName, TemplateReason } from './catalog.js';

/** Minutes from now to the first promised update. */
export const FIRST_UPDATE_MINUTES = 30;

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * The template a name or alias means, or undefined. Spaces and underscores are read as the hyphens the names have: a
 * water company's night desk typed `--template "boil water"` and was told there is no such template.
 */
export function templateNamed(name: string): TemplateName | undefined {
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const named = (k: string) => ((TEMPLATE_NAMES as readonly string[]).includes(k) ? (k as TemplateName) : TEMPLATE_ALIASES[k]);
  return named(key) ?? BY_LABEL.get(labelKey(name)) ?? named(key.replace(OUTAGE_WORD, ''));
}

/**
 * The word for "outage" around what is out: a housing association's desk typed "storing cv" and "liftstoring", a desk
 * elsewhere writes "internetstoring" or "power outage". Dropped (with a Dutch linking s: "verwarmingsstoring"), what is
 * left names the template.
 */
const OUTAGE_WORD = /^(?:storing|outage|uitval)-|-(?:storing|outage|failure|uitval)$|(?<=\p{L}{2})s?storing$/u;

/**
 * The templates by the names the desk reads for them (labels.ts), in Dutch and English: a municipality's desk, refused with
 * "geef --template met een van: … strike (staking), …", typed `--template staking` and was refused again.
 */
const labelKey = (s: string) => s.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
const BY_LABEL = new Map(
  [...Object.values(TEMPLATE_LABELS), ...Object.values(TEMPLATE_SHORT_LABELS)].flatMap((labels: Partial<Record<TemplateName, string>>) =>
    // And as a US, British or Irish desk reads them in the studio ("Elevator out of order": american.ts; "Boil Water Notice …": british.ts).
    TEMPLATE_NAMES.flatMap((n) => (labels[n] ? [labels[n], ...['America/Chicago', 'Europe/London', 'Europe/Dublin'].map((z) => labelEnglish(labels[n]!, z))].map((l) => [labelKey(l), n] as const) : [])),
  ),
);

/**
 * The template language a feed's language tag is written from: itself, or its primary language (`nl-BE` from the Dutch,
 * `en-GB` from the English); undefined when the templates have no text for it. Before, a Flemish desk's `--lang nl-BE`
 * was refused ("the templates are written in nl, en; no text for nl-BE").
 */
export function templateLanguage(tag: string): TemplateLanguage | undefined {
  const primary = tag.toLowerCase().split('-')[0];
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(primary!) ? (primary as TemplateLanguage) : undefined;
}

/**
 * The pair's texts in `langs`, keyed by the tags as given; the English as said where the feed's `timeZone` is (american.ts: 911
 * in the US and Canada; british.ts: British and Irish places, no iDEAL; belgian-places.ts: Belgian places on a Brussels clock), the Dutch too (belgian.ts: nl-BE or a Brussels clock).
 */
function pick(p: Pair, langs: readonly string[], timeZone?: string): Record<string, string> {
  // British English (en-GB) without a zone is read as on a British clock: "Boil Water Notice", NHS 111, 999.
  const english = (l: string, zone = timeZone ?? (/^en-GB$/i.test(l) ? 'Europe/London' : undefined)) => localEnglish(britishEnglish(belgianEnglish(p.en, zone), zone), zone);
  return Object.fromEntries(langs.map((l) => [l, templateLanguage(l) === 'nl' ? localDutch(p.nl, l, timeZone) : english(l)]));
}

export interface IncidentOptions {
  id: string;
  /** Template languages, or regional tags of them (nl-BE: templateLanguage). */
  langs: readonly string[];
  now?: number;
  /** When the first update comes (UTC ISO); default `FIRST_UPDATE_MINUTES` ahead. */
  nextUpdateAt?: string;
  severity?: Severity;
  /** The title, the same for every language, or one per language; replaces the placeholder. */
  title?: string | Record<string, string>;
  /** The feed's IANA zone: on a US or Canadian clock the English says 911 and North American words (american.ts). */
  timeZone?: string;
}

/** An incident skeleton from a template: phase `investigating` (or the template's own), started and updated now. */
export function incidentFromTemplate(name: TemplateName, options: IncidentOptions): Incident {
  const t = TEMPLATES[name];
  const now = options.now ?? Date.now();
  const text = (p: Pair) => pick(p, options.langs, options.timeZone);
  const title = typeof options.title === 'string' ? Object.fromEntries(options.langs.map((l) => [l, options.title as string])) : (options.title ?? text(t.title));
  return {
    id: options.id,
    title,
    severity: options.severity ?? t.severity,
    phase: t.phase ?? 'investigating',
    started_at: iso(now),
    updated_at: iso(now),
    known: text(t.known),
    unknown: text(t.unknown),
    // A notice (severity info, feed/notice.ts: standing advice such as a phishing warning) promises none unless asked.
    next_update_at: options.nextUpdateAt ?? ((options.severity ?? t.severity) === 'info' && !t.promisesUpdate ? null : iso(now + FIRST_UPDATE_MINUTES * 60_000)),
    actions: t.actions.map((a) => ({ label: text(a.label), who: text(a.who), ...(a.urgent ? { urgent: true } : {}) })),
  };
}

/** The sector's typical contact reasons in the asked languages (for a feed that has none yet), in the English of the feed's `timeZone`. */
export function contactReasonsFromTemplate(name: TemplateName, langs: readonly string[], timeZone?: string): ContactReason[] {
  return TEMPLATES[name].reasons.map((r) => ({ id: r.id, label: pick(r.label, langs, timeZone), ...(r.urgent ? { urgent: true } : {}), ...(r.timeCritical ? { time_critical: true } : {}) }));
}

/**
 * The template's typical contact reasons that a feed's own `reasons` lack (by id), in `langs`: a data
 * breach a week after an outage keeps the outage's topics, and "A suspicious message or call" is
 * one of these. Never added unasked: `clearline new incident` names them, the studio offers them with "+".
 */
export function missingContactReasons(name: TemplateName, langs: readonly string[], reasons: readonly { id?: unknown }[], timeZone?: string): ContactReason[] {
  return contactReasonsFromTemplate(name, langs, timeZone).filter((r) => !reasons.some((o) => o.id === r.id));
}
