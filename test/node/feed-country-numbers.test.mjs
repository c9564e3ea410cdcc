// Trials Q (a Dutch hospital) and R (a Dutch grid operator), both with Dutch and English pages: English pages and
// exports wrote their own Dutch numbers internationally ("Smell gas? Call now: +31 800 9009", in the e-mail and on the
// phone line too) while Dutch ones said "Bel direct: 0800 9009". A caller in the Netherlands who hears "+31 800 9009"
// hears a form nobody dials there. Now a number of the feed's own country (its time zone) is written as dialled there in
// every language (content/links.ts numberLang, export/dial.ts numbersLang); the tel: link keeps +31, so tapping works
// from abroad; other countries' numbers keep their +; 112 and short numbers are as they were; a page that names its
// region, and American English, keep their forms. Tests src/ directly (no build needed).
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { formatTel, numberLang } = await importTs('src/content/links.ts');
const { exportAtom, exportCap, exportEmail, exportHtml, exportIvr, exportSms, exportSocial } = await importTs('src/export/index.ts');
const { emergencyWords } = await importTs('src/cli/embed-fallback.ts');

const AMS = 'Europe/Amsterdam';
const NOW = Date.parse('2026-12-02T09:00:00Z');
const shown = (href, lang, zone) => formatTel(href, numberLang(lang, zone));

test('a number of the feed\'s own country in national form in every language; other countries\' keep their +', () => {
  for (const lang of ['nl', 'en', 'de', 'fr']) {
    assert.equal(shown('tel:+318009009', lang, AMS), '0800 9009', lang);
    assert.equal(shown('tel:+31302345678', lang, AMS), '030 234 5678', lang);
    assert.equal(shown('tel:+442079460018', lang, AMS), '+44 20 7946 0018', `${lang}: a British number in a Dutch feed`);
  }
  // A feed may spell its zone in lower case (feed/dialling.ts).
  assert.equal(shown('tel:+318009009', 'en', 'europe/amsterdam'), '0800 9009');
  // Belgium and Britain alike, in any language of the page.
  assert.equal(shown('tel:+3231234567', 'en', 'Europe/Brussels'), '03 123 45 67');
  assert.equal(shown('tel:+318009009', 'en', 'Europe/Brussels'), '+31 800 9009');
  assert.equal(shown('tel:+442079460018', 'nl', 'Europe/London'), '020 7946 0018');
  assert.equal(shown('tel:+318009009', 'nl', 'Europe/London'), '+31 800 9009', 'a Dutch number in a British feed');
  // 112 and a municipality's short number are unchanged.
  assert.equal(shown('tel:112', 'en', AMS), '112');
  assert.equal(shown('tel:14038', 'en', AMS), '14 038');
  // Without a time zone nothing is known of the feed's country: as before.
  assert.equal(shown('tel:+318009009', 'en', undefined), '+31 800 9009');
  assert.equal(shown('tel:+318009009', 'nl', undefined), '0800 9009');
  // A page that names its region keeps it; American English as before.
  assert.equal(numberLang('en-GB', AMS), 'en-GB');
  assert.equal(shown('tel:+13125550142', 'en', 'America/Chicago'), '(312) 555-0142');
  assert.equal(shown('tel:+13125550142', 'en-US', 'America/Chicago'), '(312) 555-0142');
  assert.equal(shown('tel:+442079460018', 'en-US', 'Europe/London'), '+44 20 7946 0018');
});

/** Trial R's gas network on Amsterdam time, in Dutch and English, with a British partner's line. */
function gasFeed() {
  return {
    type: 'status', version: 1, feed_id: 'netbeheer-oost', time_zone: AMS, seq: 7,
    issued_at: '2026-12-02T08:59:00Z', expires_at: '2026-12-02T10:59:00Z',
    publisher: { name: 'Netbeheer Oost', url: 'https://www.netbeheeroost.example' },
    channels: [
      { id: 'gas', kind: 'phone', label: { nl: 'Ruikt u gas? Bel direct', en: 'Smell gas? Call now' }, href: 'tel:+318009009', emergency: true },
      { id: '112', kind: 'phone', label: { nl: 'Levensgevaar? Bel 112', en: 'Life in danger? Call 112' }, href: 'tel:112', emergency: true },
      { id: 'service', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31881234567', wait_minutes: 20 },
      { id: 'uk', kind: 'phone', label: { nl: 'Onze Britse partner', en: 'Our UK partner' }, href: 'tel:+442079460018' },
    ],
    incidents: [{
      id: 'gas', severity: 'critical', phase: 'identified', started_at: '2026-12-02T07:30:00Z', updated_at: '2026-12-02T08:30:00Z', next_update_at: '2026-12-02T10:30:00Z',
      title: { nl: 'Geen gas in Deventer-Zuid', en: 'No gas in Deventer-Zuid' },
      known: { nl: 'Een hoofdleiding is beschadigd.', en: 'A main pipe was damaged.' },
      unknown: { nl: 'Wanneer het gas terug is.', en: 'When the gas is back.' },
      actions: [{ who: { nl: 'U ruikt gas', en: 'You smell gas' }, label: { nl: 'Ga naar buiten en bel het storingsnummer', en: 'Go outside and call the emergency line' }, href: 'tel:+318009009', urgent: true }],
    }],
  };
}

test('the English phone message (text and SSML) of a Dutch feed says 0800 9009, in the voice it had', () => {
  const ivr = exportIvr(gasFeed(), { lang: 'en', now: NOW, channel: 'service' });
  assert.match(ivr.text, /Smell gas\? Call now: 0800 9009\./, ivr.text);
  assert.match(ivr.ssml, /<say-as interpret-as="telephone">0800 9009<\/say-as>/, ivr.ssml);
  assert.doesNotMatch(`${ivr.text}${ivr.ssml}`, /\+31/);
  assert.match(ivr.ssml, /xml:lang="en-GB"/, 'the voice is as before');
});

test('the English SMS and social post of a Dutch feed write 0800 9009', () => {
  const sms = exportSms(gasFeed(), { lang: 'en', now: NOW });
  assert.match(sms.text, /Go outside and call the emergency line \(0800 9009\)/, sms.text);
  assert.doesNotMatch(sms.text, /\+31/, sms.text);
  const en = exportSocial(gasFeed(), { now: NOW }).posts.find((p) => p.lang === 'en');
  assert.match(en.text, /0800 9009/, en.text);
  assert.doesNotMatch(en.text, /\+31/, en.text);
});

test('the English e-mail, the page without script, CAP and Atom of a Dutch feed: national form, the link +31, a British line +44', () => {
  const mail = exportEmail(gasFeed(), { lang: 'en', now: NOW });
  const lines = mail.text.split('\n');
  assert.ok(lines.includes('- Smell gas? Call now: 0800 9009'), mail.text);
  assert.ok(lines.includes('- You smell gas: Go outside and call the emergency line (0800 9009)'), mail.text);
  assert.ok(lines.includes('- Customer service: 088 123 4567 (Expected wait about 20 minutes)'), mail.text);
  assert.ok(lines.includes('- Our UK partner: +44 20 7946 0018'), mail.text);
  assert.ok(lines.includes('- Life in danger? Call 112'), mail.text);
  const page = exportHtml(gasFeed(), { lang: 'en', now: NOW }).text;
  for (const html of [mail.html, page]) {
    assert.ok(html.includes('<a href="tel:+318009009">Smell gas? Call now: 0800 9009</a>'), html);
    assert.ok(html.includes('<a href="tel:+31881234567">Customer service: 088 123 4567</a>'), html);
    assert.ok(html.includes('<a href="tel:+442079460018">Our UK partner: +44 20 7946 0018</a>'), html);
    // The document's language is as it was.
    assert.match(html, /<html lang="en">/);
  }
  const cap = exportCap(gasFeed(), { now: NOW }).alerts[0].text;
  const en = cap.slice(cap.indexOf('<language>en</language>'));
  assert.ok(en.length < cap.length, 'an English info block');
  // The line the urgent action dials (trial U, cap-contact.ts), in national form.
  assert.match(en, /<contact>Smell gas\? Call now: 0800 9009<\/contact>/, en);
  const atom = exportAtom(gasFeed(), { lang: 'en', now: NOW }).text;
  assert.match(atom, /Go outside and call the emergency line \(0800 9009\)/, atom);
  assert.doesNotMatch(atom, /\+31/, atom);
});

test('the words in the embed code\'s fallback (a page without script) say the Dutch number as dialled in the Netherlands', () => {
  assert.equal(emergencyWords(gasFeed(), 'en'), 'Smell gas? Call now: 0800 9009. Life in danger? Call 112.');
  assert.equal(emergencyWords(gasFeed(), 'nl'), 'Ruikt u gas? Bel direct: 0800 9009. Levensgevaar? Bel 112.');
});
