// From a municipality's service desk in the studio (a burst water main at night, a sports hall as a
// temporary line): its own 14 038 was shown back in the Link field as "14038" (readers see "14 038"),
// and a new channel's name said "bijv. Klantenservice" where a municipality has residents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { channelLink, deskLink, newChannel } = await importTs('src/feed/channel-edit.ts');

test("a Dutch municipality's 14 + area code is shown as it is written, 14 038, and stays tel:14038", () => {
  for (const typed of ['14 038', '14038']) {
    const href = channelLink(typed, '31');
    assert.equal(href, 'tel:14038');
    assert.equal(deskLink(href, '31'), '14 038');
  }
  assert.equal(deskLink('tel:140591', '31'), '14 0591');
  assert.equal(channelLink(deskLink('tel:140591', '31'), '31'), 'tel:140591');
  // Not a municipality's number: as before.
  assert.equal(deskLink('tel:1400', '31'), '1400');
  assert.equal(deskLink('tel:112', '31'), '112');
  // Outside the Netherlands it is no such number.
  assert.equal(deskLink('tel:14038', '44'), '14038');
});

test("a new channel's name guidance names no customers, in Dutch or English", () => {
  const c = newChannel('phone', [], ['nl', 'en']);
  assert.match(c.label.nl, /^\[\[TODO: /);
  assert.match(c.label.en, /^\[\[TODO: /);
  assert.doesNotMatch(JSON.stringify(c.label), /klant|customer|client/i);
  assert.doesNotMatch(newChannel('phone', [], ['']).label, /klant|customer|client/i);
});
