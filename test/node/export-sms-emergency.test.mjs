// A British GP practice (Europe/London, English only) wrote its urgent action "Call NHS 111 if you need
// medical help today. In an emergency, call 999." under a long title: the SMS kept only the whole
// sentences that fit, so it said "Call NHS 111 if you need medical help today." and dropped the 999
// sentence. Now the emergency line (a sentence naming a channel marked emergency, a public emergency
// number or an emergency) never goes while something less important can: the action's other sentences
// go first, then the title is shortened after a word. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-02T09:00:00Z');
const LONG_TITLE = 'Our phones and online booking are down because of a cyber-attack on our IT supplier';

function practice(title, action) {
  return {
    type: 'status', version: 1, feed_id: 'riverside-medical', time_zone: 'Europe/London',
    publisher: { name: 'Riverside Medical Practice', url: 'https://www.riverside.example' },
    channels: [
      { id: 'phone', kind: 'phone', label: 'Temporary practice line', href: 'tel:+442079460321' },
      { id: '999', kind: 'phone', label: '999', href: 'tel:999', emergency: true },
      { id: 'nhs111', kind: 'phone', label: 'NHS 111', href: 'tel:111', emergency: true },
    ],
    incidents: [{
      id: 'it-supplier', severity: 'major', phase: 'identified',
      started_at: '2026-12-02T07:30:00Z', updated_at: '2026-12-02T08:30:00Z', next_update_at: '2026-12-02T10:30:00Z',
      title, known: 'Since 7.30am our phones and online booking do not work.', unknown: 'When they work again.',
      actions: [{ label: action, who: 'You need medical help today', urgent: true, href: 'tel:111' }],
    }],
  };
}

const within = (sms, limit = 160) => {
  assert.ok(sms.fits, sms.text);
  assert.equal(sms.encoding, 'gsm7', sms.text);
  assert.ok(sms.characters <= limit && sms.characters === sms.text.length, `${sms.characters}: ${sms.text}`);
};

test('the GP practice: after a long title the SMS keeps "In an emergency, call 999." and gives up words of the title', () => {
  const sms = x.exportSms(practice(LONG_TITLE, 'Call NHS 111 if you need medical help today. In an emergency, call 999.'), { now: NOW });
  within(sms);
  // Trial R: a title is not cut after a word that only links ("because of a..."): back to the word before it.
  assert.equal(sms.text, 'Our phones and online booking are down because... Call NHS 111 if you need medical help today. In an emergency, call 999. https://www.riverside.example');
  assert.deepEqual(sms.shortened, ['next', 'title-shortened']);
});

test('less urgent sentences go before the emergency line, and before the title', () => {
  const action = 'Call NHS 111 if you need medical help today. Repeat prescriptions take 5 working days. In an emergency, call 999.';
  const sms = x.exportSms(practice('Phones and online booking down', action), { now: NOW });
  within(sms);
  assert.equal(sms.text, 'Phones and online booking down. Call NHS 111 if you need medical help today. In an emergency, call 999. https://www.riverside.example');
  assert.deepEqual(sms.shortened, ['next', 'action-shortened']);
});

test('in two parts the SMS keeps its emergency line within 306 characters, and as many less urgent sentences as fit', () => {
  const action = `${'Repeat prescriptions take 5 working days, so please order them early this week. '.repeat(3)}In an emergency, call 999.`;
  const sms = x.exportSms(practice(`${LONG_TITLE} and we cannot say when they work again`, `Call NHS 111 if you need medical help today. ${action}`), { now: NOW, parts: 2 });
  within(sms, 306);
  assert.equal(sms.parts, 2);
  assert.ok(sms.text.endsWith(' In an emergency, call 999. https://www.riverside.example'), sms.text);
  assert.equal(sms.text.split('Repeat prescriptions').length - 1, 1, `the less urgent sentences went: ${sms.text}`);
});

/** A Dutch heat network, in Dutch and English, whose emergency line is its own number (not a public one). */
function heatFeed() {
  return {
    type: 'status', version: 1, feed_id: 'warmtenet-zuid', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Warmtenet Zuid', url: 'https://www.warmtenetzuid.example' },
    channels: [
      { id: 'storing', kind: 'phone', label: { nl: 'Storingslijn', en: 'Fault line' }, href: 'tel:+318001234567', emergency: true },
      { id: 'klantenservice', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31301234567' },
    ],
    incidents: [{
      id: 'geen-warmte', severity: 'major', phase: 'identified',
      started_at: '2026-12-02T06:00:00Z', updated_at: '2026-12-02T08:30:00Z', next_update_at: '2026-12-02T11:00:00Z',
      title: { nl: 'Geen verwarming en geen warm water in Utrecht-Oost, Lunetten en Hoograven', en: 'No heating and no hot water in Utrecht-Oost, Lunetten and Hoograven' },
      known: { nl: 'Een hoofdleiding is lek.', en: 'A main pipe is leaking.' },
      unknown: { nl: 'Wanneer het is gemaakt.', en: 'When it is repaired.' },
      actions: [{
        urgent: true,
        label: {
          nl: 'Kleed u warm aan. Houd ramen dicht. Te koud voor iemand die ziek is? Bel de storingslijn 0800 123 4567.',
          en: 'Dress warmly. Keep windows shut. Too cold for someone who is ill? Call the fault line on 0800 123 4567.',
        },
      }],
    }],
  };
}

test('a Dutch feed: the emergency line is found by its own number as written at home, with its question, in one language', () => {
  const want = {
    // Trial R: not cut after "in", a word that only links.
    nl: 'Geen verwarming en geen warm water... Kleed u warm aan. Te koud voor iemand die ziek is? Bel de storingslijn 0800 123 4567. https://www.warmtenetzuid.example',
    en: 'No heating and no hot water... Dress warmly. Too cold for someone who is ill? Call the fault line on 0800 123 4567. https://www.warmtenetzuid.example',
  };
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(heatFeed(), { lang, now: NOW });
    within(sms);
    assert.equal(sms.text, want[lang]);
    assert.deepEqual(sms.shortened, ['next', 'action-shortened', 'title-shortened']);
    assert.doesNotMatch(sms.text, lang === 'nl' ? /\b(Call|the|and)\b/ : /\b(Bel|de|en)\b/, `${lang}: one language`);
  }
});

test('which sentences are an emergency line', async () => {
  const { emergencyTest } = await importTs('src/export/sms-emergency.ts');
  const heat = emergencyTest(heatFeed().channels, 'nl');
  for (const s of ['In an emergency, call 999.', 'Bij nood: bel 112.', 'Bel bij levensgevaar 112.', 'Bel de storingslijn 0800 123 4567.', 'Bel 0800-1234567.', 'Call +31 800 123 4567.', 'Bel de Storingslijn.'])
    assert.ok(heat(s), s);
  for (const s of ['Bel de klantenservice 030 123 4567.', 'Kleed u warm aan.', 'Call us on 0800 1121 000.', 'Bestel uw recept op tijd.', 'Dit is noodzakelijk werk.'])
    assert.equal(heat(s), false, s);
});
