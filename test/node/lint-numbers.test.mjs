// A UK bank's desk (Europe/London) typed "Bel direct ons fraudenummer 0800 028 1243" in an action while its fraud line is
// 0800 028 1234 (tel:+448000281234): nothing warned (number-near-channel). A channel or action on a number that costs callers
// per minute (0900, 09/084/087, 070/090x) went out without a word either (costly-number). Pure module, from src/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');

const NOW = Date.parse('2026-12-03T07:00:00Z');
const phone = (id, label, href, more = {}) => ({ id, kind: 'phone', label: { nl: label, en: label }, href, ...more });
const doc = (zone, channels, { known = 'Betalen met de pas lukt niet.', actions = [] } = {}) => ({
  type: 'status',
  version: 1,
  feed_id: 'bank',
  time_zone: zone,
  publisher: { name: 'Bank', url: 'https://bank.example' },
  channels,
  incidents: [
    {
      id: 'payments',
      title: { nl: 'Storing betalingen', en: 'Payments down' },
      severity: 'major',
      phase: 'identified',
      started_at: '2026-12-03T06:00:00Z',
      updated_at: '2026-12-03T06:50:00Z',
      known: { nl: known, en: known },
      unknown: { nl: 'Hoe lang het duurt.', en: 'How long it lasts.' },
      next_update_at: '2026-12-03T07:30:00Z',
      actions,
    },
  ],
});
const found = (d, rule, lang = 'en') => lintDocument(d, { now: NOW, lang }).filter((f) => f.rule === rule);
const near = (d, lang) => found(d, 'number-near-channel', lang);

const FRAUD = phone('fraud', 'Fraudelijn', 'tel:+448000281234', { emergency: true });

test('a British desk\'s fraud number with two digits swapped in an action is named, with the channel and both numbers as dialled', () => {
  const d = doc('Europe/London', [FRAUD], { actions: [{ label: { nl: 'Bel direct ons fraudenummer 0800 028 1243', en: 'Call our fraud line now on 0800 028 1243' }, urgent: true }] });
  const [nl, en] = [near(d, 'nl'), near(d, 'en')];
  assert.deepEqual(nl.map((f) => f.path), ['incidents/0/actions/0/label/nl', 'incidents/0/actions/0/label/en']);
  assert.equal(nl[0].message, "in ‘0800 028 1243’ staan twee cijfers omgewisseld ten opzichte van 0800 028 1234, het nummer van ‘Fraudelijn’: wie het belt, kan bij een onbekende of een oplichter uitkomen");
  assert.match(nl[0].fix, /is 0800 028 1234 bedoeld, schrijf dat dan/);
  assert.match(en[0].message, /^“0800 028 1243” has two digits swapped compared with 0800 028 1234, the number of “Fraudelijn”: a reader who calls it may reach a stranger, or a scammer$/);
  assert.match(en[0].fix, /if 0800 028 1234 is meant, write that/);
});

test('one digit off, in Dutch, British and Belgian forms, in the texts lint walks', () => {
  const dutch = doc('Europe/Amsterdam', [phone('k', 'Klantenservice', 'tel:+31881234567')], { known: 'Bel 088-123 4568 als u vragen hebt.' });
  assert.deepEqual(near(dutch).map((f) => f.path), ['incidents/0/known/nl', 'incidents/0/known/en']);
  assert.match(near(dutch, 'nl')[0].message, /^‘088-123 4568’ verschilt één cijfer van 088 123 4567, het nummer van ‘Klantenservice’/);
  // The international form, and the British "(0)", in a channel's reason.
  const british = doc('Europe/London', [FRAUD, phone('cs', 'Customer service', 'tel:+442079460018', { wait_minutes: 40, reason: { nl: 'Druk; fraude: +44 (0)800 028 1284', en: 'Busy; fraud: +44 (0)800 028 1284' } })]);
  assert.deepEqual(near(british).map((f) => f.path), ['channels/1/reason/nl', 'channels/1/reason/en']);
  // A Belgian number with its slash, in a contact reason's name, against an action's number.
  const belgian = doc('Europe/Brussels', [phone('k', 'Klantendienst', 'tel:+3231234567')], { actions: [{ label: { nl: 'Bel de pannedienst', en: 'Call the breakdown line' }, href: 'tel:+3250123456' }] });
  belgian.contact_reasons = [{ id: 'panne', label: { nl: 'Panne? 050/12 34 65', en: 'Breakdown? 050/12 34 65' }, channels: ['k'] }];
  const [be] = near(belgian, 'nl');
  assert.equal(be.path, 'contact_reasons/0/label/nl');
  assert.match(be.message, /^in ‘050\/12 34 65’ staan twee cijfers omgewisseld ten opzichte van 050 12 34 56, het nummer van de actie ‘Bel de pannedienst’/);
});

test('an American number written with its area code in brackets is read whole: a swapped digit in it is named (trial Y)', () => {
  // A water utility's supervisor typed "(312) 555-0104" for its 24/7 line (312) 555-0140: nothing warned, in lint or the studio.
  const line = phone('emergency', 'Water emergency line', 'tel:+13125550140', { emergency: true });
  for (const written of ['(312) 555-0104', '+1 (312) 555-0104', '1 (312) 555-0104', '(312)555-0104']) {
    const [f] = near(doc('America/Chicago', [line], { known: `If you have no water call ${written}.` }));
    assert.ok(f, written);
    assert.equal(f.path, 'incidents/0/known/nl');
    assert.match(f.message, new RegExp(`^“${written.replace(/[()+]/g, '\\$&')}” has two digits swapped compared with \\(312\\) 555-0140, the number of “Water emergency line”`));
  }
  // The line itself, in brackets or not, and 911 or 311, are quiet.
  assert.deepEqual(near(doc('America/Chicago', [line], { known: 'Call (312) 555-0140, 312-555-0140 or +1 (312) 555-0140 (24/7). In danger, call 911; 311 for the city.' })), []);
});

test('an urgent action linked to a slip of the emergency line is named as that, not "add it as an emergency line" (trial Y)', () => {
  // `update --add-action "Call our emergency line" --urgent --link "(312) 555-0104"`: the only finding was
  // emergency-channel-missing, whose first fix would publish the typo as an emergency line beside 911.
  const line = phone('emergency', 'Water emergency line', 'tel:+13125550140', { emergency: true });
  const d = doc('America/Chicago', [line], { actions: [{ label: { nl: 'Bel onze nooddienst', en: 'Call our emergency line' }, href: 'tel:+13125550104', urgent: true }] });
  const [f, more] = near(d);
  assert.equal(more, undefined);
  assert.equal(f.path, 'incidents/0/actions/0/href');
  assert.match(f.message, /^“\(312\) 555-0104” has two digits swapped compared with \(312\) 555-0140, the number of “Water emergency line”/);
  assert.deepEqual(found(d, 'emergency-channel-missing'), []);
  // Another number on an urgent action is still asked to be an emergency line; the action's number in a text is not a slip.
  const other = doc('America/Chicago', [line], { known: 'Call (312) 555-0177 if you have no water.', actions: [{ label: { nl: 'Bel', en: 'Call our crew line' }, href: 'tel:+13125550177', urgent: true }] });
  assert.deepEqual(near(other), []);
  assert.equal(found(other, 'emergency-channel-missing').length, 1);
});

test('no warning for the channel\'s own number, public numbers, other numbers or a feed whose country is not known', () => {
  const quiet = (zone, channels, known) => assert.deepEqual(near(doc(zone, channels, { known })), [], `${zone}: ${known}`);
  quiet('Europe/London', [FRAUD], 'Call 0800 028 1234 (24/7), +44 800 028 1234 or 0044 800 028 1234. In danger, call 999 or 112; 101 for the police.');
  quiet('Europe/London', [FRAUD], 'Call 020 7946 0018 or 0345 600 1234.');
  quiet('Europe/Brussels', [phone('w', 'Wachtpost', 'tel:+3250123456')], 'Bel 1733, 112, 1813 of 101. Betaal via BE68 5390 0754 7034.');
  quiet('Europe/Amsterdam', [phone('z', 'Zelfmoordpreventie', 'tel:+318000114')], 'Bel 113 of 0800-0113.');
  quiet('Europe/Amsterdam', [phone('k', 'Klantenservice', 'tel:+31881234567')], 'Tussen 10.00 en 12.00 uur, op 03-12-2026.');
  // A national number cannot be read without the country: the feed's zone does not say it.
  quiet('Asia/Tokyo', [phone('k', 'Service', 'tel:+81312345678')], 'Call 03 1234 5687.');
});

test('a paid number on a channel or action is named, with what it costs and what to give instead, by country', () => {
  const nl = found(doc('Europe/Amsterdam', [phone('k', 'Klantenservice', 'tel:+319001234567')]), 'costly-number', 'nl');
  assert.deepEqual(nl.map((f) => f.path), ['channels/0/href']);
  assert.equal(nl[0].message, '‘Klantenservice’ (0900 123 4567) is een betaalnummer (0900): bellers betalen per minuut terwijl ze wachten, en in een crisis bellen mensen vaak en wachten ze lang');
  assert.match(nl[0].fix, /gratis 0800-nummer of een 088-nummer/);
  // Trial Q, a hospital: its patients are no "klanten", and the GP service's 0900 line is not the hospital's to change.
  assert.match(nl[0].fix, /^Geef bellers voor de crisis .*Is het de lijn van een andere organisatie, zoals een huisartsenpost\? Laat hem dan staan/);
  assert.doesNotMatch(nl[0].fix, /klanten/);
  const uk = (href) => found(doc('Europe/London', [FRAUD], { actions: [{ label: { nl: 'Bel ons', en: 'Call us' }, href }] }), 'costly-number');
  for (const [href, prefix] of [['tel:+449061234567', '0906'], ['tel:+448451234567', '0845'], ['tel:+448701234567', '0870']]) {
    const [f] = uk(href);
    assert.equal(f?.path, 'incidents/0/actions/0/href', href);
    assert.match(f.message, new RegExp(`^the number 0\\d{3} \\d{3} \\d{4} is a paid number \\(${prefix}\\): callers pay per minute while they wait`), href);
    assert.match(f.fix, /free 0800 or 0808 number or a normal-rate 03 number/);
  }
  const be = (href) => found(doc('Europe/Brussels', [phone('k', 'Klantendienst', href)]), 'costly-number', 'nl');
  assert.match(be('tel:+3270123456')[0].message, /betaalnummer \(070\)/);
  assert.match(be('tel:+32902123456')[0].message, /betaalnummer \(0902\)/);
});

test('free, normal-rate and public numbers are not costly', () => {
  const quiet = (zone, href) => assert.deepEqual(found(doc(zone, [phone('k', 'Lijn', href)]), 'costly-number'), [], `${zone} ${href}`);
  for (const href of ['tel:+318001234', 'tel:+31881234567', 'tel:+319008844', 'tel:+31201234567']) quiet('Europe/Amsterdam', href);
  for (const href of ['tel:+448000281234', 'tel:+443456001234', 'tel:+442079460018', 'tel:+447700900123']) quiet('Europe/London', href);
  for (const href of ['tel:+3280012345', 'tel:+3278353599', 'tel:+3231234567']) quiet('Europe/Brussels', href);
});

// Trial Q, a hospital: "Parkeer in P1" was named as jargon ("Schrijf liever 'a serious problem'"). An IT desk's "P1 incident" still is.
test('jargon: a car park "P1" is no jargon; a "P1 incident" is', () => {
  const jargon = (text) => lintDocument(doc('Europe/Amsterdam', [], { known: text }), { now: NOW }).filter((f) => f.rule === 'jargon').length;
  assert.equal(jargon('Parkeer in P1 bij de hoofdingang.'), 0);
  assert.equal(jargon('This is a P1 incident for our teams.'), 1); // the English text (Dutch has its own list)
});
