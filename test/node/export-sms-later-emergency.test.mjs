// A water company's boil-water advice had two urgent actions: "Kook uw water 3 minuten" and "Ziek na het drinken?
// Bel uw huisarts; bij levensgevaar 112". The SMS carries only the first action, so the 112 never reached it. Now the
// emergency line of a later urgent action follows the first action when that has none, kept by the rules of
// sms-emergency.ts (the next update and words of the title go first), in the SMS's one language. An SMS without such a
// line is as before. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-02T09:00:00Z');
const LINK = 'https://www.waterbedrijfzuid.example';
const SHORT = { nl: 'Kookadvies in De Hoven', en: 'Boil-water advice in De Hoven' };
const LONG = { nl: 'Kookadvies voor kraanwater in De Hoven, Lunetten, Hoograven en Tolsteeg na een storing', en: 'Boil-water advice for tap water in De Hoven, Lunetten, Hoograven and Tolsteeg after a fault' };
const BOIL = { urgent: true, label: { nl: 'Kook uw water 3 minuten', en: 'Boil your water for 3 minutes' } };
const ILL = { urgent: true, label: { nl: 'Ziek na het drinken? Bel uw huisarts; bij levensgevaar 112', en: 'Ill after drinking it? Call your GP; if life is in danger, 112' } };

function water(title, actions) {
  return {
    type: 'status', version: 1, feed_id: 'waterbedrijf-zuid', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Waterbedrijf Zuid', url: LINK },
    channels: [{ id: 'klantenservice', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31301234567' }],
    incidents: [{
      id: 'kookadvies', severity: 'major', phase: 'identified',
      started_at: '2026-12-02T06:00:00Z', updated_at: '2026-12-02T08:30:00Z', next_update_at: '2026-12-02T11:00:00Z',
      title, known: { nl: 'Er zitten bacteriën in het water.', en: 'There are bacteria in the water.' }, unknown: { nl: 'Hoe lang.', en: 'How long.' },
      actions,
    }],
  };
}

const within = (sms) => {
  assert.ok(sms.fits, sms.text);
  assert.equal(sms.encoding, 'gsm7', sms.text);
  assert.ok(sms.characters <= 160, `${sms.characters}: ${sms.text}`);
};

test('the emergency line of the second urgent action reaches the SMS, before the next update', () => {
  const sms = x.exportSms(water(SHORT, [BOIL, ILL]), { lang: 'nl', now: NOW });
  within(sms);
  assert.equal(sms.text, `Kookadvies in De Hoven. Kook uw water 3 minuten. Ziek na het drinken? Bel uw huisarts; bij levensgevaar 112. ${LINK}`);
  assert.deepEqual(sms.shortened, ['next']);
});

test('under a long title the line stays and words of the title go, in one language', () => {
  const want = {
    // Trial R: not cut after "in De", words that only link.
    nl: `Kookadvies voor kraanwater... Kook uw water 3 minuten. Ziek na het drinken? Bel uw huisarts; bij levensgevaar 112. ${LINK}`,
    en: `Boil-water advice for tap... Boil your water for 3 minutes. Ill after drinking it? Call your GP; if life is in danger, 112. ${LINK}`,
  };
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(water(LONG, [BOIL, ILL]), { lang, now: NOW });
    within(sms);
    assert.equal(sms.text, want[lang]);
    assert.deepEqual(sms.shortened, ['next', 'title-shortened']);
    assert.doesNotMatch(sms.text, lang === 'nl' ? /\b(Boil|Call|your)\b/ : /\b(Kook|Bel|uw)\b/, `${lang}: one language`);
  }
});

test("the first action's less urgent sentences go before the later action's emergency line", () => {
  const boil = { urgent: true, label: { nl: 'Kook uw water 3 minuten. Laat het afkoelen voordat u het aan kinderen geeft. Ook voor tandenpoetsen.', en: 'x' } };
  const sms = x.exportSms(water(SHORT, [boil, ILL]), { lang: 'nl', now: NOW });
  within(sms);
  assert.equal(sms.text, `Kookadvies in De Hoven. Kook uw water 3 minuten. Ziek na het drinken? Bel uw huisarts; bij levensgevaar 112. ${LINK}`);
  assert.deepEqual(sms.shortened, ['next', 'action-shortened']);
});

test('without an emergency line in a later urgent action, or with one in the first action, the SMS is as before', () => {
  const ask = { urgent: true, label: { nl: 'Vragen? Bel de klantenservice.', en: 'Questions? Call customer service.' } };
  const later = { label: { nl: 'Bij levensgevaar: bel 112.', en: 'If life is in danger: call 112.' } };
  // An urgent action without an emergency line follows in the room left (sms-urgent-more.ts, trial W), after the next update.
  assert.equal(x.exportSms(water(SHORT, [BOIL, ask]), { lang: 'nl', now: NOW }).text, `Kookadvies in De Hoven. Kook uw water 3 minuten. Vragen? Bel de klantenservice. Volgende update 12:00. ${LINK}`);
  // Only an urgent action's line is carried: a later one that is not urgent stays on the page.
  assert.equal(x.exportSms(water(SHORT, [BOIL, later]), { lang: 'nl', now: NOW }).text, `Kookadvies in De Hoven. Kook uw water 3 minuten. Volgende update 12:00. ${LINK}`);
  const own = { urgent: true, label: { nl: 'Kook uw water 3 minuten. Bij nood: bel 112.', en: 'x' } };
  // The later urgent action follows, cut where a clause ends, in the next update's room (the link has that): trial W.
  assert.equal(x.exportSms(water(SHORT, [own, ILL]), { lang: 'nl', now: NOW }).text, `Kookadvies in De Hoven. Kook uw water 3 minuten. Bij nood: bel 112. Ziek na het drinken? Bel uw huisarts. ${LINK}`);
});

test('a later emergency line too long to keep takes no room: the SMS is as without it, the next update kept', () => {
  const long = {
    urgent: true,
    label: {
      nl: 'Ziek geworden na het drinken van het kraanwater, ook als u het eerst hebt gekookt, of hebt u sinds gisteren last van buikpijn, koorts of diarree? Bel dan uw huisarts of bij levensgevaar direct 112.',
      en: 'x',
    },
  };
  const sms = x.exportSms(water(SHORT, [BOIL, long]), { lang: 'nl', now: NOW });
  assert.equal(sms.text, `Kookadvies in De Hoven. Kook uw water 3 minuten. Volgende update 12:00. ${LINK}`);
  assert.deepEqual(sms.shortened, []);
});
