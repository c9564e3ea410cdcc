// A long crisis as a feed: `incidents` open incidents of a water company, each with `updates` earlier updates whose
// texts are `chars` characters in every language. Built here, not stored: the size tests (sign-too-large,
// studio-too-large, update-history-full) grow it past what readers accept, or fill an incident's history.
const MIN = 60_000;
export const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const SENTENCE = {
  nl: 'De monteurs werken aan de leiding in de wijk; het water kan bruin zijn, laat de kraan even lopen tot het helder is. ',
  en: 'The engineers are working on the main in the district; the water may be brown, run the tap until it is clear. ',
};
/** A text of exactly `chars` characters in `lang`, different for every `n` so nothing is the same as before. */
const text = (lang, chars, n) => `${n}. ${SENTENCE[lang].repeat(Math.ceil(chars / SENTENCE[lang].length) + 1)}`.slice(0, chars).trimEnd() + '.';
const texts = (langs, chars, n) => Object.fromEntries(langs.map((l) => [l, text(l, chars, n)]));

export function bigFeed({ incidents = 5, updates = 100, chars = 400, langs = ['nl', 'en'], now = Date.now() } = {}) {
  const two = (nl, en) => Object.fromEntries(langs.map((l) => [l, l === 'nl' ? nl : en]));
  return {
    type: 'status', version: 1, feed_id: 'water-voorbeeld', publisher: { name: 'Waterbedrijf Voorbeeld', url: 'https://water.example' }, time_zone: 'Europe/Amsterdam',
    channels: [{ id: 'phone', kind: 'phone', label: two('Klantenservice', 'Customer service'), href: 'tel:+31302345678' }],
    contact_reasons: [{ id: 'water', label: two('Bruin water', 'Brown water'), channels: ['phone'] }],
    incidents: Array.from({ length: incidents }, (_, i) => ({
      id: `leiding-${i + 1}`, title: two(`Leidingbreuk wijk ${i + 1}`, `Burst main district ${i + 1}`), severity: 'major', phase: 'identified',
      started_at: iso(now - (updates + 2) * 10 * MIN), updated_at: iso(now - 5 * MIN),
      known: texts(langs, chars, 0), unknown: two('Wanneer het water weer helder is.', 'When the water is clear again.'),
      next_update_at: iso(now + 60 * MIN),
      actions: [{ label: two('Laat de kraan lopen tot het water helder is', 'Run the tap until the water is clear'), urgent: true }],
      // Newest first, ten minutes apart, as `update` writes them.
      updates: Array.from({ length: updates }, (_, u) => ({ at: iso(now - (u + 1) * 10 * MIN), known: texts(langs, chars, u + 1) })),
    })),
  };
}
