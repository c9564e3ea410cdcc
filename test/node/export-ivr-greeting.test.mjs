// Trial L: the English phone message left out the greeting while the Dutch one kept it. The greeting is the first
// sentence to go and comes back only when it fits; the English one was longer ("Thank you for calling Belnet.", five
// words against "Welkom bij Belnet.") and thanked the caller twice with "Thank you for waiting.". Now both languages
// greet alike. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { mobileOutage, NOW } from './mobile-outage-kit.mjs';

const x = await exporters();

test('English greets as Dutch does, and thanks the caller once', () => {
  const feed = mobileOutage('resolved');
  const en = x.exportIvr(feed, { lang: 'en', now: NOW });
  const nl = x.exportIvr(feed, { lang: 'nl', now: NOW });
  assert.ok(nl.text.startsWith('Welkom bij Belnet. '), nl.text);
  assert.ok(en.text.startsWith('Welcome to Belnet. '), en.text);
  assert.equal(en.text.match(/thank you/gi)?.length, 1, en.text);
});
