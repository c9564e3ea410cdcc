// Trial W (finding 12): an Irish gas network's desk typed "If you smell gas call 0800 111 999" (the British gas emergency
// number) while the feed's emergency line is 1800 20 55 55; update and lint said nothing, and the page, text messages and
// the phone message would have carried two different "smell gas" numbers (number-not-channel). Pure module, from src/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');

const NOW = Date.parse('2026-12-03T07:00:00Z');
const phone = (id, label, href, more = {}) => ({ id, kind: 'phone', label: { nl: label, en: label }, href, ...more });
const doc = (zone, channels, { known = 'Er is een gaslek in de straat.', actions = [], publisher = 'Netbeheer Zuid' } = {}) => ({
  type: 'status',
  version: 1,
  feed_id: 'gas',
  time_zone: zone,
  publisher: { name: publisher, url: 'https://gas.example' },
  channels,
  incidents: [
    {
      id: 'leak',
      title: { nl: 'Gaslek', en: 'Gas leak' },
      severity: 'major',
      phase: 'identified',
      started_at: '2026-12-03T06:00:00Z',
      updated_at: '2026-12-03T06:50:00Z',
      known: typeof known === 'string' ? { nl: known, en: known } : known,
      unknown: { nl: 'Hoe lang het duurt.', en: 'How long it lasts.' },
      next_update_at: '2026-12-03T07:30:00Z',
      actions,
    },
  ],
});
const wrong = (d, lang = 'en') => lintDocument(d, { now: NOW, lang }).filter((f) => f.rule === 'number-not-channel');

const DUTCH = [phone('gas', 'Gaslek melden', 'tel:+318009009', { emergency: true }), phone('service', 'Klantenservice', 'tel:+31881234567', { wait_minutes: 10 })];
const BRITISH = [phone('gas', 'Gas emergency line', 'tel:+44800111999', { emergency: true }), phone('service', 'Customer line', 'tel:+443301234567', { wait_minutes: 10 })];
const IRISH = [phone('emergency', 'Gas emergency line', 'tel:+3531800205555', { emergency: true })];

test('Irish feed (+353): the British gas number in "If you smell gas call …" is named, with the emergency line it should be', () => {
  const d = doc('Europe/Dublin', IRISH, { known: { en: 'If you smell gas call 0800 111 999.' }, publisher: 'Gas Networks Ireland' });
  const [f] = wrong(d);
  assert.equal(f?.path, 'incidents/0/known/en');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /^“0800 111 999” is not a number in this feed, yet the text sends people in an emergency to it: the emergency line in this feed is \S.* \(“Gas emergency line”\)$/);
  assert.match(f.fix, /write that: otherwise the page, text messages and the phone message give two different numbers/);
  // The feed's own number, however it is grouped, is fine.
  assert.deepEqual(wrong(doc('Europe/Dublin', IRISH, { known: { en: 'If you smell gas call +353 1800 20 55 55.' } })), []);
});

test('Dutch feed: a wrong number after "Ruikt u gas?" or in "bel ons" is named in Dutch, with the line it probably should be', () => {
  const d = doc('Europe/Amsterdam', DUTCH, { known: { nl: 'Ruikt u gas? Bel direct 0800 1234567.', en: 'Questions? Call us on 088 765 4321.' } });
  const [nl, en] = [wrong(d, 'nl'), wrong(d, 'en')];
  assert.deepEqual(nl.map((f) => f.path), ['incidents/0/known/nl', 'incidents/0/known/en']);
  assert.equal(nl[0].message, '‘0800 1234567’ is geen nummer uit deze feed, maar de tekst stuurt mensen in nood ernaartoe: het noodnummer in deze feed is 0800 9009 (‘Gaslek melden’)');
  assert.match(nl[0].fix, /^Is 0800 9009 bedoeld, schrijf dat dan/);
  // "Call us": the company's ordinary line, not its emergency line.
  assert.equal(en[1].message, 'the text asks people to call “088 765 4321”, which is not a number in this feed: your line in this feed is 088 123 4567 (“Klantenservice”)');
  // The storingsnummer and noodnummer words, and an action without a link of its own.
  const action = doc('Europe/Amsterdam', DUTCH, { actions: [{ label: { nl: 'Ons storingsnummer is 088 111 2222', en: 'Our emergency number is 088 111 2222' }, urgent: true }] });
  assert.deepEqual(wrong(action).map((f) => f.path), ['incidents/0/actions/0/label/nl', 'incidents/0/actions/0/label/en']);
});

test('British feed: the feed\'s own numbers, public numbers, other organisations and warned-about numbers are left alone', () => {
  const ok = (known) => assert.deepEqual(wrong(doc('Europe/London', BRITISH, { known: { en: known } })), [], known);
  ok('If you smell gas call 0800 111 999.');
  ok('In an emergency call 999, or NHS 111 if you feel unwell.');
  ok('Call us on 0330 123 4567 if you have questions.');
  ok('For medical help call your GP on 020 7946 0018 in an emergency.');
  ok('In an emergency the police can be reached on 020 7230 1212.');
  ok('Never call back 020 7946 0999: it is a scam, not our emergency line.');
  ok('The council runs a rest centre; call 01684 123456 for a place.');
  // One digit off the emergency line: number-near-channel says that, not this rule too.
  assert.deepEqual(wrong(doc('Europe/London', BRITISH, { known: { en: 'If you smell gas call 0800 111 998.' } })), []);
  // Not about an emergency or about calling the company: another number stays.
  ok('The shop on the corner (01684 123456) sells bottled water.');
  const bad = wrong(doc('Europe/London', BRITISH, { known: { en: 'Smell gas? Call 0345 600 1234 day and night.' } }));
  assert.match(bad[0]?.message ?? '', /^“0345 600 1234” is not a number in this feed, yet the text sends people in an emergency to it: the emergency line in this feed is 0800 111 ?999 \(“Gas emergency line”\)$/);
});

test('other organisations named on purpose (Card Stop, the Dutch police\'s 0900 8844) and non-emergency lines are left alone', () => {
  const belgian = doc('Europe/Brussels', [phone('fraud', 'Fraudelijn', 'tel:+3222223333', { emergency: true })], {
    known: { nl: 'Pas kwijt? In nood blokkeert u uw kaart via Card Stop op 078 170 170.', en: 'In an emergency, block your card with Card Stop: 078 170 170.' },
  });
  assert.deepEqual(wrong(belgian), []);
  const police = doc('Europe/Amsterdam', DUTCH, { known: { nl: 'Geen spoed? Bel de politie op 0900 8844.', en: 'Call the police non-emergency line on 0900 8844.' } });
  assert.deepEqual(wrong(police), []);
  // The publisher's own name before the number is no other organisation.
  const own = doc('Europe/Dublin', IRISH, { known: { en: 'Smell gas? Call Gas Networks Ireland on 0800 111 999.' }, publisher: 'Gas Networks Ireland' });
  assert.equal(wrong(own).length, 1);
});
