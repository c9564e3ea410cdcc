/** Placeholders left by `clearline new incident` and the studio's templates: `[[TODO: …]]`. Pure. */
export const PLACEHOLDER = /\[\[\s*TODO\b[^\]]*\]\]/i;

/** Whether a text (a string, or one string per language) still holds a placeholder in any language. */
export function hasPlaceholder(text: unknown): boolean {
  if (typeof text === 'string') return PLACEHOLDER.test(text);
  return typeof text === 'object' && text !== null && Object.values(text).some((v) => typeof v === 'string' && PLACEHOLDER.test(v));
}
