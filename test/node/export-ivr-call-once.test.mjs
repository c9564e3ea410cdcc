// The phone message, as a caller hears it. A gas network's emergency line named "Gaslucht? Bel direct" / "Smell gas? Call
// now" was said "Smell gas? Call now: hang up and call +31 800 9009." (call, twice). And the number was said twice in a
// row: "Gasstoring of gaslucht: hang op en bel 0800 9009. U ruikt gas? Ga naar buiten en bel het storingsnummer: 0800 9009."
// Now an urgent action that calls an emergency line said anyway is not said again when it only says to call it, and is
// said without the number when it says more ("go outside first"). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, xmllint } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-03T14:45:00Z');
const gas = (emergencyLabel, actions) => ({
  type: 'status', version: 1, feed_id: 'netbeheer-oost', time_zone: 'Europe/Amsterdam', publisher: { name: 'Netbeheer Oost', url: 'https://www.netbeheer-oost.example' },
  channels: [
    { id: 'ks', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31301234567', wait_minutes: 40, reason: { nl: 'veel telefoontjes', en: 'many calls' } },
    { id: 'gas', kind: 'phone', label: emergencyLabel, href: 'tel:+318009009', emergency: true },
  ],
  incidents: [{
    id: 'gasstoring', title: { nl: 'Geen gas in Deventer-Zuid', en: 'No gas in Deventer-Zuid' }, severity: 'major', phase: 'investigating',
    known: { nl: 'Sinds half twee hebben ongeveer 800 huizen geen gas.', en: 'Since half past one about 800 homes have no gas.' },
    started_at: '2026-12-03T13:30:00Z', updated_at: '2026-12-03T14:00:00Z', next_update_at: '2026-12-03T16:00:00Z', actions,
  }],
});
const sentences = (ivr) => ivr.ssml.replace(/^<speak><lang[^>]*>|<\/lang><\/speak>$/g, '').split(/<break[^>]*\/>/).map((s) => s.replace(/<[^>]+>/g, ''));
const times = (text, number) => text.split(number).length - 1;
const GAS_LINE = { nl: 'Gasstoring of gaslucht', en: 'Gas emergency or gas smell' };
const OUTSIDE = { who: { nl: 'U ruikt gas', en: 'You smell gas' }, label: { nl: 'Ga naar buiten en bel het storingsnummer', en: 'Go outside and call the emergency line' }, href: 'tel:+318009009', urgent: true };

test('an emergency line whose name tells to call is said without a second "call", in Dutch and English', async () => {
  const f = gas({ nl: 'Gaslucht? Bel direct', en: 'Smell gas? Call now' }, []);
  const nl = x.exportIvr(f, { lang: 'nl', now: NOW });
  const en = x.exportIvr(f, { lang: 'en', now: NOW });
  assert.ok(sentences(nl).includes('Gaslucht? Bel direct: 0800 9009. Hang eerst op en bel dan dat nummer.'), nl.text);
  // A Dutch feed's number as dialled in the Netherlands in English too (trials Q, R).
  assert.ok(sentences(en).includes('Smell gas? Call now: 0800 9009. Hang up first, then call that number.'), en.text);
  assert.doesNotMatch(`${nl.text} ${en.text}`, /(?:bel|call)\b[^.]*: hang (?:op en bel|up and call)/i);
  assert.ok((await xmllint(en.ssml)).valid);
  // Its number in its name after the words that say to call: said as written, not "Call now: hang up and call 999".
  const named = x.exportIvr(gas({ en: 'Call now: 0800 9009' }, []), { lang: 'en', now: NOW });
  assert.match(named.text, /Call now: 0800 9009\. Hang up first, then call that number\./);
  // A name that is no call to action keeps the usual sentence.
  assert.ok(sentences(x.exportIvr(gas(GAS_LINE, []), { lang: 'nl', now: NOW })).includes('Gasstoring of gaslucht: hang op en bel 0800 9009.'));
});

test('an urgent action that calls the emergency line just said is said without its number when it says more, left out when it does not', () => {
  const more = gas(GAS_LINE, [OUTSIDE]);
  const nl = x.exportIvr(more, { lang: 'nl', now: NOW });
  assert.equal(times(nl.text, '0800 9009'), 1, nl.text);
  assert.match(nl.text, /Gasstoring of gaslucht: hang op en bel 0800 9009\. U ruikt gas\? Ga naar buiten en bel het storingsnummer\. /);
  const en = x.exportIvr(more, { lang: 'en', now: NOW });
  assert.equal(times(en.text, '0800 9009'), 1, en.text);
  assert.match(en.text, /Gas emergency or gas smell: hang up and call 0800 9009\. You smell gas\? Go outside and call the emergency line\. /);
  // Only "call it": nothing new, not said again; with a link or with the number in its words, first action or a later one.
  for (const only of [
    { label: { nl: 'Bel direct het storingsnummer', en: 'Call the emergency line at once' }, href: 'tel:+318009009', urgent: true },
    { label: { nl: 'Ruikt u gas? Bel 0800 9009', en: 'Smell gas? Call 0800 9009' }, urgent: true },
  ]) {
    for (const actions of [[only], [{ label: { nl: 'Draai de gaskraan dicht', en: 'Turn off the gas tap' }, urgent: true }, only]]) {
      for (const lang of ['nl', 'en']) {
        const ivr = x.exportIvr(gas(GAS_LINE, actions), { lang, now: NOW });
        assert.equal(times(ivr.text.replace(/\+31 800/g, '0800'), '0800 9009'), 1, ivr.text);
        assert.doesNotMatch(ivr.text, /Bel direct het storingsnummer|Call the emergency line at once/);
        assert.ok(ivr.fits && !ivr.dropped.some((d) => d.startsWith('todo-')), ivr.dropped.join());
      }
    }
  }
  // Waiting on the emergency line itself (--channel gas), its number is not said before: the action says it.
  const own = x.exportIvr(more, { lang: 'nl', now: NOW, channel: 'gas' });
  assert.match(own.text, /U ruikt gas\? Ga naar buiten en bel het storingsnummer: 0800 9009\./);
});

// A hospital's switchboard message said "Life-threatening emergency: call 999. … NHS 111: … In a life-threatening
// emergency, call 999. For urgent care that is not an emergency, call NHS 111.": its urgent action names both lines in
// words, each after a condition written as a clause, so it was taken as saying more than to call them.
test('an urgent action that only calls lines said anyway, each after a condition clause ("In an emergency, call 999"), is not said again', () => {
  const clause = [
    { label: { nl: 'Bij levensgevaar, bel 0800 9009. Als u twijfelt, bel 0800 9009.', en: 'In a life-threatening emergency, call 0800 9009. For advice that is not an emergency, call 0800 9009.' }, urgent: true },
  ];
  for (const lang of ['nl', 'en']) {
    const ivr = x.exportIvr(gas(GAS_LINE, clause), { lang, now: NOW });
    assert.equal(times(ivr.text.replace(/\+31 800/g, '0800'), '0800 9009'), 1, ivr.text);
    assert.doesNotMatch(ivr.text, /Bij levensgevaar|life-threatening/, ivr.text);
  }
  // A clause that tells what to do still counts: said, without the number again.
  const more = [{ label: { nl: 'Bij gaslucht, ga naar buiten en bel 0800 9009', en: 'If you smell gas, go outside and call 0800 9009' }, urgent: true }];
  const nl = x.exportIvr(gas(GAS_LINE, more), { lang: 'nl', now: NOW });
  assert.match(nl.text, /Bij gaslucht, ga naar buiten en bel/, nl.text);
  const en = x.exportIvr(gas(GAS_LINE, more), { lang: 'en', now: NOW });
  assert.match(en.text, /If you smell gas, go outside and call/, en.text);
  assert.equal(times(en.text, 'hang up and call 0800 9009'), 1, en.text);
  // A long clause after "When" tells what to do, even without a comma before the call: said.
  const long = [{ label: { en: 'When the gas comes back on switch on one appliance at a time, or call 0800 9009' }, urgent: true }];
  assert.match(x.exportIvr(gas(GAS_LINE, long), { lang: 'en', now: NOW }).text, /switch on one appliance at a time/);
});
