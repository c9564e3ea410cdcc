// An FAQ answer's "Ruikt u gas? Bel 0800-9009, kies 1" could not be tapped on a phone (trial H). The Markdown renderer
// now links where a text writes one of the feed's own numbers (content/phone-spans.ts); never a guess.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { phoneSpans } = await importTs('src/content/phone-spans.ts');
const LINES = ['tel:+318009009', 'tel:+31201234567', 'tel:+13125550142', 'tel:112', 'tel:0800-1234'];
const found = (text, lines = LINES) => phoneSpans(text, lines).map((s) => [text.slice(s.start, s.end), s.href]);

test('the feed\'s numbers as people write them, national or international', () => {
  assert.deepEqual(found('Ruikt u gas? Bel 0800-9009, kies 1.'), [['0800-9009', 'tel:+318009009']]);
  assert.deepEqual(found('Bel 0800 9009 of +31 20 123 4567 (ma-vr).'), [['0800 9009', 'tel:+318009009'], ['+31 20 123 4567', 'tel:+31201234567']]);
  assert.deepEqual(found('Call (312) 555-0142 or 020-1234567.'), [['(312) 555-0142', 'tel:+13125550142'], ['020-1234567', 'tel:+31201234567']]);
  assert.deepEqual(found('Vanuit het buitenland: 0031 800 9009'), [['0031 800 9009', 'tel:+318009009']]);
  // A line written nationally in the feed, and the text with its country code.
  assert.deepEqual(found('Bel +31 800 1234.'), [['+31 800 1234', 'tel:0800-1234']]);
});

test('never a guess: other numbers, parts of longer ones, short emergency numbers and dates are left alone', () => {
  assert.deepEqual(found('Bel 0800-9010 (een ander nummer).'), []);
  assert.deepEqual(found('Maak over naar NL91ABNA0800900900 of 0800900900.'), []);
  assert.deepEqual(found('Bedrag: 8.009.009,50 euro'), []);
  assert.deepEqual(found('Bij levensgevaar: bel 112.'), [], '112 is known to all; three digits are too few to tell');
  assert.deepEqual(found('Sinds 06-12-2026 om 08:00.'), []);
  assert.deepEqual(found('Bel 0800-9009', []), []);
  assert.deepEqual(found('Bel 0800-9009', ['https://example.com', 'mailto:a@example.com']), []);
});
