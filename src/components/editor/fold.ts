/**
 * A form section folded behind a one-line summary (a `<details>`): the contact channels and reasons, and an update's
 * actions. An update at 360 px was 17,800 px tall, with Sign at 11,300 px, under three actions, three channels and
 * five contact reasons a desk seldom changes in an update; a desk worker on a phone could not find it. A folded
 * section stays one tap (or Enter on its summary) away, says what it holds, and opens by itself when a problem in it
 * is shown (after Sign, so the focus can reach the field), or when it still needs filling in (`byDefault`).
 */
import { html, type TemplateResult } from 'lit';
import { uiLanguage } from '../../i18n/lang.js';
import type { FormContext } from './form.js';

const FOLD_TERMS = {
  en: { check: (n: number) => (n === 1 ? '1 thing to check' : `${n} things to check`), problems: (n: number) => (n === 1 ? '1 problem' : `${n} problems`) },
  nl: { check: (n: number) => (n === 1 ? '1 punt om na te kijken' : `${n} punten om na te kijken`), problems: (n: number) => (n === 1 ? '1 fout' : `${n} fouten`) },
} as const;

/** The findings the form shows under section `name` (its key, or keys under it): errors once shown, warnings at once. */
function inSection(ctx: FormContext, name: string): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const [key, list] of ctx.findings) {
    if (key !== name && !key.startsWith(`${name}/`)) continue;
    for (const f of list) {
      if (f.severity === 'warning') warnings++;
      else if (f.severity === 'error' && ctx.shown(key)) errors++;
    }
  }
  return { errors, warnings };
}

/**
 * Section `name` (`actions`, `channels`, `contact_reasons`: the keys of its findings) in a `<details>` titled `title`,
 * with `what` (a count, the names) after it. Open when the desk opened it, else when `byDefault`; always when it
 * holds a problem the form shows.
 */
export function fold(ctx: FormContext, name: string, title: string, what: string, byDefault: boolean, body: TemplateResult): TemplateResult {
  const { errors, warnings } = inSection(ctx, name);
  const chosen = ctx.folds?.[name] ?? byDefault;
  const open = errors > 0 || chosen;
  const w = FOLD_TERMS[uiLanguage(ctx.ui)];
  const said = [what, errors ? w.problems(errors) : '', warnings ? w.check(warnings) : ''].filter(Boolean).join(' · ');
  // An open section stays open while the desk works in it, remembered after this render: one a problem opened (it
  // closed under her typing when the last problem was gone), one open by default (a first contact reason added made
  // the feed one that has reasons, and the section closed under the focus).
  if (errors > 0 ? !chosen : open && ctx.folds?.[name] === undefined) queueMicrotask(() => ctx.setFold?.(name, true));
  // What the desk chose by tapping the summary, remembered when it differs from what the section would be.
  const toggled = (e: Event) => {
    const now = (e.target as HTMLDetailsElement).open;
    if (now !== chosen) ctx.setFold?.(name, now);
  };
  return html`<details class="fold" data-fold=${name} .open=${open} @toggle=${toggled}>
    <summary><span class="fold-title">${title}</span>${said ? html` <span class=${errors ? 'fold-what problem-said' : 'fold-what'}>${said}</span>` : ''}</summary>
    ${body}
  </details>`;
}
