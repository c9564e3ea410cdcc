import { svg } from 'lit';
import type { Phase, Severity } from '../../feed/schema.js';

/** One shape per severity, so that severity never depends on colour alone. */
const severityIcons: Record<Severity | 'ok' | 'unknown', ReturnType<typeof svg>> = {
  info: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 11v6M12 7.5v.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>`,
  minor: svg`<path d="M12 3 2.5 20h19z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M12 10v4.5M12 17.2v.3" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`,
  major: svg`<path d="M12 2.5 1.5 21h21z" fill="currentColor"/><path d="M12 9.5v5.5M12 17.5v.5" stroke="var(--_surface)" stroke-width="2.4" stroke-linecap="round"/>`,
  critical: svg`<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="currentColor"/><path d="M12 6.5v7M12 16.8v.5" stroke="var(--_surface)" stroke-width="2.6" stroke-linecap="round"/>`,
  ok: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="m7.5 12.5 3 3 6-6.5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`,
  unknown: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 3"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7M12 16.8v.4" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`,
};

/** One shape per phase: searching, found, watching, done. */
const phaseIcons: Record<Phase, ReturnType<typeof svg>> = {
  investigating: svg`<circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="m15.5 15.5 6 6" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>`,
  identified: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="12" r="4.5" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="12" r="1.3" fill="currentColor"/>`,
  monitoring: svg`<path d="M1.5 12S5.5 5 12 5s10.5 7 10.5 7-4 7-10.5 7S1.5 12 1.5 12z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><circle cx="12" cy="12" r="3" fill="currentColor"/>`,
  resolved: severityIcons.ok,
};

export function icon(name: keyof typeof severityIcons | Phase) {
  const shape = name in phaseIcons ? phaseIcons[name as Phase] : severityIcons[name as keyof typeof severityIcons];
  return svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${shape}</svg>`;
}

/** A cross for dismiss buttons; the button carries the accessible name. */
export function closeIcon() {
  return svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg>`;
}
