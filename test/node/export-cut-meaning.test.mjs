// Trial L, a telecom's nationwide mobile outage. The social post for "cause found" cut "Ons mobiele netwerk werkt nog
// steeds niet, in heel Nederland." to "Ons mobiele netwerk werkt…" ("our mobile network works…"), the opposite; and the
// English all-clear post ended on "Mobile still not working?" without "Switch it off and on again once.".
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { shortenWords, answeredSentences, knownAfterSummary } = await importTs('src/export/plain.ts');
const { exportSocial } = await importTs('src/export/social.ts');

const under = (n) => (s) => s.length <= n;

test('a cut never drops its clause\'s "not" (Dutch and English); it goes back to before the clause, or to nothing', () => {
  const nl = 'Ons mobiele netwerk werkt nog steeds niet, in heel Nederland.';
  const cut = shortenWords(nl, under(30));
  assert.ok(cut === null || !/werkt…$/.test(cut), cut);
  assert.equal(shortenWords(nl, under(30)), null, 'the whole clause is the first one: nothing is left to say');
  assert.equal(shortenWords('Het water is weer veilig, maar kook het niet langer dan nodig.', under(40)), 'Het water is weer veilig…');
  assert.equal(shortenWords('Wij vragen daar nooit om een pincode.', under(20)), null, '"Wij vragen…": "we ask…"');
  assert.equal(shortenWords('We will never ask for your PIN by phone or e-mail.', under(30)), 'We will never ask for your…', 'the "never" kept');
  assert.equal(shortenWords('Calls from abroad do not work yet.', under(22)), null, '"Calls from abroad do…"');
  assert.equal(shortenWords("The app doesn't show your balance yet, we are working on it.", under(25)), "The app doesn't show…");
  // Without a negation the cut is as before, after a whole word.
  assert.equal(shortenWords('Our mobile network is still down across the Netherlands.', under(42)), 'Our mobile network is still down across…');
});

test('a question goes with the sentence after it, its answer', () => {
  assert.deepEqual(answeredSentences('Het werkt weer. Werkt uw mobiel nog niet? Zet hem uit en aan. Meer volgt.'), ['Het werkt weer.', 'Werkt uw mobiel nog niet? Zet hem uit en aan.', 'Meer volgt.']);
  assert.deepEqual(answeredSentences('Nog vragen?'), ['Nog vragen?']);
  assert.deepEqual(knownAfterSummary({ known: ['A is fixed. Still down? Restart it. More later.'], summary: 'A is fixed.' }), ['Still down? Restart it.', 'More later.']);
});

const NOW = Date.parse('2026-12-06T04:10:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const feed = (incident) => ({
  type: 'status', version: 1, feed_id: 'belnet', seq: 1, issued_at: iso(NOW - 60_000), expires_at: iso(NOW + 3_600_000), time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Belnet', url: 'https://www.belnet.example/' },
  status_url: 'https://www.belnet.example/storing',
  channels: [{ id: 'emergency-services', kind: 'phone', label: { nl: 'Alarmnummer', en: 'Emergency number' }, href: 'tel:112', emergency: true }],
  incidents: [{ id: 'mobiel', severity: 'critical', started_at: iso(NOW - 7_200_000), updated_at: iso(NOW - 120_000),
    title: { nl: 'Storing mobiel netwerk: bellen, sms en mobiel internet werken niet', en: 'Mobile network outage: calls, texts and mobile data are down' }, ...incident }],
});

test('the "cause found" post leaves the first sentence out rather than say the network works', () => {
  const f = feed({
    phase: 'identified', next_update_at: iso(NOW + 1_800_000),
    known: { nl: 'Ons mobiele netwerk werkt nog steeds niet, in heel Nederland. De oorzaak is gevonden: een defect in een centrale server van ons netwerk.', en: 'Our mobile network is still down across the Netherlands. We have found the cause.' },
    unknown: { nl: 'Hoe laat alles weer werkt.', en: 'What time everything will work again.' },
    actions: [{ urgent: true, label: { nl: 'Lukt 112 niet met uw mobiel? Bel 112 met een vaste telefoon of de telefoon van iemand anders. Uw mobiel probeert daarvoor al elk netwerk dat er is', en: "112 not working on your mobile? Call 112 from a landline or someone else's phone. Your mobile already tries every network there is for it" } }],
  });
  const post = exportSocial(f, { lang: 'nl', now: NOW }).posts[0];
  assert.doesNotMatch(post.text, /werkt…/, post.text);
  assert.ok(post.length <= 280);
});

test('the English all-clear post does not end on "Mobile still not working?" without its answer', () => {
  const f = feed({
    phase: 'resolved', resolved_at: iso(NOW - 60_000),
    known: { nl: 'Ons mobiele netwerk werkt weer in heel Nederland. Bellen, sms en mobiel internet werken weer sinds 05:00. Werkt uw mobiel nog niet? Zet hem één keer uit en weer aan. Over compensatie leest u later meer op deze pagina.', en: 'Our mobile network is working again across the Netherlands. Calls, texts and mobile data have worked again since 05:00. Mobile still not working? Switch it off and on again once. We will say more about compensation on this page later.' },
    unknown: { nl: '', en: '' },
  });
  for (const lang of ['en', 'nl']) {
    const post = exportSocial(f, { lang, now: NOW }).posts[0];
    assert.doesNotMatch(post.text, /\?\n/, post.text);
    assert.ok(post.length <= 280, post.text);
  }
});
