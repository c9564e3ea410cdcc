/**
 * The incident's two times besides the next update: "Started at" (a new incident; empty: when it is published) and
 * "Begins later (announced ahead)" (a strike on Thursday, planned works: `starts_at`, feed/announced.ts). Apart from
 * form.ts, which is full; the findings view comes from form.ts's findingsFor.
 */
import { announcedWhen } from '../../i18n/announced.js';
import { html, nothing, type TemplateResult } from 'lit';
import { WEEKDAY_SAID } from '../../feed/day-words.js';
import { TYPED_SAID } from '../../feed/spoken-times.js';
import { readStart } from '../../feed/start.js';
import { STARTS_SAID } from '../../feed/starts-said.js';
import { readWhen } from '../../feed/times.js';
import { dateExample, inOtherOrder } from '../../feed/date-example.js';
import { isNanpZone } from '../../feed/dialling.js';
import { uiLanguage } from '../../i18n/lang.js';
import type { Draft } from './draft.js';
import { SETUP_TERMS } from './setup-terms.js';
import { goingOnLine } from './starts-going-on.js';

/** What the fields need of the form (form.ts's FormContext has it). */
interface StartContext {
  ui: string;
  zone: string;
  now: number;
  draft: Draft;
  change(mutate: (d: Draft) => void): void;
  touch(key: string): void;
  describeTime(iso: string): string;
  /** The feed as open: an incident going on there is not announced for later (starts-going-on.ts). */
  feed?: { incidents?: readonly unknown[] };
}
type Findings = { ids: string; invalid: boolean; view: TemplateResult | typeof nothing };

const upper = (said: string) => said.charAt(0).toUpperCase() + said.slice(1);

/**
 * "Started at" for a new incident (empty: when it is published). Read with feed/start.ts; a start
 * in the future is kept and refused by lint's started-in-future next to the field, the same rule
 * `clearline lint` applies; text that is no time is said here and kept, so signing stays refused.
 */
export function startField(ctx: StartContext, f: Findings): TemplateResult | typeof nothing {
  const d = ctx.draft;
  if (d.mode !== 'new') return nothing;
  const w = SETUP_TERMS[uiLanguage(ctx.ui)];
  const input = (d.startInput ?? '').trim();
  const r = input ? readStart(input, { now: ctx.now, timeZone: ctx.zone }) : undefined;
  const unreadable = r && !r.ok && r.code !== 'future';
  const set = (v: string) =>
    ctx.change((x) => {
      const read = v.trim() ? readStart(v, { now: Date.now(), timeZone: ctx.zone }) : undefined;
      x.startInput = v;
      x.started_at = !read ? undefined : read.ok || read.code === 'future' ? read.iso : v.trim();
    });
  const described = ['f-started-hint', unreadable ? 'f-started-problem' : '', f.ids].filter(Boolean).join(' ');
  return html`<div class="field" data-field="started_at">
    <label for="f-started">${w.started}</label>
    <span class="hint" id="f-started-hint">${w.startedHint(ctx.zone)}</span>
    <input id="f-started" type="text" autocomplete="off" .value=${d.startInput ?? ''} aria-invalid=${unreadable || f.invalid ? 'true' : 'false'} aria-describedby=${described} @change=${(e: Event) => set((e.target as HTMLInputElement).value)} @blur=${() => ctx.touch('started_at')} />
    ${r?.ok && d.started_at ? html`<p class="chosen" role="status">${w.startedChosen(ctx.describeTime(d.started_at))}</p>` : nothing}
    ${unreadable ? html`<p class="problem" id="f-started-problem">${startProblemSaid(r, ctx) ?? w.startedUnreadable(input, ctx.zone)}</p>` : f.view}
  </div>`;
}

/** A start refused with its own reason (a weekday not the date's, "half 2", "31-11"), in the desk's language; else undefined. */
function startProblemSaid(r: ReturnType<typeof readStart>, ctx: StartContext): string | undefined {
  const lang = uiLanguage(ctx.ui);
  if (r.ok || r.code === 'future') return undefined;
  return r.weekday ? `${upper(WEEKDAY_SAID[lang](r.weekday))}.` : r.problem ? `${upper(TYPED_SAID[lang](r.problem))}.` : undefined;
}

// Trial T: a day-first "17-12 1:00 AM" on a US desk was "not a time still to come": now said as a date in the other
// order, with an example whose day is above 12 (date-example.ts); "not a time still to come" only for a date passed.
const STARTS = {
  en: {
    label: 'Begins later (announced ahead)',
    hint: (z: string, ex: string) => `Only for something announced ahead, such as a strike on Thursday or planned works: when it begins, such as ${ex} (${z}). Until then readers see “From …” instead of a disruption going on, and an update a day is enough. Empty: it is going on now.`,
    chosen: (t: string, seen: string) => `Begins: ${t}. Until then readers see “${seen}”.`,
    passed: (i: string, ex: string) => `${STARTS_SAID.en.passed(i, ex)}, or leave it empty`,
    order: (i: string, ex: string, monthFirst: boolean) => `“${i}” is not a date in this studio's order: it reads dates ${monthFirst ? 'month' : 'day'} first, such as ${ex}. Type it that way, or leave it empty`,
    unreadable: (i: string, ex: string) => `${STARTS_SAID.en.unreadable(i, ex)}, or leave it empty`,
  },
  nl: {
    label: 'Begint later (vooraf aangekondigd)',
    hint: (z: string, ex: string) => `Alleen voor iets dat vooraf is aangekondigd, zoals een staking donderdag of gepland onderhoud: wanneer het begint, zoals ${ex} (${z}). Tot dan zien lezers „Vanaf …”, niet dat het al speelt, en is een update per dag genoeg. Leeg: het is nu aan de gang.`,
    chosen: (t: string, seen: string) => `Begint: ${t}. Tot dan zien lezers „${seen}”.`,
    passed: (i: string, ex: string) => `${STARTS_SAID.nl.passed(i, ex)}, of laat het leeg`,
    order: (i: string, ex: string, monthFirst: boolean) => `„${i}” is geen datum in de volgorde van deze studio: die leest ${monthFirst ? 'de maand' : 'de dag'} eerst, zoals ${ex}. Typ het zo, of laat het leeg`,
    unreadable: (i: string, ex: string) => `${STARTS_SAID.nl.unreadable(i, ex)}, of laat het leeg`,
  },
} as const;

/** Why a start cannot be taken: a date in the other order, a date passed, else no date and time at all. */
function startsProblem(w: (typeof STARTS)['en' | 'nl'], input: string, r: ReturnType<typeof readWhen>, ctx: StartContext): string {
  const ex = dateExample(ctx.now, ctx.zone);
  if (inOtherOrder(input, ctx.zone)) return w.order(input, ex, isNanpZone(ctx.zone));
  return !r.ok && r.code === 'passed' ? w.passed(input, ex) : w.unreadable(input, ex);
}

/** "Begins later (announced ahead)": `starts_at`; text that is no time to come is said here and kept, so signing stays refused. */
export function startsField(ctx: StartContext, f: Findings): TemplateResult | typeof nothing {
  const d = ctx.draft;
  if (d.phase === 'resolved') return nothing;
  const w = STARTS[uiLanguage(ctx.ui)];
  const input = (d.startsInput ?? '').trim();
  const r = input ? readWhen(input, { now: ctx.now, timeZone: ctx.zone }) : undefined;
  const unreadable = r && !r.ok;
  const set = (v: string) =>
    ctx.change((x) => {
      const read = v.trim() ? readWhen(v, { now: Date.now(), timeZone: ctx.zone }) : undefined;
      x.startsInput = v;
      x.starts_at = !read ? undefined : read.ok ? read.iso : v.trim();
    });
  const described = ['f-starts-hint', unreadable ? 'f-starts-problem' : '', f.ids].filter(Boolean).join(' ');
  const ahead = d.starts_at && Date.parse(d.starts_at) > ctx.now ? ctx.describeTime(d.starts_at) : '';
  return html`<div class="field" data-field="starts_at">
    <label for="f-starts">${w.label}</label>
    <span class="hint" id="f-starts-hint">${w.hint(ctx.zone, dateExample(ctx.now, ctx.zone))}</span>
    <input id="f-starts" type="text" autocomplete="off" .value=${d.startsInput ?? ahead} aria-invalid=${unreadable || f.invalid ? 'true' : 'false'} aria-describedby=${described} @change=${(e: Event) => set((e.target as HTMLInputElement).value)} @blur=${() => ctx.touch('starts_at')} />
    ${ahead && !unreadable ? (goingOnLine({ feed: ctx.feed, id: d.id, update: d.mode === 'update', startsAt: d.starts_at, now: ctx.now, zone: ctx.zone, lang: uiLanguage(ctx.ui) }) ?? html`<p class="chosen" role="status">${w.chosen(ahead, announcedWhen({ phase: d.phase, starts_at: d.starts_at }, uiLanguage(ctx.ui), ctx.now, ctx.zone) ?? ahead)}</p>`) : nothing}
    ${unreadable ? html`<p class="problem" id="f-starts-problem">${startsProblem(w, input, r, ctx)}</p>` : f.view}
  </div>`;
}
