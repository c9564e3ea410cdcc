/**
 * Starting another incident or update (New incident, Post update) while the form holds text that
 * is not published yet. At 2 a.m. "Post update" reads like the button that posts: pressed for the
 * update already open, it keeps the edit; anything else that would throw the edit away asks first.
 * Pure: no DOM, no Lit.
 */
import type { UiLanguage } from '../../i18n/terms.js';
import type { Draft } from './draft.js';

export const DISCARD_QUESTION: Record<UiLanguage, string> = {
  en: 'The form holds text that is not published yet. Throw it away and start this one instead?',
  nl: 'In het formulier staat tekst die nog niet is gepubliceerd. Die weggooien en hiermee opnieuw beginnen?',
};

/**
 * What starting `next` ("new", or the id of the incident to update) does to the form: keep it, replace it, or ask first;
 * `ask-signed` when a version is signed and not published yet (`signed`, publish-next.ts), which that would throw away.
 */
export function onStart(draft: Draft | undefined, savedDraft: Draft | undefined, next: { update?: string }, signed = false): 'keep' | 'replace' | 'ask' | 'ask-signed' {
  const edited = !!draft && JSON.stringify(draft) !== JSON.stringify(savedDraft);
  if (draft?.mode === 'update' && draft.id === next.update && (edited || signed)) return 'keep';
  return signed ? 'ask-signed' : edited ? 'ask' : 'replace';
}
