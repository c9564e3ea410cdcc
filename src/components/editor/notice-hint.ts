/**
 * The studio's words beside "Next update" for a notice (severity Information: standing advice such as a phishing
 * warning, feed/notice.ts): it may stay empty. Trial P, a health insurer, had to promise 14:00 for a warning meant to
 * stay for weeks, and its readers read "Verouderd" above "Wij vragen nooit om uw pincode" the next morning.
 */
export const NOTICE_NEXT_HINT: Record<'en' | 'nl', string> = {
  en: 'Severity “Information” is a notice, such as a warning about fake messages while everything works: leave this empty if no update is planned; readers then see no next update.',
  nl: 'Ernst „Informatie” is een mededeling, zoals een waarschuwing voor nepberichten terwijl alles werkt: laat dit leeg als er geen update gepland is; lezers zien dan geen volgende update.',
};
