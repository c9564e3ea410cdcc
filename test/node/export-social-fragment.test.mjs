// Trial N, a heat company at 2 a.m.: the social post cut the first sentence of what we know to "Rond 02:00 is een…", a
// fragment that looks broken in a public post; the clock time's colon counted as the end of a clause, so even "Rond 02:00
// is…" passed the SMS's rule against fragments. The post now cuts by the same rule as the SMS (plain.ts meaningfulCut):
// at least five words, half the sentence or its first clause, else the sentence is left out.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { exportSocial } = await importTs('src/export/social.ts');
const { meaningfulCut } = await importTs('src/export/plain.ts');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const NOW = Date.parse('2026-12-07T01:12:00Z');
const KNOWN = 'Rond 02:00 is een hoofdleiding van het warmtenet onder de Havenweg gesprongen, waardoor ongeveer 9.000 woningen in drie wijken geen verwarming en geen warm water hebben. Onze monteurs zijn onderweg.';

function heat(action) {
  return {
    type: 'status', version: 1, feed_id: 'warmtenet', seq: 1, issued_at: iso(NOW), expires_at: iso(NOW + 3600e3), time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Warmtenet Flevostad', url: 'https://www.warmtenet.example' }, status_url: 'https://www.warmtenet.example/storingen',
    channels: [{ id: 'phone', kind: 'phone', label: 'Storingslijn', href: 'tel:+31880001234', wait_minutes: 40, reason: 'heel veel telefoontjes' }],
    incidents: [{
      id: 'warmte', severity: 'major', phase: 'investigating', started_at: iso(NOW - 600e3), updated_at: iso(NOW), next_update_at: iso(NOW + 3 * 3600e3),
      title: { nl: 'Geen verwarming en warm water in Flevostad-Noord, De Vaart en Stadshaven' },
      known: { nl: KNOWN }, unknown: { nl: 'Hoe lang de reparatie duurt.' },
      actions: [{ urgent: true, label: { nl: action } }],
    }],
  };
}

test('a post whose first sentence would keep three words leaves it out rather than post "Rond 02:00 is…"', () => {
  const post = exportSocial(heat('Kom naar een warme ruimte: sporthal De Meent, Meentweg 4, of buurthuis De Schakel, Schakelstraat 12. Beide zijn dag en nacht open. Neem een deken mee.'), { lang: 'nl', now: NOW }).posts[0];
  assert.doesNotMatch(post.text, /Rond 02:00 is…/);
  assert.ok(post.shortened.includes('summary'), post.shortened.join());
  assert.ok(post.text.includes('Neem een deken mee.'), post.text);
});

test('a clock time\'s colon is no clause: "Rond 02:00 is…" is a fragment; five words stay', () => {
  assert.equal(meaningfulCut(KNOWN, 'Rond 02:00 is…'), null);
  assert.equal(meaningfulCut(KNOWN, 'Rond 02:00 is een hoofdleiding…'), 'Rond 02:00 is een hoofdleiding…');
  // A real clause still counts: "Let op: …" is cut after its first clause.
  assert.equal(meaningfulCut('Let op: bel ons niet voor uw rekening vandaag.', 'Let op:…'), 'Let op:…');
});
