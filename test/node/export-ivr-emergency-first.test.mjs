// The phone message says the emergency lines right after its opening (the greeting, the title and the first sentence of
// what we know), before the rest of what we know and the actions, as utilities' and hospitals' own lines do. Before,
// a caller waiting with a gas smell heard "Gaslucht? Bel direct: hang op en bel 0800 9009." only after every sentence of
// what we know and the incident's actions (demo/energy: 25 s in), a hospital's callers 999 after the outpatient news.
// The 45-second budget is unchanged: an emergency line is never what is left out. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, xmllint } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-03T14:45:00Z');
const phone = (id, label, href, more = {}) => ({ id, kind: 'phone', label, href, ...more });
const incident = (id, title, known, actions, more = {}) => ({
  id, title, known, actions, severity: 'major', phase: 'investigating',
  started_at: '2026-12-03T13:30:00Z', updated_at: '2026-12-03T14:00:00Z', next_update_at: '2026-12-03T16:00:00Z', ...more,
});
const feed = (feed_id, time_zone, publisher, channels, incidents) => ({
  type: 'status', version: 1, feed_id, time_zone, publisher: { name: publisher, url: `https://www.${feed_id}.example` }, channels, incidents,
});

/**
 * An English NHS trust: 999 and NHS 111 as its emergency lines, a temporary appointments line to wait on. Its urgent
 * reason offers both: a public emergency number is said on the queue only then (ivr-called-for.ts, trial S).
 */
const hospital = () => ({ ...hospitalFeed(), contact_reasons: [{ id: 'urgent-care', label: { en: 'I need urgent care' }, urgent: true, channels: ['999', '111'] }] });
const hospitalFeed = () => feed('nhs-example-trust', 'Europe/London', 'Example NHS Foundation Trust', [
  phone('phone', { en: 'Temporary appointments line' }, 'tel:+447700900123', { wait_minutes: 30, reason: { en: 'Only two lines while our phone system is down' } }),
  { id: 'web', kind: 'web', label: { en: 'Trust website' }, href: 'https://www.nhs-example-trust.example/cyber' },
  phone('999', { en: 'A life in danger: 999' }, 'tel:999', { emergency: true }),
  phone('111', { en: 'NHS 111' }, 'tel:111', { emergency: true }),
], [incident('cyber', { en: 'Cyber attack: outpatient appointments cancelled, A&E open' },
  { en: 'Our phone lines are down. Outpatient appointments today are cancelled. A&E is open.' },
  [{ label: { en: 'Do not come in for an outpatient appointment today' }, who: { en: 'You have an outpatient appointment today' }, urgent: true }],
  { severity: 'critical' })]);

/** A Dutch gas network: the gas smell line as its emergency line. */
const gas = (known) => feed('netbeheer-oost', 'Europe/Amsterdam', 'Netbeheer Oost', [
  phone('ks', { nl: 'Klantenservice', en: 'Customer service' }, 'tel:+31301234567', { wait_minutes: 40, reason: { nl: 'veel telefoontjes', en: 'many calls' } }),
  { id: 'web', kind: 'web', label: { nl: 'Storingskaart', en: 'Outage map' }, href: 'https://www.netbeheer-oost.example/kaart' },
  phone('gas', { nl: 'Gaslucht? Bel direct', en: 'Smell gas? Call now' }, 'tel:+318009009', { emergency: true }),
], [incident('gasstoring', { nl: 'Geen gas in Deventer-Zuid', en: 'No gas in Deventer-Zuid' }, known ?? {
  nl: 'Sinds half twee hebben ongeveer 800 huizen in Deventer-Zuid geen gas. Een monteur is onderweg. We sluiten daarna elk huis weer aan; daarvoor komen we langs.',
  en: 'Since half past one about 800 homes in Deventer-Zuid have no gas. An engineer is on the way. We then reconnect every home; we will visit you for that.',
}, [{ label: { nl: 'Draai de gaskraan van uw cv-ketel en fornuis dicht', en: 'Turn off the gas tap of your boiler and cooker' }, urgent: true }])]);

/** A bank: its 24-hour fraud line as its emergency line. */
const bank = () => feed('voorbeeldbank', 'Europe/Amsterdam', 'Voorbeeldbank', [
  phone('ks', { nl: 'Klantenservice', en: 'Customer service' }, 'tel:+31201234567', { wait_minutes: 25, reason: { nl: 'veel vragen over de storing', en: 'many questions about the outage' } }),
  phone('fraud', { nl: 'Fraudelijn (24 uur)', en: 'Fraud line (24 hours)' }, 'tel:+31207654321', { emergency: true }),
], [incident('pin', { nl: 'Pinnen en de app werken niet', en: 'Card payments and the app are down' }, {
  nl: 'Sinds 14.00 uur werken pinnen en de app niet. De oorzaak is een storing in ons rekencentrum. Uw geld is veilig.',
  en: 'Since 2 pm card payments and the app are down. The cause is a fault in our data centre. Your money is safe.',
}, [{ label: { nl: 'Betaal contant of met een creditcard', en: 'Pay in cash or by credit card' }, who: { nl: 'U moet nu betalen', en: 'You need to pay now' }, urgent: true }])]);

/** The message's sentences as the SSML separates them (its pauses), as text. */
const sentences = (ivr) => ivr.ssml.replace(/^<speak><lang[^>]*>|<\/lang><\/speak>$/g, '').split(/<break[^>]*\/>/).map((s) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'));

const CASES = [
  ['a hospital (en-GB): 999 and NHS 111', hospital(), 'en',
    'Cyber attack: outpatient appointments cancelled, A&E open. Our phone lines are down.',
    ['A life in danger: hang up and call 999.', 'NHS 111: hang up and call 111.'],
    'Outpatient appointments today are cancelled.'],
  ['a gas network (nl): the gas smell line', gas(), 'nl',
    'Geen gas in Deventer-Zuid. Sinds half twee hebben ongeveer 800 huizen in Deventer-Zuid geen gas.',
    ['Gaslucht? Bel direct: 0800 9009. Hang eerst op en bel dan dat nummer.'], 'Een monteur is onderweg.'],
  ['a gas network (en)', gas(), 'en',
    'No gas in Deventer-Zuid. Since half past one about 800 homes in Deventer-Zuid have no gas.',
    ['Smell gas? Call now: 0800 9009. Hang up first, then call that number.'], 'An engineer is on the way.'],
  ['a bank (nl): the fraud line', bank(), 'nl',
    'Pinnen en de app werken niet. Sinds 14.00 uur werken pinnen en de app niet.',
    ['Fraudelijn, 24 uur: hang op en bel 020 765 4321.'], 'De oorzaak is een storing in ons rekencentrum.'],
];

for (const [name, f, lang, opening, emergency, next] of CASES) {
  test(`${name}: the emergency lines right after the title and the first sentence, before the rest`, async () => {
    const ivr = x.exportIvr(f, { lang, now: NOW });
    const said = sentences(ivr).filter((s) => !/^(Welkom bij|Welcome to)/.test(s));
    assert.deepEqual(said.slice(0, emergency.length + 2), [opening, ...emergency, next], ivr.text);
    assert.ok(ivr.text.includes(`${opening} ${emergency.join(' ')} ${next} `), ivr.text);
    assert.ok(ivr.fits, `${ivr.seconds} s`);
    assert.ok((await xmllint(ivr.ssml)).valid);
  });
}

test('too long for 45 seconds: what is left out goes, the emergency line stays right after the opening', () => {
  const long = gas({
    nl: `Sinds half twee hebben ongeveer 800 huizen in Deventer-Zuid geen gas. ${Array.from({ length: 6 }, (_, i) => `Monteur ${i + 1} werkt aan de leiding in de straten rond het winkelcentrum.`).join(' ')}`,
  });
  const ivr = x.exportIvr(long, { lang: 'nl', now: NOW });
  assert.ok(ivr.fits, `${ivr.seconds} s`);
  assert.ok(ivr.dropped.some((d) => d.startsWith('known-')), ivr.dropped.join());
  assert.ok(!ivr.dropped.includes('emergency'), ivr.dropped.join());
  assert.match(ivr.text, /^(Welkom bij Netbeheer Oost\. )?Geen gas in Deventer-Zuid\. Sinds half twee hebben ongeveer 800 huizen in Deventer-Zuid geen gas\. Gaslucht\? Bel direct: 0800 9009\. Hang eerst op en bel dan dat nummer\. /);
  // A first sentence so long that it goes too: the title, then the emergency line.
  const longer = gas({ nl: `In Deventer-Zuid hebben ${Array.from({ length: 40 }, (_, i) => `de huizen aan straat ${i + 1}`).join(', ')} geen gas.` });
  const short = x.exportIvr(longer, { lang: 'nl', now: NOW });
  assert.ok(short.dropped.includes('summary'), short.dropped.join());
  assert.match(short.text, /^(Welkom bij Netbeheer Oost\. )?Geen gas in Deventer-Zuid\. Gaslucht\? Bel direct: 0800 9009\. Hang eerst op en bel dan dat nummer\. /);
});
