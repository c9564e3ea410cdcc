/**
 * "Daily updates" beside Next update: a standing instruction in force for days (a boil water notice) that the desk
 * re-confirms once a day. Trial V, a water company: a desk in the studio could promise at most 4 hours ahead, so its
 * notice went "Outdated" overnight; `clearline update --daily` could already mark it. Checking the box sets the same
 * `cadence: "daily"` (draft.ts, through feed/update.ts), so lint's one rule (feed/cadence.ts) allows 26 hours, and a
 * clock time passed today is read as tomorrow's (feed/daily-when.ts), as the CLI reads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { uiLanguage } from '../../i18n/lang.js';
import { isNanpZone } from '../../feed/dialling.js';
import type { Draft } from './draft.js';
import { dailyEndedAt } from '../../feed/daily-start.js';
import { clockOn } from './next-time.js';

export const DAILY_TERMS = {
  en: {
    label: 'Daily updates (long-running notice): next update may be up to 26 hours ahead',
    hint: 'When work stops overnight, or for a notice in force for days (a boil water notice) that you confirm once a day. A time earlier today, such as 09:00 typed in the afternoon, then means tomorrow. Readers still see its severity. Untick it when work starts again: the next update then stays within 4 hours.',
    tomorrow: 'Tomorrow 09:00',
    ended: (at: string) => `Daily updates were for the announcement, so they are off now that it has begun (${at}): promise the next update within 4 hours. Only if nothing will change for a whole day, tick the box again.`,
  },
  nl: {
    label: 'Eén update per dag (langlopende mededeling): de volgende update mag tot 26 uur vooruit liggen',
    hint: 'Als het werk \'s nachts stilligt, of voor een mededeling die dagen geldt (een kookadvies) die u één keer per dag bevestigt. Een tijd die vandaag al geweest is, zoals 09:00 getypt in de middag, betekent dan morgen. Lezers zien de ernst gewoon. Vink het uit als het werk weer begint: de volgende update blijft dan binnen 4 uur.',
    tomorrow: 'Morgen 09:00',
    ended: (at: string) => `Eén update per dag gold voor de aankondiging en staat nu uit, want het is begonnen (${at}): beloof de volgende update binnen 4 uur. Alleen als er een hele dag niets verandert: vink het vakje opnieuw aan.`,
  },
} as const;

/** The box's context: the draft, and the next update as typed, read again when the box changes. */
export interface DailyContext {
  draft: Draft;
  ui: string;
  /** The feed's zone: in English on a US or Canadian clock the morning is "9:00 AM", as its readers read it (trial Y). */
  zone: string;
  nextInput: string;
  change(mutate: (d: Draft) => void): void;
  setNextInput(input: string): void;
  now: number;
  /** The feed as open: an update's published incident, daily only for its announcement and begun (feed/daily-start.ts), gets a note. */
  feed?: { incidents?: readonly unknown[] };
}

/** When the published incident's daily cadence was for its announcement and it has begun (trial Z): its start; the box opens unticked. */
const endedAt = (ctx: DailyContext): number | undefined =>
  ctx.draft.mode === 'update' ? dailyEndedAt(ctx.feed?.incidents?.find((i) => (i as { id?: unknown })?.id === ctx.draft.id), ctx.now) : undefined;

/** 9 in the morning as the desk reads it: "9:00 AM" in English on a US or Canadian clock, else "09:00". */
const nine = (ctx: DailyContext) => (uiLanguage(ctx.ui) === 'en' && isNanpZone(ctx.zone) ? '9:00 AM' : '09:00');

/** The checkbox, for an open incident; checked, also a "Tomorrow 09:00" button beside +15 min, +30 min, +1 h. */
export function renderDailyBox(ctx: DailyContext): TemplateResult | typeof nothing {
  if (ctx.draft.phase === 'resolved') return nothing;
  const t = DAILY_TERMS[uiLanguage(ctx.ui)];
  const ended = endedAt(ctx);
  const toggle = (e: Event) => {
    const on = (e.target as HTMLInputElement).checked;
    ctx.change((d) => (on ? (d.daily = true) : delete d.daily));
    // What was typed is read again by the new rule: "09:00" at 14:00 becomes tomorrow's, or is refused again.
    if (ctx.nextInput.trim()) ctx.setNextInput(ctx.nextInput);
  };
  return html`<div class="field daily">
    <label class="check"><input id="f-daily" type="checkbox" aria-describedby="f-daily-hint" .checked=${ctx.draft.daily === true} @change=${toggle} /> ${t.label}</label>
    <span class="hint" id="f-daily-hint">${t.hint.replace('09:00', nine(ctx))}</span>
    ${ended !== undefined && ctx.draft.daily !== true ? html`<p class="chosen" role="status" id="f-daily-ended">${t.ended(clockOn(ended, ctx.now, ctx.zone, ctx.ui))}</p>` : nothing}
  </div>`;
}

/** The quick button a daily notice gets: "tomorrow 09:00", read as any typed time. */
export function dailyQuick(ctx: DailyContext): TemplateResult | typeof nothing {
  if (ctx.draft.daily !== true || ctx.draft.phase === 'resolved') return nothing;
  const t = DAILY_TERMS[uiLanguage(ctx.ui)];
  return html`<button type="button" @click=${() => ctx.setNextInput(`${uiLanguage(ctx.ui) === 'nl' ? 'morgen' : 'tomorrow'} ${nine(ctx)}`)}>${t.tomorrow.replace('09:00', nine(ctx))}</button>`;
}
