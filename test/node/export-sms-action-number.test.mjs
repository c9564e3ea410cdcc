// A bus company's strike SMS said "Bel de taxilijn om uw ophaaltijd af te spreken." with no number: the action links to
// tel:+31881234599, but a text message (and a social post) has nothing to tap, and the e-mail and the phone message said
// the number. Now the number follows the first action when its label does not say it, written as the e-mail writes it,
// only while the title and the action stay whole with it (it may cost the next update, never a word).
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-03T19:00:00Z');
const TAXI = { nl: 'Bel de taxilijn om uw ophaaltijd af te spreken', en: 'Call the taxi line to agree your pick-up time' };

// Trial R changed this fixture: it had a who ("U gebruikt een rolstoel en heeft een rit geboekt") the SMS left out, so "Bel de
// taxilijn" went to every reader. An action now keeps its who or is left out (sms-who.ts); these tests are about the number,
// so the action is for everyone unless `who` is given.
function strike({ title = { nl: 'Staking: morgen rijden de bussen niet', en: 'Strike: no buses tomorrow' }, label = TAXI, href = 'tel:+31881234599', who } = {}) {
  return {
    type: 'status', version: 1, feed_id: 'bus-zuid', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Bus Zuid', url: 'https://www.buszuid.example' },
    channels: [{ id: 'taxi', kind: 'phone', label: { nl: 'Vervangende taxi', en: 'Replacement taxi' }, href: 'tel:+31881234599' }],
    incidents: [{
      id: 'staking', severity: 'major', phase: 'identified',
      started_at: '2026-12-03T18:00:00Z', updated_at: '2026-12-03T18:00:00Z', next_update_at: '2026-12-03T21:00:00Z',
      title,
      known: { nl: 'Morgen van 04:00 tot 24:00 rijden de bussen niet.', en: 'Tomorrow from 04:00 to 24:00 no buses run.' },
      unknown: { nl: 'Of de staking doorgaat.', en: 'Whether the strike goes ahead.' },
      actions: [{ label, ...(href ? { href } : {}), ...(who ? { who } : {}), urgent: true }],
    }],
  };
}

test('the SMS says the number the first action calls, after the action, as the e-mail writes it', () => {
  const nl = x.exportSms(strike(), { lang: 'nl', now: NOW });
  assert.equal(nl.text, 'Staking: morgen rijden de bussen niet. Bel de taxilijn om uw ophaaltijd af te spreken (088 123 4599). Volgende update 22:00. https://www.buszuid.example');
  assert.ok(nl.fits);
  const mail = x.exportEmail(strike(), { lang: 'nl', now: NOW }).text;
  assert.ok(mail.includes('Bel de taxilijn om uw ophaaltijd af te spreken (088 123 4599)'), mail);
  const en = x.exportSms(strike(), { lang: 'en', now: NOW });
  // In English too as dialled in the Netherlands, where the feed is (trials Q, R).
  assert.ok(en.text.includes('Call the taxi line to agree your pick-up time (088 123 4599).'), en.text);
});

test('a label that says its number gets it once; an action without a tel: link is as before', () => {
  const said = x.exportSms(strike({ label: { nl: 'Bel de taxilijn 088-1234599', en: 'Call the taxi line 088-1234599' } }), { lang: 'nl', now: NOW });
  assert.ok(said.text.includes('Bel de taxilijn 088-1234599. '), said.text);
  assert.ok(!said.text.includes('(088'), said.text);
  const web = x.exportSms(strike({ href: 'https://www.buszuid.example/taxi' }), { lang: 'nl', now: NOW });
  assert.ok(web.text.includes('Bel de taxilijn om uw ophaaltijd af te spreken. Volgende'), web.text);
});

test('the number may cost the next update, never a word of the title or the action', () => {
  // Whole with the next update (158 of 160) without the number; with it, only without the next update.
  const mid = { nl: 'Staking: vrijdag 4 december rijden in de regio geen bussen', en: 'Strike' };
  assert.deepEqual(x.exportSms(strike({ title: mid, href: null }), { lang: 'nl', now: NOW }).shortened, []);
  // With whom the taxi line is for, it does not fit: never said to every reader without it, left out instead (trial R).
  const who = x.exportSms(strike({ title: mid, who: { nl: 'U gebruikt een rolstoel en heeft een rit geboekt', en: 'You use a wheelchair and booked a trip' } }), { lang: 'nl', now: NOW });
  assert.ok(!who.text.includes('Bel de taxilijn') || who.text.includes('U gebruikt een rolstoel en heeft een rit geboekt? Bel de taxilijn'), who.text);
  assert.ok(!who.shortened.includes('who'), `${who.shortened}`);
  const sms = x.exportSms(strike({ title: mid }), { lang: 'nl', now: NOW });
  assert.equal(sms.text, 'Staking: vrijdag 4 december rijden in de regio geen bussen. Bel de taxilijn om uw ophaaltijd af te spreken (088 123 4599). https://www.buszuid.example');
  assert.deepEqual(sms.shortened, ['next']);
  // The action would be cut with the number (168 of 160), and is whole without it (153): the SMS is as without the link.
  const long = { nl: 'Staking: vrijdag 4 december rijden er in de hele regio Zuid geen bussen meer', en: 'Strike' };
  const cut = x.exportSms(strike({ title: long }), { lang: 'nl', now: NOW });
  const before = x.exportSms(strike({ title: long, href: null }), { lang: 'nl', now: NOW });
  assert.equal(cut.text, before.text);
  assert.ok(cut.text.endsWith('Bel de taxilijn om uw ophaaltijd af te spreken. https://www.buszuid.example'), cut.text);
});

test('the social post says the number too, in every language', () => {
  const posts = x.exportSocial(strike(), { now: NOW }).posts;
  assert.ok(posts[0].text.includes('\nBel de taxilijn om uw ophaaltijd af te spreken (088 123 4599).\n'), posts[0].text);
  assert.ok(posts[1].text.includes('\nCall the taxi line to agree your pick-up time (088 123 4599).\n'), posts[1].text);
  for (const p of posts) assert.ok(p.fits && p.shortened.length === 0, p.text);
});
