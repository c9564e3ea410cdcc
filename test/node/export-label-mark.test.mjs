// A bank's fraud line named "Lost money or been scammed?" was written "Lost money or been scammed?: 0800 046 0000" on
// its page and in every export. A label that ends on its own mark now takes a space, not a colon, before the number
// (content/links.ts labelSeparator, one rule for the elements and the exports). Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { broadbandFeed, NOW } from './broadband-kit.mjs';

const x = await exporters();

test('"…scammed? 0800 046 0000" in the e-mail, the phone message\'s list and the SMS-free exports; other labels keep ": "', () => {
  const f = broadbandFeed();
  f.channels.unshift({ id: 'fraud', kind: 'phone', label: 'Lost money or been scammed?', href: 'tel:+448000460000', emergency: true });
  const texts = { email: x.exportEmail(f, { now: NOW }).text, html: x.exportHtml(f, { now: NOW }).text };
  for (const [name, text] of Object.entries(texts)) {
    assert.ok(text.includes('Lost money or been scammed? 0800 046 0000'), `${name}: ${text}`);
    assert.ok(!text.includes('scammed?:'), `${name}: ${text}`);
  }
});
