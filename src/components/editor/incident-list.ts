/** The open incidents with their promised next update (or "late"), and the New incident controls. */
import { html, nothing } from 'lit';
import { isOverdue, openIncidents } from '../../feed/incidents.js';
import type { StatusPayload } from '../../feed/schema.js';
import type { FeedDraft } from '../../feed/update.js';
import { formatRelative, pickText, uiLanguage } from '../../i18n/lang.js';
import type { UiLanguage } from '../../i18n/terms.js';
import { lintDocument } from '../../lint/index.js';
import { clockOn } from './next-time.js';
import { templateForReasons, templateNamed, TEMPLATE_NAMES, type TemplateName } from '../../templates/index.js';
import { selectLabel, templateLabel } from '../../templates/labels.js';
import { templateOfId } from './locale.js';
import type { EditorTerms } from './terms.js';
import { PREPARE_TERMS } from './prepare-terms.js';

/** The list's two groups, when there are prepared texts (start-choice.ts). */
const PREPARED_GROUPS: Record<UiLanguage, { prepared: string; templates: string }> = {
  en: { prepared: 'Your prepared texts', templates: 'Built-in templates' },
  nl: { prepared: 'Uw voorbereide teksten', templates: 'Ingebouwde sjablonen' },
};

/** Under an open incident whose text says "morgen" but was written on an earlier day: lint's relative-day-stale message. */
const STALE_DAY: Record<UiLanguage, (message: string) => string> = {
  en: (m) => `Out of date: ${m}. Post an update with the date instead.`,
  nl: (m) => `Verouderd: ${m}. Plaats een update met de datum.`,
};

export interface IncidentListContext {
  t: EditorTerms;
  ui: string;
  now: number;
  feed: FeedDraft;
  /** The feed's time zone, in which the studio reads and shows times. */
  zone: string;
  template: TemplateName;
  /** The organisation's own prepared texts (start-choice.ts), offered first, and the value chosen in the list. */
  prepared?: readonly { value: string; label: string }[];
  choice?: string;
  setTemplate(value: string): void;
  startNew(): void;
  startUpdate(id: string): void;
  /** The file of prepared texts (prepare-mode.ts): every text listed, with Edit; no next update, nothing late. */
  prepare?: boolean;
}

/**
 * The template New incident starts on: the one chosen, else the editor's `template` attribute (a name or alias, as
 * `clearline new incident --template` takes), else the one the feed's contact reasons came from (templates/sector.ts:
 * a bank's desk was started on Other disruption, not on Bank or card payments), else Other disruption: a
 * municipality's desk pressing New incident in a storm got a Power cut's texts, the first template, to undo.
 */
export const startTemplate = (chosen: TemplateName | undefined, attribute: string, feed?: Pick<FeedDraft, 'contact_reasons' | 'incidents'>): TemplateName =>
  chosen ?? templateNamed(attribute) ?? templateForReasons(feed?.contact_reasons) ?? lastTemplate(feed?.incidents) ?? 'generic';

/**
 * The template of the feed's newest incident made from one (its id names it, locale.ts templateOfId): after a studio
 * restart a telecom's desk with reasons of its own was back on Other disruption (trial G).
 */
function lastTemplate(incidents: FeedDraft['incidents'] | undefined): TemplateName | undefined {
  const made = (incidents ?? []).filter((i) => templateOfId(i.id));
  const newest = made.sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at))[0];
  return newest && templateOfId(newest.id);
}

export function renderIncidentList(ctx: IncidentListContext) {
  const { t, ui, now } = ctx;
  // A name too long for the closed select at 360 px has a short one there (templates/labels.ts); the full name under it.
  const lang = uiLanguage(ui);
  // In the English of the feed's zone: "Power outage", not "Power cut", on a US clock (templates/american.ts).
  const fullName = templateLabel(lang, ctx.template, ctx.zone);
  const ownChosen = ctx.prepared?.some((p) => p.value === ctx.choice) ?? false;
  const full = !ownChosen && selectLabel(lang, ctx.template, ctx.zone) !== fullName ? fullName : '';
  const templates = TEMPLATE_NAMES.map((n) => html`<option value=${n} ?selected=${!ownChosen && n === ctx.template}>${selectLabel(lang, n, ctx.zone)}</option>`);
  // The organisation's own texts first, in a group of their own, then the built-in templates: a native select, so a keyboard
  // and a screen reader get both groups by their names ("Uw voorbereide teksten", "Ingebouwde sjablonen").
  const groups = PREPARED_GROUPS[lang];
  const p = ctx.prepare ? PREPARE_TERMS[lang] : undefined;
  const open = p ? ctx.feed.incidents : openIncidents({ ...ctx.feed, seq: 0, issued_at: '', expires_at: '' } as StatusPayload);
  // "Morgen rijden de bussen niet" from last night, still published: said here, before the desk opens the incident.
  const stale = p ? [] : lintDocument(ctx.feed, { now, timeZone: ctx.zone, lang: ui, audience: 'desk' }).filter((f) => f.rule === 'relative-day-stale');
  const staleIn = (id: string) => {
    const i = ctx.feed.incidents.findIndex((x) => x.id === id);
    const own = stale.filter((f) => f.path.startsWith(`incidents/${i}/`));
    // The text in the studio's language first ("Tomorrow" in an English studio), else any.
    return own.find((f) => f.path.endsWith(`/${ui.toLowerCase().split('-')[0]}`)) ?? own[0];
  };
  return html`<section class="incidents" aria-labelledby="open-heading">
    <h3 id="open-heading">${p?.listHeading ?? t.openIncidents}</h3>
    ${open.length
      ? html`<ul>
          ${open.map((inc) => {
            const next = inc.next_update_at && !p ? Date.parse(inc.next_update_at) : NaN;
            const late = !p && isOverdue(inc, now);
            const when = Number.isNaN(next) ? '' : (late ? t.late : t.nextIn)(clockOn(next, now, ctx.zone, ui), formatRelative(next, ui, now));
            const said = staleIn(inc.id);
            return html`<li class=${late ? 'late' : ''}>
              <span class="title" id=${`inc-${inc.id}`}>${pickText(inc.title, ui)}</span>
              <span class=${late ? 'when late' : 'when'}>${when}</span>
              <button type="button" aria-describedby=${`inc-${inc.id}${said ? ` stale-${inc.id}` : ''}`} @click=${() => ctx.startUpdate(inc.id)}>${p?.edit ?? t.postUpdate}</button>
              ${said ? html`<span class="stale" id=${`stale-${inc.id}`}>${STALE_DAY[uiLanguage(ui)](said.message)}</span>` : nothing}
            </li>`;
          })}
        </ul>`
      : html`<p>${p?.none ?? t.noOpenIncidents}</p>`}
    <div class="row new">
      <div class="field">
        <label for="f-template">${t.template}</label>
        <select id="f-template" aria-describedby=${full ? 'f-template-full' : nothing} @change=${(e: Event) => ctx.setTemplate((e.target as HTMLSelectElement).value)}>
          ${ctx.prepared?.length
            ? html`<optgroup label=${groups.prepared}>${ctx.prepared.map((p) => html`<option value=${p.value} ?selected=${p.value === ctx.choice}>${p.label}</option>`)}</optgroup>
                <optgroup label=${groups.templates}>${templates}</optgroup>`
            : templates}
        </select>
        ${full ? html`<span class="hint" id="f-template-full">${full}</span>` : nothing}
      </div>
      <button type="button" @click=${ctx.startNew}>${p?.newText ?? t.newIncident}</button>
    </div>
  </section>`;
}
