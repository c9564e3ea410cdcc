// An urgent action added in an update gave way to that update's news on the phone line. An energy company's 02:10 update
// added "If you smell gas, leave the house at once … call 0800 9009" beside three new sentences on its repair crews: the
// message kept the crews and left out the gas action (and, with the gas action first, the care line heard at 00:40). A
// water utility's update added the boil instruction and the message kept the flushing of its pipes instead. Now every
// urgent action of the lead incident, new or heard before, gives way only after every sentence of what we know that may
// go, and one added in the update is said first among them (ivr-action-rank.ts). Fixed clocks; Dutch and English.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { exportIvr } = await importTs('src/export/ivr.ts');
const { knownBeforeActions, newFirst, restOverNews } = await importTs('src/export/ivr-action-rank.ts');

const T = (nl, en) => ({ nl, en });
/** 02:12 and 10:02 in the Netherlands, Tuesday 15 December 2026. */
const GAS_NOW = Date.parse('2026-12-15T01:12:00Z');
const WATER_NOW = Date.parse('2026-12-15T09:02:00Z');

const CARE = { label: T('Geen verwarming en heeft u thuis zorg nodig? Bel onze zorglijn: 088 555 0123.', 'No heating and do you need care at home? Call our care line: 088 555 0123.'), href: 'tel:+31885550123', urgent: true };
const GAS = { label: T('Ruikt u gas? Ga direct naar buiten, laat de deur open en bel buiten 0800 9009.', 'If you smell gas, leave the house at once, leave the door open and call 0800 9009 once outside.'), href: 'tel:+318009009', urgent: true };
/** What each action says however the message puts it (a lead-in said by the emergency line before it goes). */
const SAID = { care: T('Bel onze zorglijn', 'Call our care line'), gas: T('Ga direct naar buiten, laat de deur open', 'leave the house at once, leave the door open') };

/** A gas network after its 02:10 update: the 00:40 texts in the history, news on the repair crews, the gas action added. */
function gasFeed(actions = [CARE, GAS]) {
  return {
    type: 'status', version: 1, feed_id: 'enexo', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Enexo', url: 'https://www.enexo.example' }, status_url: 'https://www.enexo.example/storingen',
    channels: [
      { id: 'gas', kind: 'phone', label: T('Ruikt u gas? Bel direct', 'Smell gas? Call now'), href: 'tel:+318009009', emergency: true, reason: T('Bij gaslucht', 'If you smell gas') },
      { id: 'service', kind: 'phone', label: T('Klantenservice', 'Customer service'), href: 'tel:+31885550000', opening_hours: '24/7', wait_minutes: 15 },
    ],
    incidents: [{
      id: 'gas-zwolle', severity: 'major', phase: 'identified', title: T('Geen gas in Zwolle-Zuid', 'No gas in Zwolle-Zuid'),
      started_at: '2026-12-14T22:15:00Z', updated_at: '2026-12-15T01:10:00Z', next_update_at: '2026-12-15T03:10:00Z',
      known: T(
        'Sinds 23:15 is er geen gas in Zwolle-Zuid. Ongeveer 4.000 huishoudens hebben geen verwarming. Zes ploegen monteurs werken nu aan de hoofdleiding bij de Dijkstraat. Zij vervangen een stuk leiding van twintig meter dat bij graafwerk is geraakt. Daarna lopen zij huis voor huis langs om de gasmeters weer open te zetten. Wij verwachten dat de eerste huizen rond 08:00 weer gas hebben.',
        'Since 23:15 there is no gas in Zwolle-Zuid. About 4,000 households have no heating. Six repair crews are now working on the main pipe at Dijkstraat. They are replacing twenty metres of pipe that was hit during digging works. After that they go from house to house to turn the gas meters back on. We expect the first homes to have gas again around 08:00.',
      ),
      unknown: T('We weten nog niet hoe lang het herstel duurt.', 'We do not know yet how long the repair will take.'),
      actions: structuredClone(actions),
      updates: [{ at: '2026-12-14T23:40:00Z', known: T('Sinds 23:15 is er geen gas in Zwolle-Zuid. Ongeveer 4.000 huishoudens hebben geen verwarming.', 'Since 23:15 there is no gas in Zwolle-Zuid. About 4,000 households have no heating.'), unknown: T('We weten nog niet wat de oorzaak is.', 'We do not know the cause yet.') }],
    }],
  };
}

const WATER = {
  store: { label: T('Heeft u thuis zorg of een zuigeling? Zet alvast flessen water klaar; op de Markt delen wij gratis water uit.', 'Do you care for someone at home or a baby? Keep bottled water ready; we hand out free water on the Markt.'), urgent: true },
  boil: { label: T('Kook kraanwater minstens 1 minuut voordat u het drinkt of er eten mee klaarmaakt.', 'Boil tap water for at least 1 minute before you drink it or cook with it.'), who: T('U woont in Leiden-Noord', 'You live in Leiden-Noord'), urgent: true },
};
/** A water utility after its 10:00 update: the main repaired, dirt in the pipes, a boil instruction added. */
function waterFeed(actions = [WATER.store, WATER.boil]) {
  return {
    type: 'status', version: 1, feed_id: 'rijnland', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Waterbedrijf Rijnland', url: 'https://www.rijnlandwater.example' }, status_url: 'https://www.rijnlandwater.example/storingen',
    channels: [{ id: 'storing', kind: 'phone', label: T('Storingslijn', 'Fault line'), href: 'tel:+31885551234', opening_hours: '24/7', wait_minutes: 20, reason: T('Veel mensen bellen over de storing', 'Many people are calling about the fault') }],
    incidents: [{
      id: 'water-leiden', severity: 'major', phase: 'identified', title: T('Kookadvies en lage waterdruk in Leiden-Noord', 'Boil water advice and low pressure in Leiden-Noord'),
      started_at: '2026-12-15T04:30:00Z', updated_at: '2026-12-15T09:00:00Z', next_update_at: '2026-12-15T13:00:00Z',
      known: T(
        'Door een breuk in een hoofdleiding is de waterdruk in Leiden-Noord laag. Ongeveer 9.000 huishoudens hebben weinig of geen water. Bij de reparatie is vuil in de leiding gekomen; het water kan bacteriën bevatten. Onze monteurs hebben de breuk om 09:30 gerepareerd en spoelen nu de leidingen door. Wij nemen vandaag en morgen monsters van het water.',
        'A burst main has left water pressure low in Leiden-Noord. About 9,000 households have little or no water. During the repair dirt got into the pipe; the water may contain bacteria. Our crews repaired the main at 09:30 and are now flushing the pipes. We are testing the water today and tomorrow.',
      ),
      unknown: T('We weten nog niet wanneer het kookadvies wordt opgeheven.', 'We do not know yet when the boil water advice will be lifted.'),
      actions: structuredClone(actions),
      updates: [{ at: '2026-12-15T05:00:00Z', known: T('Door een breuk in een hoofdleiding is de waterdruk in Leiden-Noord laag. Ongeveer 9.000 huishoudens hebben weinig of geen water.', 'A burst main has left water pressure low in Leiden-Noord. About 9,000 households have little or no water.') }],
    }],
  };
}
const BOIL = T('Kook kraanwater minstens 1 minuut', 'Boil tap water for at least 1 minute');
const STORE = T('Zet alvast flessen water klaar', 'Keep bottled water ready');

/** No urgent action of `id` is left out; the message fits, and what made room came from what we know. */
function everyAction(ivr, id, says, label) {
  assert.ok(ivr.fits, `${label}: ${ivr.seconds}`);
  for (const s of says) assert.ok(ivr.text.includes(s), `${label}: "${s}" is said\n${ivr.text}\n${ivr.dropped}`);
  assert.deepEqual(ivr.dropped.filter((k) => k.startsWith(`todo-${id}`)), [], `${label}: ${ivr.dropped}`);
  assert.ok(ivr.dropped.some((k) => /^known-\d+$/.test(k)), `${label}: the news was shortened: ${ivr.dropped}`);
}

test('gas network, 02:10: the gas action added beside news on the repair crews is said, and the care line heard before', () => {
  for (const lang of ['nl', 'en']) {
    for (const [order, actions] of [['gas second', [CARE, GAS]], ['gas first', [GAS, CARE]]]) {
      const ivr = exportIvr(gasFeed(actions), { lang, now: GAS_NOW });
      everyAction(ivr, 'gas-zwolle', [SAID.gas[lang], SAID.care[lang]], `${lang}, ${order}`);
      // The news is shortened, not left out: its first new sentence stays.
      assert.ok(ivr.text.includes(lang === 'nl' ? 'Zes ploegen monteurs werken nu aan de hoofdleiding bij de Dijkstraat.' : 'Six repair crews are now working on the main pipe at Dijkstraat.'), `${lang}, ${order}: ${ivr.text}`);
    }
  }
});

test('water utility: the boil instruction added in the update is said, and the bottled-water action heard before', () => {
  for (const lang of ['nl', 'en']) {
    for (const [order, actions] of [['boil second', [WATER.store, WATER.boil]], ['boil first', [WATER.boil, WATER.store]]]) {
      const ivr = exportIvr(waterFeed(actions), { lang, now: WATER_NOW });
      everyAction(ivr, 'water-leiden', [BOIL[lang], STORE[lang]], `${lang}, ${order}`);
    }
  }
});

test('an urgent action added in the update (it names what the news names) is said first among the urgent actions', () => {
  const added = { ...GAS, label: T('Woont u aan de Dijkstraat en ruikt u gas? Ga direct naar buiten, laat de deur open en bel buiten 0800 9009.', 'Do you live on Dijkstraat and smell gas? Leave the house at once, leave the door open and call 0800 9009 once outside.') };
  for (const lang of ['nl', 'en']) {
    const ivr = exportIvr(gasFeed([CARE, added]), { lang, now: GAS_NOW });
    everyAction(ivr, 'gas-zwolle', [SAID.care[lang]], lang);
    const gas = ivr.text.indexOf(lang === 'nl' ? 'Woont u aan de Dijkstraat' : 'Do you live on Dijkstraat');
    assert.ok(gas > 0 && gas < ivr.text.indexOf(SAID.care[lang]), `${lang}: ${ivr.text}`);
  }
});

test('knownBeforeActions: a sentence of what we know, or the first sentence heard before, goes before an action; the rest keeps its place', () => {
  const step = (key, extra = {}, shorten = false) => ({ p: { key, optional: 1, ...extra }, shorten });
  const order = [step('hello'), step('todo-a-2', { act: true }), step('known-3'), step('also-b'), step('what', { shortAt: { key: 'summary' } }, true), step('todo-a', { act: true }, true), step('known-2')];
  assert.deepEqual(knownBeforeActions(order).map((s) => s.p.key), ['hello', 'known-3', 'what', 'known-2', 'todo-a-2', 'also-b', 'todo-a']);
  // No action: as it was.
  assert.deepEqual(knownBeforeActions(order.filter((s) => !s.p.act)).map((s) => s.p.key), ['hello', 'known-3', 'also-b', 'what', 'known-2']);
  assert.deepEqual(newFirst([{ key: 'todo-a' }, { key: 'todo-a-rest' }, { key: 'todo-a-2' }, { key: 'todo-a-3' }], new Set(['todo-a-3'])).map((t) => t.key), ['todo-a-3', 'todo-a', 'todo-a-rest', 'todo-a-2']);
});

test('restOverNews: the later sentences of an action heard before do not come back while a sentence of the news is left out', () => {
  const rest = { key: 'todo-a-rest', optional: 1.5 };
  const news = { key: 'known-3', optional: 0.4 };
  const old = { key: 'known-4', optional: 3.2 };
  assert.equal(restOverNews(rest, [rest, news, old], [old]), true);
  assert.equal(restOverNews(rest, [rest, news, old], [news]), false);
  assert.equal(restOverNews({ ...rest, act: true }, [rest, news], []), false);
});

test('an action said without the question the emergency line asked keeps the space before its number: "bel buiten 0800 9009"', () => {
  const ivr = exportIvr(gasFeed([GAS, CARE]), { lang: 'nl', now: GAS_NOW });
  assert.ok(ivr.text.includes('Ga direct naar buiten, laat de deur open en bel buiten 0800 9009.'), ivr.text);
  assert.match(ivr.ssml, /bel buiten <prosody/, ivr.ssml);
  assert.doesNotMatch(ivr.text, /\p{L}0800/u, ivr.text);
});
