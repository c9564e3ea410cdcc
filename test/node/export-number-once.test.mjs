// A Dutch energy company wrote its English feed (for expats, on Amsterdam time) with its numbers as the Dutch
// write them: "Klantenservice 0800 1234", "Gas smell? Call 0800-9009". An English reader is shown a Dutch
// number as "+31 800 1234" (a reader abroad dials that), and that form was not found in the label, so every
// export said the number twice: "Klantenservice 0800 1234: +31 800 1234" in the e-mail, the page and CAP,
// "Call 0800-9009: hang up and call +31 800 9009" on the phone line, "call 0800-9009 (+31 800 9009)" in the
// e-mail's actions. Now a label that says the number as dialled at home in the feed's country keeps it once.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, xmllint } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-02T09:00:00Z');

function energyFeed({ links = true } = {}) {
  return {
    type: 'status', version: 1, feed_id: 'amstel-energie', time_zone: 'Europe/Amsterdam',
    issued_at: '2026-12-02T08:59:00Z', expires_at: '2026-12-02T10:59:00Z', seq: 3,
    publisher: { name: 'Amstel Energie', url: 'https://www.amstelenergie.example' },
    channels: [
      { id: 'klantenservice', kind: 'phone', label: 'Klantenservice 0800 1234', href: 'tel:+318001234', wait_minutes: 30, reason: 'Many calls' },
      { id: 'gas', kind: 'phone', label: 'Gas smell? Call 0800-9009', href: 'tel:+318009009', emergency: true },
      { id: 'sales', kind: 'phone', label: 'Sales', href: 'tel:+31201234567' },
      { id: 'web', kind: 'web', label: 'My account', href: 'https://www.amstelenergie.example/account' },
    ],
    incidents: [{
      id: 'gas', severity: 'major', phase: 'identified', started_at: '2026-12-02T07:30:00Z', updated_at: '2026-12-02T08:30:00Z', next_update_at: '2026-12-02T10:30:00Z',
      title: 'No gas in Amsterdam-Noord',
      known: links ? 'A main pipe broke this morning.' : 'A main pipe broke this morning. Do not click links in e-mails that seem to come from us.',
      unknown: 'When it is repaired.',
      actions: [{ label: 'Smell gas? Go outside and call 0800-9009', urgent: true, href: 'tel:+318009009' }],
    }],
  };
}

const twice = /0800[ -]1234: \+31|0800-9009[:(]? \(?(hang up and call )?\+31/;

test('the phone message says a number the label already says once, marked up where the label says it', async () => {
  const ivr = x.exportIvr(energyFeed(), { now: NOW });
  assert.doesNotMatch(ivr.text, /\+31 800/, ivr.text);
  // The emergency line right after the opening, then what we don't know yet, then the incident's urgent action (export-ivr-emergency-first, export-ivr-unknown).
  assert.ok(ivr.text.includes("Gas smell? Hang up and call 0800-9009. What we don't know yet: when it is repaired. Smell gas? Go outside and call 0800-9009."), ivr.text);
  assert.match(ivr.ssml, /Gas smell\? Hang up and call <prosody rate="90%"><say-as interpret-as="telephone">0800-9009<\/say-as><\/prosody>\.<break time="400ms"\/>What we don't know yet: when it is repaired\.<break time="400ms"\/>Smell gas\? Go outside and call <prosody rate="90%"><say-as interpret-as="telephone">0800-9009<\/say-as><\/prosody>\./);
  assert.ok((await xmllint(ivr.ssml)).valid);
});

test('the e-mail (text and HTML), the page without script and CAP name a channel and an action with their number once', () => {
  const mail = x.exportEmail(energyFeed(), { now: NOW });
  const lines = mail.text.split('\n');
  assert.ok(lines.includes('- Smell gas? Go outside and call 0800-9009'), mail.text);
  assert.ok(lines.includes('- In an emergency: Gas smell? Call 0800-9009'), mail.text);
  assert.ok(lines.includes('- Klantenservice 0800 1234 (Expected wait about 30 minutes: Many calls)'), mail.text);
  // A label without its number still gets it, as dialled in the Netherlands (trials Q, R); the link keeps +31.
  assert.ok(lines.includes('- Sales: 020 123 4567'), mail.text);
  const page = x.exportHtml(energyFeed(), { now: NOW }).text;
  for (const html of [mail.html, page]) {
    assert.ok(html.includes('<a href="tel:+318001234">Klantenservice 0800 1234</a>'), html);
    assert.ok(html.includes('<a href="tel:+318009009">Gas smell? Call 0800-9009</a>'), html);
    assert.ok(html.includes('<a href="tel:+31201234567">Sales: 020 123 4567</a>'), html);
  }
  const cap = x.exportCap(energyFeed(), { now: NOW }).alerts[0].text;
  // The line the urgent action dials (trial U, cap-contact.ts), its number once.
  assert.match(cap, /<contact>Gas smell\? Call 0800-9009<\/contact>/);
  for (const text of [mail.text, mail.html, page, cap]) assert.doesNotMatch(text, twice);
});

test('an e-mail without links (an incident warns against them) writes the action with its number once', () => {
  const mail = x.exportEmail(energyFeed({ links: false }), { now: NOW });
  assert.ok(mail.linkLeftOut, 'the e-mail goes without links');
  assert.ok(mail.html.includes('<li>Smell gas? Go outside and call 0800-9009</li>'), mail.html);
  assert.ok(mail.html.includes('Klantenservice 0800 1234<br>'), mail.html);
  for (const text of [mail.text, mail.html]) {
    assert.doesNotMatch(text, twice);
    assert.doesNotMatch(text, /0800-9009 \(\+31 800 9009\)/);
  }
});

test('a bilingual feed on Amsterdam time: the English and the Dutch exports each say the number once', () => {
  const f = energyFeed();
  f.publisher.name = { nl: 'Amstel Energie', en: 'Amstel Energie' };
  f.channels[0].label = { nl: 'Klantenservice 0800 1234', en: 'Customer service 0800 1234' };
  const want = { nl: '- Klantenservice 0800 1234 (Verwachte wachttijd', en: '- Customer service 0800 1234 (Expected wait' };
  for (const lang of ['nl', 'en']) {
    const mail = x.exportEmail(f, { lang, now: NOW });
    assert.ok(mail.text.includes(want[lang]), mail.text);
    assert.doesNotMatch(mail.text, /0800 1234: /);
  }
});
