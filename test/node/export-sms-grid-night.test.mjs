// Trial H, a grid operator's storm night. The gas incident's SMS said "Ruikt u gas? Ga naar buiten en bel direct het
// storingsnummer." without the number, for 12 characters: an emergency line's number may now cost words of the title. The
// power SMS told every household "Bel de leverancier van het apparaat" without whom it is for (people with medical
// equipment at home); it still cannot hold it, and now says so ("who"), as the studio's preview note shows.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { shortenedInWords } = await importTs('src/export/shortened.ts');
const NOW = Date.parse('2026-12-13T03:16:00Z');
const iso = (m) => new Date(NOW + m * 60000).toISOString();
const feed = (incident) => ({
  type: 'status', version: 1, feed_id: 'oostland', time_zone: 'Europe/Amsterdam', status_url: 'https://www.netbeheer-oostland.example/storingen',
  publisher: { name: 'Netbeheer Oostland', url: 'https://www.netbeheer-oostland.example' },
  channels: [
    { id: 'gaslucht', kind: 'phone', label: 'Ruikt u gas? Bel direct 0800-9009, kies 1', href: 'tel:+318009009', emergency: true },
    { id: 'stroom', kind: 'phone', label: 'Storingsnummer stroom', href: 'tel:+318009010' },
  ],
  incidents: [{ severity: 'major', phase: 'identified', started_at: iso(-90), updated_at: iso(0), next_update_at: iso(60), known: 'Door de storm.', unknown: 'Hoe lang het duurt.', ...incident }],
});

test('the gas line\'s number is in the gas SMS, at the cost of words of the title', () => {
  const gas = feed({ id: 'gas', severity: 'critical', title: 'Gaslek in Zutphen: Berkenlaan ontruimd', actions: [{ label: 'Ruikt u gas? Ga naar buiten en bel direct het storingsnummer', href: 'tel:+318009009', urgent: true }] });
  const sms = x.exportSms(gas, { lang: 'nl', now: NOW });
  assert.ok(sms.fits && sms.characters <= 160, sms.text);
  assert.match(sms.text, /Ruikt u gas\? Ga naar buiten en bel direct het storingsnummer \(0800 9009\)\. https:/);
  assert.ok(sms.text.startsWith('Gaslek in Zutphen'), sms.text);
  assert.deepEqual(sms.shortened, ['next', 'title-shortened']);
  // An ordinary line's number still costs no word (export-sms-action-number.test.mjs).
  const taxi = structuredClone(gas);
  taxi.incidents[0].actions[0] = { label: 'Wilt u weten of uw straat ontruimd wordt? Bel ons en vraag het ons', href: 'tel:+318009010', urgent: true };
  assert.doesNotMatch(x.exportSms(taxi, { lang: 'nl', now: NOW }).text, /0800 9010/);
});

// Trial R changed this test: the SMS said "Bel de leverancier van het apparaat" to every household and only told the desk
// it had left out whom it was for. An action now goes with whom it is for, or not at all (sms-who.ts).
test('the power SMS never says the action without whom it is for: it leaves the action out, and says so', () => {
  const power = feed({ id: 'power', title: 'Stroomstoring door storm in Deventer en Zutphen, ongeveer 24.000 huishoudens', actions: [{ label: 'Bel de leverancier van het apparaat; bel 112 als er levensgevaar is.', who: 'U gebruikt thuis medische apparatuur, zoals thuisbeademing', urgent: true }] });
  const sms = x.exportSms(power, { lang: 'nl', now: NOW });
  assert.ok(!sms.text.includes('Bel de leverancier') || sms.text.includes('thuisbeademing? Bel de leverancier'), sms.text);
  assert.ok(!sms.shortened.includes('who'), `${sms.shortened}`);
  assert.match(shortenedInWords(sms.shortened, 'nl'), /de eerste actie (weggelaten|ingekort)/);
  // Said whole when it fits: no "who".
  const short = structuredClone(power);
  short.incidents[0].title = 'Stroomstoring';
  short.incidents[0].actions[0].label = 'Bel de leverancier van het apparaat.';
  short.incidents[0].next_update_at = null;
  const whole = x.exportSms(short, { lang: 'nl', now: NOW });
  assert.match(whole.text, /U gebruikt thuis medische apparatuur, zoals thuisbeademing\? Bel de leverancier/);
  assert.ok(!whole.shortened.includes('who'), whole.shortened.join());
});
