// A bank's SMS (template payments, feed in nl,en on an Amsterdam clock, export --to sms --lang en) was shortened to
// "… or to transfer money. In doubt? Call the... https://…": a question whose answer was cut to nothing usable. The SMS
// shortener (plain.ts shortenSentences) now keeps a question only with its answer's first clause whole; else the text
// ends before the question, in both languages. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { shortenSentences } = await importTs('src/export/plain.ts');
const NOW = Date.parse('2026-12-03T14:45:00Z');
const bank = {
  type: 'status', version: 1, feed_id: 'bank-voorbeeld', time_zone: 'Europe/Amsterdam', publisher: { name: 'Bank Voorbeeld', url: 'https://www.bank.example' }, channels: [],
  incidents: [{
    id: 'pay', severity: 'major', phase: 'investigating', started_at: '2026-12-03T13:30:00Z', updated_at: '2026-12-03T14:00:00Z', next_update_at: '2026-12-03T16:00:00Z',
    title: { nl: 'Pinnen en betalen met de app werkt niet', en: 'Card payments and app payments do not work' },
    known: { nl: 'Sinds 14:30 werkt pinnen niet.', en: 'Since 14:30 card payments do not work.' },
    // The payments template's first action, as the desk keeps it.
    actions: [{ urgent: true, label: {
      nl: 'Wij vragen nooit om uw pincode of inlogcodes, of om geld over te maken. Twijfelt u? Bel zelf het nummer op de achterkant van uw pas, nooit een nummer uit een bericht',
      en: 'We never ask for your PIN or login codes, or to transfer money. In doubt? Call the number on the back of your card yourself, never a number from a message',
    } }],
  }],
};

test('the SMS never ends on a question without its answer (en, nl)', () => {
  for (const [lang, first, question] of [['en', 'or to transfer money.', 'In doubt?'], ['nl', 'of om geld over te maken.', 'Twijfelt u?']]) {
    const sms = x.exportSms(bank, { lang, now: NOW });
    assert.ok(sms.fits, sms.text);
    assert.ok(sms.text.includes(`${first} https://www.bank.example`), sms.text);
    assert.ok(!sms.text.includes(question), sms.text);
    // With room for the answer's first clause, the question stays with it.
    const two = x.exportSms(bank, { lang, now: NOW, parts: 2 });
    assert.ok(two.text.includes(question) && /nooit een nummer uit een bericht|never a number from a message/.test(two.text), two.text);
  }
});

test('a question keeps a cut answer when its first clause is whole ("Is het thuis te koud? Kom naar een warme ruimte: buurthuis…")', () => {
  const text = 'Het is koud. Is het thuis te koud? Kom naar een warme ruimte: buurthuis De Schakel, Dorpsstraat 3, open tot 22:00.';
  const fits = (n) => (s) => s.length <= n;
  assert.match(shortenSentences(text, fits(70)), /^Het is koud\. Is het thuis te koud\? Kom naar een warme ruimte[:…]/);
  // Room for the question but not the clause: it ends before the question.
  assert.equal(shortenSentences(text, fits(45)), 'Het is koud.');
});
