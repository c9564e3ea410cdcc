// The phone message as a caller hears it, for a British GP practice on London time and a Dutch water company: its
// numbers said as numbers, its length estimated as spoken, nothing said twice. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, xmllint } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-02T09:00:00Z');
const tel = (n) => `<prosody rate="90%"><say-as interpret-as="telephone">${n}</say-as></prosody>`;

const gp = () => ({
  type: 'status', version: 1, feed_id: 'riverside-medical', time_zone: 'Europe/London',
  publisher: { name: 'Riverside Medical Practice', url: 'https://www.riverside.example' },
  channels: [
    { id: 'phone', kind: 'phone', label: 'Practice line', href: 'tel:+442079460321', wait_minutes: 25, reason: 'many calls this morning' },
    { id: 'callback', kind: 'callback', label: 'Ask for a call back', href: 'tel:+442079460999' },
    { id: 'online', kind: 'web', label: 'Online consultation', href: 'https://www.riverside.example/consult' },
  ],
  incidents: [{
    id: 'phones', severity: 'major', phase: 'identified', started_at: '2026-12-02T07:30:00Z', updated_at: '2026-12-02T08:30:00Z', next_update_at: '2026-12-02T10:30:00Z',
    title: 'Our phone system is slow', known: 'Calls take longer to answer since 7.30am.', unknown: 'When it is fixed.',
    actions: [{ who: 'You need medical help today', label: 'Call NHS 111 if you need medical help today. In an emergency, call 999.', urgent: true, href: 'tel:111' }],
  }],
});

const water = () => ({
  type: 'status', version: 1, feed_id: 'waterbedrijf-zuid', time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Waterbedrijf Zuid', url: 'https://www.waterbedrijfzuid.example' },
  channels: [
    { id: 'klantenservice', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31301234567', wait_minutes: 30, reason: { nl: 'veel telefoontjes over de storing', en: 'many calls about the outage' } },
    { id: 'terugbellen', kind: 'callback', label: { nl: 'Terugbelverzoek inspreken', en: 'Leave a call-back request' }, href: 'tel:+31881234567' },
  ],
  incidents: [{
    id: 'lek', severity: 'major', phase: 'identified', started_at: '2026-12-02T06:00:00Z', updated_at: '2026-12-02T08:30:00Z', next_update_at: '2026-12-02T11:00:00Z',
    title: { nl: 'Geen water in Zuid-Oost', en: 'No water in Zuid-Oost' },
    known: { nl: 'Door een lek in de hoofdleiding hebben 112 woningen aan de Dorpsstraat geen water.', en: 'A burst main left 112 homes without water.' },
    unknown: { nl: 'Hoe lang het duurt.', en: 'How long it takes.' },
    actions: [{ urgent: true, who: { nl: 'U hebt vandaag dringend water nodig', en: 'You urgently need water today' }, label: { nl: 'bel 0800 0232 als u vandaag dringend water nodig hebt', en: 'Call 0800 0232 if you urgently need water today' }, href: 'tel:+318000232' }],
  }],
});

// A call-back line on tel: was marked up as an address (slow plain text), not as a telephone number a caller can note
// down: a voice may read "7946" as "seven thousand nine hundred and forty-six". A label that said its number was
// followed by it again.
test('a call-back line on tel: is said as a phone number, marked up as every other, and once', async () => {
  const en = x.exportIvr(gp(), { now: NOW });
  assert.ok(en.text.includes('Ask for a call back: 020 7946 0999. Online consultation: riverside.example/consult.'), en.text);
  assert.ok(en.ssml.includes(`Ask for a call back: ${tel('020 7946 0999')}.`), en.ssml);
  assert.ok(en.ssml.includes('Online consultation: <prosody rate="90%">riverside.example/consult</prosody>.'), 'a web address is still said slowly');
  assert.equal((await xmllint(en.ssml)).valid, true);
  const nl = x.exportIvr(water(), { lang: 'nl', now: NOW });
  assert.ok(nl.ssml.includes(`Terugbelverzoek inspreken: ${tel('088 123 4567')}.`), nl.ssml);
  assert.equal((await xmllint(nl.ssml)).valid, true);
  // A label that says its number: said where it is written, not again after it.
  const f = water();
  f.channels[1].label.nl = 'Liever teruggebeld? Spreek uw nummer in op 088 123 4567';
  const once = x.exportIvr(f, { lang: 'nl', now: NOW });
  assert.ok(once.text.includes('Liever teruggebeld? Spreek uw nummer in op 088 123 4567. '), once.text);
  assert.equal(once.text.split('088 123 4567').length, 2, once.text);
  assert.ok(once.ssml.includes(`Spreek uw nummer in op ${tel('088 123 4567')}.`), once.ssml);
});

// The 45-second estimate counted "call 999" as two words and "Bel 030 123 4567" as four: a voice says each digit.
test('the estimate counts a phone number in a sentence as the voice says it: one word per digit', () => {
  // The same message with and without the number: the difference is its digits (less the word it replaces).
  const withLabel = (f, label) => ((f.incidents[0].actions[0].label = label), f);
  const gpWith = x.exportIvr(withLabel(gp(), 'Call NHS 111 if you need medical help today. In an emergency, call 999.'), { now: NOW });
  const gpWithout = x.exportIvr(withLabel(gp(), 'Call NHS 111 if you need medical help today. In an emergency, call us.'), { now: NOW });
  assert.equal(gpWith.words - gpWithout.words, 3 - 1, `${gpWith.words} - ${gpWithout.words}`);
  const nl = (label) => {
    const f = water();
    f.incidents[0].actions[0] = { urgent: true, label: { nl: label, en: label } };
    return x.exportIvr(f, { lang: 'nl', now: NOW });
  };
  // Another number than the line the caller is on (030 123 4567), which is not said to its own callers (export-ivr-own-line).
  const [long, short] = [nl('Vragen? Bel 030 765 4321.'), nl('Vragen? Bel ons.')];
  assert.equal(long.words - short.words, 10 - 1, `${long.words} - ${short.words}`);
  // At 150 words a minute: 0.4 seconds a digit (each estimate rounded to a tenth).
  assert.ok(Math.abs(long.seconds - short.seconds - 9 * 0.4) < 0.11, `${long.seconds} - ${short.seconds}`);
});

// "You need medical help today? Call NHS 111 if you need medical help today.": the who was said, then the label said it again.
test('a who that the label says is said once: the label alone, as a sentence (en, nl; phone message and CAP)', async () => {
  const en = x.exportIvr(gp(), { now: NOW });
  assert.ok(en.text.includes("Our phone system is slow. Calls take longer to answer since 7.30am. What we don't know yet: when it is fixed. Call NHS 111 if you need medical help today. In an emergency, call 999. Expected wait"), en.text);
  assert.doesNotMatch(en.text, /You need medical help today\?/);
  // CAP is read aloud by some receivers: the same rule (whoSaid), one instruction line.
  const cap = x.exportCap(gp(), { now: NOW }).alerts.at(-1).text;
  assert.match(cap, /<instruction>Call NHS 111 if you need medical help today\. In an emergency, call 999\.<\/instruction>/, cap);
  assert.doesNotMatch(cap, /You need medical help today\?/);
  const nl = x.exportIvr(water(), { lang: 'nl', now: NOW });
  // Written to follow the who ("bel …"), it starts as a sentence.
  assert.ok(nl.text.includes(' geen water. Wat we nog niet weten: hoe lang het duurt. Bel 0800 0232 als u vandaag dringend water nodig hebt. Verwachte wachttijd'), nl.text);
  assert.ok(nl.ssml.includes(`Bel ${tel('0800 0232')} als u vandaag dringend water nodig hebt.`), nl.ssml);
  assert.equal((await xmllint(nl.ssml)).valid, true);
  const { labelSaysWho } = await importTs('src/export/plain.ts');
  const cases = [
    ['You need medical help today', 'Call NHS 111 if you need medical help today', true],
    ['U hebt vandaag medische hulp nodig', 'Bel de huisartsenpost als u vandaag medische hulp nodig heeft', true],
    ['U ruikt gas', 'bel 0800 9009 als u gas ruikt', true],
    // The label does not say it (all of it): the who is asked first, as before.
    ['U woont in De Hoven', 'Kook kraanwater 1 minuut voordat u het drinkt', false],
    ['You do not have water', 'Call 0800 0232 if you have water questions', false],
    ['You need medical help today', 'Call NHS 111 if you need help', false],
    ['U', 'Bel ons', false],
  ];
  for (const [who, label, want] of cases) assert.equal(labelSaysWho(who, label), want, `${who} / ${label}`);
});

// "Noodlijn (112)" was not marked as a phone number without a word to call ("bel", "call") before it.
test('a short number right after the name of a line is a phone number ("Noodlijn (112)"); a count, a house or a bus is not', async () => {
  const { phoneNumberSpans } = await importTs('src/export/ssml.ts');
  const nl = { time_zone: 'Europe/Amsterdam', channels: [], incidents: [] };
  const gb = { time_zone: 'Europe/London', channels: [], incidents: [] };
  const said = (feed, text) => phoneNumberSpans(feed, text).map(([a, b]) => text.slice(a, b));
  const marked = [
    [nl, 'Ziet u een gevaarlijke situatie? Noodlijn (112).', ['112']],
    [nl, 'Alarmnummer: 112', ['112']],
    [nl, 'Hulplijn 113 is dag en nacht bereikbaar.', ['113']],
    [nl, 'Politie (112) of brandweer (112).', ['112', '112']],
    [gb, 'NHS 111 is open all night.', ['111']],
    [gb, 'Helpline: 116 123.', ['116 123']],
    [gb, 'Ambulance (999).', ['999']],
  ];
  const text = [
    [nl, 'Buslijn 112 rijdt niet.', []],
    [nl, 'Lijn 112 en huisnummer 112 hebben geen water.', []],
    [nl, 'Dorpsstraat 112 en Noodlijnstraat 112.', []],
    [nl, 'Noodweer: 112 woningen zonder stroom.', []],
    [nl, 'Hulplijn: 112 meldingen vandaag.', []],
    [nl, 'Politie: 112 meldingen. Woningen zonder water (112).', []],
    [nl, 'Noodlijn open van 10:20 tot 11:30 (02-12-2026).', []],
    [nl, 'Noodlijn: € 112 of 112,50 euro.', []],
    [nl, 'Hulplijn: 1400 AB Bussum.', []],
    [gb, 'Helpline (1999) and NHS 2026 plan.', []],
  ];
  for (const [feed, t, want] of [...marked, ...text]) assert.deepEqual(said(feed, t), want, t);
  // In the message: the Dutch action says it, its number marked up.
  const f = water();
  f.incidents[0].actions[0] = { urgent: true, label: { nl: 'Ziet u een gevaarlijke situatie bij het lek? Noodlijn (112).', en: 'Danger at the leak? Emergency line (112).' } };
  const ivr = x.exportIvr(f, { lang: 'nl', now: NOW });
  // Its brackets said as a pause (export-ivr-brackets.test.mjs), the number still marked up.
  assert.ok(ivr.ssml.includes(`Noodlijn, ${tel('112')}.`), ivr.ssml);
  assert.equal((await xmllint(ivr.ssml)).valid, true);
});
