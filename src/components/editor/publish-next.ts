/**
 * After Sign, Publish is the next step: a water company's desk, keyboard only at 02:14, read "Signed at 02:14:22 …
 * Not on the website yet: press Publish." with the focus still on Sign, and a tired desk could stop there (trial V).
 * So a successful Sign puts the focus on Publish (when the page has one: without a way to publish, Download is the
 * way), and leaving the page or starting another incident while a signed version is not published asks first.
 */
import type { LitElement } from 'lit';
import type { UiLanguage } from '../../i18n/terms.js';
import type { PublishPhase } from './publish-controller.js';
import { PUBLISH_MODE_TERMS, publishModeOf } from './publish-mode.js';

/** The Publish button, where the focus goes after a successful Sign. */
export const PUBLISH_BUTTON = '.sign .buttons .publish-button';

/** Signed, and neither saved nor sent yet: leaving the page or starting another edit would lose it. */
export const signedUnpublished = (phase: PublishPhase): boolean => phase === 'signed';

/** Asked before another incident or update replaces a signed version that is not published. */
export const SIGNED_QUESTION: Record<UiLanguage, string> = {
  en: 'You signed an update that is not on the website yet: readers do not see it. Throw it away and start this one instead? (Cancel, then press Publish, to put it live first.)',
  nl: 'U hebt een update ondertekend die nog niet op de website staat: lezers zien hem niet. Die weggooien en hiermee opnieuw beginnen? (Annuleer en druk op Publiceren om hem eerst live te zetten.)',
};

/** The question in the words of what Publish does (publish-mode.ts): a studio without a publish command puts nothing live. */
export const signedQuestion = (ui: UiLanguage, mode: string | undefined): string => (publishModeOf(mode) === 'save' ? PUBLISH_MODE_TERMS[ui].signedQuestion : SIGNED_QUESTION[ui]);

/** Once rendered, puts the keyboard focus on Publish, if the page shows it. */
export async function focusPublish(host: LitElement): Promise<void> {
  await host.updateComplete;
  const button = host.renderRoot.querySelector<HTMLButtonElement>(PUBLISH_BUTTON);
  if (button && !button.hidden) button.focus();
}
