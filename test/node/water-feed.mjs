// Trial K's feed, shared by the sign, key and studio tests: a water company's boil-water advice, Dutch first (or English
// first), its next update 2 hours after `now` (times relative to now, so the tests read the same at any hour).
export const MIN = 60_000;
export const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function waterFeed(first = 'nl', now = Date.now()) {
  const two = (nl, en) => (first === 'nl' ? { nl, en } : { en, nl });
  return {
    type: 'status', version: 1, feed_id: 'waterbedrijf-rivierenland', publisher: { name: 'Waterbedrijf Rivierenland', url: 'https://water.example' }, time_zone: 'Europe/Amsterdam',
    channels: [{ id: 'storing', kind: 'phone', label: two('Storingslijn', 'Fault line'), href: 'tel:+318000234', wait_minutes: 0 }],
    contact_reasons: [{ id: 'water', label: two('Kookadvies', 'Boil-water advice'), channels: ['storing'] }],
    incidents: [{
      id: 'kookadvies', title: two('Kookadvies in Tiel', 'Boil-water advice in Tiel'), severity: 'major', phase: 'identified',
      started_at: iso(now - 90 * MIN), updated_at: iso(now - 60 * MIN),
      known: two('Kook uw kraanwater drie minuten voor u het drinkt.', 'Boil your tap water for three minutes before you drink it.'),
      unknown: two('Hoe lang het kookadvies duurt.', 'How long the advice lasts.'),
      next_update_at: iso(now + 120 * MIN),
      actions: [{ label: two('Kook water drie minuten voor drinken.', 'Boil water for three minutes before drinking.'), urgent: true }],
    }],
  };
}
