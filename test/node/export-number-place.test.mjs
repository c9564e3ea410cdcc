// A Belgian bank's urgent action "Laat uw kaart meteen blokkeren via Card Stop en bel daarna onze fraudelijn", linked to
// Card Stop (+32 78 170 170, an emergency line): the social post, SMS and e-mail said "… bel daarna onze fraudelijn
// (078 170 170).", as if 078 170 170 were the fraud line's number. In a fraud emergency someone then does not call the
// fraud line, or thinks they did. Now every export puts the number right after the name of the line the action links to
// when the label goes on to another line or call (src/export/number-place.ts, one rule for all); at the end as before when
// the label does not name that line or names no other after it; and adds nothing when the label says the number.
// Fixed clock. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-04T17:45:00Z');
const LABEL = {
  nl: 'Laat uw kaart meteen blokkeren via Card Stop en bel daarna onze fraudelijn',
  en: 'Block your card at once via Card Stop, then call our fraud line',
};

/** A bank's feed: Card Stop and the fraud line as channels, one urgent action linked to Card Stop. */
function bank({ label = LABEL, href = 'tel:+3278170170', emergency = true, links = true, cardStop = { nl: 'Card Stop', en: 'Card Stop' } } = {}) {
  return {
    type: 'status', version: 1, issued_at: '2026-12-04T17:40:00Z', feed_id: 'zuidbank', time_zone: 'Europe/Brussels',
    publisher: { name: 'Zuidbank', url: 'https://www.zuidbank.be' },
    channels: [
      { id: 'phone', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+3221112233' },
      { id: 'cardstop', kind: 'phone', label: cardStop, href: 'tel:+3278170170', ...(emergency ? { emergency: true } : {}) },
      { id: 'fraud', kind: 'phone', label: { nl: 'Fraudelijn', en: 'Fraud line' }, href: 'tel:+3223456789' },
    ],
    incidents: [{
      id: 'fraude', severity: 'critical', phase: 'investigating',
      started_at: '2026-12-04T17:15:00Z', updated_at: '2026-12-04T17:40:00Z', next_update_at: '2026-12-04T18:10:00Z',
      title: { nl: 'Valse sms\'jes', en: 'Fake texts' },
      known: links ? { nl: 'Oplichters sturen sms\'jes.', en: 'Scammers send texts.' } : { nl: 'Oplichters sturen sms\'jes. Wij sturen nooit links.', en: 'Scammers send texts. We never send links.' },
      unknown: { nl: 'Hoeveel mensen het treft.', en: 'How many people are affected.' },
      actions: [{ label, urgent: true, href }],
    }],
  };
}

const AFTER = {
  nl: 'Laat uw kaart meteen blokkeren via Card Stop (078 170 170) en bel daarna onze fraudelijn',
  en: 'Block your card at once via Card Stop (078 170 170), then call our fraud line',
};

/** Every written export's text that carries the action, in `lang`. */
function written(f, lang) {
  const noLinks = { ...f, incidents: f.incidents.map((i) => ({ ...i, known: { nl: `${i.known.nl} Wij sturen nooit links.`, en: `${i.known.en} We never send links.` } })) };
  return {
    email: x.exportEmail(f, { now: NOW, lang }).text,
    'email html without links': x.exportEmail(noLinks, { now: NOW, lang }).html,
    atom: x.exportAtom(f, { now: NOW, lang }).text,
    cap: x.exportCap(f, { now: NOW, lang }).alerts.at(-1).text,
    sms: x.exportSms(f, { now: NOW, lang }).text,
    social: x.exportSocial(f, { now: NOW, lang }).posts[0].text,
  };
}

for (const lang of ['nl', 'en']) {
  test(`${lang}: e-mail, page, Atom, CAP, SMS and social post put Card Stop's number after "Card Stop", not after the fraud line`, () => {
    for (const [name, text] of Object.entries(written(bank(), lang))) {
      assert.ok(text.includes(AFTER[lang]), `${name}: ${text}`);
      assert.ok(!/(?:fraudelijn|fraud line) \(078 170 170\)/.test(text), `${name}: ${text}`);
    }
  });

  test(`${lang}: the phone message says Card Stop's number after "Card Stop" too`, () => {
    // Not an emergency line here: the message does not say it on its own first, so the action says its number.
    const ivr = x.exportIvr(bank({ emergency: false }), { now: NOW, lang }).text;
    const said = { nl: 'via Card Stop, 078 170 170, en bel daarna onze fraudelijn.', en: 'via Card Stop, 078 170 170, then call our fraud line.' }[lang];
    assert.ok(ivr.includes(said), ivr);
    assert.ok(!/(?:fraudelijn|fraud line): 078 170 170/.test(ivr), ivr);
  });
}

test('a distinctive part of the line\'s name counts, written as one word too ("Cardstop")', () => {
  const f = bank({ cardStop: { nl: 'Card Stop (kaart blokkeren)', en: 'Card Stop (block a card)' }, label: { nl: 'Blokkeer uw kaart via Cardstop en bel daarna onze fraudelijn', en: 'Block your card via Card Stop, then call our fraud line' } });
  assert.ok(x.exportEmail(f, { now: NOW, lang: 'nl' }).text.includes('Blokkeer uw kaart via Cardstop (078 170 170) en bel daarna onze fraudelijn'));
  assert.ok(x.exportEmail(f, { now: NOW, lang: 'en' }).text.includes('Block your card via Card Stop (078 170 170), then call our fraud line'));
});

test('at the end as before: a label that names no other line after it, or does not name the line it calls', () => {
  const alone = bank({ label: { nl: 'Laat uw kaart meteen blokkeren via Card Stop, dag en nacht', en: 'Have your card blocked via Card Stop now, day and night' } });
  assert.ok(x.exportEmail(alone, { now: NOW, lang: 'nl' }).text.includes('via Card Stop, dag en nacht (078 170 170)'));
  assert.ok(x.exportEmail(alone, { now: NOW, lang: 'en' }).text.includes('via Card Stop now, day and night (078 170 170)'));
  // "your card" is not Card Stop: a part of a name counts only as the name writes it.
  const unnamed = bank({ label: { nl: 'Blokkeer uw kaart en bel daarna onze fraudelijn', en: 'Block your card, then call our fraud line' } });
  assert.ok(x.exportEmail(unnamed, { now: NOW, lang: 'nl' }).text.includes('Blokkeer uw kaart en bel daarna onze fraudelijn (078 170 170)'));
  assert.ok(x.exportEmail(unnamed, { now: NOW, lang: 'en' }).text.includes('Block your card, then call our fraud line (078 170 170)'));
});

test('a label that says the number gets nothing added, wherever it says it', () => {
  const f = bank({ label: { nl: 'Bel Card Stop op 078 170 170 en daarna onze fraudelijn', en: 'Call Card Stop on 078 170 170, then call our fraud line' } });
  for (const lang of ['nl', 'en'])
    for (const [name, text] of Object.entries(written(f, lang))) {
      assert.equal(text.split('170 170').length - 1 - (text.match(/Card Stop: 078 170 170/g)?.length ?? 0), 1, `${name}: ${text}`);
      assert.ok(!text.includes('(078 170 170)'), `${name}: ${text}`);
    }
});
