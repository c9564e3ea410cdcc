/**
 * The studio's words under "Severity" when an update changes the published incident's severity. Trial R's night desk
 * tabbed once too far and typed "Etten-Leur, Zundert…" into the severity select: its type-ahead silently made a
 * "Storing" a "Ernstige storing" (readers' colour, the banner, the SMS's first word), and nothing said so before signing.
 * Escalating on purpose is fine; the hint only makes the change visible beside the field.
 */
export const SEVERITY_CHANGED: Record<'en' | 'nl', (was: string, now: string) => string> = {
  en: (was, now) => `Changed: was “${was}”, readers will now see “${now}”. Meant to? Then leave it.`,
  nl: (was, now) => `Gewijzigd: was „${was}”, lezers zien nu „${now}”. Bewust? Laat het dan zo.`,
};
