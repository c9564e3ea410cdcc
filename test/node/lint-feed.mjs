// Shared by the lint tests (CLI and pure module): a feed that lint finds nothing wrong with.
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A bilingual status feed with no lint findings at `now` (ms). Its "what we know" names no day
 * ("today" there would be stale a minute after midnight: relative-day-stale, and tests that lint
 * it at the real time would depend on the hour); "U vliegt vandaag" in its action is the reader's day.
 */
export function lintCleanFeed(now) {
  return {
    type: 'status',
    version: 1,
    feed_id: 'lint-air',
    publisher: { name: 'Lint Air', url: 'https://example.com' },
    channels: [
      { id: 'phone', kind: 'phone', label: { nl: 'Bel ons', en: 'Call us' }, href: 'tel:+31201234567', wait_minutes: 45, reason: { nl: 'veel telefoontjes', en: 'many calls' } },
      { id: 'web', kind: 'web', label: { nl: 'Mijn boeking', en: 'My booking' }, href: 'https://example.com/booking', wait_minutes: 0 },
    ],
    contact_reasons: [
      { id: 'flight', label: { nl: 'Mijn vlucht', en: 'My flight' }, faq: ['rebook'], channels: ['web', 'phone'] },
      { id: 'stuck', label: { nl: 'Ik zit vast op het vliegveld', en: 'I am stuck at the airport' }, urgent: true, channels: ['phone'] },
    ],
    incidents: [
      {
        id: 'storm',
        title: { nl: 'Storm', en: 'Storm' },
        severity: 'major',
        phase: 'identified',
        started_at: iso(now - 60 * MIN),
        updated_at: iso(now - MIN),
        known: { nl: 'Wij annuleren de helft van de vluchten. Zie [Mijn boeking](https://example.com/booking).', en: 'We are cancelling half of the flights. See [My booking](https://example.com/booking).' },
        unknown: { nl: 'Hoe lang het duurt.', en: 'How long it lasts.' },
        next_update_at: iso(now + 30 * MIN),
        actions: [{ label: { nl: 'Ga niet naar het vliegveld', en: 'Do not go to the airport' }, urgent: true, who: { nl: 'U vliegt vandaag', en: 'You fly today' } }],
      },
    ],
  };
}


/** The FAQ that goes with the clean feed: it holds the entry its contact reason names. */
export function lintCleanFaq() {
  return { type: 'faq', version: 1, feed_id: 'lint-air-faq', entries: [{ id: 'rebook', question: { nl: 'Omboeken?', en: 'Rebook?' }, answer: { nl: 'In Mijn boeking.', en: 'In My booking.' } }] };
}
