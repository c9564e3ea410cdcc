// A US water utility ("Lakeshore Water", America/Chicago, English) during a boil-water notice: its desk
// types its numbers as Americans write them, and its residents get US numbers and a 12-hour clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { channelLink, deskLink, dialledExample } = await importTs('src/feed/channel-edit.ts');
const { callingCodeForZone } = await importTs('src/feed/dialling.ts');
const { lintDocument } = await importTs('src/lint/index.ts');

const CHI = 'America/Chicago';

test('a Chicago desk types its numbers as Americans write them: (312) 555-0142, 312-555-0142, 1 312 555 0142', () => {
  const code = callingCodeForZone(CHI);
  assert.equal(code, '1');
  for (const typed of ['(312) 555-0142', '312-555-0142', '312.555.0142', '1 (312) 555-0142', '+1 312 555 0142']) {
    assert.equal(channelLink(typed, code), 'tel:+13125550142', typed);
  }
  // Not a whole US number: kept as typed, for lint to say so.
  assert.equal(channelLink('555-0142', code), 'tel:555-0142');
  assert.equal(channelLink('(012) 555-0142', code), 'tel:(012)555-0142');
  // The studio shows the number back as the desk wrote it, and gives a US example.
  assert.equal(deskLink('tel:+13125550142', code), '(312) 555-0142');
  assert.equal(dialledExample(code), '(312) 555-0142');
  // A British feed still shows a US number with + and the country code.
  assert.equal(deskLink('tel:+13125550142', '44'), '+13125550142');
  // Other zones are unchanged: no country is guessed for 10 digits.
  assert.equal(callingCodeForZone('America/Sao_Paulo'), undefined);
});

test('lint, for a Chicago feed, asks for a whole US number with a US example, not a Dutch and a British one', () => {
  const doc = {
    type: 'status', version: 1, feed_id: 'lakeshore-water', time_zone: CHI,
    publisher: { name: 'Lakeshore Water', url: 'https://www.lakeshorewater.example/' },
    channels: [{ id: 'phone', kind: 'phone', label: 'Customer service', href: 'tel:555-0142' }],
    incidents: [],
  };
  const f = lintDocument(doc).find((x) => x.rule === 'phone-e164');
  assert.ok(f, 'a 7-digit number is refused');
  assert.match(f.fix, /\(312\) 555-0142/);
  assert.doesNotMatch(f.fix, /Dutch|British/);
  const typed = lintDocument({ ...doc, channels: [{ ...doc.channels[0], href: 'tel:312-555-0142' }] }).find((x) => x.rule === 'phone-e164');
  assert.match(typed.fix, /tel:\+13125550142.*US or Canadian/);
});
