/**
 * Placeholders left by `clearline new incident` and the studio's templates: `[[TODO: …]]`. A single `]` inside is part of it:
 * the phishing template's guidance shows a fake address as lint asks it written, `verify-help[.]com`, and with `[^\]]*` the
 * whole placeholder went unseen, so lint and `sign` would have let it through. Pure.
 */
export const PLACEHOLDER = /\[\[\s*TODO\b(?:[^\]]|\](?!\]))*\]\]/i;

/** Whether a text (a string, or one string per language) still holds a placeholder in any language. */
export function hasPlaceholder(text: unknown): boolean {
  if (typeof text === 'string') return PLACEHOLDER.test(text);
  return typeof text === 'object' && text !== null && Object.values(text).some((v) => typeof v === 'string' && PLACEHOLDER.test(v));
}

/**
 * A template's ready-made text without the check mark it starts with: "[[TODO: check and remove this mark]] Call our
 * fraud line…" -> "Call our fraud line…". Only a mark at the start goes; a text that is all placeholder stays as it is.
 * One rule for the studio's suggestions (editor/draft.ts) and lint's suggested words (mobile-outage.ts): they had a copy each.
 */
export const unmarked = (text: string): string => text.replace(/^\[\[TODO:(?:[^\]]|\](?!\]))*\]\]\s*/, '');
