// typedLinks (src/feed/channel-edit.ts): the feed as it is once every link field is left. The studio checks and
// signs that, so a number still being typed is judged as it will be stored (trial E: a correct "058 212 3456"
// was "not a phone number" while its field had focus). Links already made, and text that is no link, stay.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { typedLinks } = await importTs('src/feed/channel-edit.ts');

const feed = (channels, actions) => ({ type: 'status', channels, incidents: [{ id: 'pin', actions }, { id: 'other' }] });

test('links still as typed become the links the feed needs; the rest is left as it is', () => {
  const f = feed(
    [
      { id: 'service', href: '058 212 3456' },
      { id: 'mail', href: 'hulp@spaarbank.example' },
      { id: 'block', href: 'tel:+31881234567' },
      { id: 'words', href: 'bel 058 212 3456' },
    ],
    [{ label: 'Kijk op de site', href: 'www.spaarbank.example/storing' }, { label: 'Geen link' }],
  );
  const out = typedLinks(f, '31');
  assert.deepEqual(out.channels.map((c) => c.href), ['tel:+31582123456', 'mailto:hulp@spaarbank.example', 'tel:+31881234567', 'bel 058 212 3456']);
  assert.deepEqual(out.incidents[0].actions.map((a) => a.href), ['https://www.spaarbank.example/storing', undefined]);
  assert.equal(out.incidents[1], f.incidents[1]);
  assert.equal(f.channels[0].href, '058 212 3456', 'the feed given is not changed');
});

test('a feed whose links are all made is returned as it is', () => {
  const f = feed([{ id: 'block', href: 'tel:+31881234567' }, { id: 'empty', href: '' }], [{ label: 'x', href: 'https://example.com' }]);
  assert.equal(typedLinks(f, '31'), f);
});
